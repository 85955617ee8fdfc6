"""A manager sees that a Kestrel Vale plan was uploaded into a Harrowfield board, follows
the dashboard's link to it, and removes it with the document page's button, confirmed
(Playwright driving Debian's Chromium against the real app)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from service.web.store import people
from tests.service.conftest import HARROWFIELD, PASSWORD, Board, wait_done
from tests.web.conftest import Live, shot
from tests.web.test_mixed_boards import KESTREL, KESTREL_NAME, STRAY

pytestmark = pytest.mark.slow
NAME = "Mixfield"
EMAIL = "mixfield-manager@example.org"


def mixed_board(live: Live) -> Board:
    """A board of its own (the shared boards stay as they are): a Harrowfield plan and
    a Kestrel Vale plan, read."""
    with live.client.app.state.services.db.session() as s:  # type: ignore[attr-defined]
        board = people.create_board(s, NAME)
        user = people.create_user(s, EMAIL, "manager", PASSWORD, cost=2**10)
        people.set_role(s, user, board, "manager")
        made = Board(live.client, board.id, -1, {"manager": people.issue_token(s, user)})
    files = [
        ("files", (path.name, path.read_bytes(), "application/octet-stream"))
        for path in (HARROWFIELD / "2019-20_business_plan.docx", KESTREL / STRAY)
    ]
    response = made.as_("manager", "POST", f"/api/boards/{made.id}/documents", files=files)
    assert response.status_code == 201, response.text
    ids = [d["id"] for d in response.json()["documents"]]
    assert all(d["status"] == "done" for d in wait_done(made, ids, timeout=300))
    return made


@pytest.fixture()
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1366, "height": 800})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def test_manager_follows_the_warning_and_removes_the_other_boards_plan(
    page: Any, live: Live
) -> None:
    board = mixed_board(live)
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/signin" not in url)

    page.goto(f"{live.url}/boards/{board.id}")
    warning = page.locator("#mixed-boards")
    expect(warning).to_contain_text("These documents come from 2 different boards")
    expect(warning).to_contain_text(KESTREL_NAME)
    expect(warning).to_contain_text("As many documents name each board")  # one each
    shot(page, "mixed-boards-dashboard")
    warning.get_by_role("link", name=STRAY).click()

    expect(page.get_by_role("alert")).to_contain_text(f"names another board: {KESTREL_NAME}")
    confirm = page.get_by_role("button", name=f"Remove {STRAY}")
    expect(confirm).to_be_hidden()  # asked first
    page.get_by_text("Remove this document").click()
    expect(page.get_by_role("dialog")).to_contain_text("Link decisions made on its items")
    shot(page, "remove-document-confirm", full=False)
    confirm.click()

    page.wait_for_url(f"{live.url}/boards/{board.id}")
    expect(page.locator("#mixed-boards")).to_have_count(0)
    expect(page.get_by_role("link", name=STRAY)).to_have_count(0)
    expect(page.locator("table.docs")).to_contain_text("2019-20_business_plan.docx")
