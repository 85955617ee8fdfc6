"""Opening a PDF safely: errors in words, page-count limit, inflation caps, and pages
yielded one at a time so memory stays flat.

pdfplumber's `PDF.pages` keeps every `Page` it made (and each parsed page its
objects) until the PDF is closed, and pdfminer caches every decoded object. So pages
are made here one by one from pdfminer's page tree, closed after use, and each
page's decoded content streams are dropped from pdfminer's object cache.

Hostile input: before a page is parsed, its content streams (and the form XObjects
it names) are inflated in chunks and counted, never kept: a stream inflating past
`limits.max_part_bytes`, or a document past `limits.max_unzipped_bytes`, is refused
(`TooLarge`). A form that draws itself (a reference cycle) makes pdfminer recurse
without end: `RecursionError` becomes `HostileFile`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1
from pdfplumber.container import Container
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import CorruptFile, ExtractError, HostileFile, PasswordProtected, TooLarge
from extract.limits import Limits
from extract.pdf.guards import (
    PageScan,
    StreamBudget,
    StreamCount,
    check_structure,
    install_decode_guard,
    resolve,
)

log = logging.getLogger("carryforward.extract")
install_decode_guard()


def open_pdf(data: bytes, file: str, limits: Limits) -> pdfplumber.PDF:
    """The PDF opened by pdfplumber once its declared page count and its structure
    passed (`declared_pages`, `guards.check_structure`)."""
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        declared_pages(doc, file, limits)
        check_structure(doc, file, limits)
        return pdfplumber.open(io.BytesIO(data))
    except ExtractError:
        raise
    except PdfminerException as e:
        raise _translate(e.args[0] if e.args else e, file) from e
    except Exception as e:
        raise _translate(e, file) from e


def _translate(e: Any, file: str, page: int | None = None) -> Exception:
    """A pdfminer error in our words; its own text goes to the log only."""
    if isinstance(e, PDFPasswordIncorrect | PDFEncryptionError):
        return PasswordProtected("the PDF is encrypted and needs a password to open", file=file)
    if isinstance(e, RecursionError):
        return HostileFile("the PDF's structure nests without end (a cycle)", file=file, page=page)
    return damaged(e, file, page)


def damaged(e: BaseException, file: str, page: int | None = None) -> CorruptFile:
    log.info("%s: pdf parser error on page %s: %s: %.300s", file, page, type(e).__name__, e)
    where = f" on page {page}" if page else ""
    return CorruptFile(
        f"the PDF is damaged{where} and cannot be read: open it and save it again as PDF",
        file=file,
        page=page,
    )


def close_pdf(pdf: pdfplumber.PDF) -> None:
    """Close `pdf` without pdfplumber's `close` making every page first (it iterates
    `PDF.pages`, which parses the whole page tree: seconds on a hostile file, and an
    error of its own on a page it cannot make). Pages are made and closed one by one
    here (`iter_pages`), so there are none left to close. (Setting `_pages` is not
    enough: `close` flushes its caches first, `_pages` among them.)"""
    pdf.flush_cache(Container.cached_properties)
    if not pdf.stream_is_external:
        pdf.stream.close()


def declared_pages(doc: PDFDocument, file: str, limits: Limits) -> None:
    """A page tree whose /Count declares more pages than the limit -> `TooLarge`,
    before any page is parsed (the count is checked again against the real tree)."""
    try:
        count = resolve(resolve(doc.catalog.get("Pages"), file).get("Count"), file)
    except HostileFile:
        raise
    except Exception:
        return
    if isinstance(count, int) and count > limits.max_pages:
        raise TooLarge(f"the PDF has {count} pages; the limit is {limits.max_pages}", file=file)


def page_count(pdf: pdfplumber.PDF, file: str, limits: Limits) -> int:
    """Pages declared by the page tree (counted if /Count is missing); over the
    limit -> `TooLarge`."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except Exception:
        count = None
    if not isinstance(count, int) or count < 0:
        count = 0
        for _ in PDFPage.create_pages(pdf.doc):
            count += 1
            if count > limits.max_pages:
                break
    if count > limits.max_pages:
        raise TooLarge(f"the PDF has {count} pages; the limit is {limits.max_pages}", file=file)
    return count


