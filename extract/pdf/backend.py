"""Which library reads a PDF's pages: `pdfium` (the default: the fast one) or
`pdfplumber` (the reference). Chosen by `extract(..., pdf_backend=)`, else by the
environment variable CARRYFORWARD_PDF_BACKEND, else the default. Both give the same
documents and findings on every corpus PDF and the same refusals on the hostile set
(tests/extract/test_pdf_backends.py)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from extract.errors import BadSetting
from extract.limits import Limits
from extract.pdf.page_input import PageInput

ENV = "CARRYFORWARD_PDF_BACKEND"
BACKENDS = ("pdfium", "pdfplumber")
DEFAULT = "pdfium"

PageSource = Callable[[bytes, str, Limits], Iterator[PageInput]]


def chosen(name: str | None = None) -> str:
    value = (name or os.environ.get(ENV) or DEFAULT).strip().lower()
    if value not in BACKENDS:
        raise BadSetting(
            f"unknown PDF backend {value!r} (from {'the call' if name else ENV}); "
            f"choose one of: {', '.join(BACKENDS)}"
        )
    return value


def page_source(name: str | None = None) -> PageSource:
    if chosen(name) == "pdfium":
        from extract.pdf.pdfium_pages import pdfium_pages

        return pdfium_pages
    from extract.pdf.plumber_pages import plumber_pages

    return plumber_pages
