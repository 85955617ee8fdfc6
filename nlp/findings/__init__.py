"""Document → Findings: what one document says about priorities, actions and progress.

`find` is the entry point: the spaCy pipeline (`pipeline`) runs our components over
the document's lines, and `assemble` turns the Doc's spans into the contract's items
(`model`).
"""

from __future__ import annotations

from extract.model import Document
from nlp.findings.assemble import to_findings
from nlp.findings.model import Findings
from nlp.findings.pipeline import run

__all__ = ["find"]


def find(document: Document, chunk_chars: int | None = None) -> Findings:
    """Everything the nlp stage finds in one document (the spaCy Doc is built, every
    component runs over it, and its spans are turned into the contract's items).
    A document of any length is read whole; `chunk_chars` is the longest piece of its
    text tokenised at once (default spaCy's `max_length`)."""
    return to_findings(document, run(document, chunk_chars))
