"""Refused forms as a manager meets them (Playwright driving Debian's Chromium against
the real app): the page comes back with the problem beside the form and what was typed
still in it, never a bare "Error 4xx"; and the CSRF token never travels in a URL."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.conftest import Live, shot
from tests.web.test_browser import sign_in
from tests.web.test_cite_and_link_browser import ready_draft

pytestmark = pytest.mark.slow


def test_a_refused_period_keeps_what_was_typed(page: Any, live: Live) -> None:
    ready_draft(live)
    b = live.board
    before = len(b.as_("manager", "GET", f"/api/boards/{b.id}/drafts").json())
    sign_in(page, live, "manager")
    page.goto(f"{live.url}/boards/{b.id}")
    page.get_by_label("Period").fill("2019/17")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Generate a new draft").click()
    assert posted.value.status == 400
    expect(page.locator("#problem")).to_contain_text("No draft was generated")
    expect(page.locator("#problem")).to_contain_text("2019/17")
    expect(page.get_by_label("Period")).to_have_value("2019/17")
    expect(page.get_by_label("Period")).to_be_focused()
    assert "Error 4" not in page.inner_text("main")
    assert len(b.as_("manager", "GET", f"/api/boards/{b.id}/drafts").json()) == before
    shot(page, "43-period-refused", full=False)


def test_the_csrf_token_never_travels_in_a_url(page: Any, live: Live) -> None:
    """Every form that carries the token posts it in its body; the pages' GET forms
    (filters) carry none, and no request the browser makes while a manager filters,
    confirms and undoes names it."""
    ready_draft(live)
    b = live.board
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    sign_in(page, live, "manager")
    token = ""
    for url in (f"/boards/{b.id}", f"/boards/{b.id}/upload", f"/boards/{b.id}/ledger"):
        page.goto(live.url + url)
        token = page.locator('meta[name="csrf-token"]').get_attribute("content") or ""
        assert token
        carrying = page.locator("form:has(input[name=csrf])")
        methods = {(f.get_attribute("method") or "get").lower() for f in carrying.all()}
        assert methods == {"post"}, (url, methods)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(lambda u: "status=" in u)
    page.locator("section.chain details.links summary").first.click()
    page.get_by_role("button", name="Confirm link:").first.click()
    page.locator("#changed").get_by_role("button", name="Undo").click()
    expect(page.locator("#changed")).to_contain_text("Took back")
    assert not [u for u in asked if "csrf" in u.lower() or token in u]


def test_a_refused_link_by_ids_keeps_what_was_typed(page: Any, live: Live) -> None:
    ready_draft(live)
    b = live.board
    before = len(b.as_("manager", "GET", f"/api/boards/{b.id}/ledger/decisions").json())
    sign_in(page, live, "manager")
    page.goto(f"{live.url}/boards/{b.id}/ledger?status=complete")
    form = page.locator("#add-link")
    form.locator("summary").click()
    form.get_by_label("From").fill("a-not-an-item")
    form.get_by_label("To").fill("p-nor-this")
    form.get_by_label("Kind").select_option("evidence")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        form.get_by_role("button", name="Add link").click()
    assert posted.value.status == 400
    form = page.locator("#add-link")
    expect(form.locator("#problem")).to_contain_text("No link was added")
    expect(form.get_by_label("From")).to_have_value("a-not-an-item")
    expect(form.get_by_label("To")).to_have_value("p-nor-this")
    expect(form.get_by_label("Kind")).to_have_value("evidence")
    expect(page.get_by_label("Status")).to_have_value("complete")
    assert "Error 4" not in page.inner_text("main")
    assert len(b.as_("manager", "GET", f"/api/boards/{b.id}/ledger/decisions").json()) == before
