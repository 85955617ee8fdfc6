"""Priorities: "Priority 1: Strong Leadership" wherever it is printed, and their outcomes.

A priority label is recognised by its form, not its words: "Priority 1:", "Strategic
Priority 2 -", "PRIORITY THREE", "Priority 1" alone in a cell with the title after it.
The registry merges what plan tables, headings and report lists say about the same
priority (same number, or the same title when unnumbered).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extract.model import Source
from extract.text_rules import collapse_spaces
from nlp.findings.model import Priority

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


def parse_label(text: str, *, loose: bool = False) -> tuple[str, str] | None:
    """(number, title) of a priority label; None when `text` is not one.

    The title must follow a separator (":", "-", ".") or start with a capital letter,
    and be short (a sentence that merely starts "Priority 1 is…" is not a label).
    `loose` accepts a bare "Priority 1" (a cell or heading whose title comes next)."""
    text = collapse_spaces(text)
    m = _LABEL.match(text)
    if not m:
        return None
    number = _WORD_NUMBERS.get(m.group(1).lower(), m.group(1).upper())
    title = m.group(2).strip().strip("–—-: ").strip()
    if not title:
        return (number, "") if loose else None
    if len(title.split()) > 25 or re.match(r"^(?:is|was|are|were|has|will|of|and)\b", title):
        return None
    return number, title.rstrip(" .;")


@dataclass
class _Entry:
    number: str | None
    title: str
    source: Source
    outcomes: list[str] = field(default_factory=list)


class PriorityRegistry:
    """Priorities seen so far, merged by number (or by title when unnumbered)."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []

    def add(
        self, number: str | None, title: str, source: Source, outcomes: list[str] | None = None
    ) -> str:
        """Record a priority; return the key actions use to name it (its number, else
        its title)."""
        entry = self._find(number, title)
        if entry is None:
            entry = _Entry(number, title, source)
            self._entries.append(entry)
        elif title and not entry.title:
            entry.title = title  # the first title given is kept
        for outcome in outcomes or []:
            if outcome and all(fuzz.ratio(outcome, o) < 92 for o in entry.outcomes):
                entry.outcomes.append(outcome)
        return entry.number or entry.title

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
            Priority(e.number, e.title, tuple(e.outcomes), e.source)
            for e in self._entries
            if e.title or e.outcomes
        )
