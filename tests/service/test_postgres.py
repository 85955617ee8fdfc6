"""The same service on PostgreSQL: migrations, upload → done → ledger → draft →
approve, and board scoping, in a database of its own (see tests/service/postgres.py for
which server, and when it skips)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.service.conftest import SMALL_SET, Board, make_settings, seed, upload, wait_done
from tests.service.postgres import fresh_database


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


def test_service_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", database_url=postgres_url)
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        response = upload(board, SMALL_SET)
        assert response.status_code == 201, response.text
        ids = [d["id"] for d in response.json()["documents"]]
        assert [d["status"] for d in wait_done(board, ids)] == ["done", "done"]
        assert upload(board, SMALL_SET[:1]).json()["documents"][0]["duplicate"] is True
        ledger = board.as_("manager", "GET", f"/api/boards/{first}/ledger").json()
        assert len(ledger["documents"]) == 2
        draft = board.as_("manager", "POST", f"/api/boards/{first}/drafts", json={}).json()
        url = f"/api/boards/{first}/drafts/{draft['id']}"
        edit = {"paragraph": 0, "text": "Edited on PostgreSQL."}
        assert board.as_("chair", "PATCH", f"{url}/sections/0", json=edit).status_code == 200
        assert board.as_("chair", "POST", f"{url}/approve").status_code == 200
        assert board.as_("chair", "PATCH", f"{url}/sections/0", json=edit).status_code == 409
        versions = board.as_("chair", "GET", f"{url}/versions").json()
        assert [v["change"]["action"] for v in versions] == [
            "generated",
            "edit_section",
            "approved",
        ]
        other = board.as_("other", "GET", url.replace(f"/boards/{first}/", f"/boards/{second}/"))
        assert other.status_code == 404
        assert board.as_("other", "GET", url).status_code == 404
