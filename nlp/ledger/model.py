"""The Ledger: one board's documents linked across years.

Field names follow DESIGN.md's `carryforward ledger DIR --json` contract, which
`extract.codec` encodes and decodes:

    {"documents": [findings...],
     "links": [{"from", "to", "kind", "score", "reason", "sentence", "decided_by"}],
     "chains": [[id, ...]],
     "gaps": [id, ...],
     "open": [{"action", "status", "progress", "period"}],
     "notes": [str, ...]}

A field whose JSON name differs declares it as its alias (a link's `from_id` is
"from"). Every document's findings are included so that ids can be resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import Field

from nlp.findings.model import Findings, Status

LinkKind = Literal["same", "reworded", "split", "merged", "reported_by", "evidence"]


@dataclass(frozen=True)
class Link:
    from_id: Annotated[str, Field(alias="from")]
    to_id: Annotated[str, Field(alias="to")]
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

    action_id: Annotated[str, Field(alias="action")]
    status: Status
    progress_id: Annotated[str | None, Field(alias="progress")]
    period: str | None
    """The period of the report whose progress row gave the status."""


@dataclass(frozen=True)
class Ledger:
    documents: tuple[Findings, ...]
    links: tuple[Link, ...]
    chains: tuple[tuple[str, ...], ...]
    gaps: tuple[str, ...] = ()
    open: tuple[ActionStatus, ...] = ()
    """Chains whose latest status is not `complete`: carried forward."""
    notes: tuple[str, ...] = field(default=())
