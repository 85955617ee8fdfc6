"""Findings and Ledger as JSON, with the field names of DESIGN.md's contract."""

from __future__ import annotations

from typing import Any

from extract.model import to_dict
from nlp.findings.model import Findings


def findings_to_dict(findings: Findings) -> dict[str, Any]:
    data: dict[str, Any] = to_dict(findings)
    return data
