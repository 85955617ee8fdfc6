"""Ground truth for a board, built from the same data the writers render."""

from __future__ import annotations

from typing import Any

from corpora.layouts.progress_tables import row_action
from corpora.model import Board, Plan, Report, Year, action_index, printed_number

STATUSES = {"complete", "in_progress", "planned", "delayed", "unknown"}
LINK_KINDS = {"same", "reworded", "split", "merged", "reported_by"}


def doc_id(board: Board, year: Year, what: str) -> str:
    return f"{board.slug}/{year.key}/{what}"


def board_truth(board: Board, files: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """`files` maps a document id to its files: [{file, format, pages}]."""
    truth: dict[str, Any] = {
        "set": board.slug,
        "board": board.name,
        "demo": board.demo,
        "documents": [],
        "priorities": [],
        "actions": [],
        "progress": [],
        "links": [],
        "people": [],
    }
    prev: Year | None = None
    for year in board.years:
        plan_id, report_id = doc_id(board, year, "plan"), doc_id(board, year, "report")
        _documents(truth, board, plan_id, year.plan, files)
        _documents(truth, board, report_id, year.report, files)
        _plan(truth, plan_id, year.plan)
        _progress(truth, plan_id, report_id, year.report, year.plan)
        if prev is not None:
            _carry(truth, doc_id(board, prev, "plan"), prev.plan, plan_id, year.plan)
        _people(truth, plan_id, year.plan.people)
        _people(truth, report_id, year.report.people)
        for name, role, _org in year.report.membership:
            truth["people"].append({"doc": report_id, "name": name, "role": role})
        prev = year
    return truth


def _documents(truth, board: Board, did: str, doc: Plan | Report, files) -> None:
    kind = doc.kind if isinstance(doc, Report) else "business_plan"
    for f in files[did]:
        truth["documents"].append(
            {
                "doc": did,
                "file": f["file"],
                "format": f["format"],
                "board": board.name,
                "title": doc.title,
                "kind": kind,
                "period": doc.period,
                "actions_period": getattr(doc, "actions_period", None),
                "pages": f["pages"],
                "layout": doc.style.layout,
                "features": list(doc.style.features),
            }
        )


def _plan(truth, plan_id: str, plan: Plan) -> None:
    for pri in plan.priorities:
        truth["priorities"].append(
            {
                "id": f"{plan_id}/PR{pri.number}",
                "doc": plan_id,
                "number": str(pri.number),
                "title": pri.title,
                "outcomes": list(pri.outcomes),
            }
        )
    for key, (pri, _k, act) in action_index(plan).items():
        truth["actions"].append(
            {
                "id": f"{plan_id}/{key}",
                "doc": plan_id,
                "priority": str(pri.number),
                "number": printed_number(plan, key),
                "text": act.text,
                "items": list(act.items),
                "lead": act.lead,
                "timescale": act.by,
                "period": plan.actions_period or plan.period,
            }
        )


def _progress(truth, plan_id: str, report_id: str, report: Report, plan: Plan) -> None:
    for n, row in enumerate(report.progress, start=1):
        pid = f"{report_id}/P{n}"
        text, items = row_action(plan, row)
        truth["progress"].append(
            {
                "id": pid,
                "doc": report_id,
                "row": n,
                "action": text,
                "action_items": list(items),
                "update": " ".join(row.update.split("\n")),
                "statuses": list(row.statuses),
                "status_cell": row.status_cell,
                "reports_on": [f"{plan_id}/{k}" for k in row.actions],
            }
        )
        for key in row.actions:
            truth["links"].append({"from": f"{plan_id}/{key}", "to": pid, "kind": "reported_by"})


def _carry(truth, old_id: str, old: Plan, new_id: str, new: Plan) -> None:
    old_index = action_index(old)
    for key, (_pri, _k, act) in action_index(new).items():
        for src in act.prev:
            if src not in old_index:
                raise ValueError(f"{new_id}/{key}: no action {src} in {old_id}")
            same_text = old_index[src][2].text == act.text
            if (act.kind == "same") != same_text:
                raise ValueError(f"{new_id}/{key}: kind {act.kind} but same_text={same_text}")
            truth["links"].append(
                {"from": f"{old_id}/{src}", "to": f"{new_id}/{key}", "kind": act.kind}
            )


def _people(truth, did: str, people) -> None:
    for person in people:
        truth["people"].append({"doc": did, "name": person.name, "role": person.role})
