"""Findings as JSON: `extract.codec.encode` under the name the document reader
(`service.reader`) calls; everything else encodes with the codec directly."""

from __future__ import annotations

from typing import Any

from extract.codec import encode
from nlp.findings.model import Findings


def findings_to_dict(findings: Findings) -> dict[str, Any]:
    data: dict[str, Any] = encode(findings)
    return data
