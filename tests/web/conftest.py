"""The real app over a real SQLite file, with real corpus files: a TestClient for
plain page tests, and the same app served by uvicorn on a loopback port for the
browser tests (Playwright driving Debian's Chromium)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.service.conftest import (
    SMALL_SET,
    Board,
    board_with,
    make_settings,
    seed,
)

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def ready_board(client: TestClient) -> tuple[Board, list[int], int]:
    """Two boards seeded; the small set read on the first; a draft generated."""
    board, ids = board_with(client, SMALL_SET)
    draft = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert draft.status_code == 201, draft.text
    return board, ids, draft.json()["id"]


@dataclass
class Site:
    board: Board
    documents: list[int]
    draft: int


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    settings = make_settings(tmp_path_factory.mktemp("web") / "data")
    with TestClient(create_app(settings)) as client:
        board, ids, draft = ready_board(client)
        yield Site(board, ids, draft)


@dataclass
class Live:
    url: str
    client: TestClient
    """Shares the served app's services (seeding, API calls with tokens)."""
    board: Board


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    if not CHROMIUM.exists():
        pytest.skip(
            "browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)"
        )
    settings = make_settings(tmp_path_factory.mktemp("live") / "data")
    app = create_app(settings)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    client = TestClient(app, base_url=url)  # no lifespan: uses the served app's services
    try:
        first, second, tokens = seed(client)
        yield Live(url, client, Board(client, first, second, tokens))
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="session")
def browser(live: Live) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A desktop-width tab of its own; a test module needing another width or a signed-in
    tab defines its own `page`."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def shot(page: Any, name: str, *, full: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full)
