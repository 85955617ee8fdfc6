"""Why a sentence carried forward from last year may no longer be true: it tells of a
one-off event of last year ("In October 2017 the Board held…"), or names someone a
source says has left ("has moved to a regional role", the author's "final report").
The draft keeps such sentences in its text and marks them for revision with a note
(a Word comment), never with words in the text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from drafting.build.index import label
from nlp.findings.model import Findings
from nlp.periods import DATE_RANGE, parse_period
from nlp.sentences import split_sentences

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(" + MONTHS + r")\s+((?:19|20)\d{2})\b")
_LEFT = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|since\s+)?(?:left|retired|moved\s+(?:on\s+)?to|"
    r"stepped\s+down|stood\s+down|taken\s+up\s+a\s+(?:new\s+)?(?:post|role))\b"
    r"|\b(?:left|leaves|leaving)\s+(?:the|our|his|her)\s+(?:Board|Partnership|Council|"
    r"service|organisation|post|role|force)\b"
    r"|\bretir(?:ed|es|ing)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Departure:
    """Someone a source says has left, with the words that say so."""

    name: str
    quote: str
    document: str


def last_years_event(sentence: str, old: str) -> str | None:
    """The month and year of an event of period `old` (or before) the sentence tells of
    ("October 2017"); the report's own date range does not count."""
    parsed = parse_period(old)
    if parsed is None:
        return None
    own = DATE_RANGE.sub(
        lambda m: " " if (int(m.group(2)), int(m.group(4))) == parsed else m.group(0), sentence
    )
    for m in _DATED.finditer(own):
        if int(m.group(2)) <= parsed[1]:
            return m.group(0)
    return None


def departures(documents: Iterable[Findings]) -> dict[str, Departure]:
    """Everyone the documents say has left, by name."""
    found: dict[str, Departure] = {}
    for findings in documents:
        names = {p.name for p in findings.people}
        for sec in findings.sections:
            for sentence in split_sentences(sec.text):
                if not _LEFT.search(sentence):
                    continue
                for name in names:
                    if name in sentence and name not in found:
                        found[name] = Departure(name, sentence, label(findings))
    return found


def event_note(when: str, new: str) -> str:
    return f"Tells of {when}, last year: revise it for {new} or delete it."


def departure_note(departure: Departure) -> str:
    return (
        f"{departure.name} has left ({departure.document}: “{departure.quote}”): "
        "revise or delete this sentence."
    )
