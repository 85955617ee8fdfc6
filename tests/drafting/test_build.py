"""build_draft on hand-built Findings of two of Harrowfield's documents (its 2017/18
report and the plan refreshed for 2018/19, from the corpus truth) and a small fictional
newer report: structure, appendix rows, gaps, history, sources."""

from __future__ import annotations

import pytest

from corpora.boards.harrowfield.people import BM
from drafting.build import build_draft
from extract.errors import DraftError
from nlp.ledger import Ledger
from tests.corpus import of_doc, report, truth
from tests.drafting.fixtures import BOARD, NEW_FILE, PLAN_DOC, YEAR, corpus_ledger

ACTIONS = of_doc(truth(BOARD), "actions", PLAN_DOC)


def _ledger(with_newer: bool = False) -> Ledger:
    return corpus_ledger(with_newer)


def test_structure_is_carried_forward_with_the_year_advanced() -> None:
    draft = build_draft(_ledger())
    last_year = report(BOARD, YEAR)
    assert draft.period == "2018/19" and draft.previous_period == "2017/18"
    assert draft.title.endswith("Accountability Report 2018/19")
    numbers = [str(n) for n in range(1, len(last_year.sections) + 1)]
    assert [s.number for s in draft.sections] == [*numbers, None, None]  # progress, appendices
    assert draft.sections[-1].heading == "List of Appendices"
    # 1.2 of the 2017/18 report: "This is my first Accountability Report."
    texts = [s.text for p in draft.sections[0].paragraphs for s in p.sentences]
    assert "This is my second Accountability Report." in texts
    assert draft.appendix_title == last_year.progress_title.replace("2017/18", "2018/19")
    assert draft.plan_title == "Business Improvement Plan 2017-20"


def test_sections_are_last_years_prose_with_at_most_one_placeholder() -> None:
    draft = build_draft(_ledger())
    for section in draft.sections[:-2]:
        roles = [p.role for p in section.paragraphs]
        assert roles and roles[0] == "carried", section.heading
        kinds = [s.kind for p in section.paragraphs for s in p.sentences]
        assert kinds.count("placeholder") <= 1 and "note" not in kinds, section.heading
        assert not any(p.lead for p in section.paragraphs), section.heading


def test_people_are_carried_in_last_years_sentences_with_sources() -> None:
    draft = build_draft(_ledger())
    intro = draft.sections[1]  # names the Business Manager with his role
    named = [s for p in intro.paragraphs for s in p.sentences if BM.name in s.text]
    assert named and all(s.cites and s.cites[0].quote == s.text for s in named)


def test_appendix_has_exactly_the_plan_actions_and_all_are_gaps_without_newer_documents() -> None:
    ledger = _ledger()
    draft = build_draft(ledger)
    plan = ledger.documents[1]
    assert [(r.number, r.action) for r in draft.rows] == [(a.number, a.text) for a in plan.actions]
    assert [(r.number, r.action) for r in draft.rows] == [(a["number"], a["text"]) for a in ACTIONS]
    first_priority = sum(a["priority"] == "1" for a in ACTIONS)
    assert [r.priority[:10] for r in draft.rows].count("Priority 1") == first_priority
    assert all(r.gap and "Update needed" in r.update_text for r in draft.rows)
    assert any("None of the documents is for 2018/19" in n for n in draft.notes)


def test_updates_come_from_newer_progress_and_evidence() -> None:
    draft = build_draft(_ledger(with_newer=True), period="2018/19")
    first, second, third = draft.rows[:3]  # A1.1 reported on, A1.2 evidenced, A1.3 neither
    assert not first.gap and first.status == "complete" and first.status_cue == "completed"
    assert first.update[0].cites[0].source.file == NEW_FILE
    assert not second.gap and second.update[0].kind == "quoted"
    assert second.status == "complete" and "agreed" in second.status_cue
    # last year's progress row on it is history, not this year's update
    assert any(h.startswith("Reported 2017/18") for h in second.history)
    assert third.gap
    assert sum(r.gap for r in draft.rows) == len(ACTIONS) - 2


def test_every_drafted_sentence_is_sourced_or_marked() -> None:
    draft = build_draft(_ledger(with_newer=True), period="2018/19")
    for section in draft.sections:
        for para in section.paragraphs:
            for sentence in para.sentences:
                assert sentence.cites or sentence.kind in ("placeholder", "note", "assembled")
    for row in draft.rows:
        assert row.gap or all(s.cites for s in row.update)


def test_checklist_marks_found_with_where() -> None:
    # Worked out from the fixture's newer report (tests/drafting/fixtures.py): its
    # sentences say what was agreed, published and completed, and name serious case
    # reviews; none speaks of effectiveness, impact, slow progress or feedback.
    # (Keyed by the first word, two requirements both started "How": one hid the other.)
    draft = build_draft(_ledger(with_newer=True), period="2018/19")
    assert [c.found for c in draft.checklist] == [True, False, False, False, True, False]
    did, _effective, _impact, analysis, reviews, _feedback = draft.checklist
    assert [c.quote.split()[0] for c in did.where] == ["The", "Two", "Work"]
    assert all(c.source.file.startswith("annual") for c in did.where + reviews.where)
    assert [c.quote[:25] for c in reviews.where] == ["Two serious case reviews "]
    gaps = len(ACTIONS) - 2
    assert analysis.note and analysis.note.startswith(f"{gaps} of {len(ACTIONS)} planned actions")
    assert all(not c.where for c in draft.checklist if not c.found)


def test_same_inputs_same_draft_and_no_clock() -> None:
    a, b = (
        build_draft(_ledger(True), period="2018/19"),
        build_draft(_ledger(True), period="2018/19"),
    )
    assert a == b and a.date is None


def test_period_given_and_errors() -> None:
    assert build_draft(_ledger(), period="2018/19").period == "2018/19"
    with pytest.raises(DraftError):
        build_draft(_ledger(), period="2017/18")  # no report before it
    with pytest.raises(DraftError):
        build_draft(_ledger(), period="next year")


def test_latest_report_is_the_template_by_default() -> None:
    draft = build_draft(_ledger(with_newer=True))
    assert draft.period == "2019/20" and draft.previous_period == "2018/19"


def test_evidence_status_uses_the_findings_stage_cues() -> None:
    # The appendix used to keep its own, shorter list of status words, which had no
    # "put back": this sentence gave "Not known".
    from drafting.build.appendix import _status
    from drafting.build.index import Evidence
    from nlp.ledger import Link
    from tests.drafting.fixtures import EVIDENCED, newer_report

    newer = newer_report()
    sentence = "The audit of early help assessments has been put back to the spring."
    link = Link(EVIDENCED, "x", "evidence", 0.6, "shared phrase", sentence=sentence)
    evidence = Evidence(sentence, newer, newer.sections[1], link)
    assert _status([], [evidence]) == ("delayed", "evidence says “put back”")
