"""The bad and hostile PDFs of `test_pdf_errors` (read there with the default
backend, pdfium), read with the reference backend, pdfplumber: the same errors,
since both open files through the same checks."""

from __future__ import annotations

import pytest

from tests.extract.test_pdf_errors import *  # noqa: F403


@pytest.fixture(autouse=True)
def _pdfplumber_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRYFORWARD_PDF_BACKEND", "pdfplumber")
