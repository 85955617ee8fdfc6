"""Reader results as JSON and back, through the one codec (`extract.codec`).

Results cross process boundaries as JSON (the forked child's pipe, the service's reader
process, a pool or Dask worker, the batch cache). `nlp` is imported only when findings
are encoded or decoded: a refused file never needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extract.codec import decode, encode
from extract.model import Document

if TYPE_CHECKING:
    from nlp.findings.model import Findings


def encode_findings(findings: Findings) -> dict[str, Any]:
    data: dict[str, Any] = encode(findings)
    return data


def decode_findings(data: dict[str, Any]) -> Findings:
    from nlp.findings.model import Findings

    return decode(Findings, data)


def encode_document(document: Document) -> dict[str, Any]:
    data: dict[str, Any] = encode(document)
    return data


def decode_document(data: dict[str, Any]) -> Document:
    return decode(Document, data)
