"""truth.json for one generated board, from the generator's own objects (the format
of corpora/README.md), never from what a reader found."""

from __future__ import annotations

from typing import Any

from corpora.variants.model import Board, Doc
from corpora.variants.plans import PRINTS


def board_truth(board: Board, files: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """`files` maps a document id to its files: [{file, format, pages}]."""
    truth: dict[str, Any] = {
        "set": board.slug,
        "part": board.part,
        "seed": board.seed,
        "board": board.name,
        "demo": False,
        "documents": [],
        "priorities": [],
        "actions": [],
        "progress": [],
        "links": [],
        "people": [],
    }
    plan_of: dict[str, str] = {}
    for doc in board.docs:
        truth["documents"] += [_document(board, doc, f) for f in files[doc.doc_id]]
        truth["priorities"] += [
            {
                "id": f"{doc.doc_id}/PR{p.number}",
                "doc": doc.doc_id,
                "number": str(p.number),
                "title": p.title,
                "outcomes": list(p.outcomes),
            }
            for p in doc.priorities
        ]
        if doc.kind == "business_plan":
            truth["actions"] += _actions(doc)
            plan_of[doc.doc_id.rsplit("/", 1)[0]] = doc.doc_id
        else:
            _progress(truth, doc, plan_of[doc.doc_id.rsplit("/", 1)[0]])
        for p in [*doc.people, *doc.membership]:
            truth["people"].append({"doc": doc.doc_id, "name": p.name, "role": p.role})
    truth["links"] += [{"from": a, "to": b, "kind": k} for a, b, k in board.links]
    return truth


def _document(board: Board, doc: Doc, f: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc": doc.doc_id,
        "file": f["file"],
        "format": f["format"],
        "board": board.name,
        "title": doc.title,
        "kind": doc.kind,
        "period": doc.period,
        "actions_period": doc.actions_period,
        "pages": f["pages"],
        "layout": doc.layout,
        "features": list(doc.features),
    }


def _actions(doc: Doc) -> list[dict[str, Any]]:
    lead_ok, by_ok = PRINTS.get(doc.layout, (True, True))
    return [
        {
            "id": f"{doc.doc_id}/{a.key}",
            "doc": doc.doc_id,
            "priority": str(p.number),
            "number": a.number,
            "text": a.text,
            "items": list(a.items),
            "lead": a.lead if lead_ok else None,
            "timescale": a.by if by_ok else None,
            "period": doc.actions_period or doc.period,
        }
        for p in doc.priorities
        for a in p.actions
    ]


def _progress(truth: dict[str, Any], doc: Doc, plan_id: str) -> None:
    for n, row in enumerate(doc.rows, start=1):
        pid = f"{doc.doc_id}/P{n}"
        truth["progress"].append(
            {
                "id": pid,
                "doc": doc.doc_id,
                "row": n,
                "action": row.action,
                "action_items": list(row.action_items),
                "update": " ".join(row.update),
                "statuses": list(row.statuses),
                "status_cell": row.status_cell,
                "reports_on": [f"{plan_id}/{k}" for k in row.actions],
            }
        )
        for key in row.actions:
            truth["links"].append({"from": f"{plan_id}/{key}", "to": pid, "kind": "reported_by"})
