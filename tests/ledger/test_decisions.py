"""People decide: confirmations, rejections and additions survive re-runs, new
documents and re-extraction (new ids, same text); a vanished endpoint is reported."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from nlp.findings.model import Action, Findings
from nlp.ledger import LedgerDecision, build_ledger, decide, load_decisions, save_decisions
from tests.ledger import cases
from tests.ledger.build import plan, report

AT = "2024-05-01T10:00:00"


def _pairs(links, kind=None):  # type: ignore[no-untyped-def]
    return {(lk.from_id, lk.to_id) for lk in links if kind is None or lk.kind == kind}


def test_reject_reroutes_and_survives_a_new_document() -> None:
    docs = cases.documents()
    reject = decide("reject", "p1/2", "p2/2", "reworded", "chair", AT, docs)
    ledger = build_ledger(docs, [reject])
    assert ("p1/2", "p2/2") not in _pairs(ledger.links)
    p3 = plan("plan_2020.pdf", "2020-21", [("p3/1", "1", "1.1", "Publish the annual report.")])
    again = build_ledger([*docs, p3], [reject])
    assert ("p1/2", "p2/2") not in _pairs(again.links)


def test_confirm_and_add_are_marked_and_kept() -> None:
    docs = cases.documents()
    confirm = decide("confirm", "p1/1", "p2/1", "same", "manager", AT, docs)
    add = decide("add", "p1/4", "p2/6", "reworded", "manager", AT, docs, note="FGM work moved")
    ledger = build_ledger(docs, [confirm, add])
    by_pair = {(lk.from_id, lk.to_id): lk for lk in ledger.links}
    assert by_pair[("p1/1", "p2/1")].decided_by == "manager"
    assert by_pair[("p1/4", "p2/6")].kind == "reworded"
    assert "FGM work moved" in by_pair[("p1/4", "p2/6")].reason
    assert ("p1/4", "p2/6") in {(c[0], c[-1]) for c in ledger.chains if len(c) == 2}


def test_decisions_survive_re_extraction_with_new_ids() -> None:
    docs = cases.documents()
    add = decide("add", "p1/4", "p2/6", "reworded", "manager", AT, docs)
    renamed = [_rename(f, "v2-") for f in docs]
    ledger = build_ledger(renamed, [add])
    assert ("v2-p1/4", "v2-p2/6") in _pairs(ledger.links, "reworded")
    assert not ledger.notes


def test_vanished_endpoint_is_reported_not_dropped() -> None:
    docs = cases.documents()
    add = decide("add", "p1/4", "p2/6", "reworded", "manager", AT, docs)
    without = [docs[0], dataclasses.replace(docs[1], actions=docs[1].actions[:-1]), docs[2]]
    ledger = build_ledger(without, [add])
    assert any("p2/6" in n and "no longer" in n for n in ledger.notes)


def test_decisions_file_round_trip(tmp_path: Path) -> None:
    docs = cases.documents()
    decisions = [
        decide("reject", "p1/2", "p2/2", "reworded", "chair", AT, docs),
        decide("add", "p1/4", "p2/6", "reworded", "manager", AT, docs, note="moved"),
    ]
    path = tmp_path / "decisions.json"
    save_decisions(path, decisions)
    assert load_decisions(path) == decisions
    assert '"from": "p1/2"' in path.read_text()
    assert load_decisions(tmp_path / "absent.json") == []


def test_latest_decision_on_a_pair_wins() -> None:
    docs = cases.documents()
    reject = decide("reject", "p1/1", "p2/1", "same", "chair", AT, docs)
    confirm = dataclasses.replace(
        decide("confirm", "p1/1", "p2/1", "same", "chair", AT, docs), at="2024-06-01T00:00:00"
    )
    ledger = build_ledger(docs, [confirm, reject])
    assert ("p1/1", "p2/1") in _pairs(ledger.links)
    assert isinstance(reject, LedgerDecision)


def test_reject_later_confirmed_does_not_forbid_the_pair() -> None:
    # Regression: every reject forbade its pair before assignment, even when a later
    # confirm won; the confirmed link then came back with score 1.0 and no reason.
    docs = cases.documents()
    reject = decide("reject", "p1/2", "p2/2", "reworded", "chair", AT, docs)
    confirm = dataclasses.replace(
        decide("confirm", "p1/2", "p2/2", "reworded", "chair", AT, docs), at="2024-06-01"
    )
    link = next(lk for lk in build_ledger(docs, [reject, confirm]).links if lk.to_id == "p2/2")
    assert link.from_id == "p1/2" and link.decided_by == "chair"
    assert link.score < 1.0 and link.reason.startswith("words ")


def test_a_decision_keeps_every_evidence_sentence_of_a_section() -> None:
    # Regression: links were keyed by (from, to), so two evidence sentences from one
    # section collapsed into one as soon as any decision was applied.
    text = (
        "The Board ran a campaign to raise public awareness that keeping children safe is "
        "everyone's business. A second public awareness campaign in schools said keeping "
        "children safe is everyone's business."
    )
    docs = [*cases.documents()[:2], report("r.pdf", "2018/19", cases.R1, sections=[("2.1", text)])]  # type: ignore[arg-type]
    unrelated = decide("confirm", "p1/1", "p2/1", "same", "manager", AT, docs)

    def evidence(ledger):  # type: ignore[no-untyped-def]
        return [lk.sentence for lk in ledger.links if lk.kind == "evidence"]

    assert len(evidence(build_ledger(docs))) == 2
    assert evidence(build_ledger(docs, [unrelated])) == evidence(build_ledger(docs))


def _rename(f: Findings, prefix: str) -> Findings:
    actions = tuple(dataclasses.replace(a, id=prefix + a.id) for a in f.actions)
    progress = tuple(dataclasses.replace(p, id=prefix + p.id) for p in f.progress)
    return dataclasses.replace(f, actions=actions, progress=progress)


_ = Action
