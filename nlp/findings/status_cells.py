"""A status cell read as a status: the families of values boards print in a Status,
RAG or Rating column, and a key printed near the table when the values are codes.

Families (each a guess at the common reading; a key printed with the table outranks
them all):

- status words: complete / on track / in progress / ongoing / not started / delayed /
  at risk / off track / not known; "achieved", "partially achieved", "not achieved"
  (a qualifier — "partially", "not", "not yet" — is read before the word it qualifies);
- RAG and BRAG colours, as words, letters (B/G/A/R) or the cell's shading;
- percentages: 100% complete, 1–99% in progress, 0% planned;
- symbols: ticks complete, crosses delayed (not done), part-filled circles and halves in
  progress, empty circles or boxes planned, "?" unknown;
- numbers and letters mean nothing without a key (`status_key.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from nlp.findings.colours import ALIASES
from nlp.findings.model import Status


@dataclass(frozen=True)
class StatusDecision:
    status: Status
    cue: str | None
    rag: str | None = None
    strength: float = 1.0
    """How firmly the source decides: a status cell's explicit word 1.0, a colour 0.8,
    the update's wording 0.6, nothing 0.3 (used for the row's `Reading`)."""


# Order matters: qualified forms ("not achieved", "partially met") before the bare word.
_WORDS: tuple[tuple[Status, re.Pattern[str]], ...] = (
    (
        "unknown",
        re.compile(
            r"^(?:not\s+known|unknown|no\s+(?:update|information|return|response)(?:\s+\w+)?|"
            # nothing measured or reported (guess: a status scale's "no return" step)
            r"unreported|no\s+data|not\s+(?:measured|assessed|rated|reported|recorded)|"
            r"n/?a|tbc|tbd|\?+|[-–—]+)$",
            re.I,
        ),
    ),
    (
        "in_progress",
        re.compile(r"\b(?:partial\w*|partly|part[\s-](?:achieved|met|complete\w*|done))\b", re.I),
    ),
    (
        "planned",
        # a negated start or progress word ("not yet under way", "yet to start"): not
        # begun, read before the progress word it negates (guess)
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:started|commenced|begun|due|under\s*way|in\s+progress|"
            r"in\s+hand|progressing)\b|\byet\s+to\s+(?:start|begin|commence)\b|\bfuture\b",
            re.I,
        ),
    ),
    (
        "delayed",
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:achieved|met|complete\w*|delivered|done)\b|"
            r"\b(?:delay\w*|slipp\w*|slippage|behind|overdue|off[\s-]track|at\s+risk|"
            r"stalled|on\s+hold|missed|late|lagging)\b",
            re.I,
        ),
    ),
    (
        "complete",
        re.compile(
            r"\b(?:complet\w*|achieved|done|closed|met|finished|delivered|in\s+place|"
            r"accomplish\w*)\b",
            re.I,
        ),
    ),
    (
        "in_progress",
        re.compile(
            r"\b(?:on[\s-]track|on\s+target|in\s+progress|ongoing|underway|under\s+way|"
            r"started|progressing|making\s+progress|(?:moving|going)\s+(?:forward|ahead)|"
            r"in\s+hand|on\s+course)\b",
            re.I,
        ),
    ),
    ("planned", re.compile(r"\b(?:planned|scheduled|pending|not\s+due|timetabled)\b", re.I)),
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
_PERCENT = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.I)
# Guess: the common meaning of tick, cross and circle glyphs in status columns.
SYMBOLS: dict[str, Status] = {
    **dict.fromkeys("✓✔☑√🗸", "complete"),
    **dict.fromkeys("✗✘☒×✕❌", "delayed"),
    **dict.fromkeys("◐◑◒◓◔◕◖◗½", "in_progress"),
    **dict.fromkeys("○◯☐◻□", "planned"),
    "?": "unknown",
}


def word_status(text: str) -> tuple[Status, str] | None:
    """(status, the words that decided it) of a status value in words."""
    t = text.strip().strip(".").strip()
    for status, pattern in _WORDS:
        m = pattern.search(t)
        if m:
            return status, m.group(0)
    return None


def percent_status(text: str) -> tuple[Status, str] | None:
    """ "100% complete" complete, "0%" planned, anything between in progress."""
    m = _PERCENT.search(text)
    if not m:
        return None
    value = float(m.group(1))
    status: Status = "complete" if value >= 100 else "planned" if value <= 0 else "in_progress"
    return status, m.group(0)


# Guess: emoji and other pictographs read by their Unicode names, in this order: a
# check mark done, a cross or warning behind, an hourglass or clock under way, a
# question mark unknown, an empty (white) shape or box not begun. Coloured circles and
# squares are RAG colours (`rag_word`).
_GLYPH_NAMES: tuple[tuple[Status, re.Pattern[str]], ...] = (
    ("complete", re.compile(r"\bCHECK\s+MARK\b|\bBALLOT\s+BOX\s+WITH\s+CHECK\b")),
    ("delayed", re.compile(r"\bCROSS\s+MARK\b|\bBALLOT\s+X\b|\bWARNING\b|\bNO\s+ENTRY\b")),
    ("in_progress", re.compile(r"\bHOURGLASS\b|\bSTOPWATCH\b|\bTIMER\s+CLOCK\b")),
    ("unknown", re.compile(r"\bQUESTION\s+MARK\b")),
    ("planned", re.compile(r"\bWHITE\s+(?:LARGE\s+)?(?:CIRCLE|SQUARE)\b|\bSQUARE\s+BUTTON\b")),
)
_GLYPH_COLOUR = re.compile(r"\b(BLUE|GREEN|YELLOW|ORANGE|RED)\s+(?:CIRCLE|SQUARE|HEART)\b")
_VARIATION = re.compile("[\ufe0e\ufe0f]")


def _glyph(text: str) -> str | None:
    """The one pictograph a cell holds (variation selectors dropped), or None."""
    t = _VARIATION.sub("", text.strip())
    return t if len(t) == 1 and not t.isalnum() else None


def symbol_status(text: str) -> Status | None:
    g = _glyph(text)
    if g is None:
        return None
    if g in SYMBOLS:
        return SYMBOLS[g]
    name = unicodedata.name(g, "")
    if _GLYPH_COLOUR.search(name):
        return None  # a colour: read as RAG
    for status, pattern in _GLYPH_NAMES:
        if pattern.search(name):
            return status
    return None


def glyph_colour(text: str) -> str | None:
    """ "🟢" → "green": a coloured circle or square emoji as its RAG colour."""
    g = _glyph(text)
    m = _GLYPH_COLOUR.search(unicodedata.name(g, "")) if g else None
    return m.group(1).lower() if m else None


def rag_word(text: str) -> str | None:
    t = text.strip().lower().strip(".")
    if t in _RAG_LETTERS:
        return _RAG_LETTERS[t]
    colour = glyph_colour(t)
    if colour:
        return colour
    m = re.match(r"^(blue|green|amber|yellow|orange|red)\b", t)
    return m.group(1) if m else None


def _rag(code: str) -> str | None:
    """A RAG colour keeps its colour even when a key names it: the update's wording may
    still pick within what the colour allows (`status.classify`)."""
    return code.capitalize() if code in RAG_COLOURS else None


def from_cell(
    text: str, shading: str | None = None, key: Mapping[str, Status] | None = None
) -> StatusDecision | None:
    """A status cell (its text, or the colour name of its shading) read as a status.

    A key printed with the table decides first (its codes are the board's own); then
    percentages, symbols, RAG colour words or letters, status words, and the shading."""
    t = text.strip()
    code = t.lower().strip(".")
    if key and code and code in key:
        return StatusDecision(key[code], f"{t} (key)", _rag(code))
    if key and code and code not in key:
        # "Level 4" read with a key for "4": the code after a scale word (guess)
        tail = re.fullmatch(r"[a-z]+\s+(\w{1,3})", code)
        if tail and tail.group(1) in key:
            return StatusDecision(key[tail.group(1)], f"{t} (key)", _rag(tail.group(1)))
    if key and not code and shading:
        named = next((n for n in (shading, *ALIASES.get(shading, ())) if n in key), None)
        if named:
            return StatusDecision(key[named], f"{shading} shading (key)", _rag(named), strength=0.9)
    pct = percent_status(t)
    if pct:
        # "10% (behind)": a slippage word beside the figure outranks it (guess)
        beside = word_status(_PERCENT.sub(" ", t))
        if beside and beside[0] == "delayed":
            return StatusDecision("delayed", t)
        return StatusDecision(pct[0], t)
    symbol = symbol_status(t)
    if symbol:
        return StatusDecision(symbol, f"{t} (symbol)", strength=0.8)
    rag = rag_word(t)
    if rag:
        return StatusDecision(RAG_COLOURS[rag], t, rag.capitalize(), strength=0.8)
    words = word_status(t) if t else None
    if words:  # words in the cell outrank its colour
        return StatusDecision(words[0], t)
    rag = rag_word(shading) if shading else None
    if rag:
        return StatusDecision(RAG_COLOURS[rag], f"{rag} shading", rag.capitalize(), strength=0.7)
    return None


def is_status_value(text: str) -> bool:
    """A value one of the families reads (for judging a column by its content)."""
    t = text.strip()
    if not t or len(t.split()) > 5:
        return False
    return bool(
        percent_status(t) or symbol_status(t) or rag_word(t) or (word_status(t) and len(t) < 40)
    )
