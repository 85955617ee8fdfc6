"""Ruled tables: pdfplumber's table finder (lines strategy) over a page's edges (from
either backend) -> grid rows and cells.

Tables are kept "raw" (cells hold `Line`s) until the whole document is read, so that
tables continued over pages can be stitched (`pdf_stitch`) before cell text becomes
blocks (`to_table`). A cell spanning grid columns or rows is kept once, with spans.
Header rows: the leading rows whose text is all bold or whose cells are shaded.
A cell's `shading` is the colour (hex "RRGGBB") of the topmost filled, non-white
rectangle covering most of it (gray, RGB and CMYK fills converted).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from pdfplumber.table import TableFinder, TableSettings

from extract.model import BBox, Cell, ListItem, Paragraph, Row, Table
from extract.pdf.blocks import SourceFor, draft_blocks, to_block
from extract.pdf.lines import Line, Word, to_lines

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
SNAP = 3.0


@dataclass
class RawCell:
    col: int
    bbox: BBox
    lines: list[Line]
    col_span: int = 1
    row_span: int = 1
    page: int = 0
    shading: str | None = None


@dataclass
class RawRow:
    cells: list[RawCell]
    bbox: BBox
    page: int
    header: bool = False

    def first_text(self) -> str:
        first = next((c for c in self.cells if c.col == 0), None)
        return " ".join(ln.text for ln in first.lines) if first else ""

    def texts(self) -> list[str]:
        return [" ".join(ln.text for ln in c.lines) for c in self.cells]


@dataclass
class RawTable:
    page: int
    bbox: BBox
    col_xs: list[float]
    rows: list[RawRow]
    page_height: float = 0.0
    ruled: bool = True
    extra_pages: list[int] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return max(1, len(self.col_xs) - 1)


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _index(xs: list[float], v: float) -> int:
    return min(range(len(xs)), key=lambda i: abs(xs[i] - v))


def inside(w: Word, bbox: BBox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


Shade = tuple[BBox, str | None]


def shaded_boxes(rects: list[dict[str, Any]], page_area: float) -> list[Shade]:
    """Filled, non-white rectangles (cell shading) with their colour as hex, in
    drawing order, ignoring page backgrounds."""
    out: list[Shade] = []
    for r in rects:
        if not r.get("fill"):
            continue
        area = (r["x1"] - r["x0"]) * (r["bottom"] - r["top"])
        color = r.get("non_stroking_color")
        if area > 0.5 * page_area or _is_white(color):
            continue
        out.append(((r["x0"], r["top"], r["x1"], r["bottom"]), to_hex(color)))
    return out


def to_hex(color: Any) -> str | None:
    """A pdfplumber colour (gray, RGB or CMYK tuple, 0..1) -> "RRGGBB"; None when it
    is not numeric (a pattern)."""
    vals = list(color) if isinstance(color, list | tuple) else [color]
    try:
        nums = [min(max(float(v), 0.0), 1.0) for v in vals]
    except (TypeError, ValueError):
        return None
    if len(nums) == 1:
        rgb = nums * 3
    elif len(nums) == 3:
        rgb = nums
    elif len(nums) == 4:
        c, m, y, k = nums
        rgb = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    else:
        return None
    return "".join(f"{round(v * 255):02X}" for v in rgb)


def _is_white(color: Any) -> bool:
    if color is None:
        return True
    vals = list(color) if isinstance(color, list | tuple) else [color]
    try:
        nums = [float(v) for v in vals]
    except (TypeError, ValueError):
        return False
    if len(nums) == 4:
        return all(v < 0.05 for v in nums)
    return all(v > 0.95 for v in nums)


def _covering(bbox: BBox, boxes: list[Shade]) -> list[Shade]:
    area = max((bbox[2] - bbox[0]) * (bbox[3] - bbox[1]), 1.0)
    out = []
    for b, color in boxes:
        w = min(b[2], bbox[2]) - max(b[0], bbox[0])
        h = min(b[3], bbox[3]) - max(b[1], bbox[1])
        if w > 0 and h > 0 and w * h >= 0.6 * area:
            out.append((b, color))
    return out


def _shaded(bbox: BBox, boxes: list[Shade]) -> bool:
    return bool(_covering(bbox, boxes))


def _fill(bbox: BBox, boxes: list[Shade]) -> str | None:
    """Colour of the last-drawn (topmost) shading over the cell."""
    found = _covering(bbox, boxes)
    return found[-1][1] if found else None


@dataclass
class _Edges:
    """What pdfplumber's table finder reads of a page, for the lines strategy."""

    edges: list[dict[str, Any]]
    bbox: BBox


def ruled_tables(
    edges: list[dict[str, Any]],
    size: tuple[float, float],
    words: list[Word],
    page_no: int,
    shading: list[Shade],
) -> list[RawTable]:
    """Tables drawn with ruling lines on one page (at least two columns); `size` is
    the page's (width, height)."""
    out: list[RawTable] = []
    if not edges:
        return out  # the lines strategy finds nothing without edges (nor open ends)
    settings: dict[str, Any] = dict(TABLE_SETTINGS)
    settings["explicit_horizontal_lines"] = _open_ends(edges)
    page = _Edges(edges, (0.0, 0.0, size[0], size[1]))
    for found in TableFinder(page, TableSettings.resolve(settings)).tables:  # type: ignore[arg-type]
        table = _grid(found.cells, words, page_no, shading)
        if table is not None:
            table.page_height = float(size[1])
            out.append(table)
    return out


