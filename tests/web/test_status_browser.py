"""The Chair reviews suggested statuses in the browser (Playwright driving Debian's
Chromium against the real app): accepts one with the keyboard, rejects another
choosing the status it should be, leaves a third to confirm, and the downloaded .docx
carries what was decided."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from service.web.pages.render import STATUS_WORDS
from tests.service.conftest import PASSWORD
from tests.service.test_status_verdicts import LABELS, new_draft, status_board, status_cells
from tests.web.conftest import Live, shot

pytestmark = pytest.mark.slow


@pytest.fixture()
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1366, "height": 800}, accept_downloads=True)
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def sign_in(page: Any, live: Live, email: str) -> None:
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/signin" not in url)


def other_than(status: str) -> str:
    return "delayed" if status != "delayed" else "planned"


def test_chair_accepts_rejects_and_downloads_the_statuses(
    page: Any, live: Live, tmp_path: Path
) -> None:
    board = status_board(live.client, "Reviewfield", live.board.tokens["other"])
    draft = new_draft(board)
    rows = draft["draft"]["rows"]
    sign_in(page, live, "reviewfield-chair@example.org")
    page.goto(f"{live.url}/boards/{board.id}/drafts/{draft['id']}")
    expect(page.locator("#pending-statuses")).to_contain_text(f"{len(rows)} suggested statuses")
    shot(page, "08-draft-pending-statuses", full=False)

    first = page.locator("#row-0")
    expect(first.locator(".suggested-tag")).to_have_text("suggested")
    words = [STATUS_WORDS[r["status"]] for r in rows]
    priority = rows[0]["priority"].split(":")[0]
    name = f"Accept status {words[0]} for action {rows[0]['number']} of {priority}"
    first.get_by_role("button", name=name).focus()
    page.keyboard.press("Enter")  # keyboard, not the mouse
    expect(first.locator(".verdict-done")).to_have_text("accepted")

    second = page.locator("#row-1")
    instead = other_than(rows[1]["status"])
    second.locator(".status-reject summary").focus()
    page.keyboard.press("Enter")
    second.get_by_label("Status instead").select_option(instead)
    second.get_by_role("button", name=f"Reject {words[1]}", exact=True).click()
    expect(second.locator(".status").first).to_have_text(STATUS_WORDS[instead])
    expect(second.locator(".verdict-done")).to_have_text("chosen")

    third = page.locator("#row-2")
    third.locator(".status-reject summary").click()
    third.get_by_role("button", name=f"Reject {words[2]}", exact=True).click()
    expect(third.locator(".to-confirm")).to_have_text("Status to confirm")
    page.set_viewport_size({"width": 1366, "height": 1300})
    page.goto(f"{live.url}/boards/{board.id}/drafts/{draft['id']}#appendix")
    page.locator("#row-3 .status-reject summary").click()  # a pending row's reject form, open
    shot(page, "09-draft-statuses", full=False)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download .docx").click()
    saved = tmp_path / "draft.docx"
    download.value.save_as(saved)
    cells = status_cells(saved.read_bytes())
    assert cells[rows[0]["action"][:60]] == LABELS[rows[0]["status"]]
    assert cells[rows[1]["action"][:60]] == LABELS[instead]
    assert cells[rows[2]["action"][:60]] == "Status to confirm"
    assert cells[rows[3]["action"][:60]] == LABELS[rows[3]["status"]]
