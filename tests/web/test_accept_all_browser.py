"""The Chair accepts all of a section's suggestions in the browser (Playwright driving
Debian's Chromium against the real app), sees them accepted, undoes it, and the
sentences are pending again."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.conftest import Live, shot
from tests.web.test_browser import _draft, sign_in

pytestmark = pytest.mark.slow


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


def test_the_chairs_own_text_is_not_a_suggestion_to_tick(page: Any, live: Live) -> None:
    """The Chair rewrites a paragraph: her text shows as written, with no Accept or
    Reject beside it, and the section's "Accept all" counts one paragraph fewer."""
    draft_id = _draft(live)
    sign_in(page, live, "chair")
    page.goto(f"{live.url}/boards/{live.board.id}/drafts/{draft_id}#s2")
    section = page.locator("#s2")
    paragraph = section.locator("#s2-p0")
    ticks = paragraph.locator("form.verdict").count()
    assert ticks > 0, "the drafted paragraph has suggestions to decide"
    bulk = section.locator("form.bulk button.ok-btn")
    before = int((bulk.get_attribute("aria-label") or "").split()[2])
    paragraph.get_by_text("Edit paragraph").click()
    paragraph.locator("textarea").fill(
        "I chaired every meeting this year. The partners met me monthly."
    )
    paragraph.get_by_role("button", name="Save paragraph").click()
    paragraph = page.locator("#s2-p0")
    expect(paragraph).to_contain_text("The partners met me monthly.")
    expect(paragraph.locator("form.verdict")).to_have_count(0)
    marks = paragraph.locator(".verdict-done").all_inner_texts()
    assert marks and set(marks) == {"written"}, marks
    after = page.locator("#s2 form.bulk button.ok-btn")
    if before > ticks:
        expect(after).to_have_attribute(
            "aria-label", re.compile(rf"^Accept all {before - ticks} suggestions")
        )
    else:
        expect(after).to_have_count(0)
    shot(page, "11-draft-chairs-own-text", full=False)
