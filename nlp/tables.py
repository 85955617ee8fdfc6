"""Table plumbing shared by plan and progress tables: columns, data rows, section rows.

Tables may arrive as several consecutive `Table` blocks when a backend could not stitch
a table continued over a page; a table with no readable header that follows one with
the same number of columns continues it. Header rows (flagged, or read as headers) and
header rows repeated after a page break are not data; a row holding only a
"Priority n: …" label (or one cell spanning the table) is a section row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from extract.model import Block, Cell, Heading, Paragraph, Row, Table
from nlp.columns import Columns, header_of, is_repeat_of
from nlp.priorities import parse_label
from nlp.text import cell_text


@dataclass(frozen=True)
class TableRow:
    block: int
    """Index of the Table block in the document."""
    index: int
    """Index of the row in its Table block."""
    row: Row
    first: bool
    """The first data row of its Table block (a page break may sit just before it)."""
    section: tuple[str, str] | None = None
    """(number, title) when the row is a "Priority n: …" section row."""

    def cell(self, cols: Columns, role: str) -> Cell | None:
        col = cols.col(role)
        if col is None:
            return None
        for cell in self.row.cells:
            if cell.col <= col < cell.col + max(1, cell.col_span):
                return cell
        return None

    def text(self, cols: Columns, role: str) -> str:
        return cell_text(self.cell(cols, role))


@dataclass
class TableRun:
    """One logical table: its columns and data rows, over one or more Table blocks."""

    columns: Columns
    first_block: int
    rows: list[TableRow]
    caption: list[str]


def table_runs(blocks: tuple[Block, ...]) -> Iterator[TableRun]:
    """Every table with a readable header, continuations joined to it."""
    run: TableRun | None = None
    last_cols = 0
    between: list[str] = []
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            if isinstance(block, Heading | Paragraph):
                between.append(block.text)
            continue
        head = header_of(block)
        continues = (
            run is not None
            and block.n_cols == last_cols
            and (head is None or is_repeat_of(block.rows[head[0]], run.columns))
            and len(between) <= 4
        )
        if continues and run is not None:
            start = head[0] + 1 if head else 0
            run.rows.extend(_data_rows(i, block, run.columns, start))
        elif head is not None:
            if run is not None:
                yield run
            run = TableRun(head[1], i, list(_data_rows(i, block, head[1], head[0] + 1)), between)
        last_cols = block.n_cols
        between = []
    if run is not None:
        yield run


def _data_rows(block_index: int, table: Table, cols: Columns, start: int) -> Iterator[TableRow]:
    first = True
    for j, row in enumerate(table.rows):
        if j < start or row.header or is_repeat_of(row, cols):
            continue
        texts = [t for t in (cell_text(c) for c in row.cells) if t]
        if not texts:
            continue
        yield TableRow(block_index, j, row, first, _section(row, texts, table.n_cols))
        first = False


def _section(row: Row, texts: list[str], n_cols: int) -> tuple[str, str] | None:
    if len(set(texts)) != 1:
        return None
    label = parse_label(texts[0], loose=True)
    if label:
        return label
    spans = max((c.col_span for c in row.cells if cell_text(c)), default=1)
    if n_cols > 1 and spans >= n_cols and len(texts[0].split()) <= 15:
        return ("", texts[0])
    return None
