"""List corrections and a progress row's priority, on real dev-corpus files: a list
marked as one priority's outcomes (a plan whose outcome lists the reader missed), a
list un-marked and marked again as the priorities (on a PDF, reaching its Word twin),
and corrections that make no sense refused. The truth is the generator's truth.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extract import extract
from extract.errors import CorrectionError
from nlp.corrections import Correction, Target, corrections_from_json, read, validate
from nlp.corrections.apply import apply, twins_of
from nlp.corrections.codec import corrections_to_json
from nlp.findings.model import Findings

DEV = Path(__file__).resolve().parents[2] / "corpora" / "variants" / "dev"
AT, LATER = "2026-01-02T10:00:00", "2026-01-02T11:00:00"


def truth(board: str, file: str, what: str) -> list[dict[str, Any]]:
    t = json.loads((DEV / board / "truth.json").read_text(encoding="utf-8"))
    doc = next(d["doc"] for d in t["documents"] if d["file"] == file)
    return [x for x in t[what] if x["doc"] == doc]


@pytest.fixture(scope="module")
def plan() -> Findings:
    return read(extract(DEV / "elmstead-vale" / "2022-23_business_plan.docx"))


@pytest.fixture(scope="module")
def report_pdf() -> Findings:
    return read(extract(DEV / "caddow-heath" / "2017-18_accountability_report.pdf"))


@pytest.fixture(scope="module")
def report_word() -> Findings:
    return read(extract(DEV / "caddow-heath" / "2017-18_accountability_report.docx"))


def fix(f: Findings, kind: str, value: str = "", at: str = AT, **target: Any) -> Correction:
    extra = target.pop("extra", {})
    c = Correction(
        f"c-{kind}-{at}", kind, Target(f.document.sha256, **target), value, "m@x", at, extra
    )  # type: ignore[arg-type]
    return validate(c, f)


def test_lists_marked_as_outcomes_give_the_true_outcomes(plan: Findings) -> None:
    expected = {
        p["number"]: p["outcomes"] for p in truth("elmstead-vale", plan.document.file, "priorities")
    }
    assert all(p.outcomes == () for p in plan.priorities)  # the reader missed them
    by_heading = {x.heading.split(":")[0]: x for x in plan.lists}
    given = [
        fix(
            plan,
            "mark_list",
            "outcomes",
            item=f"list:{by_heading[f'Priority {n}'].index}",
            extra={"priority": n},
        )
        for n in expected
    ]
    out = apply(plan, given)
    assert {p.number: list(p.outcomes) for p in out.priorities} == expected
    assert out.unapplied == ()
    assert all(
        p.reading is not None and p.reading.cue.startswith("set by m@x") for p in out.priorities
    )
    # the corrections file (the CLI's and batch's --corrections FILE) gives the same
    again = apply(plan, corrections_from_json(corrections_to_json(given)))
    assert again.priorities == out.priorities


def test_a_list_unmarked_then_marked_as_priorities_reaches_the_twin(
    report_pdf: Findings, report_word: Findings
) -> None:
    titles = [
        (p["number"], p["title"])
        for p in truth("caddow-heath", report_pdf.document.file, "priorities")
    ]
    assert [(p.number, p.title) for p in report_pdf.priorities] == titles
    unmark = fix(report_pdf, "unmark_list", item="list:0")
    twins = twins_of(report_word, [report_pdf])
    assert twins == [report_pdf.document.sha256]
    for f in (report_pdf, report_word):
        assert apply(f, [unmark], twins).priorities == ()
    unmarked = apply(report_pdf, [unmark])
    mark = fix(unmarked, "mark_list", "priorities", at=LATER, item="list:0")
    for f in (report_pdf, report_word):
        out = apply(f, [unmark, mark], twins)
        assert [(p.number, p.title) for p in out.priorities] == titles
        assert all(p.reading is not None and "set by" in p.reading.cue for p in out.priorities)
        assert out.unapplied == ()
    # marking what is already read is listed, not silently dropped
    assert [u.correction for u in apply(report_pdf, [mark]).unapplied] == [mark.id]


def test_a_list_that_is_gone_is_listed(report_word: Findings) -> None:
    gone = Correction(
        "g",
        "mark_list",
        Target(report_word.document.sha256, item="list:4", fingerprint="nothing like this list"),
        "priorities",
        "m",
        AT,
    )
    out = apply(report_word, [gone])
    assert [(u.correction, u.reason) for u in out.unapplied] == [
        ("g", "its list is no longer in the document")
    ]


def test_a_progress_rows_priority(report_pdf: Findings, report_word: Findings) -> None:
    row = report_pdf.progress[3]
    assert row.priority is None
    c = fix(report_pdf, "progress_priority", "2", item=row.id)
    out = apply(report_pdf, [c])
    assert [p.priority for p in out.progress if p.id == row.id] == ["2"]
    assert [p.id for p in out.progress if p.priority] == [row.id]
    on_twin = apply(report_word, [c], twins_of(report_word, [report_pdf]))
    assert [p.action for p in on_twin.progress if p.priority == "2"] == [row.action]


def test_list_corrections_that_make_no_sense_are_refused(
    plan: Findings, report_pdf: Findings
) -> None:
    row = next(r for t in plan.tables for r in t.rows)
    cases: list[tuple[str, Findings, str, str, dict[str, Any]]] = [
        (
            "this target is a table row",
            plan,
            "mark_list",
            "priorities",
            {"table": row.table, "row": row.row},
        ),
        ("this target is a heading", plan, "mark_list", "priorities", {"item": "section:0"}),
        ("has no list list:40", plan, "mark_list", "priorities", {"item": "list:40"}),
        ("not a thing a list can be marked as", plan, "mark_list", "goals", {"item": "list:0"}),
        (
            "no priority '9'; its priorities are 1, 2, 3",
            plan,
            "mark_list",
            "outcomes",
            {"item": "list:0", "extra": {"priority": "9"}},
        ),
        ("give the number of the priority", plan, "mark_list", "outcomes", {"item": "list:0"}),
        ("is not read as priorities or outcomes", plan, "unmark_list", "", {"item": "list:0"}),
        ("a list", plan, "column_role", "status", {"item": "list:0"}),
        (
            "no priority '7'; its priorities are 1, 2, 3",
            report_pdf,
            "progress_priority",
            "7",
            {"item": report_pdf.progress[0].id},
        ),
        ("no progress row p-nope", report_pdf, "progress_priority", "1", {"item": "p-nope"}),
    ]
    for words, f, kind, value, target in cases:
        with pytest.raises(CorrectionError, match=words):
            fix(f, kind, value, **target)


def test_a_list_marked_as_the_priorities_replaces_the_readers(plan: Findings) -> None:
    """The manager says "these are the priorities": the reader's three are replaced by
    the list's items (named in the correction, for the history), a priority a person
    set stays, and leaving the correction out (undo) gives the reader's back."""
    read_titles = [(p.number, p.title) for p in plan.priorities]
    assert len(read_titles) == 3
    marked = plan.lists[1]
    c = fix(plan, "mark_list", "priorities", at=LATER, item=f"list:{marked.index}")
    assert c.extra["replaced"].splitlines() == [f"{n}. {t}" for n, t in read_titles]
    out = apply(plan, [c])
    assert [p.title for p in out.priorities] == list(marked.items)
    assert [p.number for p in out.priorities] == ["1", "2"]
    assert out.unapplied == ()
    heading = next(k for k, s in enumerate(plan.sections) if s.heading.startswith("Priority 3"))
    set_first = fix(plan, "mark_priority", "9", item=f"section:{heading}")
    kept = apply(plan, [set_first, c])
    assert [p.title for p in kept.priorities][:2] == list(marked.items)
    assert plan.sections[heading].heading in [p.title for p in kept.priorities]
    assert [(p.number, p.title) for p in apply(plan, []).priorities] == read_titles


def test_an_actions_priority_must_be_one_the_document_has(plan: Findings) -> None:
    action = plan.actions[0]
    numbers = [p.number for p in plan.priorities if p.number]
    assert "7" not in numbers
    with pytest.raises(CorrectionError, match=r"has no priority '7'; its priorities are 1, 2, 3"):
        fix(plan, "action_priority", "7", item=action.id)
    other = next(n for n in numbers if n != action.priority)
    out = apply(plan, [fix(plan, "action_priority", other, item=action.id)])
    assert [a.priority for a in out.actions if a.id == action.id] == [other]
