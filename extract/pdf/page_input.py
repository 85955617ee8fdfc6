"""What the layout code reads of one PDF page, whichever backend read it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extract.pdf.lines import Word


@dataclass
class PageInput:
    """One page: its words (pdfplumber's `extract_words` rules), the edges of its
    lines, rectangles and curves (for ruled tables), its rectangles (for cell
    shading: `fill` and `non_stroking_color`), and how many images it shows."""

    number: int
    width: float
    height: float
    words: list[Word]
    edges: list[dict[str, Any]]
    rects: list[dict[str, Any]]
    images: int
