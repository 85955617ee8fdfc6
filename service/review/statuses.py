"""The Chair's review of the statuses in a draft's progress appendix.

Each appendix row with an update carries the status the tool inferred from it, with
the cue that decided it: a *suggested* status. The Chair accepts it, or rejects it and
either chooses the status it should be or leaves it "to confirm" (the .docx then says
so, highlighted, instead of printing the rejected status as if it were confirmed).

Decisions are kept in the stored content beside the sentence verdicts, under
`status_review`, keyed by row index: `{"verdict", "status", "by"}`, where `verdict` is
`accepted`, `rejected` or `set` (a status chosen for a row that had no suggestion, a
gap), and `status` is the status the row now has (`null`: to confirm). The drafted row
keeps the suggestion, so the page can show what was rejected.

Pure functions over the stored content; `service.review.drafts` versions every change.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from drafting.build.appendix import STATUS_LABELS, status_counts
from drafting.model import AppendixRow, Draft
from extract.errors import BadRequest, NotFound
from nlp.findings.model import Status

KEY = "status_review"
STATUSES: tuple[Status, ...] = ("complete", "in_progress", "planned", "delayed", "unknown")


def suggestion_id(index: int) -> str:
    return f"r{index}.status"


def decide(
    content: dict[str, Any], index: int, verdict: str, status: str | None, by: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Record `verdict` (accepted, rejected) on row `index`'s suggested status; on
    reject, `status` is the one chosen instead (None: to confirm). Returns the row's
    (before, after) for the version history. Raises before changing anything."""
    row = _row(content, index)
    if row["gap"]:
        raise BadRequest(
            f"appendix row {index} has no suggested status (nothing was found for it); "
            "set its status by editing the row"
        )
    if verdict == "accepted" and status is not None:
        raise BadRequest("accept takes no `status`; to choose another status, reject with it")
    if status is not None:
        _check(status)
        if status == row["status"]:
            raise BadRequest(
                f"{status} is the suggested status of appendix row {index}; accept it instead"
            )
    chosen = row["status"] if verdict == "accepted" else status
    return _store(content, index, {"verdict": verdict, "status": chosen, "by": by})


def set_by_edit(
    content: dict[str, Any], index: int, status: str, by: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A status chosen by editing row `index`: it settles the row's suggestion."""
    row = _row(content, index)
    _check(status)
    settled = "accepted" if status == row["status"] else "rejected"
    verdict = "set" if row["gap"] else settled
    return _store(content, index, {"verdict": verdict, "status": status, "by": by})


def written_into_gap(content: dict[str, Any], index: int, by: str) -> None:
    """An update a person wrote into gap row `index`: the tool suggested no status for
    it, so its status is to be set (not the gap's leftover "not known" as a suggestion),
    unless a status was already chosen."""
    decisions = content.setdefault(KEY, {})
    if str(index) not in decisions:
        decisions[str(index)] = {"verdict": "set", "status": None, "by": by}


def now(content: dict[str, Any], index: int) -> dict[str, Any]:
    """Row `index`'s status as the draft reads now and its review state."""
    decision = content.get(KEY, {}).get(str(index))
    if decision is None:
        return {"status": _row(content, index)["status"], "state": "pending"}
    return {"status": decision["status"], "state": decision["verdict"]}


def suggestions(content: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row's suggested status (gaps have none) and where its review stands."""
    decisions = content.get(KEY, {})
    out = []
    for index, row in enumerate(content["draft"]["rows"]):
        if row["gap"]:
            continue
        decision = decisions.get(str(index), {})
        out.append(
            {
                "id": suggestion_id(index),
                "row": index,
                "number": row["number"],
                "suggested": row["status"],
                "cue": row["status_cue"],
                "state": decision.get("verdict", "pending"),
                "status": decision["status"] if decision else row["status"],
                "by": decision.get("by"),
            }
        )
    return out


def pending(content: dict[str, Any]) -> int:
    return sum(1 for s in suggestions(content) if s["state"] == "pending")


def apply(draft: Draft, content: dict[str, Any]) -> Draft:
    """The draft with the review's statuses in its rows (and its charts counted again)."""
    decisions = content.get(KEY, {})
    if not decisions:
        return draft
    rows = tuple(_reviewed(r, decisions.get(str(i))) for i, r in enumerate(draft.rows))
    return replace(draft, rows=rows, charts=status_counts(rows))


def _reviewed(row: AppendixRow, decision: dict[str, Any] | None) -> AppendixRow:
    if decision is None:
        return row
    by, suggested = decision["by"], f"suggested “{STATUS_LABELS[row.status]}”"
    if decision["status"] is None and decision["verdict"] == "set":
        cue = f"update written by {by}; status not set yet"
        return replace(row, status="unknown", status_review="to_confirm", status_cue=cue)
    if decision["status"] is None:
        cue = f"{suggested} ({row.status_cue}) rejected by {by}"
        return replace(row, status="unknown", status_review="to_confirm", status_cue=cue)
    if decision["verdict"] == "accepted":
        cue = f"{row.status_cue}; confirmed by {by}"
    elif decision["verdict"] == "rejected":
        cue = f"set by {by}; {suggested} rejected"
    else:
        cue = f"set by {by}"
    return replace(row, status=decision["status"], status_review="confirmed", status_cue=cue)


def _store(
    content: dict[str, Any], index: int, decision: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    before = now(content, index)
    content.setdefault(KEY, {})[str(index)] = decision
    return before, now(content, index)


def _row(content: dict[str, Any], index: int) -> dict[str, Any]:
    rows = content["draft"]["rows"]
    if not 0 <= index < len(rows):
        raise NotFound(f"there is no appendix row {index} (this draft has {len(rows)})")
    row: dict[str, Any] = rows[index]
    return row


def _check(status: str) -> None:
    if status not in STATUSES:
        raise BadRequest(f"status must be one of {', '.join(STATUSES)} (not {status!r})")
