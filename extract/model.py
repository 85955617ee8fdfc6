"""The document model every extraction backend returns.

Blocks are in reading order. Every block carries a `Source` that says where in the
file it came from: page and box for PDF, body paragraph / table / row / cell for Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import Field

Format = Literal["pdf", "docx"]
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    page: int | None = None
    bbox: BBox | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None


@dataclass(frozen=True)
class Heading:
    level: int
    number: str | None
    text: str
    source: Source
    type: Literal["heading"] = "heading"


@dataclass(frozen=True)
class Paragraph:
    number: str | None
    text: str
    source: Source
    type: Literal["paragraph"] = "paragraph"


@dataclass(frozen=True)
class ListItem:
    """An item of a numbered or bulleted list; `number` is as a reader sees it
    ("3.2", "a)", "•")."""

    level: int
    number: str | None
    text: str
    source: Source
    type: Literal["list_item"] = "list_item"


CellBlock = Annotated[Paragraph | ListItem, Field(discriminator="type")]


@dataclass(frozen=True)
class Cell:
    """One cell, stored once however many grid columns or rows it spans.

    `col` is the first grid column it occupies; `blocks` keeps the paragraphs and
    list items inside it as separate lines; `shading` is its background colour as
    hex "RRGGBB" when it has one (RAG status cells are often only coloured).
    """

    col: int
    blocks: tuple[CellBlock, ...]
    source: Source
    row_span: int = 1
    col_span: int = 1
    shading: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(_line(b) for b in self.blocks)


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    source: Source
    header: bool = False

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    source: Source
    n_cols: int
    type: Literal["table"] = "table"

    @property
    def header_rows(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.header)

    @property
    def body_rows(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if not r.header)


Block = Annotated[Heading | Paragraph | ListItem | Table, Field(discriminator="type")]
"""A block of the body; in JSON, told apart by its `type`."""


@dataclass(frozen=True)
class Document:
    file: str
    sha256: str
    format: Format
    pages: int
    title: str | None
    blocks: tuple[Block, ...]
    running_text: tuple[str, ...] = ()
    """Running headers and footers seen (kept as metadata, not body)."""
    contents_pages: tuple[int, ...] = ()
    """Pages (PDF) recognised as a table of contents and not read as body."""
    warnings: tuple[str, ...] = field(default=())

    def iter_text(self) -> list[str]:
        """Every line of body text, tables included, in reading order."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table):
                out.extend(c.text for r in block.rows for c in r.cells)
            else:
                out.append(_line(block))
        return out


def _line(block: Heading | Paragraph | ListItem) -> str:
    return f"{block.number} {block.text}" if block.number else block.text
