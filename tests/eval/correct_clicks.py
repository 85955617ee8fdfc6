"""How long, in clicks and seconds, from opening a mis-read document to a correct ledger.

    python -m tests.eval.correct_clicks

Serves the real app (a fresh SQLite folder), uploads the mis-read plan of
`tests.corrections.misread` (a plan's RAG column headed "Progress": its actions are read
as progress rows), and drives Debian's Chromium the way a new user would go: from the
dashboard, open the document, follow "Correct this" beside the least certain reading in
"Check these first", choose the column's role in its list, press Set, wait for the page
to reload by itself once the document is read again, open the Ledger. Every mouse
click is counted (choosing in a drop-down list is two: open it, pick). Seconds are wall
clock from the click that opens the document to the ledger showing the plan's actions;
they include the re-read but no human reading or thinking time.
"""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import expect, sync_playwright

from service.web.app import create_app
from service.web.store import people
from tests.corrections.misread import misread_plan, truth_actions
from tests.service.conftest import PASSWORD, Board, make_settings, wait_done
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS

EMAIL = "new-manager@example.org"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(make_settings(Path(tmp) / "data"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            url = f"http://127.0.0.1:{port}"
            board = _board(TestClient(app, base_url=url))
            clicks, seconds = _walk(url, board)
        finally:
            server.should_exit = True
            thread.join(timeout=30)
    print(f"{clicks} clicks, {seconds:.1f} s from opening the document to a correct ledger")


def _board(client: TestClient) -> Board:
    services = client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        b = people.create_board(s, "Elmstead Vale")
        user = people.create_user(s, EMAIL, "Manager", PASSWORD, cost=2**10)
        people.set_role(s, user, b, "manager")
        board = Board(client, b.id, -1, {"manager": people.issue_token(s, user)})
    files = [("files", ("strategic-plan-2022-23.docx", misread_plan(), "application/octet-stream"))]
    doc = board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files).json()
    wait_done(board, [doc["documents"][0]["id"]])
    return board


def _walk(url: str, board: Board) -> tuple[int, float]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.set_default_timeout(120_000)
        page.goto(f"{url}/signin")
        page.get_by_label("Email").fill(EMAIL)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(lambda u: "/signin" not in u)
        page.goto(f"{url}/boards/{board.id}")
        clicks = 0
        start = time.monotonic()
        page.locator("tr[data-doc] a").first.click()
        clicks += 1
        page.locator(".check-first li").filter(has_text="read as update").get_by_role(
            "link", name="Correct this"
        ).first.click()
        clicks += 1
        page.get_by_label("Role of column 5 of table 1", exact=True).select_option("status")
        clicks += 2  # open the list, pick "status"
        page.get_by_role("button", name="Set the role of column 5 of table 1").click()
        clicks += 1
        expect(page.locator("#table-0")).to_contain_text("read as plan")  # reloaded by itself
        page.get_by_role("link", name="Ledger").first.click()
        clicks += 1
        expect(page.locator("main")).to_contain_text(truth_actions()[0]["text"])
        seconds = time.monotonic() - start
        browser.close()
    return clicks, seconds


if __name__ == "__main__":
    main()
