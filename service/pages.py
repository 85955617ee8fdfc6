"""Page images: a PDF page rendered to PNG with an item's box highlighted. Runs in the
tools sandbox process (see `service.sandbox.task_render`)."""

from __future__ import annotations

import io
from typing import Any

from service.errors import BadRequest, NotFound

MAX_RESOLUTION = 200
HIGHLIGHT_FILL = (255, 214, 0, 70)
HIGHLIGHT_STROKE = (200, 30, 30)


def render_page(path: str, page: int, bbox: list[float] | None, resolution: int) -> bytes:
    import pdfplumber

    if not 20 <= resolution <= MAX_RESOLUTION:
        raise BadRequest(f"resolution must be between 20 and {MAX_RESOLUTION}")
    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise NotFound(f"there is no page {page} (the document has {len(pdf.pages)})")
        image = pdf.pages[page - 1].to_image(resolution=resolution)
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


def item_source(findings: dict[str, Any], item: str) -> dict[str, Any]:
    """The `source` of an action, progress row, priority or section by id (sections and
    priorities by `[<sha12>:]section:<k>` / `priority:<k>`, as the ledger names them)."""
    for key in ("actions", "progress"):
        for entry in findings.get(key, []):
            if entry.get("id") == item:
                return dict(entry["source"])
    parts = item.split(":")
    kind, number = (parts[-2], parts[-1]) if len(parts) >= 2 else ("", "")
    if kind in ("section", "priority") and number.isdigit():
        entries = findings.get("sections" if kind == "section" else "priorities", [])
        if int(number) < len(entries):
            return dict(entries[int(number)]["source"])
    raise NotFound(f"there is no item {item} in this document's findings")