def _open_ends(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal edges closing a grid whose bottom (or top) border is missing, as
    when a row split over a page is drawn open at the cut."""
    vs = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 5]
    hs = [e for e in edges if e["orientation"] == "h"]
    if len(vs) < 3 or not hs:
        return []
    out = []
    for y, pick in ((max(e["bottom"] for e in vs), "bottom"), (min(e["top"] for e in vs), "top")):
        ends = [e for e in vs if abs(e[pick] - y) < 1.5]
        if len(ends) < 3 or any(abs(h["top"] - y) < 2 for h in hs):
            continue
        x0, x1 = min(e["x0"] for e in ends), max(e["x1"] for e in ends)
        out.append(
            {
                "x0": x0,
                "x1": x1,
                "top": y,
                "bottom": y,
                "width": x1 - x0,
                "orientation": "h",
                "object_type": "line",
            }
        )
    return out


def _grid(
    cells: list[BBox], words: list[Word], page_no: int, shading: list[Shade]
) -> RawTable | None:
    xs = _snap([c[0] for c in cells] + [c[2] for c in cells])
    ys = _snap([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 3 or len(ys) < 2:
        return None
    rows: dict[int, list[RawCell]] = {}
    table_box = (xs[0], ys[0], xs[-1], ys[-1])
    order = {id(w): i for i, w in enumerate(words)}
    by_y = sorted((w for w in words if inside(w, table_box)), key=_mid_y)
    mids = [_mid_y(w) for w in by_y]
    for c in cells:
        col, r = _index(xs, c[0]), _index(ys, c[1])
        band = by_y[bisect_left(mids, c[1]) : bisect_right(mids, c[3])]
        cell_words = sorted((w for w in band if inside(w, c)), key=lambda w: order[id(w)])
        raw = RawCell(
            col=col,
            bbox=tuple(round(v, 2) for v in c),  # type: ignore[arg-type]
            lines=to_lines(cell_words, page_no, gap_em=3.0),
            col_span=max(1, _index(xs, c[2]) - col),
            row_span=max(1, _index(ys, c[3]) - r),
            page=page_no,
            shading=_fill(c, shading),
        )
        rows.setdefault(r, []).append(raw)
    raw_rows = [_row(sorted(rows[r], key=lambda c: c.col), page_no) for r in sorted(rows)]
    if not any(c.lines for row in raw_rows for c in row.cells):
        return None
    _flag_headers(raw_rows, shading)
    heads = [norm_texts(r.texts()) for r in raw_rows if r.header]
    raw_rows = [r for r in raw_rows if r.header or norm_texts(r.texts()) not in heads]
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return RawTable(page_no, tuple(round(v, 2) for v in bbox), xs, raw_rows)  # type: ignore[arg-type]


def _mid_y(w: Word) -> float:
    return (w.top + w.bottom) / 2


def norm_texts(texts: list[str]) -> list[str]:
    """Cell texts lower-cased with whitespace collapsed (to compare rows)."""
    return [" ".join(t.lower().split()) for t in texts]


def _row(cells: list[RawCell], page_no: int) -> RawRow:
    bbox = (
        min(c.bbox[0] for c in cells),
        min(c.bbox[1] for c in cells),
        max(c.bbox[2] for c in cells),
        max(c.bbox[3] for c in cells),
    )
    return RawRow(cells, bbox, page_no)


def _flag_headers(rows: list[RawRow], shading: list[Shade]) -> None:
    """Leading rows that are all bold or all shaded are headers (never every row)."""

    def looks_header(row: RawRow) -> bool:
        filled = [c for c in row.cells if c.lines]
        if not filled:
            return False
        bold = all(ln.bold for c in filled for ln in c.lines)
        shaded = all(_shaded(c.bbox, shading) for c in row.cells)
        return bold or shaded

    n = 0
    while n < min(3, len(rows) - 1) and looks_header(rows[n]):
        n += 1
    if n and looks_header(rows[n]) and n + 1 == len(rows):
        n = 0
    for row in rows[:n]:
        row.header = True


def to_table(raw: RawTable, source_for: SourceFor, body: float, vocab: set[str]) -> Table:
    """A raw (possibly stitched) table -> model `Table`; cell lines become blocks."""
    rows = []
    for row in raw.rows:
        cells = []
        for c in row.cells:
            drafts = draft_blocks(c.lines, body, vocab, in_cell=True)
            made = (to_block(d, source_for, lambda d: 1) for d in drafts)
            blocks = tuple(b for b in made if isinstance(b, Paragraph | ListItem))
            cells.append(
                Cell(
                    c.col,
                    blocks,
                    source_for(c.page, c.bbox),
                    row_span=c.row_span,
                    col_span=c.col_span,
                    shading=c.shading,
                )
            )
        rows.append(Row(tuple(cells), source_for(row.page, row.bbox), header=row.header))
    return Table(tuple(rows), source_for(raw.page, raw.bbox), raw.n_cols)
