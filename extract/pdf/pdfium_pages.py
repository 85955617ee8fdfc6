"""Pages read with pdfium (pypdfium2): the fast backend.

The file is first opened as the reference backend opens it (`open.open_pdf`: the
same checks, page-count limit and inflation caps, page by page, before pdfium
parses any content), which also reads each page's fonts (`pdfium_fonts`); then
pdfium reads each page's words (through the compiled loop, `pdfium_loop`, or
through ctypes, `pdfium_chars` and `pdfium_words`) and paths (`pdfium_shapes`), one
page at a time, closing each page after it is read. A page with text marked
/ActualText is read by pdfplumber instead (`_ReferencePages`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pdfplumber
import pypdfium2 as pdfium
from pdfplumber.page import Page

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
    reference = _ReferencePages(data, file, limits)
    try:
        for i in range(len(doc)):
            yield _page(doc, i, checked.fonts, tables, reference, file)
    finally:
        reference.close()
        doc.close()


@dataclass
class _Checked:
    """What the opening pass read: how many pages pdfminer finds (a file in which it
    finds none is read as having no text, as the reference reads it, even where pdfium
    would refuse to open it), and every page's fonts."""

    pages: int
    fonts: dict[str, FontMetrics] = field(default_factory=dict)


class _ReferencePages:
    """The words of the pages pdfium does not read as pdfminer does, by pdfplumber:
    those with text marked /ActualText (pdfium loses the text of one outside the Basic
    Multilingual Plane, and cannot say how wide the glyph drawn for it is). The file is
    opened again only when such a page is met; pages are asked for in order."""

    def __init__(self, data: bytes, file: str, limits: Limits) -> None:
        self.data, self.file, self.limits = data, file, limits
        self.pdf: pdfplumber.PDF | None = None
        self.pages: Iterator[Page] = iter(())

    def words(self, number: int) -> list[Word]:
        if self.pdf is None:
            self.pdf = open_pdf(self.data, self.file, self.limits)
            self.pages = iter_pages(self.pdf, self.file)
        for page in self.pages:
            if page.page_number == number:
                return plumber_words(page)
        raise CorruptFile("pdfminer finds fewer pages than pdfium", file=self.file, page=number)

    def close(self) -> None:
        if self.pdf is not None:
            close_pdf(self.pdf)


def _checked(data: bytes, file: str, limits: Limits) -> _Checked:
    pdf = open_pdf(data, file, limits)
    try:
        page_count(pdf, file, limits)
        inflation = Inflation(limits, file)
        table = FontTable()
        pages = 0
        for page in iter_pages(pdf, file):
            pages += 1
            try:
                inflation.check_page(page.page_obj, page.page_number)
                table.add_page(page.page_obj)
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
        return _Checked(pages, table.metrics)
    finally:
        close_pdf(pdf)


def _page(
    doc: pdfium.PdfDocument,
    i: int,
    fonts: dict[str, FontMetrics],
    tables: WidthTables,
    reference: _ReferencePages,
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
        # text first, then paths: pdfium's own allocations come before the paths'
        # Python objects, so a page over the memory cap fails in Python (MemoryError),
        # not inside pdfium (which aborts the process)
        words = _words(page, frame, fonts, tables)
        shapes = page_shapes(page.raw, frame)
        if shapes.actual_text:
            words = reference.words(number)
        return PageInput(
            number, frame.width, frame.height, words, shapes.edges, shapes.rects, shapes.images
        )
    except ExtractError:
        raise
    except Exception as e:
        raise damaged(e, file, number) from e
    finally:
        page.close()


def _words(
    page: pdfium.PdfPage, frame: PageFrame, fonts: dict[str, FontMetrics], tables: WidthTables
) -> list[Word]:
    textpage = page.get_textpage()
    try:
        words = page_words(textpage.raw, frame, fonts, tables)
        return words_of(page_chars(textpage.raw, frame, fonts)) if words is None else words
    finally:
        textpage.close()
