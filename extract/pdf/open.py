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
import zlib
from collections.abc import Iterator
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, resolve1
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import CorruptFile, HostileFile, PasswordProtected, TooLarge
from extract.limits import Limits

CHUNK = 1 << 20


def open_pdf(data: bytes, file: str) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as e:
        raise _translate(e.args[0] if e.args else e, file) from e
    except RecursionError as e:
        raise HostileFile("the PDF's structure nests without end (a cycle)", file=file) from e
    except Exception as e:
        raise CorruptFile(f"the PDF is damaged and cannot be opened ({_what(e)})", file=file) from e


def _what(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return text if len(text) < 160 else text[:157] + "..."


def _translate(e: Any, file: str, page: int | None = None) -> Exception:
    if isinstance(e, PDFPasswordIncorrect | PDFEncryptionError):
        return PasswordProtected("the PDF is encrypted and needs a password to open", file=file)
    if isinstance(e, RecursionError):
        return HostileFile("the PDF's structure nests without end (a cycle)", file=file, page=page)
    where = f" on page {page}" if page else ""
    return CorruptFile(f"the PDF is damaged{where} ({_what(e)})", file=file, page=page)


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
    """Counts bytes inflated from content streams across a document."""

    def __init__(self, limits: Limits, file: str):
        self.limits = limits
        self.file = file
        self.total = 0
        self.seen: set[int] = set()

    def check_page(self, page_obj: PDFPage, page_no: int) -> None:
        streams = list(_streams(page_obj.contents)) + list(_forms(page_obj.resources))
        for s in streams:
            key = id(s) if s.objid is None else s.objid
            if key in self.seen:
                continue
            self.seen.add(key)
            size = _inflated_size(s, self.limits.max_part_bytes + 1)
            self.total += size
            if size > self.limits.max_part_bytes:
                raise TooLarge(
                    f"page {page_no} has a content stream inflating past "
                    f"{self.limits.max_part_bytes // (1 << 20)} MB (a decompression bomb?)",
                    file=self.file,
                    page=page_no,
                )
            if self.total > self.limits.max_unzipped_bytes:
                raise TooLarge(
                    f"the PDF's content inflates past "
                    f"{self.limits.max_unzipped_bytes // (1 << 20)} MB",
                    file=self.file,
                    page=page_no,
                )


def _streams(contents: Any) -> Iterator[PDFStream]:
    for c in contents or []:
        c = resolve1(c)
        if isinstance(c, PDFStream):
            yield c


def _forms(resources: Any) -> Iterator[PDFStream]:
    try:
        xobjects = resolve1(resolve1(resources or {}).get("XObject")) or {}
    except Exception:
        return
    for value in dict(xobjects).values():
        x = resolve1(value)
        if isinstance(x, PDFStream) and str(x.attrs.get("Subtype")) == "/'Form'":
            yield x


def _inflated_size(stream: PDFStream, cap: int) -> int:
    raw = stream.rawdata
    if raw is None:
        return len(stream.data or b"")
    filters = [str(resolve1(f)) for f in stream.get_filters()] if stream.attrs else []
    if not filters or "FlateDecode" not in filters[0] or stream.decipher:
        return len(raw)
    d = zlib.decompressobj()
    total = 0
    buf = raw
    try:
        while buf and total <= cap:
            out = d.decompress(buf, CHUNK)
            total += len(out)
            buf = d.unconsumed_tail
    except zlib.error:
        return total
    return total


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
        page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
        doctop += float(page.height)
        try:
            yield page
        finally:
            page.close()
            _forget(pdf, page_obj)


def _forget(pdf: pdfplumber.PDF, page_obj: PDFPage) -> None:
    cache = getattr(pdf.doc, "_cached_objs", None)
    if not isinstance(cache, dict):
        return
    for s in _streams(page_obj.contents):
        if s.objid is not None:
            cache.pop(s.objid, None)
