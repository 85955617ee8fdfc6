"""The one codec: every stage's contract encodes to its JSON names and decodes back to
equal typed objects; findings written by hand in the contract's shape decode too."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import nlp
from drafting.build import build_draft
from drafting.model import Draft
from extract import extract
from extract.codec import decode, encode
from extract.model import Block, Document, Heading, ListItem, Paragraph, Table
from nlp.findings.model import Findings
from nlp.ledger import Ledger, build_ledger

BOARD = Path(__file__).resolve().parents[2] / "corpora" / "kestrelvale"


@cache
def _board() -> tuple[tuple[Document, ...], tuple[Findings, ...]]:
    files = sorted(p for p in BOARD.iterdir() if p.suffix in (".pdf", ".docx"))
    documents = tuple(extract(p) for p in files)
    return documents, tuple(nlp.find(d) for d in documents)


def _through_json(data: object) -> object:
    """As stored: written as JSON text and read back."""
    return json.loads(json.dumps(data, ensure_ascii=False))


def test_documents_and_their_blocks_round_trip() -> None:
    documents, _ = _board()
    for document in documents:
        assert decode(Document, _through_json(encode(document))) == document
        blocks = encode(document.blocks, tuple[Block, ...])
        assert [b["type"] for b in blocks] == [b.type for b in document.blocks]
        assert decode(tuple[Block, ...], blocks) == document.blocks


def test_blocks_are_told_apart_by_their_type() -> None:
    source = {"file": "a.docx", "sha256": "0" * 64, "paragraph": 3}
    same_shape = {"level": 1, "number": "1", "text": "Purpose", "source": source}
    blocks = decode(
        tuple[Block, ...],
        [same_shape | {"type": "heading"}, same_shape | {"type": "list_item"}],
    )
    assert [type(b) for b in blocks] == [Heading, ListItem]
    cell_blocks = decode(Table, _table(source))
    assert isinstance(cell_blocks.rows[0].cells[0].blocks[0], Paragraph)


def _table(source: dict[str, object]) -> dict[str, object]:
    paragraph = {"number": None, "text": "Done", "source": source, "type": "paragraph"}
    cell = {"col": 0, "blocks": [paragraph], "source": source}
    return {"rows": [{"cells": [cell], "source": source}], "source": source, "n_cols": 1}


def test_findings_ledger_and_draft_round_trip() -> None:
    _, findings = _board()
    for f in findings:
        assert decode(Findings, _through_json(encode(f))) == f
    ledger = build_ledger(list(findings))
    assert decode(Ledger, _through_json(encode(ledger))) == ledger
    draft = build_draft(ledger)
    assert decode(Draft, _through_json(encode(draft))) == draft


def test_the_ledger_keeps_its_json_names_and_order() -> None:
    _, findings = _board()
    ledger = build_ledger(list(findings))
    data = encode(ledger)
    assert list(data) == ["documents", "links", "chains", "gaps", "open", "notes"]
    assert list(data["links"][0]) == [
        "from",
        "to",
        "kind",
        "score",
        "reason",
        "sentence",
        "decided_by",
    ]
    assert data["links"][0]["from"] == ledger.links[0].from_id
    assert ledger.open, "the board carries actions forward"
    assert list(data["open"][0]) == ["action", "status", "progress", "period"]
    assert data["open"][0]["action"] == ledger.open[0].action_id


def test_findings_written_by_hand_decode() -> None:
    source = {"file": "plan.pdf", "sha256": "a" * 64, "page": 2, "bbox": [10, 20, 300, 40]}
    data = {
        "document": {
            "file": "plan.pdf",
            "sha256": "a" * 64,
            "format": "pdf",
            "pages": 4,
            "title": "Business Plan 2018-19",
            "board": None,
            "kind": "business_plan",
            "period": "2018/19",
        },
        "actions": [
            {
                "id": "a-1",
                "priority": "1",
                "number": "1.1",
                "text": "Audit the training offer.",
                "items": ["across agencies"],
                "period": "2018/19",
                "source": source,
            }
        ],
    }
    findings = decode(Findings, data)
    assert findings.document.actions_period is None
    action = findings.actions[0]
    assert action.items == ("across agencies",) and action.lead is None
    assert action.source.bbox == (10.0, 20.0, 300.0, 40.0) and action.source.paragraph is None
    assert findings.progress == () and findings.sections == ()
    again = encode(findings)
    assert again["actions"][0]["source"]["bbox"] == [10.0, 20.0, 300.0, 40.0]
    assert decode(Findings, again) == findings
