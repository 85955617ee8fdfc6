"""The Chair uploads a copy edited in Word on the draft page (Playwright driving
Debian's Chromium against the real app): the compare page shows the one changed word
struck and its replacement inserted inside the sentence, the rest of the paragraph
plain, the added and removed paragraphs as such; she applies it and the draft has
her word, her paragraph, and the deleted paragraph's sentences rejected."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.service.test_apply_word_level import (
    ADDED,
    WORD,
    _edited_copy,
    _multi,
    _text,
    _to_delete,
)
from tests.service.test_apply_word_parts import COVER_LINE, ROW_ACTION
from tests.service.test_apply_word_parts import _edited as parts_copy
from tests.web.conftest import Live, shot
from tests.web.test_browser import _draft, sign_in

pytestmark = pytest.mark.slow


def test_chair_sees_word_level_changes_then_applies_them(
    page: Any, live: Live, tmp_path: Path
) -> None:
    draft_id = _draft(live)
    api = f"/api/boards/{live.board.id}/drafts/{draft_id}"
    before = live.board.as_("chair", "GET", api).json()
    i, j = _multi(before)
    sentences = before["draft"]["sections"][i]["paragraphs"][j]["sentences"]
    di, dj = _to_delete(before, i)
    deleted = before["draft"]["sections"][di]["paragraphs"][dj]
    word = sentences[1]["text"].split()[2]
    edited = tmp_path / "edited.docx"
    data = live.board.as_("chair", "GET", f"{api}/docx").content
    edited.write_bytes(_edited_copy(data, sentences, _text(deleted)))

    sign_in(page, live, "chair")
    page.goto(f"{live.url}/boards/{live.board.id}/drafts/{draft_id}#compare")
    page.locator("#compare").get_by_label("Edited .docx").set_input_files(str(edited))
    page.locator("#compare").get_by_role("button", name="Compare").click()
    expect(page.get_by_role("heading", name="What changed in edited.docx")).to_be_visible()
    rows = page.locator("table.data tbody tr")
    expect(rows).to_have_count(3)
    changed = rows.nth(0).locator("td.words")
    expect(changed.locator("del")).to_have_text([word])
    expect(changed.locator("ins")).to_have_text([WORD])
    expect(changed).to_contain_text(sentences[0]["text"])  # plain, neither struck nor new
    expect(rows.nth(1).locator(".pill")).to_have_text("added")
    expect(rows.nth(1).locator("ins")).to_have_text(ADDED)
    expect(rows.nth(2).locator(".pill")).to_have_text("removed")
    shot(page, "11-compare-word-level", full=False)

    page.get_by_label(
        "To make these changes the draft's, choose edited.docx again"
    ).set_input_files(str(edited))
    page.get_by_role("button", name="Apply as a new version").click()
    page.wait_for_url(lambda url: url.endswith("#history"))
    now = live.board.as_("chair", "GET", api).json()
    paragraphs = now["draft"]["sections"][i]["paragraphs"]
    assert f" {WORD} " in paragraphs[j]["sentences"][1]["text"]
    assert paragraphs[j]["sentences"][0]["id"] == sentences[0]["id"]
    assert paragraphs[j + 1]["sentences"][0]["text"] == ADDED
    states = {s["id"]: s["state"] for s in now["suggestions"]}
    assert {states[s["id"]] for s in deleted["sentences"]} == {"rejected"}
    history = page.locator("#history")
    expect(history).to_contain_text("edited.docx")
    expect(history.locator("tr", has_text="add paragraph").locator("ins")).to_have_text(ADDED)
    expect(history.locator("tr", has_text="remove paragraph")).to_have_count(1)


def test_chair_sees_what_will_not_apply_and_why_before_applying_every_part(
    page: Any, live: Live, tmp_path: Path
) -> None:
    """The copy of `tests/service/test_apply_word_parts.py` (cover, Appendix 1, rows added
    and removed, an action rewritten, the checklist, and the how-to box retyped): the
    compare page shows the action's words struck and inserted, and says beforehand that
    the how-to box will not apply, and why; after applying, the history lists the rows
    added and removed and the file's reason again."""
    draft_id = _draft(live)
    api = f"/api/boards/{live.board.id}/drafts/{draft_id}"
    before = live.board.as_("chair", "GET", api).json()
    data = live.board.as_("chair", "GET", f"{api}/docx").content
    edited = tmp_path / "parts.docx"
    edited.write_bytes(parts_copy(data, before))

    sign_in(page, live, "chair")
    page.goto(f"{live.url}/boards/{live.board.id}/drafts/{draft_id}#compare")
    page.locator("#compare").get_by_label("Edited .docx").set_input_files(str(edited))
    page.locator("#compare").get_by_role("button", name="Compare").click()
    expect(page.get_by_role("heading", name="What changed in parts.docx")).to_be_visible()
    refused = page.locator("table.data tbody tr", has=page.locator(".not-applied"))
    expect(refused).to_have_count(1)
    expect(refused.locator(".not-applied")).to_contain_text("guidance")
    action = page.locator(
        "table.data tbody tr", has_text=re.compile(r"Progress appendix, .*: action")
    )
    expect(action.locator("ins")).to_have_text(["(by March)"])
    expect(action.locator("del")).to_have_count(0)
    expect(page.locator("table.data tbody tr", has_text="Appendix 1")).to_have_count(2)
    shot(page, "12-compare-every-part", full=False)

    page.get_by_label("To make these changes the draft's, choose parts.docx again").set_input_files(
        str(edited)
    )
    page.get_by_role("button", name="Apply as a new version").click()
    page.wait_for_url(lambda url: url.endswith("#history"))
    history = page.locator("#history")
    expect(history.locator("tr", has_text="add row").locator("ins")).to_contain_text(ROW_ACTION)
    expect(history.locator("tr", has_text="remove row")).to_have_count(1)
    expect(history.locator("tr", has_text="applied docx")).to_contain_text("Not applied:")
    now = live.board.as_("chair", "GET", api).json()
    assert now["draft"]["cover"] == [COVER_LINE]
