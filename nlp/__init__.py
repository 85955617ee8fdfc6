"""Document → Findings: what a document says about priorities, actions and progress."""

from __future__ import annotations

from extract.model import Document
from nlp.findings import to_findings
from nlp.model import Findings
from nlp.pipeline import run

__all__ = ["find"]


def find(document: Document) -> Findings:
    """Everything the nlp stage finds in one document (the spaCy Doc is built, every
    component runs over it, and its spans are turned into the contract's items)."""
    return to_findings(document, run(document))
