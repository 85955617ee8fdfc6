"""The status of a progress row, with the cue that decided it.

Two sources, in order:

1. a Status or RAG column: its words ("Complete", "On track", "Delayed", "Not
   started") or its colour, named in the cell or given as the cell's shading;
2. otherwise the update's wording: general English tense and aspect cues. Past
   participles of delivery verbs ("published", "presented", "launched", "in place")
   say complete; progressive and continuing forms ("is being", "currently",
   "underway", "on track") say in progress; future and scheduling forms ("will",
   "scheduled", "due to", "included in the … programme") say planned; slippage words
   ("delayed", "slipped", "postponed", "put back") say delayed.

An update that mixes finished and unfinished work ("published January; evaluation
scheduled for September") is reported as the action as a whole: in progress.

A RAG colour narrows the choice and the wording picks within it: Blue is complete;
Green is complete or in progress (on track); Amber is in progress, planned or delayed
(some concern); Red is delayed or not started. When the wording says nothing that fits,
the colour's default is used (Green and Amber in progress, Red delayed). This reading
of the colours is a guess at the common key; boards define their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from nlp.findings.model import Status

_COLUMN_WORDS: tuple[tuple[Status, re.Pattern[str]], ...] = (
    ("planned", re.compile(r"\bnot\s+(?:yet\s+)?(?:started|commenced|begun)\b|\bfuture\b", re.I)),
    (
        "delayed",
        re.compile(r"\b(?:delay\w*|slipp\w*|behind|overdue|off[\s-]track|at\s+risk)\b", re.I),
    ),
    (
        "complete",
        re.compile(r"\b(?:complet\w*|achieved|done|closed|met|finished|delivered)\b", re.I),
    ),
    (
        "in_progress",
        re.compile(r"\b(?:on[\s-]track|in\s+progress|ongoing|underway|started|partial\w*)\b", re.I),
    ),
    ("planned", re.compile(r"\b(?:planned|scheduled|pending)\b", re.I)),
)
RAG_COLOURS: dict[str, Status] = {
    "blue": "complete",
    "green": "in_progress",
    "amber": "in_progress",
    "yellow": "in_progress",
    "orange": "in_progress",
    "red": "delayed",
}
RAG_ALLOWED: dict[str, frozenset[Status]] = {
    "blue": frozenset({"complete"}),
    "green": frozenset({"complete", "in_progress"}),
    "amber": frozenset({"in_progress", "planned", "delayed"}),
    "yellow": frozenset({"in_progress", "planned", "delayed"}),
    "orange": frozenset({"in_progress", "planned", "delayed"}),
    "red": frozenset({"delayed", "planned"}),
}
_RAG_LETTERS = {"b": "blue", "g": "green", "a": "amber", "r": "red"}


@dataclass(frozen=True)
class StatusDecision:
    """The status a progress row is read as, with the words or colour that decided it."""

    status: Status
    cue: str | None
    rag: str | None = None


def from_column(text: str, shading: str | None = None) -> StatusDecision | None:
    """A Status/RAG cell's text (or shading colour name) read as a status."""
    t = text.strip().lower().strip(".")
    rag = _rag_word(t)
    if rag:
        return StatusDecision(RAG_COLOURS[rag], text.strip(), rag.capitalize())
    for status, pattern in _COLUMN_WORDS:
        m = pattern.search(t)
        if m:  # words in the cell outrank its colour
            return StatusDecision(status, text.strip())
    rag = _rag_word(shading.lower()) if shading else None
    if rag:
        return StatusDecision(RAG_COLOURS[rag], f"{rag} shading", rag.capitalize())
    return None


def _rag_word(text: str) -> str | None:
    if text in _RAG_LETTERS:
        return _RAG_LETTERS[text]
    m = re.match(r"^(blue|green|amber|yellow|orange|red)\b", text)
    return m.group(1) if m else None


