"""pdfium path objects -> the rectangles, lines and edges pdfplumber would report,
for table detection and cell shading.

pdfminer's rule, followed here: each subpath is painted on its own; two points
(or two and a close back to the start) make a line; five points closing on the
first, with sides parallel to the axes, make a rectangle; anything else is a
curve through its segments' end points. Lines, then rectangles, then curves give
the edges, as pdfplumber orders them. Objects inside forms are read with the
form's matrix; images are counted (a page of images and no text needs OCR), and
text objects marked with /ActualText noted.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from extract.pdf.pdfium_chars import PageFrame

MAX_FORM_DEPTH = 8
Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass
class PageShapes:
    lines: list[dict[str, Any]] = field(default_factory=list)
    rects: list[dict[str, Any]] = field(default_factory=list)
    curves: list[dict[str, Any]] = field(default_factory=list)
    images: int = 0
    actual_text: bool = False
    """Whether a text object is marked with /ActualText (see `pdfium_pages`)."""

    @property
    def edges(self) -> list[dict[str, Any]]:
        out = [_line_edge(ln) for ln in self.lines]
        for r in self.rects:
            out.extend(_rect_edges(r))
        for c in self.curves:
            out.extend(_curve_edges(c["pts"]))
        return out


def page_shapes(page: pdfium_c.FPDF_PAGE, frame: PageFrame) -> PageShapes:
    shapes = PageShapes()
    count = pdfium_c.FPDFPage_CountObjects(page)
    objects = (pdfium_c.FPDFPage_GetObject(page, i) for i in range(max(count, 0)))
    _collect(objects, IDENTITY, frame, shapes, 0)
    return shapes


def _collect(
    objects: Iterator[Any], outer: Matrix, frame: PageFrame, shapes: PageShapes, depth: int
) -> None:
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            _path(obj, _compose(_matrix(obj), outer), frame, shapes)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            shapes.images += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and not shapes.actual_text:
            shapes.actual_text = _has_actual_text(obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            inner = _compose(_matrix(obj), outer)
            n = pdfium_c.FPDFFormObj_CountObjects(obj)
            children = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(max(n, 0)))
            _collect(children, inner, frame, shapes, depth + 1)


def _has_actual_text(obj: Any) -> bool:
    for i in range(max(pdfium_c.FPDFPageObj_CountMarks(obj), 0)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, i)
        if pdfium_c.FPDFPageObjMark_GetParamValueType(mark, b"ActualText"):  # not UNKNOWN
            return True
    return False


def _matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """`inner` then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _path(obj: Any, m: Matrix, frame: PageFrame, shapes: PageShapes) -> None:
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
    fill = fill_mode.value != 0
    if not fill and not stroke.value:
        return
    color = _fill_color(obj)
    for pts in _subpaths(obj, m, frame):
        _classify(pts, fill, color, shapes)


def _fill_color(obj: Any) -> tuple[float, ...] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _subpaths(obj: Any, m: Matrix, frame: PageFrame) -> Iterator[list[Point]]:
    """Each subpath's points (a curve by its end points), on the page as shown."""
    n = pdfium_c.FPDFPath_CountSegments(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    pts: list[Point] = []
    bezier = 0
    a, b, c, d, e, f = m
    for i in range(max(n, 0)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO and pts:
            yield pts
            pts = []
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:  # a control point
                continue
        else:
            bezier = 0
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = x.value, y.value
        pts.append(frame.to_top_left(a * px + c * py + e, b * px + d * py + f))
    if pts:
        yield pts


def _classify(
    pts: list[Point], fill: bool, color: tuple[float, ...] | None, shapes: PageShapes
) -> None:
    if len(pts) > 3 and pts[-1] == pts[0] and pts[-2] == pts[0]:
        pts = pts[:-1]  # a redundant segment back to the start before the close
    if len(pts) == 2 or (len(pts) == 3 and pts[2] == pts[0]):
        shapes.lines.append(_box(pts[:2], fill, color))
        return
    if len(pts) == 5 and pts[4] == pts[0]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
        if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        ):
            shapes.rects.append(_box([pts[0], pts[2]], fill, color))
            return
    if len(pts) >= 2:
        curve = _box(pts, fill, color)
        curve["pts"] = pts
        shapes.curves.append(curve)


def _box(pts: list[Point], fill: bool, color: tuple[float, ...] | None) -> dict[str, Any]:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "fill": fill,
        "non_stroking_color": color,
    }


def _line_edge(line: dict[str, Any]) -> dict[str, Any]:
    edge = dict(line, object_type="line")
    edge["orientation"] = "h" if line["top"] == line["bottom"] else "v"
    return edge


def _rect_edges(r: dict[str, Any]) -> list[dict[str, Any]]:
    base = dict(r, object_type="rect_edge")
    return [
        dict(base, height=0, bottom=r["top"], orientation="h"),
        dict(base, height=0, top=r["bottom"], doctop=r["bottom"], orientation="h"),
        dict(base, width=0, x1=r["x0"], orientation="v"),
        dict(base, width=0, x0=r["x1"], orientation="v"),
    ]


def _curve_edges(pts: list[Point]) -> list[dict[str, Any]]:
    out = []
    for p0, p1 in itertools.pairwise(pts):
        top = min(p0[1], p1[1])
        out.append(
            {
                "object_type": "curve_edge",
                "x0": min(p0[0], p1[0]),
                "x1": max(p0[0], p1[0]),
                "top": top,
                "doctop": top,
                "bottom": max(p0[1], p1[1]),
                "width": abs(p0[0] - p1[0]),
                "height": abs(p0[1] - p1[1]),
                "orientation": "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None),
            }
        )
    return out
