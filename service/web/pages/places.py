"""Word places named as a Word user finds them: the section heading a paragraph sits
under and the paragraph's first words ("under “3.3 Governance”, the paragraph
beginning “The Quality, Impact…”"), or the table under a heading and its row, never
a block index ("Word paragraph 59")."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from nlp.findings.model import Findings
from service.web.store.scope import BoardScope

FIRST_WORDS = 6

Headings = list[tuple[int, str]]
"""A Word document's headings: (the paragraph index each starts at, its words)."""


def word_headings(scope: BoardScope) -> dict[str, Headings]:
    """Each Word document's headings by its sha256, from its stored findings."""
    return {
        f.document.sha256: headings_of(f)
        for f in scope.all_findings().values()
        if f.document.format == "docx"
    }


def headings_of(findings: Findings) -> Headings:
    """A Word document's headings (none for a PDF: its places are pages)."""
    if findings.document.format != "docx":
        return []
    heads = {
        s.source.paragraph: " ".join(p for p in (s.number, s.heading) if p)
        for s in findings.sections
        if s.source.paragraph is not None and s.heading
    }
    return sorted(heads.items())


def word_place(places: dict[str, Headings], source: dict[str, Any], quote: str | None) -> str:
    """Where in the Word document `source` is, in words (see the module docstring)."""
    heads = places.get(str(source.get("sha256")), [])
    paragraph = source.get("paragraph")
    under = ""
    if heads and isinstance(paragraph, int):
        at = bisect_right([p for p, _ in heads], paragraph) - 1
        if at >= 0:
            under = f"under \u201c{heads[at][1]}\u201d"
    if source.get("table") is not None:
        row = source.get("row")
        table = f"the table {under}".strip()
        return f"{table}, row {row}" if row is not None else table
    words = " ".join(str(quote or "").split()[:FIRST_WORDS])
    begins = f"the paragraph beginning \u201c{words}\u2026\u201d" if words else "a paragraph"
    return f"{under}, {begins}" if under else begins
