"""The progress narrative per priority, on Harrowfield's 2019/20 draft (its 2018/19
report carried forward, the 2019/20 report and plan as newer documents): the numbers
are the appendix rows' statuses, checked against the corpus truth, and every sentence
cites the rows it counts."""

from __future__ import annotations

import re

from drafting.build import build_draft
from drafting.build.progress import NUMBERS, shown
from drafting.model import Draft, DraftSection
from tests.drafting.pipeline import board_run, truth

PHRASES = {
    "complete": "complete",
    "in_progress": "in progress",
    "delayed": "delayed",
    "planned": "planned but not started",
}


def _draft() -> Draft:
    ledger, _docs = board_run("harrowfield")
    return build_draft(ledger, period="2019/20")


def _narrative(draft: Draft) -> DraftSection:
    return next(s for s in draft.sections if s.heading.startswith("Progress against"))


def test_counts_are_the_appendix_statuses_and_agree_with_the_truth() -> None:
    draft = _draft()
    acceptable = {
        r["action"]: r["statuses"]
        for r in truth("harrowfield")["progress"]
        if "2019-20" in r["doc"]
    }
    for row in draft.rows:
        assert shown(row) in acceptable[row.action], row.action
    priorities = list(dict.fromkeys(r.priority for r in draft.rows))
    for label, para in zip(priorities, _narrative(draft).paragraphs, strict=True):
        rows = [r for r in draft.rows if r.priority == label]
        first = para.sentences[0].text
        assert first.startswith(f"Of the {NUMBERS[len(rows)]} actions under Priority")
        for key, words in PHRASES.items():
            k = sum(1 for r in rows if shown(r) == key)
            said = re.search(rf"\b(\w+) (?:is|are) {words}\b", first)
            assert (NUMBERS.index(said.group(1)) if said else 0) == k, (first, key)


def test_a_priority_reads_as_a_person_would_write_it() -> None:
    # Priority 3 in the 2019/20 report: action 2 complete, 1 in progress, 3 delayed.
    para = _narrative(_draft()).paragraphs[2]
    assert [s.text for s in para.sentences] == [
        "Of the three actions under Priority 3 (Early Help that Makes a Difference), one is "
        "complete, one is in progress and one is delayed.",
        "The one complete is action 2 (review the Lead Professional role and the support "
        "offered…).",
        "The one in progress is action 1 (measure the impact of the Early Help Strategy on…).",
        "The one delayed is action 3 (publish a graduated response toolkit for schools).",
    ]


def test_every_number_cites_the_rows_it_counts() -> None:
    draft = _draft()
    narrative = _narrative(draft)
    for para in narrative.paragraphs:
        first, *groups = para.sentences
        counted = [r for r in draft.rows if r.action_cite in first.cites]
        assert counted and all(r.action_cite in first.cites for r in counted)
        for sentence in groups:
            named = [r for r in draft.rows if r.action_cite in sentence.cites]
            assert [f"action {r.number} (" in sentence.text for r in named] == [True] * len(named)
            assert len({shown(r) for r in named}) == 1


def test_without_newer_documents_every_action_is_said_to_need_an_update() -> None:
    ledger, _docs = board_run("harrowfield")
    narrative = _narrative(build_draft(ledger))
    assert narrative.paragraphs[0].text == (
        "All four actions under Priority 1 (Strong Leadership and Shared Accountability) have "
        "no update yet for 2020/21."
    )
