"""A manager reviews the ledger in the browser (Playwright driving Debian's Chromium,
the real app on a loopback port, six Harrowfield documents on a board of their own,
one a PDF twin of a Word plan):
confirms every strong match at once and undoes it, confirms a whole chain and stays
at that chain with a message, reads timelines in year order, and sees no ids or
scorer's figures; the filter and the chooser list nothing twice."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from service.web.store import people
from tests.service.conftest import PASSWORD, Board, upload, wait_done
from tests.web.conftest import Live, shot
from tests.web.test_browser import no_sideways_scroll

pytestmark = pytest.mark.slow

FILES = (
    "2017-18_business_plan.pdf",  # a 2017-20 plan; the next two are its refreshed editions
    "2018-19_business_plan.pdf",
    "2018-19_accountability_report.pdf",
    "2019-20_business_plan.docx",
    "2019-20_business_plan.pdf",  # the Word plan's twin: the page says it is counted once
    "2019-20_accountability_report.pdf",
)
RAW_ID = re.compile(r"\b[ap]-[0-9a-f]{8}-|[0-9a-f]{12}:section:")
JARGON = re.compile(
    r"\bwords \d\.\d\d|\bwording \d\.\d\d|covers \d+% of the action"
    r"|\b(?:business_plan|accountability_report|annual_report|in_progress)\b"
)
YEAR = re.compile(r"(\d{4})")
ONE_YEAR = re.compile(r"(\d{4})/(\d{2})")


def ledger_board(live: Live, name: str, files: tuple[str, ...] = FILES) -> Board:
    """A board of its own with `files` read, its manager `<name>@example.org`."""
    services = live.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        board = people.create_board(s, name)
        user = people.create_user(s, f"{name.lower()}@example.org", "M", PASSWORD, cost=2**10)
        people.set_role(s, user, board, "manager")
        tokens = {"manager": people.issue_token(s, user)}
        board_id = board.id
    made = Board(live.client, board_id, -1, tokens)
    response = upload(made, files)
    assert response.status_code == 201, response.text
    ids = [d["id"] for d in response.json()["documents"]]
    assert all(d["status"] == "done" for d in wait_done(made, ids, timeout=400))
    return made


@pytest.fixture(scope="module")
def review(live: Live) -> Board:
    return ledger_board(live, "Ledgerfield")


@pytest.fixture()
def page(browser: Any, live: Live, review: Board) -> Any:
    context = browser.new_context(viewport={"width": 1366, "height": 850})
    context.set_default_timeout(30_000)
    tab = context.new_page()
    tab.goto(f"{live.url}/signin")
    tab.get_by_label("Email").fill("ledgerfield@example.org")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(lambda url: "/signin" not in url)
    yield tab
    context.close()


def decisions(board: Board) -> list[dict[str, Any]]:
    response = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger/decisions")
    assert response.status_code == 200
    found: list[dict[str, Any]] = response.json()
    return found


def test_no_ids_or_figures_and_timelines_in_year_order(
    page: Any, live: Live, review: Board
) -> None:
    page.goto(f"{live.url}/boards/{review.id}/ledger")
    for details in page.locator("details.links").all():
        details.locator("summary").click()
    text = page.locator("main").inner_text()
    assert not RAW_ID.search(text), RAW_ID.search(text)
    assert not JARGON.search(text), JARGON.search(text)
    assert "Worded the same" in text
    assert "is the same document as" in text
    chains = page.locator("section.chain")
    assert chains.count() > 5
    for chain in chains.all():
        years = [
            int(found.group(1))
            for meta in chain.locator(".step-meta strong").all_inner_texts()
            if (found := YEAR.search(meta))
        ]
        assert years == sorted(years), years
    shown = page.locator("section.chain .step-meta strong").all_inner_texts()
    spans = [m for meta in shown if (m := ONE_YEAR.fullmatch(meta))]
    assert spans and len(spans) == len(shown), "every step is dated"
    wide = [m.group(0) for m in spans if int(m.group(2)) != (int(m.group(1)) + 1) % 100]
    assert not wide, f"a step of a refreshed plan is dated by the year it is for, not {wide}"
    assert any(
        len(set(YEAR.findall(" ".join(c.locator(".step-meta strong").all_inner_texts())))) > 1
        for c in chains.all()
    ), "some chain runs over two years"
    priorities = page.get_by_label("Priority").locator("option").all_inner_texts()
    assert len(priorities) == len(set(priorities)) and len(priorities) > 2
    assert (
        len({re.match(r"Priority (\d+)", p).group(1) for p in priorities[1:]})
        == len(  # type: ignore[union-attr]
            priorities
        )
        - 1
    )
    shot(page, "30-ledger-review", full=False)

    page.locator("section.chain").first.get_by_role("link", name=re.compile("^Link to")).click()
    page.wait_for_url(re.compile(r"link="))
    labels = page.locator("#link-form select#lk-to option").all_inner_texts()
    assert len(labels) > 3 and len(labels) == len(set(labels)), "no two options read the same"


def test_confirm_every_strong_match_then_undo(page: Any, live: Live, review: Board) -> None:
    before = len(decisions(review))
    page.goto(f"{live.url}/boards/{review.id}/ledger")
    heading = page.locator("#bulk-title")
    count = int(heading.inner_text().split()[0])
    assert count > 5
    page.get_by_role("button", name=f"Confirm all {count} strong matches").click()
    banner = page.locator("#changed")
    expect(banner).to_contain_text(f"Confirmed {count} links.")
    assert len(decisions(review)) == before + count
    assert all(d["op"] == "confirm" for d in decisions(review)[before:])
    shot(page, "31-ledger-strong-confirmed", full=False)

    banner.get_by_role("button", name="Undo").click()
    expect(page.locator("#changed")).to_contain_text(f"Took back {count} decisions.")
    assert len(decisions(review)) == before
    expect(page.locator("#bulk-title")).to_contain_text(f"{count} strong match")


def test_confirm_a_whole_chain_and_stay_at_it(page: Any, live: Live, review: Board) -> None:
    page.goto(f"{live.url}/boards/{review.id}/ledger")
    buttons = page.get_by_role("button", name=re.compile(r"^Confirm all \d+ links of this chain"))
    assert buttons.count() >= 3
    target = buttons.nth(buttons.count() - 1)  # far down the page
    chain = target.locator("xpath=ancestor::section[contains(@class, 'chain')]")
    anchor = chain.get_attribute("id")
    n = int(re.search(r"Confirm all (\d+)", target.get_attribute("aria-label") or "").group(1))  # type: ignore[union-attr]
    target.click()
    page.wait_for_url(re.compile(rf"#{re.escape(anchor or '')}$"))
    here = page.locator(f"section.chain[id='{anchor}']")
    expect(here.locator("#changed")).to_contain_text(f"Confirmed {n} links.")
    assert page.evaluate("window.scrollY") > 400, "the page stays at the chain, not the top"
    expect(here.locator("details.links")).to_have_attribute("open", "")
    expect(here.get_by_text(re.compile(r"^by ledgerfield@example.org$"))).to_have_count(n)
    shot(page, "32-ledger-chain-confirmed", full=False)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live.url}/boards/{review.id}/ledger")
    assert no_sideways_scroll(page)
    shot(page, "33-ledger-390", full=False)
