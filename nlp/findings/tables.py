"""Table plumbing shared by plan and progress tables: columns, data rows, section rows.

Tables may arrive as several consecutive `Table` blocks when a backend could not stitch
a table continued over a page; a table with no readable header that follows one with
the same number of columns continues it. Header rows (flagged, or read as headers) and
header rows repeated after a page break are not data; a row holding only a
"Priority n: …" label (or one cell spanning the table) is a section row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from extract.model import Block, Cell, Heading, ListItem, Paragraph, Row, Table
from nlp.findings.columns import Columns, header_of, is_repeat_of, no_header
from nlp.findings.forced import Forced, forced
from nlp.findings.model import Status
from nlp.findings.priorities import parse_label
from nlp.findings.status_key import key_near
from nlp.findings.table_reading import judge
from nlp.findings.text import cell_text, is_bullet, split_number


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
    last_block: int = -1
    key: dict[str, Status] = field(default_factory=dict)
    """Status codes -> status, from a key printed near the table (`status_key.py`)."""
    key_text: str = ""


_Read = tuple[tuple[Block, ...], Forced | None, tuple[TableRun, ...]]
"""The blocks read, the forced reading they were read with, their runs."""
_READ: ContextVar[dict[int, _Read] | None] = ContextVar("carryforward_table_runs", default=None)


@contextmanager
def reading_tables() -> Iterator[None]:
    """While one document is read (inside `reading_labels`, whose label schemes the
    section rows depend on), `table_runs` reads each tuple of blocks once per forced
    reading: the kind, period, plan and progress readers all ask for the same runs.
    The runs are shared, so callers must not change them."""
    token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(token)


def table_runs(blocks: tuple[Block, ...]) -> Iterator[TableRun]:
    """Every table with a readable header, continuations joined to it; each run's
    columns judged from header and content (`table_reading.judge`)."""
    read = _READ.get()
    if read is None:
        return _table_runs(blocks)
    person = forced()
    known = read.get(id(blocks))
    if known is None or known[0] is not blocks or known[1] is not person:
        known = read[id(blocks)] = (blocks, person, tuple(_table_runs(blocks)))
    return iter(known[2])


def _table_runs(blocks: tuple[Block, ...]) -> Iterator[TableRun]:
    runs = list(_raw_runs(blocks))
    keyed: TableRun | None = None
    for run in runs:
        run.key, run.key_text = key_near(blocks, run.first_block, run.last_block)
        if not run.key and keyed is not None and _same_header(keyed.columns, run.columns):
            # Guess: a key printed once serves the tables after it with the same
            # columns (one table under each priority's heading).
            run.key, run.key_text = keyed.key, keyed.key_text
        if run.key:
            keyed = run
    bodies: dict[tuple[object, ...], list[Row]] = {}
    for run in runs:
        if not run.columns.headerless:
            bodies.setdefault(_pool_key(run), []).extend(_body(run))
    for run in runs:
        # Guess: tables of one document under the same header row, with sentences in
        # the same columns, hold the same kind of columns (a table per priority): their
        # cells are judged together, so a table of two rows is read as surely as the
        # whole set.
        pooled = _body(run) if run.columns.headerless else bodies[_pool_key(run)]
        done = _finish(run, pooled)
        if not done.columns.headerless or _reads_without_header(done.columns):
            yield done


def _body(run: TableRun) -> list[Row]:
    return [r.row for r in run.rows if r.section is None]


def _pool_key(run: TableRun) -> tuple[object, ...]:
    """The header's words and which columns hold sentences (most cells of more than
    eight words): a generic header ("Notes") shared by a table of names and a table
    of actions does not pool them."""
    long: dict[int, list[bool]] = {}
    for row in _body(run):
        for cell in row.cells:
            long.setdefault(cell.col, []).append(len(cell_text(cell).split()) > 8)
    sentences = tuple(sorted(c for c, flags in long.items() if sum(flags) * 2 > len(flags)))
    return (tuple(h.lower() for h in run.columns.header), sentences)


def _same_header(a: Columns, b: Columns) -> bool:
    if a.headerless or b.headerless:
        return a.headerless and b.headerless
    return [h.lower() for h in a.header] == [h.lower() for h in b.header]


def _reads_without_header(cols: Columns) -> bool:
    """Guess: a table with no header row is read only when its content makes it a
    progress table, or a plan with at least three roles (actions and two more): a
    table of other things (people, figures) must not turn into actions."""
    roles = set(cols.roles.values())
    return cols.kind == "progress" or (cols.kind == "plan" and len(roles) >= 3)


def _finish(run: TableRun, body: list[Row]) -> TableRun:
    person = forced()
    if person is not None:
        rows = person.section_rows(run.rows, _row_text)
        if rows != run.rows:  # a person marked section rows: this table's own body
            run.rows = rows
            body = _body(run)
    run.columns = judge(run.columns, body, run.key)
    if person is None:
        run.rows = merge_split_rows(run.rows, run.columns)
        return run
    run.columns = person.columns(run.first_block, run.columns)
    run.rows = person.merged(run.rows, lambda rs: merge_split_rows(rs, run.columns), _join_rows)
    return run


def _row_text(row: TableRow) -> str:
    return " ".join(t for t in (cell_text(c) for c in row.row.cells) if t)


def _raw_runs(blocks: tuple[Block, ...]) -> Iterator[TableRun]:
    run: TableRun | None = None
    last_cols = 0
    between: list[str] = []
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            if isinstance(block, Heading | Paragraph):
                between.append(block.text)
            continue
        head = header_of(block)
        bare = no_header(block) if head is None else None
        continues = (
            run is not None
            and block.n_cols == last_cols
            and (head is None or is_repeat_of(block.rows[head[0]], run.columns))
            and _only_captions(between, run.caption)
        )
        if continues and run is not None:
            start = head[0] + 1 if head else 0
            run.rows = [*run.rows, *_data_rows(i, block, run.columns, start)]
            run.last_block = i
        elif head is not None or bare is not None:
            if run is not None:
                yield run
            cols, start = (head[1], head[0] + 1) if head else (bare, 0)
            assert cols is not None
            rows = list(_data_rows(i, block, cols, start))
            run = TableRun(cols, i, rows, between, last_block=i)
        last_cols = block.n_cols
        between = []
    if run is not None:
        yield run


def _data_rows(block_index: int, table: Table, cols: Columns, start: int) -> Iterator[TableRow]:
    first = True
    for j, row in enumerate(table.rows):
        texts = [t for t in (cell_text(c) for c in row.cells) if t]
        if j < start or not texts or is_repeat_of(row, cols):
            continue
        section = _section(row, texts, table.n_cols)
        if row.header and section is None:
            continue  # a header row (backends flag "Priority n" band rows as headers too)
        yield TableRow(block_index, j, row, first, section)
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


_RUN_ON_END = (".", "!", "?", ":", ";")


def _only_captions(between: list[str], caption: list[str]) -> bool:
    """Nothing but the table's own caption, repeated, stands between two tables (a
    heading or text of its own starts a new table, as in one table per priority)."""
    seen = {c.strip() for c in caption}
    return all(b.strip() in seen for b in between)


_TEXT_ROLES = ("priority", "outcome", "action", "update")


def merge_split_rows(rows: list[TableRow], cols: Columns) -> list[TableRow]:
    """Join rows that a page break cut in two and the backend left as two rows.

    Row B continues row A when B starts a new page or a new Table block, is not a
    section row, none of its cells starts with a numbered item, and at least one of
    its cells runs on from A's (starts in lower case, or A's cell stopped mid-sentence).
    """
    out: list[TableRow] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, row, cols):
            out[-1] = _join_rows(prev, row)
        else:
            out.append(row)
    return out


def _continues(a: TableRow, b: TableRow, cols: Columns) -> bool:
    if b.section is not None or a.section is not None or b.text(cols, "ref"):
        return False
    new_page = (b.block != a.block) or (
        a.row.source.page is not None
        and b.row.source.page is not None
        and b.row.source.page > _last_page(a.row)
    )
    if not new_page:
        return False
    a_cells = {c.col: c for c in a.row.cells}
    run_on = False
    for cell in b.row.cells:
        text = cell_text(cell)
        if not text:
            continue
        if _numbered(cell.blocks[0]):
            return False
        if cols.roles.get(cell.col) not in _TEXT_ROLES:
            continue
        before = cell_text(a_cells.get(cell.col))
        if text[:1].islower() or (before and not before.endswith(_RUN_ON_END)):
            run_on = True
    return run_on


def _last_page(row: Row) -> int:
    pages = [b.source.page for c in row.cells for b in c.blocks if b.source.page is not None]
    return max(pages, default=row.source.page or 0)


def _numbered(block: Paragraph | ListItem) -> bool:
    if isinstance(block, ListItem):
        return not is_bullet(block.number) and block.level <= 1
    return bool(block.number) or split_number(block.text)[0] is not None


def _join_rows(a: TableRow, b: TableRow) -> TableRow:
    cells: dict[int, Cell] = {c.col: c for c in a.row.cells}
    for cell in b.row.cells:
        old = cells.get(cell.col)
        if old is None:
            cells[cell.col] = cell
        else:
            cells[cell.col] = replace(old, blocks=old.blocks + cell.blocks)
    row = replace(a.row, cells=tuple(cells[k] for k in sorted(cells)))
    return replace(a, row=row)
