"""Page images and cited sources.

A PDF page rendered to PNG with a box highlighted (runs in the tools reader process,
see `service.reader`); the box is an item's (by id) or one given in a link
(a draft's citation), checked here before anything is drawn. A cited Word source is a
paragraph, or a table's row and cell, checked the same way.
"""

from __future__ import annotations

import io
import math
from typing import Any

from extract.errors import BadRequest, NotFound
from extract.model import Source
from nlp.findings.model import Action, Findings, Progress

MIN_RESOLUTION = 20
MAX_RESOLUTION = 200
HIGHLIGHT_FILL = (255, 214, 0, 70)
HIGHLIGHT_STROKE = (200, 30, 30)
EDGE_SLACK = 1.0
"""Points a box may stick out of the page (rounding in the reader's coordinates)."""
MAX_POINTS = 14_400.0
"""The largest page side PDF allows (200 inches), in points."""
BOX_WORDS = "x0,top,x1,bottom in points from the page's top-left"


def render_page(path: str, page: int, bbox: list[float] | None, resolution: int) -> bytes:
    import pdfplumber

    if not MIN_RESOLUTION <= resolution <= MAX_RESOLUTION:
        raise BadRequest(f"resolution must be between {MIN_RESOLUTION} and {MAX_RESOLUTION}")
    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise NotFound(f"there is no page {page} (the document has {len(pdf.pages)})")
        pdf_page = pdf.pages[page - 1]
        if bbox is not None:
            check_on_page(bbox, page, float(pdf_page.width), float(pdf_page.height))
        image = pdf_page.to_image(resolution=resolution)
        if bbox is not None:
            image.draw_rect(
                (bbox[0], bbox[1], bbox[2], bbox[3]),
                fill=HIGHLIGHT_FILL,
                stroke=HIGHLIGHT_STROKE,
                stroke_width=3,
            )
        out = io.BytesIO()
        image.save(out, format="PNG")
    return out.getvalue()


def parse_box(text: str) -> list[float]:
    """A box given in a link (`x0,top,x1,bottom`): four finite numbers, not negative,
    x0 < x1 and top < bottom, no larger than a PDF page can be."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise BadRequest(f"box must be four numbers, {BOX_WORDS} (got {len(parts)} parts)")
    try:
        box = [float(p) for p in parts]
    except ValueError:
        raise BadRequest(f"box must be four numbers, {BOX_WORDS} (got {text[:60]!r})") from None
    if not all(math.isfinite(n) for n in box):
        raise BadRequest("box numbers must be finite (not inf or nan)")
    x0, top, x1, bottom = box
    if min(box) < 0 or max(box) > MAX_POINTS:
        raise BadRequest(f"box numbers must be between 0 and {MAX_POINTS:g} points")
    if not (x0 < x1 and top < bottom):
        raise BadRequest("box must have x0 < x1 and top < bottom (it would be empty)")
    return box


def check_on_page(box: list[float], page: int, width: float, height: float) -> None:
    """A box must lie on its page (within `EDGE_SLACK` points)."""
    if box[2] > width + EDGE_SLACK or box[3] > height + EDGE_SLACK:
        raise BadRequest(
            f"the box [{', '.join(f'{n:g}' for n in box)}] goes outside page {page}, "
            f"which is {width:g} × {height:g} points"
        )


def item_source(findings: Findings, item: str) -> Source:
    """The `source` of an action, progress row, priority or section by id (sections and
    priorities by `[<sha12>:]section:<k>` / `priority:<k>`, as the ledger names them)."""
    entries: list[Action | Progress] = [*findings.actions, *findings.progress]
    for entry in entries:
        if entry.id == item:
            return entry.source
    parts = item.split(":")
    kind, number = (parts[-2], parts[-1]) if len(parts) >= 2 else ("", "")
    if kind in ("section", "priority") and number.isdigit():
        placed = findings.sections if kind == "section" else findings.priorities
        if int(number) < len(placed):
            return placed[int(number)].source
    raise NotFound(f"there is no item {item} in this document's findings")


def cited_source(
    document_format: str,
    pages: int | None,
    *,
    page: int | None = None,
    box: str | None = None,
    paragraph: int | None = None,
    table: int | None = None,
    row: int | None = None,
    cell: int | None = None,
) -> dict[str, Any]:
    """A source given in a link, checked against the document: a PDF is cited by page
    and box, a Word file by paragraph (and table, row, cell for table content)."""
    if document_format == "pdf":
        if any(n is not None for n in (paragraph, table, row, cell)):
            raise BadRequest("this document is a PDF: cite it by page and box, not paragraph")
        if page is None or box is None:
            raise BadRequest(f"a PDF source needs both page and box ({BOX_WORDS})")
        if pages and page > pages:
            raise NotFound(f"there is no page {page} (the document has {pages})")
        return {"page": page, "bbox": parse_box(box)}
    if page is not None or box is not None:
        raise BadRequest("this document is a Word file: cite it by paragraph, not page and box")
    if paragraph is None:
        raise BadRequest("a Word source needs its paragraph (the block's index in the body)")
    if table is None and (row is not None or cell is not None):
        raise BadRequest("a table row or cell needs its table")
    if table is not None and row is None:
        raise BadRequest("a table source needs its row")
    return {"paragraph": paragraph, "table": table, "row": row, "cell": cell}
