"""Browser tests (Playwright driving Debian's Chromium, the real app on a loopback port):
the Chair follows a draft's source links to the cited page with the box highlighted and
to the Word table row it came from, and back; a manager links a chain to a progress row
chosen from the ledger's list, with the keyboard. Screenshots go to out/screenshots/."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.service.conftest import SMALL_SET, upload, wait_done
from tests.web.conftest import Live, shot
from tests.web.test_browser import loaded_width, no_sideways_scroll, sign_in

pytestmark = pytest.mark.slow


@pytest.fixture()
def context(browser: Any) -> Any:
    ctx = browser.new_context(viewport={"width": 1366, "height": 800})
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


def ready_draft(live: Live) -> int:
    """The small set read on the live board (again, if another test did already) and a
    draft generated from it."""
    b = live.board
    response = upload(b, SMALL_SET)
    assert response.status_code == 201, response.text
    docs = wait_done(b, [d["id"] for d in response.json()["documents"]], timeout=300)
    assert all(d["status"] == "done" for d in docs)
    draft = b.as_("manager", "POST", f"/api/boards/{b.id}/drafts", json={})
    assert draft.status_code == 201, draft.text
    draft_id: int = draft.json()["id"]
    return draft_id


def test_chair_follows_a_cite_to_the_highlighted_page_and_back(context: Any, live: Live) -> None:
    draft_id = ready_draft(live)
    draft_url = f"{live.url}/boards/{live.board.id}/drafts/{draft_id}"
    page = context.new_page()
    sign_in(page, live, "chair")
    page.goto(draft_url)

    pdf_cite = page.locator("a.cite-link", has_text=re.compile(r"^page \d+$")).first
    cited_page = pdf_cite.inner_text().split()[-1]
    pdf_cite.click()
    page.wait_for_url(re.compile(r"/documents/\d+\?page="))
    source = page.locator("#source")
    expect(source.get_by_role("heading", name="Cited source")).to_be_visible()
    image = source.locator("img.page-image")
    assert loaded_width(image) > 500, "the cited page is shown"
    src = image.get_attribute("src") or ""
    assert f"/pages/{cited_page}.png" in src and "box=" in src and "item=" not in src
    assert parse_qs(urlsplit(src).query)["box"] == parse_qs(urlsplit(page.url).query)["box"]
    assert "the cited box highlighted" in source.inner_text()
    shot(page, "20-cite-pdf-page", full=False)

    source.get_by_role("link", name="Back to the draft").click()
    page.wait_for_url(re.compile(re.escape(draft_url) + r"#(?:row-\d+|s\d+-p\d+)$"))
    anchor = urlsplit(page.url).fragment
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()  # back at the cited place

    word_cite = page.locator("a.cite-link", has_text="table").first
    word_cite.click()
    page.wait_for_url(re.compile(r"/documents/\d+\?paragraph="))
    cited_rows = page.locator("#source ol.word-context li.is-cited")
    assert cited_rows.count() >= 1
    expect(cited_rows.first.locator("mark")).to_be_visible()
    row = parse_qs(urlsplit(page.url).query)["row"][0]
    assert f"row {row}" in cited_rows.first.inner_text()
    assert page.locator("#source ol.word-context li:not(.is-cited)").count() >= 1
    assert page.locator("a.item-link.is-selected").count() >= 1, "its actions are marked"
    assert no_sideways_scroll(page)
    shot(page, "21-cite-word-row", full=False)


def test_manager_adds_a_link_chosen_from_the_list(context: Any, live: Live) -> None:
    ready_draft(live)
    b = live.board
    ledger = b.as_("manager", "GET", f"/boards/{b.id}/ledger", params={"format": "json"}).json()
    chain = next(c for c in ledger["chains"] if c["steps"][0]["type"] == "action")
    picked = chain["ids"][-1]
    page = context.new_page()
    sign_in(page, live, "manager")
    page.goto(f"{live.url}/boards/{b.id}/ledger")

    card = page.locator(f"section.chain:has(#step-{picked})")
    card.get_by_role("link", name=re.compile("^Link to")).click()
    page.wait_for_url(re.compile(r"link="))
    form = page.locator("#link-form")
    expect(form).to_be_visible()
    chooser = form.get_by_label("Link to", exact=True)
    expect(chooser).to_be_focused()
    assert form.locator("optgroup").count() >= 1
    assert form.get_by_label("From", exact=True).input_value() == picked
    assert no_sideways_scroll(page)
    shot(page, "22-ledger-link-chooser", full=False)

    page.keyboard.press("ArrowDown")  # the first item of the list, chosen with the keyboard
    chosen = chooser.input_value()
    assert chosen, "a candidate is chosen"
    form.get_by_role("button", name="Add link").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ledger\?done=add&n=1&.*#chain-"))
    expect(page.locator("#changed")).to_contain_text("Added 1 link.")

    linked = page.locator(f"section.chain:has(#step-{picked})")
    expect(linked.locator(f"#step-{chosen}")).to_be_visible()
    linked.locator("details.links summary").click()
    row = linked.locator(f'tr[data-from="{chosen}"], tr[data-to="{chosen}"]')
    expect(row).to_contain_text("by manager@example.org")
    linked.scroll_into_view_if_needed()
    shot(page, "23-ledger-linked", full=False)
