"""Many `Findings` of one board → one `Ledger`: action lineage across plans, progress
rows reporting on actions, evidence, gaps, and the decisions people made.

`build_ledger` is the entry point; the names here are what callers need. Inside:
`score` (pairwise scores), `assign` (one-to-one assignment), `split` (split and merge
by coverage), `evidence`, `dedupe` (PDF and Word copies), `period` (the year a plan's
actions are for, document order), `status` (chains, gaps, open actions), `decisions`,
`json` (the contract).
"""

from __future__ import annotations

from nlp.ledger.build import build_ledger
from nlp.ledger.decisions import LedgerDecision, decide, load_decisions, save_decisions
from nlp.ledger.json import ledger_to_dict, link_to_dict
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
    "ledger_to_dict",
    "link_to_dict",
    "load_decisions",
    "reports_of",
    "save_decisions",
]
