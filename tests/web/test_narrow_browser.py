"""Every page at a phone's width (390 px, Playwright driving Debian's Chromium against
the real app): nothing scrolls sideways, the draft's appendix is stacked cells with its
Status and Sources in view, and words wrap whole."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.service.conftest import PASSWORD
from tests.web.conftest import Live, shot
from tests.web.test_browser import no_sideways_scroll, sign_in
from tests.web.test_cite_and_link_browser import ready_draft
from tests.web.test_ledger_review_browser import ledger_board

pytestmark = pytest.mark.slow
PHONE = {"width": 390, "height": 844}
PHONE_FILES = ("2017-18_accountability_report.pdf", "2019-20_business_plan.docx")


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
    role chooser each, "Check these first"): at 390 px they are stacked cells too, the
    page's two columns (findings, source) one under the other never wider than the
    screen, and each reading's certainty a column apart from its words."""
    board = ledger_board(live, "Phonefield", PHONE_FILES)
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    phone.goto(f"{live.url}/signin")
    phone.get_by_label("Email").fill("phonefield@example.org")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(lambda url: "/signin" not in url)
    for doc in docs:
        phone.goto(f"{live.url}/boards/{board.id}/documents/{doc['id']}")
        assert no_sideways_scroll(phone), doc["label"]
    report = next(d for d in docs if d["label"].endswith("report.pdf"))
    phone.goto(f"{live.url}/boards/{board.id}/documents/{report['id']}")
    unlinked = phone.locator("#check-first-title ~ ol.items > li > .item-link.plain")
    assert unlinked.count() > 0, "a table or column reading: nothing to open, still a row"
    for item in phone.locator("#check-first-title ~ ol.items > li").all():
        number, words = (item.locator(f".{part}").first.bounding_box() for part in ("num", "text"))
        assert number and words and words["x"] >= number["x"] + number["width"] + 4, (
            "each reading's certainty stands apart from its words, as a column"
        )
    phone.goto(f"{live.url}/boards/{board.id}/documents/{report['id']}#tables")
    chooser = phone.locator("#tables table.readings select").first
    box = chooser.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    phone.locator("#tables table.readings tbody tr").first.scroll_into_view_if_needed()
    shot(phone, "42-document-tables-390", full=False)
