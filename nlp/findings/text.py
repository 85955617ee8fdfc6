"""Small text helpers shared by the finders: whitespace, leading numbers, bullets, cells.

Periods are read in `nlp.periods`."""

from __future__ import annotations

import re

from extract.model import Cell, Heading, ListItem, Paragraph
from extract.text_rules import collapse_spaces

# Leading labels as a reader sees them: "1.", "1)", "(1)", "1.2", "3.3.1", "A1.2", "a)".
_LEADING_NUMBER = (
    re.compile(r"^(\(?\d{1,3}(?:\.\d{1,3})*[.)])\s+(?=\S)"),
    re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\s+(?=\S)"),
    re.compile(r"^([A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*)[.):]?\s+(?=\S)"),
    re.compile(r"^(\(?(?:[a-z]|[ivx]{1,4})\))\s+(?=\S)"),
)
_BULLET_MARKS = frozenset("•◦▪▫‣∙·-–—*o\uf0b7\uf0a7\uf076\uf0d8")


def split_number(text: str) -> tuple[str | None, str]:
    """("1", "The BSCB will…") from "1. The BSCB will…"; (None, text) when unnumbered."""
    text = collapse_spaces(text)
    for pattern in _LEADING_NUMBER:
        m = pattern.match(text)
        if m:
            return norm_number(m.group(1)), text[m.end() :].strip()
    return None, text


def norm_number(number: str) -> str:
    """The extraction rule for labels: one trailing "." dropped ("1." -> "1")."""
    number = number.strip()
    return number[:-1] if number.endswith(".") else number


def is_bullet(number: str | None) -> bool:
    """A list label that is a bullet glyph rather than a number."""
    if number is None:
        return True
    n = number.strip()
    return not n or all(ch in _BULLET_MARKS for ch in n)


def strip_bullet(text: str) -> str:
    text = collapse_spaces(text)
    while text and text[0] in _BULLET_MARKS and (len(text) == 1 or text[1] == " "):
        text = text[1:].strip()
    return text


def block_line(block: Heading | Paragraph | ListItem) -> str:
    if block.number:
        return collapse_spaces(f"{block.number} {block.text}")
    return collapse_spaces(block.text)


def cell_text(cell: Cell | None) -> str:
    """A cell's text on one line."""
    if cell is None:
        return ""
    return collapse_spaces(" ".join(block_line(b) for b in cell.blocks))


def cell_first_number(cell: Cell | None) -> str | None:
    """The number of a cell's first line: a numbered list item's label, or a typed one."""
    if cell is None or not cell.blocks:
        return None
    first = cell.blocks[0]
    if isinstance(first, ListItem):
        return None if is_bullet(first.number) else first.number
    return first.number or split_number(first.text)[0]


def cell_lines(cell: Cell | None) -> list[str]:
    """A cell's text as lines; bullets keep a "- " mark."""
    if cell is None:
        return []
    out = []
    for b in cell.blocks:
        if isinstance(b, ListItem) and is_bullet(b.number):
            out.append(f"- {strip_bullet(b.text)}")
        else:
            out.append(block_line(b))
    return [line for line in out if line.strip("- ")]
