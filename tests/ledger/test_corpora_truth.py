"""The ledger on the corpora's truth findings (linking measured apart from extraction):
each board's links against its truth.json, and the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.codec import encode
from nlp.ledger import build_ledger
from tests.eval.links import score_links, truth_links
from tests.ledger.truth_findings import CORPORA, load_truth, truth_findings

BOARDS = ("harrowfield", "kestrelvale", "morrowby")


def _board(name: str) -> Path:
    return CORPORA / name


@pytest.mark.parametrize("name", BOARDS)
def test_links_against_truth(name: str) -> None:
    truth = load_truth(_board(name))
    ledger = build_ledger(truth_findings(truth, per_file=True))
    pred = {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind != "evidence"}
    scores = score_links(pred, truth_links(truth))
    assert scores["reported_by"]["f1"] >= 0.95, scores["reported_by"]
    assert scores["lineage"]["f1"] >= 0.85, scores["lineage"]
    assert scores["lineage_kind"]["f1"] >= 0.80, scores["lineage_kind"]


@pytest.mark.parametrize("name", BOARDS)
def test_pdf_and_word_copies_counted_once(name: str) -> None:
    truth = load_truth(_board(name))
    ledger = build_ledger(truth_findings(truth, per_file=True))
    assert len(ledger.documents) == len({d["doc"] for d in truth["documents"]})


@pytest.mark.parametrize("name", BOARDS)
def test_json_contract_resolves_every_id(name: str) -> None:
    truth = load_truth(_board(name))
    data = json.loads(json.dumps(encode(build_ledger(truth_findings(truth)))))
    assert set(data) >= {"documents", "links", "chains", "gaps", "open", "notes"}
    ids = {a["id"] for d in data["documents"] for a in d["actions"]}
    ids |= {p["id"] for d in data["documents"] for p in d["progress"]}
    for link in data["links"]:
        assert set(link) >= {"from", "to", "kind", "score", "reason"}
        assert link["from"] in ids
        assert link["kind"] == "evidence" or link["to"] in ids
    assert {a for c in data["chains"] for a in c} == {
        a["id"] for d in data["documents"] for a in d["actions"]
    }
