"""A scanned PDF uploaded to the service is read by OCR in the isolated reader (issue
16): the upload is done, its findings come from the scanned page's words (the cover's
period), and the document's page says its page was read by OCR. The scan is a corpus
plan's first page rendered at 300 dpi, turned and speckled
(`tests.extract.test_ocr.scanned`)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fastapi.testclient import TestClient

from extract.pdf.ocr import tesseract
from service.web.app import create_app
from tests.conftest import CORPORA
from tests.extract.test_ocr import scanned
from tests.service.conftest import (
    Board,
    browser_signed_in,
    make_settings,
    seed,
    upload,
    wait_done,
)

pytestmark = pytest.mark.skipif(
    tesseract() is None and not os.environ.get("CI"), reason="Tesseract not installed"
)
PLAN = CORPORA / "morrowby" / "2021-22_business_plan.pdf"


@pytest.fixture()
def board(tmp_path: Path) -> Iterator[Board]:
    """A service of its own: the session's shared board is counted by other tests."""
    with TestClient(create_app(make_settings(tmp_path / "data"))) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


def _first_page(pdf: Path) -> bytes:
    one = pdfium.PdfDocument.new()
    one.import_pages(pdfium.PdfDocument(pdf.read_bytes()), [0])
    out = io.BytesIO()
    one.save(out)
    return out.getvalue()


def test_an_uploaded_scan_is_read_by_ocr(board: Board, tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(scanned(_first_page(PLAN)))
    response = upload(board, ("scan.pdf",), folder=tmp_path)
    assert response.status_code == 201, response.text
    doc_id = response.json()["documents"][0]["id"]
    [doc] = wait_done(board, [doc_id], timeout=300)
    assert doc["status"] == "done", doc
    url = f"/api/boards/{board.id}/documents/{doc_id}/findings"
    findings = board.as_("manager", "GET", url).json()
    assert findings["document"]["file"] == "scan.pdf"
    assert findings["document"]["pages"] == 1
    # the cover's only period, in the scanned words: nothing else could give it
    assert findings["document"]["period"] == "2021-22", findings["document"]
    page = browser_signed_in(board.client, "manager@example.org").get(
        f"/boards/{board.id}/documents/{doc_id}"
    )
    assert page.status_code == 200
    assert "page 1 read by OCR" in page.text
