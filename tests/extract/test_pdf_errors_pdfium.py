"""The bad and hostile PDFs of `test_pdf_errors`, read with the pdfium backend: the
same errors, since it opens files through the same checks."""

from __future__ import annotations

import pytest

from tests.extract.test_pdf_errors import *  # noqa: F403


@pytest.fixture(autouse=True)
def _pdfium_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRYFORWARD_PDF_BACKEND", "pdfium")
