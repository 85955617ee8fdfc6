"""The Ledger: one board's documents linked across years.

Field names follow the JSON contract in DESIGN.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from nlp.findings.model import Findings, Status

LinkKind = Literal["same", "reworded", "split", "merged", "reported_by", "evidence"]


@dataclass(frozen=True)
class Link:
    from_id: str
    to_id: str
    kind: LinkKind
    score: float
    reason: str
    sentence: str | None = None
    """For `evidence` links: the sentence that speaks to the action."""
    decided_by: str | None = None
    """Set when a person confirmed or added the link."""


@dataclass(frozen=True)
class ActionStatus:
    """The latest known status of a chain of actions, carried to its latest action."""

    action_id: str
    status: Status
    progress_id: str | None
    period: str | None
    """The period of the report whose progress row gave the status."""


@dataclass(frozen=True)
class Ledger:
    documents: tuple[Findings, ...]
    links: tuple[Link, ...]
    chains: tuple[tuple[str, ...], ...]
    gaps: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    open: tuple[ActionStatus, ...] = ()
    """Chains whose latest status is not `complete`: carried forward."""
