"""Splits, merges and rewordings told apart by what the parts cover (issue 14, links).

Hand-written plans (invented wordings): a split part that names a new subject for the
old object; a reworded action beside a new action sharing some of its words; a merge
whose second old action is written with the board's stock phrase."""

from __future__ import annotations

import dataclasses

from nlp.ledger import Ledger, build_ledger
from tests.ledger.build import plan

LINEAGE = ("same", "reworded", "split", "merged")

OTHERS_1 = [
    ("a/8", "Priority 3", "3.1", "Publish the winter fuel leaflet with housing officers."),
    ("a/9", "Priority 3", "3.2", "Commission a survey of pharmacy staff."),
    ("a/10", "Priority 3", "3.3", "Train volunteer drivers on lone working."),
]
OTHERS_2 = [
    ("b/8", "Priority 3", "3.1", "Publish the winter fuel leaflet with housing officers."),
    ("b/9", "Priority 3", "3.2", "Commission a survey of pharmacy staff."),
    ("b/10", "Priority 3", "3.3", "Train volunteer drivers on lone working."),
]


def _lineage(ledger: Ledger) -> set[tuple[str, str, str]]:
    return {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind in LINEAGE}


def _ledger(old: list[tuple[str, str, str, str]], new: list[tuple[str, str, str, str]]) -> Ledger:
    return build_ledger(
        [
            plan("plan_2019.pdf", "2019/20", [*old, *OTHERS_1]),
            plan("plan_2020.pdf", "2020/21", [*new, *OTHERS_2]),
        ]
    )


def test_split_part_naming_a_new_subject_for_the_old_object() -> None:
    """ "…the carers dashboard for staff in libraries…" keeps the old object whole; its
    head is longer than the old one, not elsewhere."""
    ledger = _ledger(
        [
            (
                "a/1",
                "Priority 1",
                "1.1",
                "Strengthen the carers dashboard alongside district councils.",
            ),
            ("a/2", "Priority 1", "1.2", "Agree a protocol for missing lodgers."),
        ],
        [
            ("b/1", "Priority 1", "1.1", "Extend the carers dashboard."),
            (
                "b/2",
                "Priority 1",
                "1.2",
                "Rebuild the carers dashboard for library staff in leisure services.",
            ),
            ("b/3", "Priority 1", "1.3", "Agree a protocol for missing lodgers."),
        ],
    )
    got = _lineage(ledger)
    assert ("a/1", "b/1", "split") in got
    assert ("a/1", "b/2", "split") in got
    assert ("a/2", "b/3", "same") in got


def test_reworded_not_split_beside_an_action_sharing_part_of_its_object() -> None:
    """The new "foster carer training offer" action is the old one reworded; the new
    audit of foster carer cases shares the subject and an adjunct word, not the
    object, so it is new, and the old action is not split."""
    ledger = _ledger(
        [
            (
                "a/1",
                "Priority 1",
                "1.1",
                "Audit the foster carer training offer with the youth forum panel.",
            ),
            ("a/2", "Priority 1", "1.2", "Agree a protocol for missing lodgers."),
        ],
        [
            (
                "b/1",
                "Priority 1",
                "1.1",
                "Agree the foster carer training offer so that placements last.",
            ),
            (
                "b/2",
                "Priority 1",
                "1.2",
                "Embed a panel audit of foster carer cases in every school.",
            ),
            ("b/3", "Priority 1", "1.3", "Agree a protocol for missing lodgers."),
        ],
    )
    got = _lineage(ledger)
    assert ("a/1", "b/1", "reworded") in got
    assert not {t for t in got if t[1] == "b/2"}


def test_same_when_only_the_sub_items_read_differ() -> None:
    """The action's sentence is unchanged; one year's reading put two outcome lines
    under it as sub-items. Carried word for word: `same`, not `reworded`."""
    old = plan(
        "plan_2019.pdf",
        "2019/20",
        [("a/1", "Priority 1", "1.1", "Pilot a buddy scheme for young carers."), *OTHERS_1],
    )
    first = dataclasses.replace(
        old.actions[0], items=("Young carers feel less alone.", "Fewer school days are missed.")
    )
    old = dataclasses.replace(old, actions=(first, *old.actions[1:]))
    new = plan(
        "plan_2020.pdf",
        "2020/21",
        [("b/1", "Priority 1", "1.1", "Pilot a buddy scheme for young carers."), *OTHERS_2],
    )
    assert ("a/1", "b/1", "same") in _lineage(build_ledger([old, new]))


def test_merge_whose_second_object_is_also_a_stock_adjunct() -> None:
    """ "a joint audit of discharge cases" is an object here and, in three other
    actions, part of the board's stock adjunct "using a joint audit of case files":
    the merged action still holds it, so both old actions are merged into it."""
    stock = "using a joint audit of case files."
    old = [
        ("a/1", "Priority 1", "1.1", "Review the respite rota with GP surgeries."),
        ("a/2", "Priority 1", "1.2", "Evaluate a joint audit of discharge cases with ward staff."),
        ("a/3", "Priority 1", "1.3", f"Extend the befriending scheme {stock}"),
        ("a/4", "Priority 1", "1.4", f"Publish the carers charter {stock}"),
        ("a/5", "Priority 1", "1.5", f"Launch the sleep safety leaflet {stock}"),
    ]
    new = [
        (
            "b/1",
            "Priority 1",
            "1.1",
            "Review the respite rota and evaluate a joint audit of discharge cases.",
        ),
        ("b/3", "Priority 1", "1.2", f"Extend the befriending scheme {stock}"),
        ("b/4", "Priority 1", "1.3", f"Publish the carers charter {stock}"),
        ("b/5", "Priority 1", "1.4", f"Launch the sleep safety leaflet {stock}"),
    ]
    got = _lineage(_ledger(old, new))
    assert ("a/1", "b/1", "merged") in got
    assert ("a/2", "b/1", "merged") in got


def test_priorities_renumbered_in_another_scheme_are_one_priority() -> None:
    """Last year "Priority 2", this year "Priority B": the split of its action into
    two parts is found as within one priority (parts from another priority must score
    far higher)."""
    old = [
        ("a/1", "Priority 1", "1.1", "Agree a protocol for missing lodgers."),
        ("a/2", "Priority 2", "2.1", "Refresh the hoarding toolkit with fire crews and landlords."),
    ]
    new = [
        ("b/1", "Priority A", "A.1", "Agree a protocol for missing lodgers."),
        ("b/2", "Priority B", "B.1", "Launch the hoarding toolkit."),
        ("b/3", "Priority B", "B.2", "Test the hoarding toolkit in two council wards."),
    ]
    got = _lineage(_ledger(old, new))
    assert ("a/2", "b/2", "split") in got
    assert ("a/2", "b/3", "split") in got


def test_ordinal_of_each_scheme() -> None:
    from nlp.ledger.ordinals import ordinal

    assert [ordinal(k) for k in ("3", "iii", "c", "three", "third")] == ["3"] * 5
    assert ordinal("iv") == "4" and ordinal("ix") == "9" and ordinal("x") == "10"
    assert ordinal("neglect") == "neglect" and ordinal(None) is None
