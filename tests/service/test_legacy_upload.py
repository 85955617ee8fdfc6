"""An .rtf uploaded to the service (issue 20): read through LibreOffice in the isolated
reader, its page says it was converted and names the uploaded file."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.conftest import CORPORA
from tests.service.conftest import Board, browser_signed_in, make_settings, seed, upload, wait_done

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) not installed",
)


@pytest.fixture()
def board(tmp_path: Path) -> Iterator[Board]:
    """A service of its own: the session's shared board is counted by other tests."""
    with TestClient(create_app(make_settings(tmp_path / "data"))) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


def test_an_uploaded_rtf_is_read_and_its_page_says_it_was_converted(
    board: Board, tmp_path: Path
) -> None:
    shutil.copy(CORPORA / "harrowfield" / "2019-20_business_plan.docx", tmp_path / "plan.docx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "rtf", "--outdir", str(tmp_path), str(tmp_path / "plan.docx")],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    response = upload(board, ("plan.rtf",), folder=tmp_path)
    assert response.status_code == 201, response.text
    doc_id = response.json()["documents"][0]["id"]
    [doc] = wait_done(board, [doc_id], timeout=300)
    assert doc["status"] == "done", doc
    page = browser_signed_in(board.client, "manager@example.org").get(
        f"/boards/{board.id}/documents/{doc_id}"
    )
    assert page.status_code == 200
    assert "converted from" in page.text
    assert "plan.rtf" in page.text
