"""Document → Findings: what a document says about priorities, actions and progress."""

from __future__ import annotations

from extract.model import Document
from nlp.model import DocumentInfo, Findings
from nlp.sections import find_sections

__all__ = ["find"]


def find(document: Document) -> Findings:
    """Everything the nlp stage finds in one document."""
    info = DocumentInfo(
        file=document.file,
        sha256=document.sha256,
        format=document.format,
        pages=document.pages,
        title=document.title,
        board=None,
        kind="other",
        period=None,
    )
    return Findings(document=info, sections=find_sections(document))