class Inflation:
    """Each page's content streams and the forms it names inflated stage by stage and
    scanned before the page is parsed (`guards`); each stream is inflated once per
    document, its count reused when another page draws it."""

    def __init__(self, limits: Limits, file: str):
        self.limits = limits
        self.file = file
        self.budget = StreamBudget(limits, file)
        self.counts: dict[int, StreamCount] = {}

    def check_page(self, page_obj: PDFPage, page_no: int) -> None:
        scan = PageScan(self.limits, self.file, page_no)
        drawn = sum(
            self._count(s, scan, page_no, on_page=True).forms_drawn
            for s in _streams(page_obj.contents)
        )
        forms = [
            self._count(s, scan, page_no, on_page=False)
            for s in _forms(page_obj.resources, self.file)
        ]
        if forms:
            biggest = max(forms, key=lambda c: (c.operators, c.chars))
            scan.add(biggest, times=max(1, drawn))

    def _count(
        self, stream: PDFStream, scan: PageScan, page_no: int, *, on_page: bool
    ) -> StreamCount:
        key = id(stream) if stream.objid is None else stream.objid
        if key in self.counts:
            if on_page:
                scan.add(self.counts[key])
            return self.counts[key]
        count = scan.scan(self.budget.chunks(stream, page=page_no), on_page=on_page)
        self.counts[key] = count
        return count


def _streams(contents: Any) -> Iterator[PDFStream]:
    for c in contents or []:
        c = resolve1(c)
        if isinstance(c, PDFStream):
            yield c


def _forms(resources: Any, file: str) -> Iterator[PDFStream]:
    try:
        xobjects = resolve(resolve(resources or {}, file).get("XObject"), file) or {}
    except HostileFile:
        raise
    except Exception:
        return
    for value in dict(xobjects).values():
        x = resolve(value, file)
        if isinstance(x, PDFStream) and str(x.attrs.get("Subtype")) == "/'Form'":
            yield x


def iter_pages(pdf: pdfplumber.PDF, file: str) -> Iterator[Page]:
    """pdfplumber Pages one at a time (not kept); decoded streams dropped after."""
    doctop = 0.0
    gen = PDFPage.create_pages(pdf.doc)
    number = 0
    while True:
        try:
            page_obj = next(gen)
        except StopIteration:
            return
        except RecursionError as e:
            raise HostileFile("the PDF's page tree nests without end", file=file) from e
        except Exception as e:
            raise _translate(e, file, number + 1) from e
        number += 1
        _default_mediabox(page_obj)
        try:
            page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
        except RecursionError as e:
            raise HostileFile("the PDF's page nests without end", file=file, page=number) from e
        except Exception as e:
            raise damaged(e, file, number) from e
        doctop += float(page.height)
        try:
            yield page
        finally:
            page.close()
            _forget(pdf, page_obj)


def _default_mediabox(page_obj: PDFPage) -> None:
    """A page with no /MediaBox, its own or inherited, gets pdfminer's default (US
    Letter, as pdfium and viewers do): pdfplumber's `Page` fails on it with a
    `TypeError` of its own (the `nested_dicts_in_page` hostile case)."""
    attrs = page_obj.attrs
    if isinstance(attrs, dict) and attrs.get("MediaBox") is None:
        attrs["MediaBox"] = list(page_obj.mediabox)


def _forget(pdf: pdfplumber.PDF, page_obj: PDFPage) -> None:
    cache = getattr(pdf.doc, "_cached_objs", None)
    if not isinstance(cache, dict):
        return
    for s in _streams(page_obj.contents):
        if s.objid is not None:
            cache.pop(s.objid, None)
