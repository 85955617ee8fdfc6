"""Sources numbered once per draft, for the HTML and Markdown writers: each sentence
points at its sources by number; the list at the end names document, place and
words, and links to the file (PDF pages by `#page=N`)."""

from __future__ import annotations

from dataclasses import dataclass

from drafting.model import Cite, Draft, Sentence
from drafting.writers.docx.comments import where


@dataclass(frozen=True)
class SourceEntry:
    number: int
    document: str
    file: str
    where: str
    quote: str
    href: str


class Citations:
    def __init__(self) -> None:
        self._numbers: dict[Cite, int] = {}
        self.entries: list[SourceEntry] = []

    def number(self, cite: Cite) -> int:
        if cite not in self._numbers:
            n = len(self._numbers) + 1
            self._numbers[cite] = n
            self.entries.append(
                SourceEntry(
                    n, cite.document, cite.source.file, where(cite.source), cite.quote, href(cite)
                )
            )
        return self._numbers[cite]

    def numbers(self, sentence: Sentence) -> list[int]:
        return [self.number(c) for c in sentence.cites]


def href(cite: Cite) -> str:
    source = cite.source
    if source.page is not None:
        return f"{source.file}#page={source.page}"
    if source.paragraph is not None:
        return f"{source.file}#paragraph-{source.paragraph + 1}"
    if source.table is not None:
        return f"{source.file}#table-{source.table + 1}"
    return source.file


def collect(draft: Draft) -> Citations:
    """Number every source in reading order of the draft."""
    citations = Citations()
    for section in draft.sections:
        if section.source:
            citations.number(section.source)
        for para in section.paragraphs:
            for sentence in para.sentences:
                citations.numbers(sentence)
    for priority in draft.plan:
        citations.number(priority.cite)
        for _n, _t, cite in priority.actions:
            if cite is not None:
                citations.number(cite)
    for row in draft.rows:
        for cite in row.cites:
            citations.number(cite)
    for item in draft.checklist:
        for cite in (*item.where, *item.last_year):
            citations.number(cite)
    return citations
