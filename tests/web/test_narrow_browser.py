"""Every page at a phone's width (390 px, Playwright driving Debian's Chromium against
the real app): nothing scrolls sideways, the draft's appendix is stacked cells with its
Status and Sources in view, and words wrap whole."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.conftest import Live, shot
from tests.web.test_browser import no_sideways_scroll, sign_in
from tests.web.test_cite_and_link_browser import ready_draft

pytestmark = pytest.mark.slow
PHONE = {"width": 390, "height": 844}


@pytest.fixture()
def phone(browser: Any) -> Any:
    context = browser.new_context(viewport=PHONE)
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def test_every_page_fits_a_phone(phone: Any, live: Live) -> None:
    draft = ready_draft(live)
    b = live.board
    docs = b.as_("manager", "GET", f"/api/boards/{b.id}/documents").json()
    sign_in(phone, live, "chair")
    pages = [
        "/boards",
        f"/boards/{b.id}",
        f"/boards/{b.id}/ledger",
        f"/boards/{b.id}/drafts/{draft}",
    ]
    pages += [f"/boards/{b.id}/documents/{d['id']}" for d in docs[:2]]
    for url in pages:
        phone.goto(live.url + url)
        assert no_sideways_scroll(phone), url
    phone.goto(f"{live.url}/boards/{b.id}/drafts/{draft}#appendix")
    row = phone.locator("table.appendix tbody tr:not(.priority-row)").first
    for cell in ("td.status-cell", "td.sources"):
        box = row.locator(cell).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["width"] > 300, f"{cell} is a full-width stacked cell"
        expect(row.locator(cell)).to_be_visible()
    wraps = row.locator("td.wrap").first.evaluate("e => getComputedStyle(e).overflowWrap")
    assert wraps == "break-word", "long words only break when they cannot fit alone"
    row.scroll_into_view_if_needed()
    shot(phone, "35-draft-appendix-390", full=False)
    phone.goto(f"{live.url}/boards/{b.id}")
    shot(phone, "36-dashboard-390", full=False)


def test_a_managers_document_page_fits_a_phone(phone: Any, live: Live) -> None:
    """The manager's document page holds the correction forms (a table's columns with a
    role chooser each): at 390 px they are stacked cells too, and the page's two
    columns (findings, source) one under the other never wider than the screen."""
    ready_draft(live)
    b = live.board
    docs = b.as_("manager", "GET", f"/api/boards/{b.id}/documents").json()
    sign_in(phone, live, "manager")
    for doc in docs:
        phone.goto(f"{live.url}/boards/{b.id}/documents/{doc['id']}")
        assert no_sideways_scroll(phone), doc["label"]
    report = next(d for d in docs if d["label"].endswith("report.pdf"))
    phone.goto(f"{live.url}/boards/{b.id}/documents/{report['id']}#tables")
    chooser = phone.locator("#tables table.readings select").first
    box = chooser.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    phone.locator("#tables table.readings tbody tr").first.scroll_into_view_if_needed()
    shot(phone, "42-document-tables-390", full=False)
