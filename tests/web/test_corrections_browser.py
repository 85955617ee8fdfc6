"""The manager corrects a mis-read table column with the keyboard (Playwright driving
Debian's Chromium against the real app) and sees the ledger change: the plan whose RAG
column is headed "Progress" (`tests.corrections.misread`) is read as progress tables
with no actions; one column role set on the document page makes its actions appear in
the ledger; undo takes them away again."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from service.web.store import people
from tests.corrections.misread import misread_plan, truth_actions
from tests.service.conftest import PASSWORD, Board, wait_done
from tests.web.conftest import Live, shot

pytestmark = pytest.mark.slow
MANAGER = "correctfield-manager@example.org"


@pytest.fixture()
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def plan_board(live: Live) -> tuple[Board, int]:
    services = live.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        board = people.create_board(s, "Correctfield")
        user = people.create_user(s, MANAGER, "Manager", PASSWORD, cost=2**10)
        people.set_role(s, user, board, "manager")
        made = Board(live.client, board.id, -1, {"manager": people.issue_token(s, user)})
    files = [("files", ("plan.docx", misread_plan(), "application/octet-stream"))]
    response = made.as_("manager", "POST", f"/api/boards/{made.id}/documents", files=files)
    doc = response.json()["documents"][0]["id"]
    assert wait_done(made, [doc])[0]["status"] == "done"
    return made, doc


def read_again(page: Any) -> None:
    """Wait until the document page, reloading itself while the document is read
    again, shows the document's tables once more."""
    expect(page.locator("#tables")).to_be_visible(timeout=120_000)


def test_manager_corrects_a_column_by_keyboard_and_the_ledger_changes(
    page: Any, live: Live
) -> None:
    board, doc = plan_board(live)
    first_action = truth_actions()[0]["text"]
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(MANAGER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/signin" not in url)

    page.goto(f"{live.url}/boards/{board.id}/ledger")
    expect(page.locator("main")).not_to_contain_text(first_action)
    page.goto(f"{live.url}/boards/{board.id}/documents/{doc}")
    check = page.locator("#check-first-title").locator("..")
    expect(check).to_contain_text("column 5 (Progress) read as update")

    role = page.get_by_label("Role of column 5 of table 1", exact=True)
    role.focus()
    page.keyboard.type("status")  # a closed select takes typed letters
    expect(role).to_have_value("status")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "Set the role of column 5 of table 1"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.endswith("#table-0"))
    read_again(page)
    expect(page.locator("#table-0")).to_contain_text("read as plan")
    expect(page.locator("#history")).to_contain_text("column role → status")
    shot(page, "20-document-corrected", full=False)

    page.goto(f"{live.url}/boards/{board.id}/ledger")
    expect(page.locator("main")).to_contain_text(first_action)

    page.goto(f"{live.url}/boards/{board.id}/documents/{doc}#history")
    page.locator("#history").get_by_role("button", name="Undo").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.endswith("#history"))
    read_again(page)
    expect(page.locator("#history")).to_contain_text("undone")
    page.goto(f"{live.url}/boards/{board.id}/ledger")
    expect(page.locator("main")).not_to_contain_text(first_action)


def test_a_refused_period_is_named_in_its_form_and_what_was_typed_kept(
    page: Any, live: Live
) -> None:
    board, doc = plan_board(live)
    before = board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{doc}/corrections")
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(MANAGER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/signin" not in url)
    page.goto(f"{live.url}/boards/{board.id}/documents/{doc}")
    page.get_by_text("Correct kind, period or board").click()
    period = page.get_by_label("Period", exact=True)
    period.fill("2019/17")
    period.press("Enter")
    expect(page.get_by_role("alert").first).to_contain_text("That correction was not made")
    problem = page.locator("#problem")
    expect(problem).to_be_visible()
    expect(problem).to_contain_text("not a period")
    expect(page.get_by_label("Period", exact=True)).to_have_value("2019/17")
    shot(page, "21-document-refused-period", full=False)
    after = board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{doc}/corrections")
    assert after.json() == before.json()
