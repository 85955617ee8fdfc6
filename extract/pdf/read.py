"""PDF -> Document, its pages read by either backend (`backend`: pdfium or
pdfplumber), everything after that shared.

Two passes. Per page (each page parsed once and closed): words read once with their
size and font, ruled tables found once, lines built. Then over the whole document:
running headers/footers removed, contents pages set aside, borderless tables found,
two-column regions ordered, tables continued over pages stitched, and lines turned
into headings, paragraphs and list items. See the `pdf_*` modules for each rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from extract.errors import EmptyFile, NoTextLayer
from extract.limits import DEFAULT_LIMITS, Limits
from extract.model import BBox, Block, Document, Heading, Source
from extract.pdf.backend import page_source
from extract.pdf.blocks import PdfBlockDraft, draft_blocks, heading_levels, to_block
from extract.pdf.guards import StreamBudget, done_reading, reading
from extract.pdf.layout import aligned_tables, is_contents_page, reading_order
from extract.pdf.lines import Line, body_size, to_lines
from extract.pdf.ocr import LOW_CONFIDENCE, missing_error, ocr_pages, tesseract
from extract.pdf.page_input import PageInput
from extract.pdf.running import PageLines, find_running
from extract.pdf.stitch import join, same_columns
from extract.pdf.tables import RawTable, inside, ruled_tables, shaded_boxes, to_table
from extract.pdf.text import lowercase_words, vocabulary
from extract.ratio import check_text_size


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[RawTable]
    images: int = 0
    chars: int = 0
    elements: list[Any] = field(default_factory=list)


def read_pdf(
    data: bytes,
    *,
    file: str,
    sha256: str,
    limits: Limits = DEFAULT_LIMITS,
    backend: str | None = None,
) -> Document:
    pages = _read_pages(data, file, limits, backend)
    notes = _read_scanned(data, pages, file, limits)
    if not any(p.chars for p in pages):
        raise EmptyFile("the PDF has no text on any page", file=file)
    document = _assemble(pages, file, sha256)
    return replace(document, warnings=(*notes, *document.warnings)) if notes else document


def _read_scanned(
    data: bytes, pages: list[PageContent], file: str, limits: Limits = DEFAULT_LIMITS
) -> list[str]:
    """Pages that are images with no text read by OCR (`ocr`), in place; what the
    reader should know about them."""
    scanned = [p.number for p in pages if not p.chars and p.images]
    if not scanned:
        return []
    if tesseract() is None:
        if not any(p.chars for p in pages):
            raise missing_error(file, scanned)
        why = missing_error(file, scanned).message
        return [f"some pages were not read: {why}"]
    at = {p.number: i for i, p in enumerate(pages)}
    notes = []
    for ocr in ocr_pages(data, scanned, file=file, limits=limits):
        i = at[ocr.number]
        # The scan's words and ruling lines go through the same page reading as a
        # text layer's (ruled tables included).
        seen = PageInput(
            ocr.number, ocr.width, ocr.height, ocr.words, ocr.edges, [], pages[i].images
        )
        pages[i] = _read_page(seen)
        low = " (low: check this page against the scan)" if ocr.confidence < LOW_CONFIDENCE else ""
        notes.append(f"page {ocr.number} read by OCR, confidence {ocr.confidence:.0f}%{low}")
    if not any(p.chars for p in pages):
        raise NoTextLayer(
            "the PDF is scanned images and OCR found no text in them: it needs a clearer scan",
            file=file,
        )
    return notes


def _read_pages(data: bytes, file: str, limits: Limits, backend: str | None) -> list[PageContent]:
    """Every page read by the chosen backend, each stream decoded against one budget
    and the text drawn checked against the file's size as it grows (`guards`, `ratio`)."""
    token = reading(StreamBudget(limits, file))
    try:
        out: list[PageContent] = []
        chars = 0
        for page in page_source(backend)(data, file, limits):
            out.append(_read_page(page))
            chars += out[-1].chars
            check_text_size(chars, len(data), limits, file=file)
        return out
    finally:
        done_reading(token)


def _read_page(page: PageInput) -> PageContent:
    words, number = page.words, page.number
    shading = shaded_boxes(page.rects, page.width * page.height)
    size = (page.width, page.height)
    tables = ruled_tables(page.edges, size, words, number, shading) if words else []
    free = [w for w in words if not any(inside(w, t.bbox) for t in tables)] if tables else words
    return PageContent(
        number,
        page.width,
        page.height,
        to_lines(free, number),
        tables,
        images=page.images,
        chars=sum(len(w.text) for w in words),
    )


