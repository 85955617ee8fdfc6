"""Version history says where a change was in the page's words, not stored ids."""

from __future__ import annotations

from drafting.model import AppendixRow, Cite, Draft, DraftParagraph, DraftSection, Sentence
from extract.model import Source
from service.web.pages.history import place
from tests.web.conftest import Site
from tests.web.test_forms import token
from tests.web.test_pages import HTML, signed_in

OWEN, GONE, LONG = "s" + "a" * 10, "s" + "b" * 10, "r" + "c" * 10


def _row(number: str, *update: Sentence) -> AppendixRow:
    cite = Cite(Source("plan.pdf", "0" * 64), "", "Plan")
    return AppendixRow("Priority 1", number, "", (), update, "unknown", "", cite)


def _section(number: str | None, heading: str, *paragraphs: tuple[Sentence, ...]) -> DraftSection:
    return DraftSection(number, heading, tuple(DraftParagraph("carried", p) for p in paragraphs))


def _draft(sections: tuple[DraftSection, ...], rows: tuple[AppendixRow, ...]) -> Draft:
    return Draft(
        title="Report",
        board=None,
        period="2019/20",
        previous_period=None,
        date=None,
        sections=sections,
        appendix_title="",
        appendix_columns=("", "", ""),
        rows=rows,
        plan_title="",
        plan=(),
        checklist=(),
        charts=(),
    )


owen = Sentence("Owen Treharne, Chief Executive.", "assembled", id=OWEN)
DRAFT = _draft(
    (
        _section("1", "Purpose of the Report", (), (owen,)),
        _section(None, "Conclusion", (Sentence("Rewritten.", "assembled", id="s" + "d" * 10),)),
    ),
    (_row("3", Sentence("x" * 200, "quoted", id=LONG)), _row("")),
)
BEFORE_THE_EDIT = _draft(
    (DRAFT.sections[0], _section(None, "Conclusion", (Sentence("Old.", "quoted", id=GONE),))),
    DRAFT.rows,
)
TEXTS = {OWEN: owen.text, LONG: "x" * 200}


def test_places_are_named_as_the_page_names_them() -> None:
    assert place(OWEN, DRAFT, TEXTS) == (
        "section 1 Purpose of the Report, paragraph 2: “Owen Treharne, Chief Executive.”"
    )
    assert place(GONE, DRAFT, TEXTS, BEFORE_THE_EDIT) == (
        "section 2 Conclusion, paragraph 1: a sentence since edited"
    )
    assert place(GONE, DRAFT, TEXTS) == "a sentence: a sentence since edited"
    long = place(LONG, DRAFT, TEXTS)
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
    assert target["where"].startswith("section")
    form = {"csrf": token(client, url), "version": fresh["version"], "anchor": "history"}
    page = client.post(f"{url}/suggestions/{target['id']}/reject", data=form, headers=HTML).text
    history = page[page.index('id="history"') :]
    assert f"· {target['id']}" not in history
    assert target["text"][:40].replace("'", "&#39;") in history


def test_a_sentence_edited_away_is_placed_from_its_version(site: Site) -> None:
    b = site.board
    fresh = b.as_("manager", "POST", f"/api/boards/{b.id}/drafts", json={}).json()
    i, section = next(
        (i, sec) for i, sec in enumerate(fresh["draft"]["sections"]) if sec["paragraphs"]
    )
    sid = section["paragraphs"][0]["sentences"][0]["id"]
    api = f"/api/boards/{b.id}/drafts/{fresh['id']}"
    b.as_("chair", "POST", f"{api}/suggestions/{sid}/reject", json={"version": fresh["version"]})
    edit = {"paragraph": 0, "text": "New words.", "version": fresh["version"] + 1}
    assert b.as_("chair", "PATCH", f"{api}/sections/{i}", json=edit).status_code == 200
    client = signed_in(site, "chair")
    page = client.get(f"/boards/{b.id}/drafts/{fresh['id']}", headers=HTML).text
    history = page[page.index('id="history"') :]
    assert "paragraph 1: a sentence since edited" in history
    assert sid not in history
