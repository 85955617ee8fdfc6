"""Lineage, reporting, evidence, gaps and chains on hand-made cases (tests/ledger/cases.py)."""

from __future__ import annotations

from nlp.ledger import Ledger, build_ledger
from tests.ledger import cases


def _triples(ledger: Ledger, kinds: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind in kinds}


def test_lineage_same_reworded_split_merged_dropped_new() -> None:
    ledger = build_ledger(cases.documents())
    assert _triples(ledger, ("same", "reworded", "split", "merged")) == cases.LINEAGE
    linked = {x for a, b, _ in cases.LINEAGE for x in (a, b)}
    assert "p1/4" not in linked  # dropped
    assert "p2/6" not in linked  # new


def test_reporting_with_other_wording_and_numbers() -> None:
    ledger = build_ledger(cases.documents())
    assert _triples(ledger, ("reported_by",)) == cases.REPORTED


def test_evidence_gap_and_open() -> None:
    ledger = build_ledger(cases.documents())
    evidence = [lk for lk in ledger.links if lk.kind == "evidence"]
    assert [lk.from_id for lk in evidence] == ["p1/7"]
    assert evidence[0].sentence and "public awareness" in evidence[0].sentence
    assert "p1/4" in ledger.gaps and "p1/7" not in ledger.gaps
    assert not {"p1/1", "p1/2", "p1/3", "p1/5", "p1/6"} & set(ledger.gaps)
    open_ = {s.action_id: s.status for s in ledger.open}
    assert open_["p2/3"] == "in_progress"  # split of an in-progress action carries its status
    assert open_["p2/5"] == "planned"  # the latest row of the merged chain is 'planned'
    assert open_["p2/6"] == "unknown"


def test_every_link_has_score_and_reason() -> None:
    ledger = build_ledger(cases.documents())
    for lk in ledger.links:
        assert 0.0 <= lk.score <= 1.0
        assert lk.reason


def test_chains_cover_every_action_once_in_period_order() -> None:
    ledger = build_ledger(cases.documents())
    flat = [a for chain in ledger.chains for a in chain]
    assert sorted(flat) == sorted(a for f in ledger.documents for a in (x.id for x in f.actions))
    assert ("p1/3", "p2/3", "p2/4") in ledger.chains
    assert ("p1/5", "p1/6", "p2/5") in ledger.chains


def test_output_is_deterministic_whatever_the_input_order() -> None:
    docs = cases.documents()
    a = build_ledger(docs)
    b = build_ledger(list(reversed(docs)))
    assert a == b
