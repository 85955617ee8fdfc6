"""Pages read with pdfium (pypdfium2): the fast backend.

The file is first opened as the reference backend opens it (`open.open_pdf`: the
same checks, page-count limit and inflation caps, page by page, before pdfium
parses any content), which also reads each page's fonts (`pdfium_fonts`) and the
words of a page holding /ActualText spans (by pdfplumber: see `_Checked`); then
pdfium reads each page's words (through the compiled loop, `pdfium_loop`, or
through ctypes, `pdfium_chars` and `pdfium_words`) and paths (`pdfium_shapes`), one
page at a time, closing each page after it is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from extract.errors import CorruptFile, ExtractError, HostileFile
from extract.limits import Limits
from extract.pdf.lines import Word
from extract.pdf.open import Inflation, close_pdf, damaged, iter_pages, open_pdf, page_count
from extract.pdf.page_input import PageInput
from extract.pdf.pdfium_chars import PageFrame, page_chars
from extract.pdf.pdfium_fonts import FontMetrics, FontTable
from extract.pdf.pdfium_loop import WidthTables, page_words
from extract.pdf.pdfium_shapes import page_shapes
from extract.pdf.pdfium_words import words_of
from extract.pdf.plumber_actual_text import has_actual_text
from extract.pdf.plumber_pages import is_recursion, plumber_words


def pdfium_pages(data: bytes, file: str, limits: Limits) -> Iterator[PageInput]:
    checked = _checked(data, file, limits)
    if not checked.pages:  # as the reference reads it: no page, so no text
        return
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise CorruptFile("the PDF is damaged and cannot be opened", file=file) from e
    tables = WidthTables(checked.fonts)
    try:
        for i in range(len(doc)):
            yield _page(doc, i, checked, tables, file)
    finally:
        doc.close()


@dataclass
class _Checked:
    """What the opening pass read: how many pages pdfminer finds (a file in which it
    finds none is read as having no text, as the reference reads it, even where pdfium
    would refuse to open it), every page's fonts, and the words of the pages
    pdfium does not read as pdfminer does (those with /ActualText spans: pdfium loses
    the text of one outside the Basic Multilingual Plane, and cannot say how wide the
    glyph drawn for it is), read there by pdfplumber."""

    pages: int
    fonts: dict[str, FontMetrics] = field(default_factory=dict)
    words: dict[int, list[Word]] = field(default_factory=dict)


def _checked(data: bytes, file: str, limits: Limits) -> _Checked:
    pdf = open_pdf(data, file, limits)
    try:
        page_count(pdf, file, limits)
        inflation = Inflation(limits, file)
        table = FontTable()
        words: dict[int, list[Word]] = {}
        pages = 0
        for page in iter_pages(pdf, file):
            pages += 1
            try:
                inflation.check_page(page.page_obj, page.page_number)
                table.add_page(page.page_obj)
                if has_actual_text(page):
                    words[page.page_number] = plumber_words(page)
            except ExtractError:
                raise
            except Exception as e:
                if is_recursion(e):
                    raise HostileFile(
                        "the PDF's resources refer to themselves without end (a cycle)",
                        file=file,
                        page=page.page_number,
                    ) from e
                raise damaged(e, file, page.page_number) from e
        return _Checked(pages, table.metrics, words)
    finally:
        close_pdf(pdf)


def _page(
    doc: pdfium.PdfDocument,
    i: int,
    checked: _Checked,
    tables: WidthTables,
    file: str,
) -> PageInput:
    number = i + 1
    try:
        page = doc[i]
    except Exception as e:
        raise damaged(e, file, number) from e
    try:
        x0, y0, x1, y1 = page.get_mediabox()
        frame = PageFrame(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), page.get_rotation())
        textpage = page.get_textpage()
        try:
            words = checked.words.get(number)
            if words is None:
                words = page_words(textpage.raw, frame, checked.fonts, tables)
            if words is None:
                words = words_of(page_chars(textpage.raw, frame, checked.fonts))
        finally:
            textpage.close()
        shapes = page_shapes(page.raw, frame)
        return PageInput(
            number, frame.width, frame.height, words, shapes.edges, shapes.rects, shapes.images
        )
    except ExtractError:
        raise
    except Exception as e:
        raise damaged(e, file, number) from e
    finally:
        page.close()
