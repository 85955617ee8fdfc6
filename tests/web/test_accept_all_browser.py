"""The Chair accepts all of a section's suggestions in the browser (Playwright driving
Debian's Chromium against the real app), sees them accepted, undoes it, and the
sentences are pending again."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.conftest import Live, shot
from tests.web.test_browser import _draft, sign_in

pytestmark = pytest.mark.slow


@pytest.fixture()
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def test_chair_accepts_all_of_a_section_and_undoes_it(page: Any, live: Live) -> None:
    draft_id = _draft(live)
    api = f"/api/boards/{live.board.id}/drafts/{draft_id}"
    pending = [
        s
        for s in live.board.as_("chair", "GET", api).json()["suggestions"]
        if s["where"].startswith("section 1 ") and s["kind"] != "placeholder"
    ]
    assert pending and all(s["state"] == "pending" for s in pending)
    sign_in(page, live, "chair")
    page.goto(f"{live.url}/boards/{live.board.id}/drafts/{draft_id}#s1")
    section = page.locator("#s1")
    section.get_by_role("button", name=f"Accept all {len(pending)} suggestions").click()
    expect(section.locator(".verdict-done.v-accepted")).to_have_count(len(pending))
    expect(section.locator(".bulk-undo")).to_contain_text(f"{len(pending)} sentences accepted")
    expect(section.locator("form.bulk")).to_have_count(0)
    shot(page, "10-draft-accept-all", full=False)
    section.get_by_role("button", name="Undo").click()
    section = page.locator("#s1")
    expect(section.locator(".verdict-done.v-accepted")).to_have_count(0)
    expect(
        section.get_by_role("button", name=f"Accept all {len(pending)} suggestions")
    ).to_be_visible()
    states = {
        s["id"]: s["state"] for s in live.board.as_("chair", "GET", api).json()["suggestions"]
    }
    assert {states[s["id"]] for s in pending} == {"pending"}
