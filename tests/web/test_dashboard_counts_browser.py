"""The dashboard counts as a manager reads it (Playwright driving Debian's Chromium,
the real app, Harrowfield's 2019-20 plan as PDF and as the Word file it was made from,
and the 2019-20 report): the twin is shown as the same document and counted once, every
year is written one way, and no document is titled with only the board's name."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from playwright.sync_api import expect

from nlp.findings.boards import board_key
from service.web.store import people
from tests.service.conftest import HARROWFIELD, PASSWORD, Board, upload, wait_done
from tests.web.conftest import Live, shot

pytestmark = pytest.mark.slow

TWINS = (
    "2019-20_business_plan.pdf",
    "2019-20_business_plan.docx",
    "2019-20_accountability_report.pdf",
)
TRUTH = json.loads((HARROWFIELD / "truth.json").read_text())


def test_twins_once_one_year_style_and_titles_that_say_what(browser: Any, live: Live) -> None:
    services = live.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        board = people.create_board(s, "Countfield")
        user = people.create_user(s, "countfield@example.org", "M", PASSWORD, cost=2**10)
        people.set_role(s, user, board, "manager")
        made = Board(live.client, board.id, -1, {"manager": people.issue_token(s, user)})
    response = upload(made, TWINS)
    assert response.status_code == 201, response.text
    ids = [d["id"] for d in response.json()["documents"]]
    assert all(d["status"] == "done" for d in wait_done(made, ids, timeout=400))

    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill("countfield@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(rf"/boards/{made.id}$"))

    years = page.locator("h3.year").all_inner_texts()
    assert years and len(years) == len(set(years)), years
    assert all(re.fullmatch(r"\d{4}/\d{2}", y) for y in years), years
    twins = page.locator(".twin")
    expect(twins).to_have_count(1)
    expect(twins).to_contain_text("The same document as 2019-20_business_plan")

    report_rows = sum(1 for p in TRUTH["progress"] if p["doc"] == "harrowfield/2019-20/report")
    totals = [int(t) for t in page.locator("table.chart td.num").all_inner_texts()]
    assert sum(totals) == report_rows, (totals, report_rows)

    titles = page.locator("table.docs tbody td:first-child a").all_inner_texts()
    assert len(titles) == len(TWINS)
    assert all(board_key(t) != board_key(TRUTH["board"]) for t in titles), titles
    shot(page, "34-dashboard-counts", full=True)
    context.close()