def _assemble(pages: list[PageContent], file: str, sha256: str) -> Document:
    drop, running = find_running([PageLines(p.number, p.width, p.height, p.lines) for p in pages])
    contents_pages: list[int] = []
    for p in pages:
        gone = drop.get(p.number, set())
        p.lines = [ln for i, ln in enumerate(p.lines) if i not in gone]
        if p.number <= max(6, len(pages) // 5) and is_contents_page(p.lines) and not p.tables:
            contents_pages.append(p.number)
            p.lines = []
    all_lines = [ln for p in pages for ln in p.lines]
    body = body_size(all_lines)
    cell_text = [
        ln.text for p in pages for t in p.tables for r in t.rows for c in r.cells for ln in c.lines
    ]
    texts = [ln.text for ln in all_lines] + cell_text
    vocab = vocabulary(texts)
    common = lowercase_words(texts)
    for p in pages:
        _layout(p)
    elements = _stitch(pages)
    blocks = _blocks(elements, body, vocab, _source_maker(file, sha256), common)
    return Document(
        file=file,
        sha256=sha256,
        format="pdf",
        pages=len(pages),
        title=_title(pages, blocks, body),
        blocks=tuple(blocks),
        running_text=tuple(running),
        contents_pages=tuple(contents_pages),
    )


def _layout(p: PageContent) -> None:
    """Page elements in reading order: tables and runs of lines between them."""
    aligned, rest = aligned_tables(p.lines, p.number, p.height)
    tables = sorted(p.tables + aligned, key=lambda t: t.bbox[1])
    elements: list[Any] = []
    remaining = rest
    for t in tables:
        above = [ln for ln in remaining if ln.bottom <= t.bbox[1] + 2]
        remaining = [ln for ln in remaining if ln.bottom > t.bbox[1] + 2]
        if above:
            elements.append(reading_order(above, p.width))
        elements.append(t)
    if remaining:
        elements.append(reading_order(remaining, p.width))
    p.elements = elements


def _stitch(pages: list[PageContent]) -> list[Any]:
    """All pages' elements; a table opening a page joined to the table that closed
    the page before when their columns match; consecutive runs of lines concatenated
    (so a paragraph cut by a page break can rejoin)."""
    out: list[Any] = []
    for i, p in enumerate(pages):
        for j, el in enumerate(p.elements):
            prev = out[-1] if out else None
            if (
                j == 0
                and i > 0
                and isinstance(prev, RawTable)
                and _continues(prev, el, pages[i - 1].number)
            ):
                join(prev, el)
            elif isinstance(el, list) and isinstance(prev, list):
                prev.extend(el)
            else:
                out.append(el)
    return out


def _continues(prev: Any, el: Any, prev_page: int) -> bool:
    if not isinstance(prev, RawTable) or not isinstance(el, RawTable):
        return False
    last_page = prev.extra_pages[-1] if prev.extra_pages else prev.page
    return last_page == prev_page and same_columns(prev, el)


def _blocks(
    elements: list[Any], body: float, vocab: set[str], source_for: Any, common: set[str]
) -> list[Block]:
    drafts_by_el: list[list[PdfBlockDraft] | RawTable] = []
    all_drafts: list[PdfBlockDraft] = []
    for el in elements:
        if isinstance(el, RawTable):
            drafts_by_el.append(el)
        else:
            drafts = draft_blocks(el, body, vocab, common=common)
            drafts_by_el.append(drafts)
            all_drafts.extend(drafts)
    level = heading_levels(all_drafts, body)
    out: list[Block] = []
    for item in drafts_by_el:
        if isinstance(item, RawTable):
            out.append(to_table(item, source_for, body, vocab))
        else:
            out.extend(to_block(d, source_for, level) for d in item)
    return out


def _source_maker(file: str, sha256: str) -> Any:
    def source_for(page: int, bbox: BBox) -> Source:
        return Source(file=file, sha256=sha256, page=page, bbox=bbox)

    return source_for


def _title(pages: list[PageContent], blocks: list[Block], body: float) -> str | None:
    """The largest text on page 1 (consecutive lines of that size), else the first
    heading."""
    first = pages[0].lines if pages else []
    if first:
        biggest = max(ln.size for ln in first)
        if biggest >= body * 1.15:
            parts = [ln.text for ln in sorted(first, key=lambda ln: ln.top) if ln.size == biggest]
            return " ".join(parts)[:300]
    head = next((b for b in blocks if isinstance(b, Heading)), None)
    return head.text if head else None
