"""The Chair's review of the statuses in a draft's progress appendix.

Each appendix row with an update carries the status the tool inferred from it, with
the cue that decided it: a *suggested* status. The Chair accepts it, or rejects it and
either chooses the status it should be or leaves it "to confirm" (the .docx then says
so, highlighted, instead of printing the rejected status as if it were confirmed).

Decisions are kept in the content beside the sentence verdicts, in `status_review`,
keyed by row index: a `StatusDecision` (`verdict` accepted, rejected or set, and the
`status` the row now has, None: to confirm). The drafted row keeps the suggestion, so
the page can show what was rejected.

Pure functions over the typed `DraftContent`; `service.review.drafts` versions every
change.
"""

from __future__ import annotations

from dataclasses import replace

from drafting.build.appendix import STATUS_LABELS, status_counts
from drafting.model import AppendixRow, Draft
from extract.errors import BadRequest, NotFound
from nlp.findings.model import Status
from service.review.content import (
    DraftContent,
    RowStatus,
    StatusDecision,
    StatusSuggestion,
    StatusVerdict,
)

STATUSES: tuple[Status, ...] = ("complete", "in_progress", "planned", "delayed", "unknown")


def suggestion_id(index: int) -> str:
    return f"r{index}.status"


def decide(
    content: DraftContent, index: int, verdict: str, status: str | None, by: str
) -> tuple[DraftContent, RowStatus, RowStatus]:
    """Record `verdict` (accepted, rejected) on row `index`'s suggested status; on
    reject, `status` is the one chosen instead (None: to confirm). Returns the content
    and the row's status before and after, for the version history. Raises before
    changing anything."""
    row = _row(content, index)
    if row.gap:
        raise BadRequest(
            f"appendix row {index} has no suggested status (nothing was found for it); "
            "set its status by editing the row"
        )
    if verdict == "accepted" and status is not None:
        raise BadRequest("accept takes no `status`; to choose another status, reject with it")
    if status is not None:
        status = _check(status)
        if status == row.status:
            raise BadRequest(
                f"{status} is the suggested status of appendix row {index}; accept it instead"
            )
    chosen = row.status if verdict == "accepted" else status
    decided = _store(content, index, StatusDecision(_verdict(verdict), chosen, by))
    return decided, now(content, index), now(decided, index)


def set_by_edit(content: DraftContent, index: int, status: str, by: str) -> DraftContent:
    """A status chosen by editing row `index`: it settles the row's suggestion."""
    row = _row(content, index)
    chosen = _check(status)
    settled: StatusVerdict = "accepted" if chosen == row.status else "rejected"
    verdict: StatusVerdict = "set" if row.gap else settled
    return _store(content, index, StatusDecision(verdict, chosen, by))


def written_into_gap(content: DraftContent, index: int, by: str) -> DraftContent:
    """An update a person wrote into gap row `index`: the tool suggested no status for
    it, so its status is to be set (not the gap's leftover "not known" as a suggestion),
    unless a status was already chosen."""
    if str(index) in content.status_review:
        return content
    return _store(content, index, StatusDecision("set", None, by))


def now(content: DraftContent, index: int) -> RowStatus:
    """Row `index`'s status as the draft reads now and its review state."""
    decision = content.status_review.get(str(index))
    if decision is None:
        return RowStatus(_row(content, index).status, "pending")
    return RowStatus(decision.status, decision.verdict)


def suggestions(content: DraftContent) -> list[StatusSuggestion]:
    """Every row's suggested status (gaps have none) and where its review stands."""
    out = []
    for index, row in enumerate(content.draft.rows):
        if row.gap:
            continue
        decision = content.status_review.get(str(index))
        out.append(
            StatusSuggestion(
                id=suggestion_id(index),
                row=index,
                number=row.number,
                suggested=row.status,
                cue=row.status_cue,
                state=decision.verdict if decision else "pending",
                status=decision.status if decision else row.status,
                by=decision.by if decision else None,
            )
        )
    return out


def pending(content: DraftContent) -> int:
    return sum(1 for s in suggestions(content) if s.state == "pending")


def apply(draft: Draft, content: DraftContent) -> Draft:
    """The draft with the review's statuses in its rows (and its charts counted again)."""
    decisions = content.status_review
    if not decisions:
        return draft
    rows = tuple(_reviewed(r, decisions.get(str(i))) for i, r in enumerate(draft.rows))
    return replace(draft, rows=rows, charts=status_counts(rows))


def _reviewed(row: AppendixRow, decision: StatusDecision | None) -> AppendixRow:
    if decision is None:
        return row
    by, suggested = decision.by, f"suggested “{STATUS_LABELS[row.status]}”"
    if decision.status is None and decision.verdict == "set":
        cue = f"update written by {by}; status not set yet"
        return replace(row, status="unknown", status_review="to_confirm", status_cue=cue)
    if decision.status is None:
        cue = f"{suggested} ({row.status_cue}) rejected by {by}"
        return replace(row, status="unknown", status_review="to_confirm", status_cue=cue)
    if decision.verdict == "accepted":
        cue = f"{row.status_cue}; confirmed by {by}"
    elif decision.verdict == "rejected":
        cue = f"set by {by}; {suggested} rejected"
    else:
        cue = f"set by {by}"
    return replace(row, status=decision.status, status_review="confirmed", status_cue=cue)


def _store(content: DraftContent, index: int, decision: StatusDecision) -> DraftContent:
    return replace(content, status_review={**content.status_review, str(index): decision})


def _row(content: DraftContent, index: int) -> AppendixRow:
    rows = content.draft.rows
    if not 0 <= index < len(rows):
        raise NotFound(f"there is no appendix row {index} (this draft has {len(rows)})")
    return rows[index]


def _check(status: str) -> Status:
    for known in STATUSES:
        if status == known:
            return known
    raise BadRequest(f"status must be one of {', '.join(STATUSES)} (not {status!r})")


def _verdict(verdict: str) -> StatusVerdict:
    if verdict == "accepted":
        return "accepted"
    return "rejected"
