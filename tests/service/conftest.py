"""The real app over a real SQLite file in a temporary folder, with real corpus files.

`board` is session-scoped: one service for the whole run reads the Harrowfield files once
(the worker process loads spaCy once) and the tests share it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from service.web.settings import Settings, load_settings
from service.web.store import people

REPO = Path(__file__).resolve().parents[2]
HARROWFIELD = REPO / "corpora" / "harrowfield"
# A report and the plan it carries forward: enough for a ledger and a draft.
SMALL_SET = ("2019-20_accountability_report.pdf", "2019-20_business_plan.docx")
PASSWORD = "correct horse battery"


def make_settings(data_dir: Path, **extra: Any) -> Settings:
    return load_settings(
        data_dir=data_dir, kdf_cost=2**10, worker_poll_s=0.1, secret_key="test-secret", **extra
    )


@dataclass
class Board:
    client: TestClient
    id: int
    other_id: int
    tokens: dict[str, str]
    """role → API token ("manager", "chair", "other" for the other board's manager)."""

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def as_(self, who: str, method: str, url: str, **kw: Any) -> Any:
        return self.client.request(method, url, headers=self.headers(who), **kw)

    def new_draft(self) -> tuple[str, dict[str, Any]]:
        """A draft made by the manager: its API url and its JSON."""
        made = self.as_("manager", "POST", f"/api/boards/{self.id}/drafts", json={})
        assert made.status_code == 201, made.text
        return f"/api/boards/{self.id}/drafts/{made.json()['id']}", made.json()

    def send_copy(self, url: str, data: bytes, name: str = "edited.docx") -> dict[str, Any]:
        """A Word copy posted by the Chair to `url` (a draft's compare or apply)."""
        files = [("files", (name, data, "application/octet-stream"))]
        response = self.as_("chair", "POST", url, files=files)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result


def seed(client: TestClient) -> tuple[int, int, dict[str, str]]:
    """Two boards; a manager and a chair on the first, a manager on the second."""
    services = client.app.state.services  # type: ignore[attr-defined]
    tokens = {}
    with services.db.session() as s:
        first = people.create_board(s, "Harrowfield")
        second = people.create_board(s, "Elsewhere")
        for who, board, role in (
            ("manager", first, "manager"),
            ("chair", first, "chair"),
            ("other", second, "manager"),
        ):
            user = people.create_user(s, f"{who}@example.org", who, PASSWORD, cost=2**10)
            people.set_role(s, user, board, role)
            tokens[who] = people.issue_token(s, user)
        ids = first.id, second.id
    return ids[0], ids[1], tokens


def browser_signed_in(client: TestClient, email: str) -> TestClient:
    """A browser of its own (cookie jar) on `client`'s app, signed in through the page's
    form as `email`."""
    browser = TestClient(client.app)
    form = browser.get("/signin", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token, form.text
    data = {"csrf": token.group(1), "email": email, "password": PASSWORD}
    response = browser.post(
        "/signin", data=data, headers={"Accept": "text/html"}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return browser


def upload(
    board: Board, names: tuple[str, ...], who: str = "manager", folder: Path = HARROWFIELD
) -> Any:
    files = [("files", (n, (folder / n).read_bytes(), "application/octet-stream")) for n in names]
    board_id = board.other_id if who == "other" else board.id
    return board.as_(who, "POST", f"/api/boards/{board_id}/documents", files=files)


def wait_done(board: Board, ids: list[int], timeout: float = 120) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        docs = [
            board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{i}").json() for i in ids
        ]
        if all(d["status"] in ("done", "failed") for d in docs):
            return docs
        if time.monotonic() > deadline:
            raise AssertionError(f"documents not read in {timeout} s: {docs}")
        time.sleep(0.2)


def board_with(client: TestClient, names: tuple[str, ...]) -> tuple[Board, list[int]]:
    """Two boards seeded (`seed`), and the Harrowfield files `names` uploaded to the
    first and read; with the documents' ids."""
    first, second, tokens = seed(client)
    board = Board(client, first, second, tokens)
    response = upload(board, names)
    assert response.status_code == 201, response.text
    ids = [d["id"] for d in response.json()["documents"]]
    docs = wait_done(board, ids, timeout=300)
    assert all(d["status"] == "done" for d in docs), "corpus files must read"
    return board, ids


@pytest.fixture(scope="session")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    settings = make_settings(tmp_path_factory.mktemp("service") / "data")
    with TestClient(create_app(settings)) as client:
        b, _ = board_with(client, SMALL_SET)
        yield b
