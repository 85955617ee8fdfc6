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
from collections.abc import Iterable, Mapping

from nlp.findings.cell_content import COUNT
from nlp.findings.model import Status
from nlp.findings.status_cells import (
    RAG_ALLOWED,
    RAG_COLOURS,
    StatusDecision,
    from_cell,
    percent_status,
    word_status,
)

__all__ = [
    "RAG_ALLOWED",
    "RAG_COLOURS",
    "StatusDecision",
    "classify",
    "from_column",
    "from_wording",
]


def from_column(text: str, shading: str | None = None) -> StatusDecision | None:
    """A Status/RAG cell's text (or shading colour name) read as a status."""
    return from_cell(text, shading)


# --- wording rules ---------------------------------------------------------------
_DELIVERY_VERBS = (
    "completed|finished|published|launched|presented|agreed|approved|adopted|held|delivered|"
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
            r"rescheduled|re-scheduled|later\s+than\s+(?:planned|expected)|carried\s+(?:forward|over)|"
            r"held\s+up|f[ae]ll(?:en)?\s+behind|falling\s+behind|running\s+late|"
            # a date moved later: "moved back to May", "moved to March 2020" (guess)
            r"(?:moved|pushed|put)\s+(?:back\s+)?to\s+(?:later|next|the\s+following|"
            r"(?:january|february|march|april|may|june|july|august|september|october|"
            r"november|december))|moved\s+back|now\s+expected\s+(?:in|by))\b",
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
            r"partially|partly|remains?\s+a\s+priority|(?:good|some|steady)\s+progress|"
            r"progress\s+(?:has\s+been|was|is\s+being)\s+made|remaining\s+work|the\s+remainder|"
            r"not\s+yet\s+(?:been\s+)?(?!started\b|commenced\b|begun\b)\w+|"
            # begun, not finished: "well advanced", "adopted so far", "a first draft",
            # "due to conclude in May" (guess; "for the first time" is not one: a thing
            # done for the first time is done)
            r"well\s+advanced|so\s+far\b(?!\s+as)|"
            r"first\s+(?:draft|phase|stage)|due\s+to\s+(?:conclude|end|be\s+completed)|"
            r"(?:has|have)\s+(?:started|begun|commenced)|"
            # still running: "consultation runs until May" (guess)
            r"(?:runs|continues|lasts)\s+(?:until|till|through)\b|"
            # part done: "4 of the 9 sessions took place" (guess)
            rf"{COUNT}\s+(?:of|out\s+of)\s+(?:the\s+|our\s+)?{COUNT}\s+(?:planned|agreed|intended)\b)",
            re.I,
        ),
    ),
    "planned": (
        re.compile(
            r"\b(?:will\s+(?!have\s+been\b)\w+|scheduled|timetabled|"
            r"due\s+to(?!\s+(?:conclude|end|be\s+completed))|due\s+(?:in|by)|planned\s+for|"
            r"plans?\s+to|to\s+be\s+\w+ed|intend(?:s|ed)?\s+to|not\s+(?:yet\s+)?(?:started|"
            r"commenced|begun)|yet\s+to\s+(?:start|begin|commence)|awaiting|"
            r"(?:included|incorporated|built)\s+(?:in|into|with|within)\b[^.]{0,80}"
            r"(?:programme|plan|schedule|timetable|(?:19|20)\d\d\s*/\s*\d\d)|"
            r"(?:next|later\s+this)\s+(?:year|quarter|month)|forthcoming|proposed|"
            # a start still ahead, in the present tense: "Scoping starts in June" (guess)
            r"(?:starts|begins|commences)\s+(?:in|from|on|after|once|when)\b)",
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


# Guess: sentences about the reporting itself (an update asked for, not received,
# awaited) say nothing about the work: the row's status is unknown.
_NO_NEWS = re.compile(
    r"\b(?:(?:has|have|had)\s+been|was|were)\s+(?:asked|requested|chased|reminded)\s+"
    r"(?:for|to\s+(?:provide|send|give|submit|supply))\b[^.;]*|"
    r"\bno\s+(?:\w+\s+)?(?:update|information|response|return|report)\s+(?:was|were|has\s+been|"
    r"had\s+been|is)\s+(?:received|provided|given|submitted|available)\b[^.;]*|"
    r"\b(?:update|information|response|return)s?\s+(?:was|were|has\s+been|is|are)\s+"
    r"(?:requested|awaited|outstanding|not\s+(?:yet\s+)?(?:been\s+)?(?:received|provided))\b[^.;]*|"
    r"\bawaiting\s+(?:an?\s+|the\s+)?(?:update|information|response|return)\b[^.;]*|"
    # nothing came in: "Nothing was received about …", "did not report on …" (guess)
    r"\bnothing\s+(?:was|has\s+been|had\s+been)\s+(?:received|reported|heard|submitted)\b[^.;]*|"
    r"\b(?:did|has|have)\s+not\s+(?:report|send|submit|provide)(?:ed)?\s+(?:on|an?|any)\b[^.;]*",
    re.I,
)
# Guess: reviewing or evaluating the *impact* of a piece of work presupposes that the
# work is done: such a follow-up does not make a finished action unfinished.
_FOLLOW_UP = re.compile(
    r"\b(?:will|to|plans?\s+to|intends?\s+to)\s+(?:then\s+)?(?:review|evaluate|assess|monitor|"
    r"measure|check|test|consider|report\s+on)\s+(?:the\s+|its\s+|their\s+|this\s+)?"
    r"(?:\w+\s+)?(?:impact|effect|effectiveness|difference|benefits?|outcomes?)\b[^.;]*|"
    r"\b(?:impact|effect|effectiveness|benefits?|outcomes?)\s+(?:\w+\s+){0,3}(?:will|is\s+to|are\s+to)\s+"
    r"be\s+(?:reviewed|evaluated|assessed|monitored|measured|tested|considered)\b[^.;]*",
    re.I,
)
_PERCENT_DONE = re.compile(
    r"\b\d{1,3}\s?%\s*(?:complete[d]?|done|achieved|delivered|finished)\b", re.I
)


def from_wording(update: str) -> StatusDecision:
    """Status of an update from its wording alone, keeping the cue that decided it."""
    text = update.strip()
    if not text or _PLACEHOLDER.match(text):
        return StatusDecision("unknown", text or None, strength=0.3)
    opening = _opening_status(text)
    if opening:
        return opening
    pct = _PERCENT_DONE.search(text)
    if pct:
        status = percent_status(pct.group(0))
        if status:
            return StatusDecision(status[0], pct.group(0), strength=0.8)
    no_news = _NO_NEWS.search(text)
    rest = _NO_NEWS.sub(_blank, text)
    follow_up = _FOLLOW_UP.search(rest)
    found = _cues(_FOLLOW_UP.sub(_blank, rest)) if follow_up else {}
    if not found:
        found = _cues(rest)
        follow_up = None
    if not found and no_news:
        return StatusDecision("unknown", no_news.group(0).strip(), strength=0.5)
    decided = _decide(found)
    if follow_up and decided.status == "complete":
        cue = f"{decided.cue} (then: {follow_up.group(0).strip()})"
        return StatusDecision("complete", cue, strength=decided.strength)
    return decided


# Guess: an update that opens with a status word and a stop ("Complete. The audit …",
# "Delayed: …", "No update. …") states its status outright; the status-cell families
# read those one to four words.
_OPENING = re.compile(r"^\s*(?P<words>[A-Za-z][A-Za-z' -]{0,30}?)\s*[.:;–—]\s+\S")


def _opening_status(text: str) -> StatusDecision | None:
    m = _OPENING.match(text)
    if not m or len(m.group("words").split()) > 4:
        return None
    read = word_status(m.group("words"))
    return StatusDecision(read[0], m.group("words"), strength=0.9) if read else None


def _cues(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    masked = _FUTURE_MASK.sub(_blank, text)
    for status in ("delayed", "in_progress", "planned"):
        for pattern in _CUES[status]:
            m = pattern.search(text)
            if m:
                found.setdefault(status, m.group(0))
                masked = _blank_spans(masked, pattern.finditer(text))
    m = _CUES["complete"][0].search(masked)
    if m:
        found["complete"] = m.group(0)
    if "delayed" in found and _NOT_STARTED.search(found["delayed"]):
        # "has not yet started and is scheduled for May": planned, not late — look for
        # a scheduling cue outside the not-started words
        later = _CUES["planned"][0].search(_NOT_STARTED.sub(_blank, text))
        if later:
            found["planned"] = f"{found['delayed']} … {later.group(0)}"
            found["not_started"] = found.pop("delayed")
    return found


_STATUS: dict[str, Status] = {
    "complete": "complete",
    "in_progress": "in_progress",
    "planned": "planned",
    "delayed": "delayed",
}
_NOT_STARTED = re.compile(r"\bnot\s+(?:yet\s+)?(?:started|begun|happened|progressed)\b", re.I)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _blank_spans(text: str, matches: Iterable[re.Match[str]]) -> str:
    chars = list(text)
    for m in matches:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _decide(found: dict[str, str]) -> StatusDecision:
    not_started = found.pop("not_started", None)
    if not_started and "complete" in found:
        # part done, the rest not started: the action as a whole is in progress
        return StatusDecision("in_progress", f"{found['complete']} … {not_started}", strength=0.6)
    if "delayed" in found and "complete" in found and _NOT_STARTED.search(found["delayed"]):
        return StatusDecision(
            "in_progress", f"{found['complete']} … {found['delayed']}", strength=0.6
        )
    if "delayed" in found:
        return StatusDecision("delayed", found["delayed"], strength=0.6)
    if "complete" in found and ("in_progress" in found or "planned" in found):
        rest = found.get("in_progress") or found.get("planned")
        return StatusDecision("in_progress", f"{found['complete']} … {rest}", strength=0.55)
    for status in ("in_progress", "complete", "planned"):
        if status in found:
            return StatusDecision(_STATUS[status], found[status], strength=0.6)
    return StatusDecision("unknown", None, strength=0.3)


def classify(
    update: str,
    column: str | None = None,
    shading: str | None = None,
    key: Mapping[str, Status] | None = None,
) -> StatusDecision:
    """The row's status: from its Status/RAG cell when it has one (read with the key
    printed near the table, if any), else the wording."""
    wording = from_wording(update)
    if column is None and not shading:
        return wording
    decided = from_cell(column or "", shading, key)
    if decided is None:
        return wording
    if decided.rag is None:  # explicit words ("Complete", "Not started") or a key decide
        return decided
    allowed = RAG_ALLOWED[decided.rag.lower()] | {decided.status}
    if wording.status in allowed:
        return StatusDecision(
            wording.status, f"{decided.rag}; {wording.cue}", decided.rag, strength=0.8
        )
    return decided
