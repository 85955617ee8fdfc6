"""What the API (and the draft page's JSON twin) shows of a draft: its summary, the
draft as it reads now with its suggestions, and its versions. Typed, so that the API
declares them as response models; `extract.codec.encode` makes them JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from drafting.model import AppendixRow, Draft
from service.review import drafts
from service.review import statuses as draft_statuses
from service.review.content import StatusSuggestion, Suggestion
from service.web.store.tables import DraftRow, DraftVersion, User


@dataclass(frozen=True)
class DraftSummary:
    id: int
    board: int
    title: str
    period: str
    status: str
    """draft or approved."""
    version: int
    created_at: str
    approved_at: str | None


@dataclass(frozen=True)
class DraftDetail(DraftSummary):
    draft: Draft
    """As it reads now: rejected sentences left out, reviewed statuses in."""
    suggestions: tuple[Suggestion, ...]
    status_suggestions: tuple[StatusSuggestion, ...]
    removed_rows: tuple[AppendixRow, ...] = ()
    """Progress appendix rows a person removed in Word, as they read then."""


@dataclass(frozen=True)
class VersionOut:
    number: int
    by: str | int
    """Who made it: their email (their user id once they are gone)."""
    at: str
    change: dict[str, Any]
    """What changed: {"action", "where", "before", "after"} (free-form JSON)."""


def summary(row: DraftRow) -> DraftSummary:
    return DraftSummary(
        id=row.id,
        board=row.board_id,
        title=row.title,
        period=row.period,
        status=row.status,
        version=row.version,
        created_at=row.created_at.isoformat(),
        approved_at=row.approved_at.isoformat() if row.approved_at else None,
    )


def detail(row: DraftRow) -> DraftDetail:
    content = drafts.content_of(row)
    return DraftDetail(
        **vars(summary(row)),
        draft=drafts.effective(content),
        suggestions=tuple(drafts.suggestions(content)),
        status_suggestions=tuple(draft_statuses.suggestions(content)),
        removed_rows=content.removed_rows,
    )


def version(v: DraftVersion, users: dict[int, User]) -> VersionOut:
    user = users.get(v.user_id)
    return VersionOut(
        number=v.number, by=user.email if user else v.user_id, at=v.at.isoformat(), change=v.change
    )
