"""Version history says where a change was in the page's words, not stored ids."""

from __future__ import annotations

from drafting.model import AppendixRow, Cite, Draft, DraftSection
from extract.model import Source
from service.web.pages.history import place
from tests.web.conftest import Site
from tests.web.test_forms import token
from tests.web.test_pages import HTML, signed_in


def _row(number: str) -> AppendixRow:
    cite = Cite(Source("plan.pdf", "0" * 64), "", "Plan")
    return AppendixRow("Priority 1", number, "", (), (), "unknown", "", cite)


DRAFT = Draft(
    title="Report",
    board=None,
    period="2019/20",
    previous_period=None,
    date=None,
    sections=(
        DraftSection("1", "Purpose of the Report", ()),
        DraftSection(None, "Conclusion", ()),
    ),
    appendix_title="",
    appendix_columns=("", "", ""),
    rows=(_row("3"), _row("")),
    plan_title="",
    plan=(),
    checklist=(),
    charts=(),
)
TEXTS = {"s0.p1.0": "Owen Treharne, Chief Executive.", "r0.1": "x" * 200}


def test_places_are_named_as_the_page_names_them() -> None:
    assert place("s0.p1.0", DRAFT, TEXTS) == (
        "section 1 Purpose of the Report, paragraph 2: “Owen Treharne, Chief Executive.”"
    )
    assert place("s1.p0.0", DRAFT, TEXTS) == (
        "section 2 Conclusion, paragraph 1: a sentence since edited"
    )
    long = place("r0.1", DRAFT, TEXTS)
    assert long is not None and long.startswith("appendix row 1 (action 3), update: “x")
    assert long.endswith("…”") and len(long) < 140
    assert place("section 1 ¶0", DRAFT, TEXTS) == "section 2 Conclusion, paragraph 1"
    assert place("section 0 heading", DRAFT, TEXTS) == "section 1 Purpose of the Report, heading"
    assert place("appendix row 1", DRAFT, TEXTS) == "appendix row 2"
    assert place("appendix row 0 status", DRAFT, TEXTS) == "appendix row 1 (action 3), status"
    assert place("section 9 ¶0", DRAFT, TEXTS) == "section 10, paragraph 1"
    assert place("something new", DRAFT, TEXTS) == "something new"
    assert place(None, DRAFT, TEXTS) is None


def test_the_draft_page_history_quotes_the_rejected_sentence(site: Site) -> None:
    b = site.board
    fresh = b.as_("manager", "POST", f"/api/boards/{b.id}/drafts", json={}).json()
    client = signed_in(site, "chair")
    url = f"/boards/{b.id}/drafts/{fresh['id']}"
    target = next(
        s for s in fresh["suggestions"] if s["id"].startswith("s") and s["kind"] != "placeholder"
    )
    form = {"csrf": token(client, url), "version": fresh["version"], "anchor": "history"}
    page = client.post(f"{url}/suggestions/{target['id']}/reject", data=form, headers=HTML).text
    history = page[page.index('id="history"') :]
    assert f"· {target['id']}" not in history
    assert target["text"][:40].replace("'", "&#39;") in history
