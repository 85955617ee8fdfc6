"""What a table cell's text is, from its words alone: an intention, a report, a status
value, a person or organisation, a date or term, a short reference.

The pipeline is `spacy.blank("en")` (no tagger), so these features are read from the
text: first words, suffixes and a small closed list of English grammar words
(determiners, pronouns, prepositions, auxiliaries, modals). Closed-class words are
general English, not any board's vocabulary; no content word of a board's tables is
listed here. Every rule below is a guess about how plan and progress tables are
written, and says so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.text_rules import collapse_spaces
from nlp.findings.text import split_number, strip_bullet

_memo = functools.lru_cache(maxsize=8192)
"""The tests of a cell's text, each asked many times of one cell (every column's
cells judged in each pass over a document's tables, and a table's pooled with those
under the same header): each answer kept for the cells last seen."""


def _closed(words: str) -> frozenset[str]:
    return frozenset(words.split())


DETERMINERS = _closed(
    "a an the this that these those our its their his her my your all each every some "
    "any no both another further more new"
)
PRONOUNS = _closed("we it they he she i you there one")
PREPOSITIONS = _closed(
    "in on at by for with from to of through across within under over after before "
    "during since into onto about against between among around via per"
)
CONJUNCTIONS = _closed("and but or so as if when while although because")
AUXILIARIES = _closed(
    "is are am was were be been being has have had do does did "
    "will shall would should must can could may might"
)
_CLOSED = DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | {"not"}

# Guess: a report says what happened or is happening — a past or perfect auxiliary, a
# passive or progressive form, "continues to", "under way", "now" + state, or a cell
# that opens with a completion participle ("Completed.", "Achieved –").
_REPORT = re.compile(
    r"\b(?:was|were|had)\b|\b(?:has|have)\s+(?:been|not|now|also|already|yet|\w+(?:ed|en|ne|wn|un|t))\b|"
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:being\s+\w+|\w+ing)\b|"
    r"\bcontinu(?:es|ed|ing)\s+to\b|\bunder\s*way\b|\bcurrently\b|\b(?:is|are)\s+now\b|"
    r"\bso\s+far\b|\bto\s+date\b|\bduring\s+the\s+year\b",
    re.I,
)
_OPENING_PARTICIPLE = re.compile(
    r"^\s*(?:\w+ed|done|begun|underway|ongoing)\b\s*(?:[.:;,–—-]|"
    r"(?:in|by|on|at|during|before|after|with|for|and)\b)",
    re.I,
)
# Guess: a part-done count or a state reached is a report ("4 of the 9 sessions…",
# "Roughly half of it is in place", "not yet", "yet to").
COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty)"
)
_PART_DONE = re.compile(
    rf"\b{COUNT}\s+(?:of|out\s+of)\s+(?:the\s+|our\s+)?{COUNT}\b|"
    r"\b(?:is|are)\s+(?:now\s+)?in\s+place\b|"
    r"\bnot\s+yet\b|\byet\s+to\b|\b\d{1,3}\s?%\s+(?:of|complete|done|delivered)\b",
    re.I,
)
# Guess: the simple past of a main clause ("Partners signed off…", "The Executive
# Group approved…", "Staff absence held up…"): a past form (-ed, or an irregular past
# of general English) within the first five words, no preposition before it, not
# straight after a determiner ("Review the agreed protocol" is a command).
_IRREGULAR_PAST = _closed(
    "held met took began ran sent went made gave brought built wrote found saw came "
    "kept spent told won grew drew rose fell knew thought bought "
    "taught led left paid sold stood understood"
)
# a participle after a linking verb is a state ("Carers feel supported")
_LINKING = _closed("feel feels seem seems look looks get gets become becomes stay stays")
_NOT_PAST = _closed("embed need proceed exceed succeed speed hundred indeed breed feed seed")


def simple_past(sentence: str) -> bool:
    """A main clause in the simple past after a noun subject (see `_IRREGULAR_PAST`)."""
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", sentence)[:6]
    for i, word in enumerate(words[1:], start=1):
        low, before = word.lower(), words[i - 1].lower()
        if before in PREPOSITIONS or low in PREPOSITIONS or low in CONJUNCTIONS:
            return False
        past = low in _IRREGULAR_PAST or (
            low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST
        )
        if past:
            # after an auxiliary or linking verb anywhere before it, the form is a
            # participle ("They are effectively protected", "Carers feel supported")
            earlier = {w.lower() for w in words[:i]}
            return before not in DETERMINERS and not earlier & (AUXILIARIES | _LINKING)
    return False


# Guess: an intention is an imperative ("Develop…", "Review the…"), an infinitive
# ("To improve…") or a subject with a modal ("We will…", "The Board should…").
_MODAL_INTENT = re.compile(
    r"^(?:\w+\s+){0,4}?(?:will|shall|should|must|would)\s+(?!have\b)\w+", re.I
)


@_memo
def first_line(text: str) -> str:
    """The cell's first line without its number or bullet."""
    line = collapse_spaces(text.split("\n", 1)[0])
    return split_number(strip_bullet(line))[1]


