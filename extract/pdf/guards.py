"""Structural guards that refuse hostile PDFs in well under a second, before any
parser spends its time or memory on them. They look at pdfminer's parsed objects and
raw stream bytes only, so every PDF backend calls them (from `extract.pdf.open`). One
module per job; this one names them all:

- `guard_structure.check_structure`: the catalog, the document info and the page tree
  walked with a cycle-safe resolver (`resolve`): reference loops, page trees nesting
  without end, values nested past a depth (`HostileFile`).
- `guard_streams.StreamBudget`: every stream inflated stage by stage in chunks, each
  filter stage held to `Limits.max_part_bytes` and the document to
  `Limits.max_unzipped_bytes`; `install_decode_guard` makes pdfminer's own decoding
  measure every stream against the document's budget (`reading`, `done_reading`).
- `guard_pages.PageScan`: a page's operators and drawn characters counted while its
  content streams are read (`Limits.max_page_operators`, `Limits.max_page_chars`).
- `guard_images.check_image`: an image about to be rendered (a scanned page read by
  OCR) held to what its page may hold, as declared and as inflated (`TooLarge`).
"""

from __future__ import annotations

from extract.pdf.guard_images import check_image, declared_image_bytes, page_allowance
from extract.pdf.guard_pages import PageScan, StreamCount
from extract.pdf.guard_streams import StreamBudget, done_reading, install_decode_guard, reading
from extract.pdf.guard_structure import check_structure, resolve

__all__ = [
    "PageScan",
    "StreamBudget",
    "StreamCount",
    "check_image",
    "check_structure",
    "declared_image_bytes",
    "done_reading",
    "install_decode_guard",
    "page_allowance",
    "reading",
    "resolve",
]
