"""Pages read with pdfplumber (pdfminer): the reference backend (/ActualText spans
read as pdfium reads them: `plumber_actual_text`)."""

from __future__ import annotations

from collections.abc import Iterator

from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import ExtractError, HostileFile
from extract.limits import Limits
from extract.pdf.lines import Word, to_words
from extract.pdf.open import Inflation, close_pdf, damaged, iter_pages, open_pdf, page_count
from extract.pdf.page_input import PageInput
from extract.pdf.plumber_actual_text import lay_out

WORD_ATTRS = ["size", "fontname"]


def plumber_pages(data: bytes, file: str, limits: Limits) -> Iterator[PageInput]:
    pdf = open_pdf(data, file, limits)
    try:
        page_count(pdf, file, limits)
        inflation = Inflation(limits, file)
        for page in iter_pages(pdf, file):
            number = page.page_number
            try:
                inflation.check_page(page.page_obj, number)
                read = PageInput(
                    number,
                    float(page.width),
                    float(page.height),
                    plumber_words(page),
                    page.edges,
                    page.rects,
                    len(page.images),
                )
            except ExtractError:
                raise
            except (RecursionError, PdfminerException) as e:
                if not is_recursion(e):
                    raise damaged(e, file, number) from e
                raise HostileFile(
                    "the PDF draws content that refers to itself without end (a cycle)",
                    file=file,
                    page=number,
                ) from e
            except Exception as e:
                raise damaged(e, file, number) from e
            yield read
    finally:
        close_pdf(pdf)


def plumber_words(page: Page) -> list[Word]:
    """The page's words by pdfplumber (its /ActualText spans applied)."""
    lay_out(page)
    return to_words(page.extract_words(extra_attrs=WORD_ATTRS, use_text_flow=False))


def is_recursion(e: BaseException) -> bool:
    inner = e.args[0] if e.args else None
    return isinstance(e, RecursionError) or isinstance(inner, RecursionError)