@_memo
def is_imperative(text: str) -> bool:
    """Starts with a verb's base form used as a command: a capitalised word that is not a
    grammar word and has no inflection (-ed, -ing, -ly; a final -s only as in "-ss"),
    followed by a determiner, a capitalised word, or a content word — not by an auxiliary
    (a noun subject: "Recruitment is…") or a preposition when the rest reports
    ("Work on the form is under way"). A guess; nouns that look like verbs ("Work with
    schools…") read as commands, which is what they usually are in a plan."""
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", first_line(text))
    if len(words) < 2:
        return False
    first, second = words[0], words[1].lower()
    low = first.lower()
    if not first[0].isupper() or low in _CLOSED or (first.isupper() and len(first) > 1):
        return False
    if low.endswith("ly") and len(low) > 4 and second not in _CLOSED:
        # Guess: a manner adverb before the command ("Regularly audit the…",
        # "Routinely share…"): the command is the word after it
        # with no auxiliary after it ("Early help assessments are led…" is a statement)
        if any(w.lower() in AUXILIARIES for w in words[:7]):
            return False
        rest = first_line(text).split(None, 1)[1]
        return is_imperative(rest[:1].upper() + rest[1:])
    if re.search(r"(?:ing|ly|'s)$", low) or (low.endswith("s") and not low.endswith("ss")):
        return False
    if re.match(r"^\W*\w+[.:;,!]", first_line(text)):
        return False  # "Completed.", "Done:" — a word standing alone reports
    if low.endswith("ed") and second not in DETERMINERS:
        return False  # "Agreed in May" reports; "Embed the…" is a command
    if second in AUXILIARIES or second in {"not", "of"}:
        return False
    if _REPORT.search(main_clause(first_sentence(text))):
        return False  # "Good progress has been made…": a subject, then a report
    if simple_past(first_sentence(text)):
        return False  # "Staff absence held up…", "Partners signed off…"
    return second in DETERMINERS or not _title_case(first_line(text))


_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|so|because|as|until|once|if|while|"
    r"including|following|after|before)\b",
    re.I,
)


def main_clause(sentence: str) -> str:
    """A sentence up to its first subordinating word ("…the offer that was agreed")."""
    return _SUBORDINATE.split(sentence, maxsplit=1)[0]


def _title_case(line: str) -> bool:
    """Every content word capitalised and no full stop: a name, role or title."""
    words = re.findall(r"[A-Za-z][A-Za-z'\-&]*", line)
    content = [w for w in words if w.lower() not in _CLOSED]
    return (
        bool(content)
        and len(words) <= 10
        and not line.rstrip().endswith(".")
        and all(w[0].isupper() for w in content)
    )


def first_sentence(text: str) -> str:
    line = first_line(text)
    return re.split(r"(?<=[.;!?])\s+", line, maxsplit=1)[0]


@_memo
def is_intention(text: str) -> bool:
    """An imperative, an infinitive ("To…") or a modal intention ("We will…")."""
    line = first_line(text)
    if not line:
        return False
    if re.match(r"^to\s+[a-z]+\b", line, re.I) and not re.match(r"^to\s+date\b", line, re.I):
        return True
    if is_imperative(text):
        return True
    return bool(_MODAL_INTENT.match(line)) and not _REPORT.search(first_sentence(text))


@_memo
def is_report(text: str) -> bool:
    """Says what happened or is happening (past, perfect, passive, progressive). A cell
    of several numbered items reports when at least half of its items do (a cell of
    aims "1. Keep improved access… 2. Agree a shared pathway…" stays a list of aims
    when one item reads as past)."""
    items = numbered_items(text)
    if len(items) >= 2:
        return 2 * sum(1 for item in items if _reports(item)) >= len(items)
    return _reports(text)


_ITEM_START = re.compile(r"(?:^|\n|(?<=[.;:!?])\s+)(?=\(?\d{1,2}[.)]?\s+[A-Z])")
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]?\s")


def numbered_items(text: str) -> list[str]:
    """A cell's items when it holds a numbered list ("1. … 2. … 3. …", on lines or run
    together), numbered from 1 in order; else an empty list."""
    parts = [p.strip() for p in _ITEM_START.split(text) if p.strip()]
    numbers = [m.group(1) if (m := _ITEM_NUMBER.match(p)) else None for p in parts]
    if len(parts) < 2 or numbers != [str(i) for i in range(1, len(parts) + 1)]:
        return []
    return parts


