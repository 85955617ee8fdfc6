"""Running headers, footers and page numbers: text repeated in the top and bottom
bands across pages.

Rule. The candidates on a page are its first and last few line segments (not a fixed
margin: whatever text sits nearest the page edges, within the outer 20% of the page).
A candidate's key is its text lower-cased with digits masked ("Page 3 of 12" ->
"page # of #") plus the band it is in. A key is running text when it appears on at
least two pages, on at least a third of the pages (so odd/even alternating headers
count) and always at nearly the same distance from its page edge (within 8 pt). A
candidate that is only a page number ("3", "Page 3", "3 of 12", "- 3 -", "iv") is
dropped on any page, even in a one-page document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from extract.pdf.lines import Line
from extract.pdf.text import mask_digits

EDGE_SHARE = 0.2
PER_BAND = 3
Y_TOLERANCE = 8.0
_PAGE_NO = re.compile(
    r"^(?:page\s*)?[-–(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–)]?(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


@dataclass
class PageLines:
    number: int
    width: float
    height: float
    lines: list[Line]


def _candidates(page: PageLines) -> list[tuple[int, str, float]]:
    """(index, band, distance from edge) for lines near the top and bottom edges."""
    order = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
    out: list[tuple[int, str, float]] = []
    top_rows = _rows(page, order)[:PER_BAND]
    bottom_rows = _rows(page, order[::-1])[:PER_BAND]
    for row in top_rows:
        for i in row:
            if page.lines[i].bottom <= page.height * EDGE_SHARE:
                out.append((i, "top", page.lines[i].top))
    for row in bottom_rows:
        for i in row:
            if page.lines[i].top >= page.height * (1 - EDGE_SHARE):
                out.append((i, "bottom", page.height - page.lines[i].bottom))
    return out


def _rows(page: PageLines, order: list[int]) -> list[list[int]]:
    """Indices grouped by baseline, in the given order."""
    rows: list[list[int]] = []
    last = None
    for i in order:
        top = page.lines[i].top
        if last is not None and abs(top - last) < 2:
            rows[-1].append(i)
        else:
            rows.append([i])
            last = top
    return rows


def find_running(pages: list[PageLines]) -> tuple[dict[int, set[int]], list[str]]:
    """Which lines of which pages are running text, and their distinct texts.

    Returns ({page number: {line index}}, [texts in first-seen order]).
    """
    seen: dict[tuple[str, str], list[tuple[int, int, float]]] = defaultdict(list)
    masked: dict[tuple[int, int], str] = {}  # (page, line index) -> its text, digits masked
    drop: dict[int, set[int]] = defaultdict(set)
    texts: list[str] = []
    for page in pages:
        for i, band, dist in _candidates(page):
            text = page.lines[i].text
            if _PAGE_NO.match(text.strip()):
                drop[page.number].add(i)
                continue
            masked[(page.number, i)] = mask_digits(text)
            seen[(masked[(page.number, i)], band)].append((page.number, i, dist))
    need = max(2, -(-len(pages) // 3))
    for hits in seen.values():
        on_pages = {p for p, _, _ in hits}
        if len(on_pages) < need:
            continue
        dists = sorted(d for _, _, d in hits)
        median = dists[len(dists) // 2]
        for page_no, i, dist in hits:
            if abs(dist - median) <= Y_TOLERANCE:
                drop[page_no].add(i)
    by_number = {p.number: p for p in pages}
    keys: set[str] = set()
    for page_no in sorted(drop):
        for i in sorted(drop[page_no]):
            key = masked.get((page_no, i))  # None: dropped as a page number
            if key is not None and key not in keys:
                keys.add(key)
                texts.append(by_number[page_no].lines[i].text)
    return dict(drop), texts
