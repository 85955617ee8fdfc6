"""The same service on PostgreSQL: migrations, upload → done → ledger → draft →
approve, and board scoping. Runs when a server is reachable
(CARRYFORWARD_TEST_POSTGRES_URL, else postgres@localhost:5432) and skips otherwise.
Each run creates and drops its own database."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.service.conftest import SMALL_SET, Board, make_settings, seed, upload, wait_done

DEFAULT_URL = "postgresql+psycopg://postgres@localhost:5432/postgres"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    sqlalchemy = pytest.importorskip("sqlalchemy")
    pytest.importorskip("psycopg", reason="PostgreSQL driver not installed (pip install psycopg)")
    admin_url = os.environ.get("CARRYFORWARD_TEST_POSTGRES_URL", DEFAULT_URL)
    engine = sqlalchemy.create_engine(
        admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 2}
    )
    name = f"carryforward_test_{secrets.token_hex(4)}"
    try:
        with engine.connect() as c:
            c.exec_driver_sql(f"CREATE DATABASE {name}")
    except sqlalchemy.exc.OperationalError as exc:
        engine.dispose()
        pytest.skip(f"no PostgreSQL server reachable at {admin_url}: {str(exc)[:100]}")
    url = engine.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        engine.dispose()


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
