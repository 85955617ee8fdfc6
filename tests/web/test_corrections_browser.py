"""The manager corrects a mis-read table column with the keyboard (Playwright driving
Debian's Chromium against the real app) and sees the ledger change: the plan whose RAG
column is headed "Progress" (`tests.corrections.misread`) is read as progress tables
with no actions; one column role set on the document page makes its actions appear in
the ledger; undo takes them away again."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import expect

from service.web.store import people
from tests.corrections.misread import BOARD, misread_plan, truth_actions
from tests.service.conftest import PASSWORD, Board, wait_done
from tests.web.conftest import Live, shot

pytestmark = pytest.mark.slow


def manager(n: int) -> str:
    return f"correctfield{n}-manager@example.org"


def plan_board(live: Live, n: int = 1) -> tuple[Board, int]:
    """The mis-read plan on a board of its own (the `n`th: each test makes one, the
    served app lives for the session), managed by `manager(n)`."""
    services = live.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        board = people.create_board(s, f"Correctfield {n}")
        user = people.create_user(s, manager(n), "Manager", PASSWORD, cost=2**10)
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
    board, doc = plan_board(live, 1)
    first_action = truth_actions()[0]["text"]
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(manager(1))
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
    board, doc = plan_board(live, 2)
    before = board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{doc}/corrections")
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(manager(2))
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


def test_manager_marks_a_list_as_outcomes_by_keyboard(page: Any, live: Live) -> None:
    """The dev plan whose outcome lists the reader does not take (elmstead-vale
    2022-23): list 1 marked as priority 1's outcomes from the keyboard; the priority
    shows the generator's outcomes (truth.json)."""
    board, _ = plan_board(live, 3)
    plan = BOARD / "2022-23_business_plan.docx"
    files = [("files", (plan.name, plan.read_bytes(), "application/octet-stream"))]
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files)
    doc = response.json()["documents"][0]["id"]
    assert wait_done(board, [doc])[0]["status"] == "done"
    truth = json.loads((BOARD / "truth.json").read_text(encoding="utf-8"))
    name = next(d["doc"] for d in truth["documents"] if d["file"] == plan.name)
    outcomes = next(p for p in truth["priorities"] if p["doc"] == name and p["number"] == "1")
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(manager(3))
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/signin" not in url)
    page.goto(f"{live.url}/boards/{board.id}/documents/{doc}")
    expect(page.locator("#list-1")).to_contain_text("not read as priorities or outcomes")
    mark = page.get_by_label("Mark list 1 as", exact=True)
    mark.focus()
    page.keyboard.type("outcomes")
    expect(mark).to_have_value("outcomes")
    page.keyboard.press("Tab")
    page.keyboard.type("1")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.endswith("#list-1"))
    expect(page.locator("#list-1")).to_contain_text("read as outcomes")
    first = page.locator("section.group", has_text="Priority 1:").first
    for o in outcomes["outcomes"]:
        expect(first.locator("ul.outcomes")).to_contain_text(o)
    expect(page.locator("#history")).to_contain_text("mark list → outcomes")
    shot(page, "22-document-list-marked", full=False)
