"""Nothing kept that was removed: a removed document's bytes and findings go (unless
another document shares the bytes), a refused upload keeps only its record and
reason, and `carryforward purge --older-than DAYS` removes by age (a dry run unless
--yes). All through the real app, its SQLite store and the real command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from service.cli.app import app as cli
from service.web.app import create_app
from service.web.store.tables import DocumentRow, FindingsRow
from tests.extract import docx_build as b
from tests.pdf_build import one_page_pdf
from tests.service.conftest import Board, make_settings, seed, wait_done


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    data = tmp_path_factory.mktemp("retention") / "data"
    with TestClient(create_app(make_settings(data))) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


def _docx(text: str) -> bytes:
    doc = b.new()
    doc.add_paragraph(text)
    return b.to_bytes(doc)


def _upload(board: Board, name: str, data: bytes, who: str = "manager") -> dict[str, object]:
    board_id = board.id if who == "manager" else board.other_id
    files = [("files", (name, data, "application/octet-stream"))]
    response = board.as_(who, "POST", f"/api/boards/{board_id}/documents", files=files)
    assert response.status_code == 201, response.text
    (doc,) = response.json()["documents"]
    return dict(doc)


def _blob(board: Board, board_id: int, sha256: str) -> Path:
    services = board.client.app.state.services  # type: ignore[attr-defined]
    path: Path = services.blobs.path(board_id, sha256)
    return path


def _findings_rows(board: Board, document_id: int) -> int:
    services = board.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        query = select(func.count()).select_from(FindingsRow)
        return int(s.scalar(query.where(FindingsRow.document_id == document_id)) or 0)


def test_removing_a_document_removes_its_bytes_and_findings(board: Board) -> None:
    doc = _upload(board, "plan.docx", _docx("Priority 1: Removed with its bytes."))
    (done,) = wait_done(board, [int(doc["id"])])  # type: ignore[call-overload]
    assert done["status"] == "done"
    path = _blob(board, board.id, str(doc["sha256"]))
    assert path.is_file() and _findings_rows(board, int(doc["id"])) == 1  # type: ignore[call-overload]
    url = f"/api/boards/{board.id}/documents/{doc['id']}"
    assert board.as_("manager", "DELETE", url).status_code == 200
    assert not path.exists()
    assert _findings_rows(board, int(doc["id"])) == 0  # type: ignore[call-overload]
    assert board.as_("manager", "GET", url).status_code == 404


def test_the_same_bytes_in_another_board_stay_when_one_is_removed(board: Board) -> None:
    data = _docx("Priority 1: Shared by two boards.")
    mine, theirs = _upload(board, "a.docx", data), _upload(board, "b.docx", data, who="other")
    wait_done(board, [int(mine["id"])])  # type: ignore[call-overload]
    url = f"/api/boards/{board.id}/documents/{mine['id']}"
    assert board.as_("manager", "DELETE", url).status_code == 200
    assert not _blob(board, board.id, str(mine["sha256"])).exists()
    assert _blob(board, board.other_id, str(theirs["sha256"])).is_file()


def test_a_refused_upload_keeps_its_record_and_reason_not_its_bytes(board: Board) -> None:
    hostile = one_page_pdf(b"q Q " * 25_000_000)
    doc = _upload(board, "hostile.pdf", hostile)
    (failed,) = wait_done(board, [int(doc["id"])])  # type: ignore[call-overload]
    assert failed["status"] == "failed", failed
    assert failed["error"]["error"] == "HostileFile"
    assert "drawing operators" in failed["error"]["message"]
    assert not _blob(board, board.id, str(doc["sha256"])).exists()
    listed = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    assert any(d["id"] == doc["id"] and d["status"] == "failed" for d in listed)


def _age(board: Board, document_id: int, days: int) -> None:
    services = board.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        old = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
        s.execute(update(DocumentRow).where(DocumentRow.id == document_id).values(created_at=old))


def test_purge_lists_then_removes_documents_older_than_the_days_given(board: Board) -> None:
    old = _upload(board, "old.docx", _docx("Priority 1: Uploaded long ago."))
    new = _upload(board, "new.docx", _docx("Priority 1: Uploaded today."))
    wait_done(board, [int(old["id"]), int(new["id"])])  # type: ignore[call-overload]
    _age(board, int(old["id"]), days=400)  # type: ignore[call-overload]
    services = board.client.app.state.services  # type: ignore[attr-defined]
    env = {"CARRYFORWARD_DATA_DIR": str(services.settings.data_dir)}
    dry = CliRunner().invoke(cli, ["purge", "--older-than", "365"], env=env)
    assert dry.exit_code == 0, dry.output
    assert f"would remove document {old['id']} of Harrowfield: old.docx" in dry.output
    assert "new.docx" not in dry.output and "--yes" in dry.output
    assert _blob(board, board.id, str(old["sha256"])).is_file()  # a dry run removes nothing
    done = CliRunner().invoke(cli, ["purge", "--older-than", "365", "--yes"], env=env)
    assert done.exit_code == 0, done.output
    assert f"removing document {old['id']}" in done.output and "removed 1 document" in done.output
    assert not _blob(board, board.id, str(old["sha256"])).exists()
    assert _blob(board, board.id, str(new["sha256"])).is_file()
    url = f"/api/boards/{board.id}/documents/"
    assert board.as_("manager", "GET", url + str(old["id"])).status_code == 404
    assert board.as_("manager", "GET", url + str(new["id"])).status_code == 200
