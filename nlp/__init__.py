"""The nlp stage: `find` (Document → Findings, in `nlp.findings`) and the ledger
(many Findings → Ledger, in `nlp.ledger`), with the reading of periods both share
(`nlp.periods`)."""

from __future__ import annotations

from nlp.findings import find

__all__ = ["find"]
