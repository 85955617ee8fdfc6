"""Page layout: reading order for two-column regions, contents pages, and tables laid
out by alignment only (no ruling lines).

Two columns: a vertical gutter between 30% and 70% of the page width that no line
crosses in a region of the page, with at least four lines on each side; lines that
cross it (a full-width heading) end one region and start the next. Within a region
the left column is read before the right.

Borderless tables are found conservatively: at least three consecutive rows of two or
more segments whose left edges all fall on shared column starts; three or more
columns, or two where the first is narrow (a label column, under 40% of the table's
width). Wider two-column runs are read as two-column text instead.
"""

from __future__ import annotations

import bisect
import re

from extract.pdf.lines import Line
from extract.pdf.tables import RawCell, RawRow, RawTable
from extract.pdf.text import ends_with_page_ref, is_number_token

_CONTENTS = re.compile(r"^(table of )?contents$|^index$", re.IGNORECASE)
ALIGN = 6.0


def rows_of(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if rows and abs(ln.top - rows[-1][0].top) < 0.5 * max(ln.height, 1.0):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
    return rows


def is_contents_page(lines: list[Line]) -> bool:
    """A heading "Contents"/"Table of contents" near the top, or most lines ending in
    page numbers after dot leaders."""
    if not lines:
        return False
    top = sorted(lines, key=lambda ln: ln.top)[:3]
    if any(_CONTENTS.match(ln.text.strip().rstrip(":")) for ln in top):
        return True
    refs = sum(1 for ln in lines if ends_with_page_ref(ln.text) or "....." in ln.text)
    return refs >= 4 and refs >= 0.5 * len(lines)


def _crosses(ln: Line, x: float) -> bool:
    return ln.x0 < x - 1 and ln.x1 > x + 1


def find_gutter(lines: list[Line], width: float) -> float | None:
    """Every 3 pt from 30% to 70% of the width, the line counts by binary search over
    the lines' edges, sorted once: left of x, starting within 40 pt right of it, and
    crossing it (neither starting from x - 1 on nor ending by x + 1)."""
    best, best_score = None, 0
    x0s = sorted(ln.x0 for ln in lines)
    x1s = sorted(ln.x1 for ln in lines)
    narrow = [ln for ln in lines if ln.x1 - ln.x0 <= 2]  # may do both
    for step in range(int(0.3 * width), int(0.7 * width), 3):
        x = float(step)
        left = bisect.bisect_right(x1s, x)
        right = bisect.bisect_left(x0s, x + 40) - bisect.bisect_left(x0s, x)
        starts_after = len(x0s) - bisect.bisect_left(x0s, x - 1)
        ends_before = bisect.bisect_right(x1s, x + 1)
        both = sum(1 for ln in narrow if ln.x0 >= x - 1 and ln.x1 <= x + 1)
        crossing = len(lines) - starts_after - ends_before + both
        score = min(left, right)
        if crossing <= 0.25 * len(lines) and score >= 4 and score > best_score:
            best, best_score = x, score
    return best


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """Lines in reading order; two-column regions read column by column."""
    gutter = find_gutter(lines, width)
    rows = rows_of(lines)
    if gutter is None:
        return [ln for row in rows for ln in row]
    out: list[Line] = []
    region: list[Line] = []
    for row in rows:
        if any(_crosses(ln, gutter) for ln in row):
            out.extend(_flush(region, gutter))
            region = []
            out.extend(row)
        else:
            region.extend(row)
    out.extend(_flush(region, gutter))
    return out


def _flush(region: list[Line], gutter: float) -> list[Line]:
    left = [ln for ln in region if ln.x1 <= gutter]
    right = [ln for ln in region if ln.x1 > gutter]
    if len(left) < 2 or len(right) < 2:
        return region
    return left + right


def _column_starts(rows: list[list[Line]]) -> list[float]:
    xs: list[float] = []
    for x in sorted(ln.x0 for row in rows for ln in row):
        if not xs or x - xs[-1] > ALIGN:
            xs.append(x)
    return xs


def _run_is_table(rows: list[list[Line]]) -> list[float] | None:
    multi = [r for r in rows if len(r) >= 2]
    if len(multi) < 3:
        return None
    starts = _column_starts(multi)
    if len(starts) > 8 or any(len(r) > len(starts) for r in multi):
        return None
    support = [sum(1 for r in multi if any(abs(ln.x0 - s) <= ALIGN for ln in r)) for s in starts]
    if min(support) < 0.5 * len(multi):
        return None
    if any(is_number_token(r[0].text) for r in multi):
        return None
    right = max(ln.x1 for r in rows for ln in r)
    if len(starts) == 2:
        first_w = max(r[0].x1 - r[0].x0 for r in multi)
        if first_w > 0.4 * (right - starts[0]):
            return None
    return [*starts, right]


def aligned_tables(
    lines: list[Line], page_no: int, height: float
) -> tuple[list[RawTable], list[Line]]:
    """Find borderless tables; return them and the lines left for body text."""
    rows = rows_of(lines)
    tables: list[RawTable] = []
    used: set[int] = set()
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j]) >= 2 and _close(rows, j, i):
            j += 1
        cols = _run_is_table(rows[i:j]) if j - i >= 3 else None
        if cols is None:
            i = max(j, i + 1)
            continue
        k = j
        while k < len(rows) and len(rows[k]) == 1 and _close(rows, k, i):
            if abs(rows[k][0].x0 - cols[0]) <= ALIGN:
                break
            k += 1
        tables.append(_build(rows[i:k], cols, page_no, height))
        used.update(id(ln) for r in rows[i:k] for ln in r)
        i = k
    rest = [ln for ln in lines if id(ln) not in used]
    return tables, rest


def _close(rows: list[list[Line]], j: int, start: int) -> bool:
    if j == start:
        return True
    prev, cur = rows[j - 1][0], rows[j][0]
    return cur.top - prev.bottom <= 1.5 * max(prev.height, 1.0)


def _build(rows: list[list[Line]], cols: list[float], page_no: int, height: float) -> RawTable:
    raw_rows: list[RawRow] = []
    for row in rows:
        starts_row = any(abs(ln.x0 - cols[0]) <= ALIGN for ln in row)
        if starts_row or not raw_rows:
            raw_rows.append(RawRow([], (0, 0, 0, 0), page_no))
        target = raw_rows[-1]
        for ln in row:
            col = max(i for i in range(len(cols) - 1) if ln.x0 >= cols[i] - ALIGN)
            cell = next((c for c in target.cells if c.col == col), None)
            if cell is None:
                cell = RawCell(col, (cols[col], ln.top, cols[col + 1], ln.bottom), [], page=page_no)
                target.cells.append(cell)
            cell.lines.append(ln)
    for r in raw_rows:
        r.cells.sort(key=lambda c: c.col)
        for c in r.cells:
            c.bbox = (
                c.bbox[0],
                min(x.top for x in c.lines),
                c.bbox[2],
                max(x.bottom for x in c.lines),
            )
        r.bbox = (
            cols[0],
            min(c.bbox[1] for c in r.cells),
            cols[-1],
            max(c.bbox[3] for c in r.cells),
        )
    if raw_rows and all(ln.bold for c in raw_rows[0].cells for ln in c.lines) and len(raw_rows) > 1:
        raw_rows[0].header = True
    bbox = (cols[0], raw_rows[0].bbox[1], cols[-1], raw_rows[-1].bbox[3])
    return RawTable(page_no, bbox, cols, raw_rows, page_height=height, ruled=False)
