"""The one place reader results become JSON and back.

Results cross process boundaries as JSON (the forked child's pipe, the service's reader
process, a pool or Dask worker, the batch cache), and only these four functions encode
or decode them: swapping the codec is an edit here.
"""

from __future__ import annotations

from typing import Any

from extract.model import Document
from nlp.findings.model import Findings


def encode_findings(findings: Findings) -> dict[str, Any]:
    from nlp.findings.serialize import findings_to_dict

    return findings_to_dict(findings)


def decode_findings(data: dict[str, Any]) -> Findings:
    from service.web.codec import findings_from_dict

    return findings_from_dict(data)


def encode_document(document: Document) -> dict[str, Any]:
    from extract.model import to_dict

    data: dict[str, Any] = to_dict(document)
    return data


def decode_document(data: dict[str, Any]) -> Document:
    from service.web.codec import from_dict

    return from_dict(Document, data)
