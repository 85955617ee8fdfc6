"""Many `Findings` of one board → one `Ledger`: action lineage across plans, progress
rows reporting on actions, evidence, gaps, and the decisions people made.

`build_ledger` is the entry point; the names here are what callers need. Inside:
`score` (pairwise scores), `assign` (one-to-one assignment), `split` (split and merge
by coverage), `evidence`, `dedupe` (PDF and Word copies), `period`, `status` (chains,
gaps, open actions), `decisions`; `model` holds the types and their JSON contract
(encoded and decoded by `extract.codec`).
"""

from __future__ import annotations

from nlp.ledger.build import build_ledger
from nlp.ledger.decisions import LedgerDecision, decide, load_decisions, save_decisions
from nlp.ledger.model import ActionStatus, Ledger, Link, LinkKind
from nlp.ledger.period import action_year
from nlp.ledger.status import reports_of

__all__ = [
    "ActionStatus",
    "Ledger",
    "LedgerDecision",
    "Link",
    "LinkKind",
    "action_year",
    "build_ledger",
    "decide",
    "load_decisions",
    "reports_of",
    "save_decisions",
]
