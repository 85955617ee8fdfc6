"""Priorities: "Priority 1: Strong Leadership" wherever it is printed, and their outcomes.

A priority label is recognised by its form, not its words: "Priority 1:", "Strategic
Priority 2 -", "PRIORITY THREE", "Priority 1" alone in a cell with the title after it,
and, while a document is read (`reading_labels`), any label phrase the document uses
as a sequence ("Theme 1 … Theme 4", "Aim A, Aim B") and its numbered priority headings
(`labels.py`). The registry merges what plan tables, headings and report lists say
about the same priority (same number, or the same title when unnumbered), and gives
each priority a `Reading`: how sure, and the cue (label, list, table) that found it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extract.model import Block, Source, Table
from extract.text_rules import collapse_spaces
from nlp.findings.labels import Schemes, scan, shape
from nlp.findings.model import Priority, Reading
from nlp.findings.text import split_number

_WORD_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
_LABEL = re.compile(
    r"^\s*(?:(?:our|key|strategic|board|business)\s+)?priority\s*"
    r"(?:no\.?\s*)?(\d{1,2}|[A-Z]\d?|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"\s*(?:[:.\-–—)]\s*|\s+(?=[A-Z]))?(.*)$",
    re.I | re.S,
)


@dataclass
class _Labels:
    schemes: Schemes
    in_tables: frozenset[Source] = frozenset()
    """Sources of table rows and cells (a priority read from a table says so)."""
    words: dict[tuple[str, str], str] = field(default_factory=dict)
    """(number, title) → the label phrase that printed it ("" for a numbered heading)."""


_CURRENT: ContextVar[_Labels | None] = ContextVar("carryforward_labels", default=None)


@contextmanager
def reading_labels(blocks: tuple[Block, ...]) -> Iterator[Schemes]:
    """While a document is read, `parse_label` also knows its own label schemes."""
    cells = {
        src
        for b in blocks
        if isinstance(b, Table)
        for row in b.rows
        for src in (row.source, *(c.source for c in row.cells))
    }
    state = _Labels(scan(blocks), frozenset(cells))
    token = _CURRENT.set(state)
    try:
        yield state.schemes
    finally:
        _CURRENT.reset(token)


def parse_label(text: str, *, loose: bool = False) -> tuple[str, str] | None:
    """(number, title) of a priority label; None when `text` is not one.

    The title must follow a separator (":", "-", ".") or start with a capital letter,
    and be short (a sentence that merely starts "Priority 1 is…" is not a label).
    `loose` accepts a bare "Priority 1" (a cell or heading whose title comes next)."""
    text = collapse_spaces(text)
    m = _LABEL.match(text)
    if not m:
        return _scheme_label(text, loose=loose)
    number = _WORD_NUMBERS.get(m.group(1).lower(), m.group(1).upper())
    title = m.group(2).strip().strip("–—-: ").strip()
    if not title:
        return (number, "") if loose else None
    if len(title.split()) > 25 or re.match(r"^(?:is|was|are|were|has|will|of|and)\b", title):
        return None
    return number, title.rstrip(" .;")


def _scheme_label(text: str, *, loose: bool) -> tuple[str, str] | None:
    """A label of one of the document's own schemes ("Theme 3: …", "2 Neglect")."""
    state = _CURRENT.get()
    if state is None:
        return None
    if text in state.schemes.bare:
        number, title = split_number(text)
        if number is None:
            number, _, title = text.partition(" ")
        number = number.rstrip(".)")
        state.words[(number, title)] = ""
        return number, title
    label = shape(text)
    if label is None or label.word not in state.schemes.words:
        return None
    if not label.title and not loose:
        return None
    if len(label.title.split()) > 25:
        return None
    state.words[(label.number, label.title)] = label.word
    return label.number, label.title


def label_cue(number: str | None, title: str) -> Reading | None:
    """How a labelled priority was found: the label and the sequence it is part of."""
    state = _CURRENT.get()
    if state is None or number is None:
        return None
    word = state.words.get((number, title))
    if word is None:
        return None
    cue = state.schemes.cues.get(word, "")
    if word == "":
        return Reading(0.75, f"numbered heading '{number} {title}' ({cue})")
    return Reading(0.85, f"label '{word.title()} {number}' ({cue})")


@dataclass
class _Entry:
    number: str | None
    title: str
    source: Source
    outcomes: list[str] = field(default_factory=list)
    reading: Reading | None = None


class PriorityRegistry:
    """Priorities seen so far, merged by number (or by title when unnumbered)."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []

    def add(
        self,
        number: str | None,
        title: str,
        source: Source,
        outcomes: list[str] | None = None,
        reading: Reading | None = None,
    ) -> str:
        """Record a priority; return the key actions use to name it (its number, else
        its title). Without a `reading`, the cue is the label that printed it, or the
        table it sits in."""
        entry = self._find(number, title)
        if entry is None and self._cut_by_page(number, title, source):
            last = self._entries[-1]
            last.title = collapse_spaces(f"{last.title} {title}")
            return last.number or last.title
        if entry is None:
            entry = _Entry(number, title, source)
            self._entries.append(entry)
        elif title and not entry.title:
            entry.title = title  # the first title given is kept
        if title and (entry.reading is None or reading is not None):
            entry.reading = reading or _default_reading(number, title, source)
        for outcome in outcomes or []:
            if outcome and all(fuzz.ratio(outcome, o) < 92 for o in entry.outcomes):
                entry.outcomes.append(outcome)
        return entry.number or entry.title

    def _cut_by_page(self, number: str | None, title: str, source: Source) -> bool:
        """An unnumbered title on the page after a numbered one, where every priority so
        far is numbered: the rest of a priority cell a page break cut ("Theme 2:
        Learning from" | "Reviews"). A guess about PDF tables."""
        if number is not None or not title or not self._entries:
            return False
        last = self._entries[-1]
        page, last_page = source.page, last.source.page
        if page is None or last_page is None or page != last_page + 1:
            return False
        return all(e.number for e in self._entries) and len(title.split()) <= 4

    def extend_last_outcome(self, key: str, text: str) -> None:
        entry = self._find(key, key)
        if entry and entry.outcomes:
            entry.outcomes[-1] = collapse_spaces(entry.outcomes[-1] + " " + text)

    def _find(self, number: str | None, title: str) -> _Entry | None:
        for e in self._entries:
            if number and e.number == number:
                return e
            if not number and title and fuzz.ratio(e.title.lower(), title.lower()) >= 90:
                return e
        return None

    def __len__(self) -> int:
        return len(self._entries)

    def priorities(self) -> tuple[Priority, ...]:
        return tuple(
            Priority(e.number, e.title, tuple(e.outcomes), e.source, e.reading)
            for e in self._entries
            if e.title or e.outcomes
        )


def _default_reading(number: str | None, title: str, source: Source) -> Reading:
    state = _CURRENT.get()
    if state is not None and source in state.in_tables:
        return Reading(0.9, "priority column of the plan table")
    found = label_cue(number, title)
    if found is not None:
        return found
    if number is not None:
        return Reading(0.95, f"label 'Priority {number}'")
    return Reading(0.6, "unnumbered priority heading")