def _reports(text: str) -> bool:
    line = collapse_spaces(text)
    if not line or is_imperative(text):
        return False
    if _REPORT.search(line) or _OPENING_PARTICIPLE.match(line) or _PART_DONE.search(line):
        return True
    if re.match(r"^to\s+[a-z]+\b", line, re.I) or _MODAL_INTENT.match(line):
        return False  # an intention ("To ensure trained staff…", "We will…")
    return any(simple_past(s) for s in re.split(r"(?<=[.;!?])\s+", line))


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Guess: a timescale is a date, month, year, quarter, season, term or a standing phrase
# ("Ongoing", "Annually", "End of year") — short, with little else in it.
_DATE = re.compile(
    rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d{{2}}\b|\bq[1-4]\b|\bquarter\b|\b(?:spring|summer|"
    r"autumn|fall|winter)\b|\bterm\b|\bongoing\b|\bannual(?:ly)?\b|\bmonthly\b|"
    r"\bquarterly\b|\bweekly\b|\bend\s+of\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\byear\s*\d\b",
    re.I,
)
_REF = re.compile(r"^[A-Z]{0,3}\s?\d{1,3}(?:[.\-]\d{1,3}){0,3}[a-z]?[.)]?$|^[A-Z]\d?[.)]?$")
_PERCENT = re.compile(r"\b\d{1,3}\s?%")
_SYMBOLS = re.compile(r"^[^\w\s]{1,3}$")


def is_date(text: str) -> bool:
    line = collapse_spaces(text)
    return 0 < len(line.split()) <= 6 and bool(_DATE.search(line))


def is_ref(text: str) -> bool:
    return bool(_REF.match(collapse_spaces(text)))


def is_short_value(text: str) -> bool:
    """A status-like value: up to four words, a number, a letter, a symbol, a percentage."""
    line = collapse_spaces(text)
    if not line:
        return False
    return (len(line.split()) <= 4 and not line.endswith(".")) or bool(_PERCENT.search(line))


def is_symbol(text: str) -> bool:
    return bool(_SYMBOLS.match(collapse_spaces(text)))


@_memo
def is_person_or_body(text: str) -> bool:
    """Names, roles and organisations: short, no verb form, mostly capitalised words
    ("Head of Early Help", "Designated Nurse, Acute Trust", "J. Smith / Police").
    A guess from form; a short capitalised title would pass too."""
    line = collapse_spaces(text)
    words = re.findall(r"[A-Za-z][A-Za-z'\-&]*", line)
    if not 1 <= len(words) <= 12 or (line.endswith(".") and len(words) > 3):
        return False
    if _REPORT.search(line) or is_date(line) or is_ref(line):
        return False
    content = [w for w in words if w.lower() not in _CLOSED]
    if not content:
        return False
    capitals = sum(1 for w in content if w[0].isupper())
    return capitals / len(content) >= 0.6 and not is_imperative_with_object(line)


def is_imperative_with_object(text: str) -> bool:
    """An imperative followed by a determiner ("Review the…"): an action, not a role."""
    words = first_line(text).split()
    return len(words) >= 2 and is_imperative(text) and words[1].lower() in DETERMINERS


@dataclass(frozen=True)
class ColumnContent:
    """What the body cells of one column hold: counts over its non-empty cells."""

    cells: int
    rows: int
    """Body rows (cells present or not: merged cells are stored once)."""
    intentions: int
    reports: int
    dates: int
    refs: int
    short: int
    distinct: int
    people: int
    labels: int
    shaded_empty: int
    long_text: int
    """Cells of more than eight words."""

    def share(self, n: int) -> float:
        return n / self.cells if self.cells else 0.0


def describe(texts: Sequence[str], shaded_empty: int, labels: int, rows: int) -> ColumnContent:
    """The content counts of a column's body cells (`texts` are the non-empty ones)."""
    values = [collapse_spaces(t) for t in texts if collapse_spaces(t)]
    short = [v for v in values if is_short_value(v)]
    return ColumnContent(
        cells=len(values) + shaded_empty,
        rows=rows,
        intentions=sum(1 for t in texts if collapse_spaces(t) and is_intention(t)),
        reports=sum(1 for t in texts if collapse_spaces(t) and is_report(t)),
        dates=sum(1 for v in values if is_date(v)),
        refs=sum(1 for v in values if is_ref(v)),
        short=len(short) + shaded_empty,
        distinct=len({v.lower() for v in short}),
        people=sum(1 for v in values if is_person_or_body(v)),
        labels=labels,
        shaded_empty=shaded_empty,
        long_text=sum(1 for v in values if len(v.split()) > 8),
    )


def is_block_label(text: str, *, heading: bool = False) -> bool:
    """A line that labels the block after it ("How we will know:", "Measures of
    success:", "Outcomes:"): short, ending with a colon (or a heading), and not itself an
    intention. A guess from form: a list of actions ends at such a line even when it is
    not styled as a heading, and what follows is not the last action's sub-items."""
    line = collapse_spaces(text)
    if not line or len(line.split()) > 10 or split_number(line)[0] is not None:
        return False
    if not (line.endswith(":") or heading):
        return False
    if line.split()[0].lower() in _WH_WORDS:
        return True  # "How we will know:", "What success looks like:"
    return not is_intention(line.rstrip(":") + " x")


_WH_WORDS = _closed("what how where when why who which whose")
