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


def event_note(when: str, new: str, old: str = "") -> str:
    parsed = parse_period(old) if old else None
    earlier = parsed is not None and int(when.split()[-1]) < parsed[0]
    return f"Tells of {when}{'' if earlier else ', last year'}: revise it for {new} or delete it."


def departure_note(departure: Departure) -> str:
    return (
        f"{departure.name} has left ({departure.document}: “{departure.quote}”): "
        "revise or delete this sentence."
    )


# The kinds of last year's sentences that tell of last year and so may not hold this
# year, each a guess at how a Chair writes them (found in the seed and the corpora's
# reports; see nlp/README.md "Guesses"): a past or perfect verb next to last year's
# period ("2017/18 has been the first year of…", "a positive start in 2017/18"), last
# year spoken of as "this year" or "the past year", a count of last year ("has met
# nine times", "Over 200 schools"), a look ahead ("in the coming year", "I look forward
# to"), and a change of people ("handing over to", "the appointment of a new").
_PAST = re.compile(
    r"\b(?:has|have|had|was|were)\b|\b(?:made|met|held|saw|took|began|ran|gave|became)\b"
    r"|\b[a-z]{3,}ed\b"
)
_THIS_YEAR = re.compile(
    r"\b(?:this|the\s+past|the\s+last|the\s+previous)\s+(?:year|twelve\s+months|12\s+months)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|"
    "hundreds|dozens?"
)
_COUNT = re.compile(
    r"(?<![\w/–.-])(?:(?:" + _COUNT_WORDS + r")\b|\d[\d,.]*%|(?!(?:19|20)\d\d\b|1\b)\d[\d,]*\b"
    r"(?![.:]\d|\s+(?:" + MONTHS + r")))(?:\s+(?:[a-z][\w'-]*))?",
    re.IGNORECASE,
)
_KNOWN_SET = re.compile(
    r"\b(?i:the|these|those|our|its|their|my|his|her|all|both|each|of|every)\s+$"
    # a name's number (Appendix 2, Key Stage 2), not a quantity's word ("Over 200")
    r"|\b(?!(?:Over|Nearly|Almost|About|Around|Some|More|Fewer|Only|Just|In|By|With|At|"
    r"Since|Approximately|Exactly|Up|To|Of)\s)[A-Z]\w*\s+$",
)
_AHEAD = re.compile(
    r"\b(?:in\s+the\s+(?:coming|next)\s+(?:year|twelve\s+months)|next\s+year|the\s+year\s+ahead|"
    r"I\s+look\s+forward|we\s+look\s+forward|(?:I|we)\s+(?:will|shall|intend|plan|anticipate|"
    r"expect|am\s+hoping|are\s+hoping)|intend\s+to|is\s+to\s+be\s+held|will\s+be\s+\w+ing)\b",
    re.IGNORECASE,
)
_CHANGE_OF_PEOPLE = re.compile(
    r"\b(?:hand(?:ing|ed)\s+over\s+to|took\s+over\s+from|taken\s+over\s+from|replaced\s+by|"
    r"succeeded\s+by|(?:the\s+)?appointment\s+of\s+(?:a\s+)?new|firstly\s+.{2,60}?\s+and\s+now)\b",
    re.IGNORECASE,
)
_ABOUT_THIS_REPORT = re.compile(r"\b(?:this|my|the)\s+(?:\w+\s+){0,2}report\b", re.IGNORECASE)


def tells_of_period(sentence: str, old: str) -> bool:
    """Whether the sentence says what happened in period `old` ("2017/18 has been the
    first year of…", "We made a positive start in 2017/18"): advancing its year would
    say it of the new year. A sentence about the report itself ("This report covers
    2017/18") is not one."""
    if not old or old not in sentence or _ABOUT_THIS_REPORT.search(sentence):
        return False
    return bool(_PAST.search(sentence))


def period_note(old: str, new: str) -> str:
    return f"Tells of {old}, last year: revise it for {new} or delete it."


def revision_notes(sentence: str, new: str) -> list[str]:
    """Why a sentence of last year's report (as written) may no longer hold: told of
    "this year", a figure of last year, a look ahead, a change of people."""
    notes = []
    if m := _THIS_YEAR.search(sentence):
        notes.append(f"Tells of last year (“{m.group(0)}”): revise it for {new} or delete it.")
    if figure := last_years_figure(sentence):
        notes.append(f"Last year's figure (“{figure}”): check it for {new}.")
    if (m := _AHEAD.search(sentence)) and not _ABOUT_THIS_REPORT.search(sentence):
        notes.append(
            f"Last year's look ahead (“{m.group(0)}”): say what came of it in {new}, or delete it."
        )
    if _CHANGE_OF_PEOPLE.search(sentence):
        notes.append("Last year's change of people: check who holds the role now.")
    return notes


def last_years_figure(sentence: str) -> str | None:
    """The first count in the sentence that is not a year, an ordinal or a known set
    ("the three priorities"): "nine times", "200 schools", "67%"."""
    for m in _COUNT.finditer(sentence):
        if _KNOWN_SET.search(sentence[: m.start()]):
            continue
        return m.group(0)
    return None
