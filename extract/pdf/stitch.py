"""Join a table continued on the next page into one table.

Two tables are one when the first is the last thing in its page's body (nothing but
running text below it), the second is the first thing on the next page's body, and
their column boundaries match within 4 pt (or, failing that, they have the same
number of columns and the same outer edges within 4 pt). On joining:
- leading rows of the continuation that repeat the first table's header rows are
  dropped (a repeated header). Where no header row was recognised (a scan has no
  bold), a continuation whose first row repeats the table's first row shows that row
  is the header: it is marked so and the copy dropped. Rows repeat when every column
  holds the same text, near enough for OCR's misread letters (`REPEAT_SIMILARITY`);
- a continuation's first row is joined to the row above (a row broken across the
  page) when its first column is empty, when the row above started with a number
  and this one does not, or when a cell of the row above stops mid-sentence and the
  same column goes on with a lower-case word or without the list label that cell
  opened with ("1. The Board and partners deliver the" / "work programme ...");
  a cell's last paragraph and the continuing first paragraph are joined into one
  when the first did not end a sentence.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from extract.pdf.tables import RawCell, RawRow, RawTable, norm_texts
from extract.pdf.text import BULLETS, ends_sentence, is_number_token

TOLERANCE = 4.0
REPEAT_SIMILARITY = 80.0
"""Least similarity (rapidfuzz ratio, 0-100) of each column's text for a row to repeat
another: one or two letters misread in a short header cell still pass, another row's
wording does not."""


def same_columns(a: RawTable, b: RawTable) -> bool:
    if len(a.col_xs) == len(b.col_xs) and all(
        abs(x - y) <= TOLERANCE for x, y in zip(a.col_xs, b.col_xs, strict=True)
    ):
        return True
    return (
        a.n_cols == b.n_cols
        and abs(a.col_xs[0] - b.col_xs[0]) <= TOLERANCE
        and abs(a.col_xs[-1] - b.col_xs[-1]) <= TOLERANCE
    )


def _starts_numbered(row: RawRow) -> bool:
    first = row.first_text().split()
    return bool(first) and is_number_token(first[0])


def _is_continuation(prev: RawRow, row: RawRow) -> bool:
    first = next((c for c in row.cells if c.col == 0), None)
    others = [c for c in row.cells if c.col != 0 and c.lines]
    if first is None or not first.lines:
        return bool(others)
    if _starts_numbered(prev) and not _starts_numbered(row):
        return True
    return _cut_mid_text(prev, row)


def _cut_mid_text(prev: RawRow, row: RawRow) -> bool:
    """A cell of the row above stops mid-sentence and the same column goes on in a
    way no new row starts: with a lower-case word, or without the list label the
    cell above opened with."""
    below = {c.col: c for c in row.cells if c.lines}
    for c in prev.cells:
        more = below.get(c.col)
        if not c.lines or more is None or ends_sentence(c.lines[-1].text):
            continue
        start = more.lines[0].text.split()
        opened = c.lines[0].text.split()
        if not start:
            continue
        if start[0][0].islower():
            return True
        if opened and _is_label(opened[0]) and not _is_label(start[0]):
            return True
    return False


def _is_label(token: str) -> bool:
    return is_number_token(token) or token in BULLETS


def _merge_cell(into: RawCell, more: RawCell) -> None:
    """Lines of the continued cell follow the cell's own; `draft_blocks` joins a
    paragraph cut by the page break (see its page-change rule)."""
    into.lines.extend(more.lines)


def _merge_row(prev: RawRow, row: RawRow) -> None:
    by_col = {c.col: c for c in prev.cells}
    for c in row.cells:
        target = by_col.get(c.col)
        if target is not None:
            _merge_cell(target, c)


def repeats(row: RawRow, other: RawRow) -> bool:
    """`other` holds the same text as `row` in the same columns (OCR noise allowed)."""
    mine, theirs = _texts_by_col(row), _texts_by_col(other)
    if not mine or mine.keys() != theirs.keys():
        return False
    return all(fuzz.ratio(mine[c], theirs[c]) >= REPEAT_SIMILARITY for c in mine)


def _texts_by_col(row: RawRow) -> dict[int, str]:
    texts = norm_texts(row.texts())
    return {c.col: t for c, t in zip(row.cells, texts, strict=True) if t}


def join(a: RawTable, b: RawTable) -> None:
    """Append `b` (the continuation) to `a` in place."""
    rows = list(b.rows)
    header = [r for r in a.rows if r.header]
    if not header and a.rows and rows and len(a.rows) > 1 and repeats(a.rows[0], rows[0]):
        a.rows[0].header = True
        header = [a.rows[0]]
    for h in header:
        if rows and repeats(h, rows[0]):
            rows.pop(0)
    if rows and a.rows and not rows[0].header and _is_continuation(a.rows[-1], rows[0]):
        _merge_row(a.rows[-1], rows.pop(0))
    for r in rows:
        r.header = False
    a.rows.extend(rows)
    a.extra_pages.append(b.page)
