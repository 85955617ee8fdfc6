"""The Ledger as JSON: DESIGN.md's `carryforward ledger DIR --json` contract.

    {"documents": [findings dicts...],
     "links": [{"from", "to", "kind", "score", "reason", "sentence", "decided_by"}],
     "chains": [[id, ...]],
     "gaps": [id, ...],
     "open": [{"action", "status", "progress", "period"}],
     "notes": [str, ...]}

The dataclass fields are `from_id`/`to_id`; the JSON keys are "from"/"to". Every
document's findings are included so that ids can be resolved.
"""

from __future__ import annotations

from typing import Any

from nlp.findings.serialize import findings_to_dict
from nlp.ledger.model import Ledger, Link


def link_to_dict(link: Link) -> dict[str, Any]:
    return {
        "from": link.from_id,
        "to": link.to_id,
        "kind": link.kind,
        "score": link.score,
        "reason": link.reason,
        "sentence": link.sentence,
        "decided_by": link.decided_by,
    }


def ledger_to_dict(ledger: Ledger) -> dict[str, Any]:
    return {
        "documents": [findings_to_dict(f) for f in ledger.documents],
        "links": [link_to_dict(lk) for lk in ledger.links],
        "chains": [list(c) for c in ledger.chains],
        "gaps": list(ledger.gaps),
        "open": [
            {
                "action": s.action_id,
                "status": s.status,
                "progress": s.progress_id,
                "period": s.period,
            }
            for s in ledger.open
        ],
        "notes": list(ledger.notes),
    }
