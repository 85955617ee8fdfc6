"""A stored draft's content, typed: the `Draft` as drafted and the Chair's review of it.

Stored as JSON in `drafts.content` (and each version's copy) through `extract.codec`:

    {"draft": {...the Draft...},
     "review": {<suggestion id>: "accepted" | "rejected"},
     "status_review": {<row index>: {"verdict", "status", "by"}},
     "removed_rows": [...appendix rows a person removed, as they read then...]}

(`status_review` and `removed_rows` are left out while empty, as they always were.) `load` is
the one place stored content is decoded, `dump` the one place it is encoded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from drafting.model import AppendixRow, Draft, SentenceKind
from extract.codec import decode, encode
from nlp.findings.model import Status

Verdict = Literal["accepted", "rejected"]
StatusVerdict = Literal["accepted", "rejected", "set"]
"""`set`: a status chosen for a row that had no suggestion (a gap)."""


@dataclass(frozen=True)
class StatusDecision:
    verdict: StatusVerdict
    status: Status | None
    """The status the row now has (None: to confirm)."""
    by: str


@dataclass(frozen=True)
class DraftContent:
    draft: Draft
    review: dict[str, Verdict] = field(default_factory=dict)
    """Verdicts on drafted sentences, by suggestion id."""
    status_review: dict[str, StatusDecision] = field(default_factory=dict)
    """Decisions on the appendix rows' suggested statuses, by row index (as text)."""
    removed_rows: tuple[AppendixRow, ...] = ()
    """Progress appendix rows a person removed (in Word), kept as they read then: not
    printed, and left out again when the draft is regenerated."""


@dataclass(frozen=True)
class Suggestion:
    """A drafted sentence as the review lists it."""

    id: str
    where: str
    text: str
    kind: SentenceKind
    cites: int
    state: str
    """pending, accepted or rejected."""


@dataclass(frozen=True)
class RowStatus:
    """An appendix row's status as the draft reads now, and where its review stands."""

    status: Status | None
    state: str
    """pending, or the decision's verdict."""


@dataclass(frozen=True)
class StatusSuggestion:
    """An appendix row's suggested status and its review."""

    id: str
    row: int
    number: str
    suggested: Status
    cue: str
    state: str
    status: Status | None
    by: str | None


def load(data: dict[str, Any]) -> DraftContent:
    return decode(DraftContent, data)


def dump(content: DraftContent) -> dict[str, Any]:
    data: dict[str, Any] = encode(content)
    for empty in ("status_review", "removed_rows"):
        if not data[empty]:
            del data[empty]
    return data