# --- wording rules ---------------------------------------------------------------
_DELIVERY_VERBS = (
    "completed|published|launched|presented|agreed|approved|adopted|held|delivered|"
    "established|implemented|introduced|undertaken|achieved|finalised|finalized|produced|"
    "signed off|rolled out|circulated|issued|appointed|commissioned|recruited|embedded|"
    "concluded|submitted|endorsed|ratified|developed|refreshed|revised|updated|reviewed|"
    "relaunched|re-launched|carried out|set up|put in place|took place|went live|"
    "trained|ran|met|created|distributed|hosted|attended|received|reported|considered|"
    "opened|began|started|returned|shared|set\\s+up|went\\s+ahead|now\\s+(?:receive|report|use|have|hold)s?"
)
_FUTURE_MASK = re.compile(
    r"\b(?:to\s+be|will\s+be|will\s+have\s+been|is\s+to\s+be|are\s+to\s+be|being|"
    r"not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be)\s+(?:" + _DELIVERY_VERBS + r")\b",
    re.I,
)
_CUES: dict[Status, tuple[re.Pattern[str], ...]] = {
    "delayed": (
        re.compile(
            r"\b(?:delay(?:ed|s)?|slipp(?:ed|age)|postponed|deferred|put\s+back|pushed\s+back|"
            r"put\s+on\s+hold|on\s+hold|behind\s+(?:schedule|target|plan)|overdue|"
            r"off[\s-]track|not\s+(?:yet\s+)?(?:been\s+)?(?:achieved|met|delivered|completed)|"
            r"cancell?ed|abandoned|withdrawn|halted|"
            r"(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:started|progressed|happened)|"
            r"(?:was|were)\s+not\s+(?:able|possible)|unable\s+to|paused|stalled|"
            r"rescheduled|re-scheduled|later\s+than\s+(?:planned|expected)|carried\s+(?:forward|over))\b",
            re.I,
        ),
    ),
    "in_progress": (
        re.compile(
            r"\b(?:currently|ongoing\s+\w+|is\s+ongoing|are\s+ongoing|remains?\s+ongoing|"
            r"(?:is|are|has\s+been|have\s+been)\s+being\s+\w+|(?:is|are)\s+being\s+\w+|"
            r"under\s*way|on\s+(?:track|target|schedule)|in\s+progress|progressing|"
            r"(?:is|are)\s+(?:now\s+)?(?:\w+ing)\b(?<!\bbeing)|continu(?:es|ing)\s+to|"
            r"work\s+(?:continues|is\s+continuing)|subject\s+to\s+(?:review|consultation)|"
            r"under\s+(?:review|development|way|consideration)|in\s+development|"
            r"partially|partly|remains?\s+a\s+priority|"
            r"not\s+yet\s+(?:been\s+)?(?!started\b|commenced\b|begun\b)\w+|"
            r"(?:has|have)\s+(?:started|begun|commenced))",
            re.I,
        ),
    ),
    "planned": (
        re.compile(
            r"\b(?:will\s+(?!have\s+been\b)\w+|scheduled|due\s+to|due\s+(?:in|by)|planned\s+for|"
            r"plans?\s+to|to\s+be\s+\w+ed|intend(?:s|ed)?\s+to|not\s+(?:yet\s+)?(?:started|"
            r"commenced|begun)|yet\s+to\s+(?:start|begin|commence)|awaiting|"
            r"(?:included|incorporated|built)\s+(?:in|into|with|within)\b[^.]{0,80}"
            r"(?:programme|plan|schedule|timetable|(?:19|20)\d\d\s*/\s*\d\d)|"
            r"(?:next|later\s+this)\s+(?:year|quarter|month)|forthcoming|proposed)",
            re.I,
        ),
    ),
    "complete": (
        re.compile(
            r"\b(?:" + _DELIVERY_VERBS + r"|in\s+place|now\s+(?:live|operational|embedded)|"
            r"complete|fully\s+\w+ed|has\s+been\s+\w+ed|have\s+been\s+\w+ed|was\s+\w+ed|were\s+\w+ed)\b",
            re.I,
        ),
    ),
}
_PLACEHOLDER = re.compile(
    r"^\W*(?:ongoing|see\s+above|n/?a|tbc|tbd|none|-+|update\s+to\s+follow)\W*$", re.I
)


def from_wording(update: str) -> StatusDecision:
    """Status of an update from its wording alone, keeping the cue that decided it."""
    text = update.strip()
    if not text or _PLACEHOLDER.match(text):
        return StatusDecision("unknown", text or None)
    found: dict[Status, str] = {}
    masked = _FUTURE_MASK.sub(_blank, text)
    wording = text
    for status in ("delayed", "in_progress", "planned"):
        for pattern in _CUES[status]:
            m = pattern.search(wording)
            if m:
                found.setdefault(status, m.group(0))
                masked = _blank_spans(masked, pattern.finditer(wording))
    m = _CUES["complete"][0].search(masked)
    if m:
        found["complete"] = m.group(0)
    return _decide(found)


_NOT_STARTED = re.compile(r"\bnot\s+(?:yet\s+)?(?:started|begun|happened|progressed)\b", re.I)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _blank_spans(text: str, matches: Iterable[re.Match[str]]) -> str:
    chars = list(text)
    for m in matches:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _decide(found: dict[Status, str]) -> StatusDecision:
    if "delayed" in found and "complete" in found and _NOT_STARTED.search(found["delayed"]):
        # part done, the rest not started: the action as a whole is in progress
        return StatusDecision("in_progress", f"{found['complete']} … {found['delayed']}")
    if "delayed" in found:
        return StatusDecision("delayed", found["delayed"])
    if "complete" in found and ("in_progress" in found or "planned" in found):
        rest = found.get("in_progress") or found.get("planned")
        return StatusDecision("in_progress", f"{found['complete']} … {rest}")
    for status in ("in_progress", "complete", "planned"):
        if status in found:
            return StatusDecision(status, found[status])
    return StatusDecision("unknown", None)


def classify(update: str, column: str | None = None, shading: str | None = None) -> StatusDecision:
    """The row's status: from its Status/RAG cell when it has one, else the wording."""
    wording = from_wording(update)
    if column is None and not shading:
        return wording
    decided = from_column(column or "", shading)
    if decided is None:
        return wording
    if decided.rag is None:  # explicit words ("Complete", "Not started") decide
        return decided
    allowed = RAG_ALLOWED[decided.rag.lower()]
    if wording.status in allowed:
        return StatusDecision(wording.status, f"{decided.rag}; {wording.cue}", decided.rag)
    return decided
