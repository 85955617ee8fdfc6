"""Boards take turns for the readers: one board's slow or hostile files never hold up
another board's valid upload, and the service runs as many reader processes as it is
told (`CARRYFORWARD_READERS`). The real app, real reader processes, real files."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from service.web.app import create_app
from service.web.store.tables import Job
from tests.extract import docx_build as b
from tests.pdf_build import hanging_pdf
from tests.service.conftest import Board, make_settings, seed, wait_done


def _docx(text: str) -> bytes:
    doc = b.new()
    doc.add_paragraph(text)
    return b.to_bytes(doc)


def _upload(board: Board, who: str, board_id: int, files: list[tuple[str, bytes]]) -> list[int]:
    parts = [("files", (name, data, "application/octet-stream")) for name, data in files]
    response = board.as_(who, "POST", f"/api/boards/{board_id}/documents", files=parts)
    assert response.status_code == 201, response.text
    return [int(d["id"]) for d in response.json()["documents"]]


def test_another_boards_upload_is_read_before_a_boards_second_slow_file(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", readers=1, job_timeout_s=3)
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        slow = _upload(
            board,
            "manager",
            first,
            [("hang1.pdf", hanging_pdf()), ("hang2.pdf", hanging_pdf() + b"%second\n")],
        )
        (valid,) = _upload(board, "other", second, [("plan.docx", _docx("Priority 1: Ours."))])
        theirs = Board(client, second, first, {**tokens, "manager": tokens["other"]})
        (done,) = wait_done(theirs, [valid])
        assert done["status"] == "done", done
        services = client.app.state.services  # type: ignore[attr-defined]
        assert len(services.readers) == 1
        with services.db.session() as s:
            started = {
                j.document_id: j.started_at
                for j in s.scalars(select(Job).where(Job.document_id.in_([*slow, valid])))
            }
        # uploaded after both slow files, read before the second of them
        assert started[slow[0]] < started[valid]
        assert started[slow[1]] is None or started[valid] < started[slow[1]]
        failed = wait_done(board, slow, timeout=60)
        assert [f["error"]["error"] for f in failed] == ["TooSlow", "TooSlow"]


def test_the_service_holds_as_many_readers_as_it_is_told(tmp_path: Path) -> None:
    with TestClient(create_app(make_settings(tmp_path / "data", readers=3))) as client:
        services = client.app.state.services  # type: ignore[attr-defined]
        assert len(services.readers) == 3
        assert len(services.worker.threads) == 3
        assert len({id(r) for r in services.readers}) == 3
