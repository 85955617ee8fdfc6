"""Period parsing and ordering (never by file name); one document in two formats counted
once."""

from __future__ import annotations

import dataclasses

import pytest

from nlp.ledger import build_ledger
from nlp.ledger.dedupe import dedupe
from nlp.periods import Period, parse_period
from tests.ledger import cases
from tests.ledger.build import plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017/18", Period(2017, 2018)),
        ("2017-19", Period(2017, 2019)),
        ("2018-2019", Period(2018, 2019)),
        ("April 2019 – March 2020", Period(2019, 2020)),
        ("Business Improvement Plan 2017-20", Period(2017, 2020)),
        ("1999/00", Period(1999, 2000)),
        ("2021", Period(2021, 2022)),
        ("no year here", None),
        (None, None),
    ],
)
def test_parse_period(text: str | None, expected: Period | None) -> None:
    assert parse_period(text) == expected


def test_order_is_by_period_not_file_name() -> None:
    # File names that sort the wrong way round: the later plan's name comes first.
    named = cases.documents(p1_file="zz_old_plan.pdf", p2_file="aa_new_plan.pdf", r1_file="m.pdf")
    plain = cases.documents()
    a, b = build_ledger(named), build_ledger(plain)

    def triples(ledger):  # type: ignore[no-untyped-def]
        # evidence targets name the section by its document's hash, which differs here
        return {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind != "evidence"}

    assert triples(a) == triples(b)
    assert [lk.from_id for lk in a.links if lk.kind == "evidence"] == ["p1/7"]
    assert [f.document.period for f in a.documents] == ["2018-19", "2018/19", "2019-20"]


def test_actions_period_decides_which_report_reports_on_a_plan() -> None:
    # A 2017-20 plan refreshed for 2018/19: its actions are reported in the 2018/19 report,
    # even though the plan's period starts in 2017.
    docs = cases.documents()
    p1 = dataclasses.replace(
        docs[0],
        document=dataclasses.replace(docs[0].document, period="2017-20", actions_period="2018/19"),
    )
    ledger = build_ledger([p1, *docs[1:]])
    assert {(lk.from_id, lk.to_id) for lk in ledger.links if lk.kind == "reported_by"} == {
        (a, b) for a, b, _ in cases.REPORTED
    }


def test_same_document_in_two_formats_counted_once() -> None:
    pdf = plan("plan.pdf", "2018-19", cases.P1, fmt="pdf")
    docx = plan("plan.docx", "2018-19", cases.P1, fmt="docx")
    kept, notes = dedupe([pdf, docx])
    assert [f.document.file for f in kept] == ["plan.docx"]  # tie: Word kept
    assert len(notes) == 1 and "counted once" in notes[0]
    ledger = build_ledger([pdf, *cases.documents()[1:], docx])
    assert len(ledger.documents) == 3
    lineage = {(a, b, k) for a, b, k in cases.LINEAGE}
    assert {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links} >= lineage


def test_richer_copy_is_kept() -> None:
    pdf = plan("plan.pdf", "2018-19", cases.P1, fmt="pdf")
    docx = plan("plan.docx", "2018-19", cases.P1[:-1], fmt="docx")
    kept, _ = dedupe([docx, pdf])
    assert [f.document.file for f in kept] == ["plan.pdf"]


def test_different_plans_of_the_same_period_are_not_duplicates() -> None:
    a = plan("a.pdf", "2018-19", cases.P1)
    b = plan("b.pdf", "2018-19", [(f"x{i}", p, n, t) for i, (_, p, n, t) in enumerate(cases.P2)])
    kept, notes = dedupe([a, b])
    assert len(kept) == 2 and not notes
