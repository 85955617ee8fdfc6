"""Priority labels recognised by their shape in one document, not by a list of words.

A label is a short label phrase, an enumerator, then a title: "Priority 1: …",
"PRIORITY 1a –", "Strategic Priority One:", "Theme 3 …", "Objective 2 –", "Aim B:",
"Area of focus II:". Any label phrase counts when the document uses it as a
sequence: the enumerators of its lines run 1, 2, … (digits, letters a/b/c, number
words, Roman numerals) from the first. "Priority" labels count even alone (they
always did). Bare numbered headings ("1 Voice of the Child", "2. Neglect") count as
priorities when they run 1, 2, … at one level and either a line just before them
introduces priorities ("Our priorities", "The themes for 2017/18 are:") or most of them
hold actions (a table or a list straight after).

Guesses, each named in `nlp/README.md`:
- `STRUCTURAL`: label phrases that number the document's own parts or the pieces
  of a priority (appendix, section, table, outcome, action, …) are never priority
  labels, even in a sequence;
- `INTRO_WORDS`: the words a line introducing priorities uses;
- a label phrase has at most four words and its title at most 20.

`scan(blocks)` finds the document's label schemes once; `parse_label` (in
`priorities.py`) then reads any line with them while the document is being read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from extract.model import Block, Heading, ListItem, Paragraph, Table
from extract.text_rules import collapse_spaces

WORD_NUMBERS = {
    w: str(i)
    for i, w in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ],
        start=1,
    )
}
ORDINALS = {
    w: str(i)
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ],
        start=1,
    )
}
_ROMAN = {"i": 1, "v": 5, "x": 10}

# Guess: label phrases that number parts of a document or pieces of a priority.
STRUCTURAL = frozenset(
    [
        "appendix",
        "annex",
        "annexe",
        "section",
        "table",
        "figure",
        "fig",
        "chart",
        "graph",
        "diagram",
        "map",
        "page",
        "part",
        "chapter",
        "schedule",
        "step",
        "stage",
        "phase",
        "year",
        "years",
        "quarter",
        "q",
        "week",
        "month",
        "day",
        "level",
        "tier",
        "box",
        "case",
        "study",
        "item",
        "note",
        "footnote",
        "paragraph",
        "para",
        "point",
        "option",
        "version",
        "issue",
        "round",
        "wave",
        "cohort",
        "session",
        "module",
        "unit",
        "outcome",
        "outcomes",
        "action",
        "actions",
        "measure",
        "measures",
        "indicator",
        "target",
        "kpi",
        "output",
        "deliverable",
        "recommendation",
        "recommendations",
        "finding",
        "findings",
        "question",
        "standard",
        "principle",
        "lesson",
        "learning",
        "review",
        "meeting",
        "report",
        "plan",
        "row",
        "column",
        "key",
        "ref",
        "number",
        "no",
    ]
)
# Guess: the words with which a line introduces a board's priorities.
INTRO_WORDS = re.compile(
    r"\b(?:priorit(?:y|ies)|aims?|objectives?|themes?|goals?|ambitions?|areas?\s+of\s+focus|"
    r"focus\s+areas?)\b",
    re.I,
)
_ENUM = r"\d{1,2}[a-z]?|[A-Za-z]|[IVXivx]{1,5}|" + "|".join(WORD_NUMBERS) + "|" + "|".join(ORDINALS)
SHAPE = re.compile(
    r"^\s*(?P<word>[A-Za-z][A-Za-z'’-]*(?:\s+(?:of|for|[A-Za-z][A-Za-z'’-]*)){0,3}?)\s+"
    rf"(?:no\.?\s*)?(?P<enum>{_ENUM})(?![\w'’])"
    r"\s*(?P<sep>[:.\-–—)]\s*|\s+(?=[A-Z])|$)(?P<title>.*)$",
    re.I | re.S,
)
_PRIORITY_WORD = re.compile(
    r"^(?:(?:our|key|strategic|board|business|partnership)\s+)?priority$", re.I
)
_MAX_TITLE = 20


@dataclass(frozen=True)
class Label:
    word: str
    """The label phrase, lower case ("theme", "strategic priority"); "" for a bare number."""
    number: str
    """As a reader writes it: "1", "1A", "B", "II" (number words become digits)."""
    ordinals: tuple[int, ...]
    """What the enumerator counts as (a letter "I" or "V" may also be Roman)."""
    title: str


def shape(text: str) -> Label | None:
    """The label shape of one line, whatever its word; None when it has none."""
    m = SHAPE.match(collapse_spaces(text))
    if not m:
        return None
    word = collapse_spaces(m.group("word")).lower()
    if not m.group("word")[:1].isupper():
        return None
    enum = m.group("enum")
    low = enum.lower()
    if len(enum) == 1 and enum.isalpha() and not m.group("sep").strip() and enum.islower():
        return None  # "Theme a Neglect" is not a label; "Aim A: …" is
    printed = low if low[0].isdigit() else enum.upper()
    number = WORD_NUMBERS.get(low) or ORDINALS.get(low) or printed
    title = m.group("title").strip().strip("–—-: ").strip().rstrip(" .;")
    if not m.group("sep").strip() and title and not title[:1].isupper():
        return None  # "Theme 1 is about…" is a sentence, not a label
    return Label(word, number, _ordinals(low), title)


def _ordinals(enum: str) -> tuple[int, ...]:
    if enum in WORD_NUMBERS:
        return (int(WORD_NUMBERS[enum]),)
    if enum in ORDINALS:
        return (int(ORDINALS[enum]),)
    digits = re.match(r"\d+", enum)
    if digits:
        return (int(digits.group()),)
    out = []
    if len(enum) == 1:
        out.append(ord(enum) - ord("a") + 1)
    roman = _roman(enum)
    if roman:
        out.append(roman)
    return tuple(out)


def _roman(text: str) -> int | None:
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for k, ch in enumerate(text):
        value = _ROMAN[ch]
        nxt = _ROMAN[text[k + 1]] if k + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total if total > 0 else None


def is_priority_word(word: str) -> bool:
    return bool(_PRIORITY_WORD.match(word))


@dataclass(frozen=True)
class Schemes:
    """The label schemes of one document: label phrases used as a sequence, and the
    bare numbered headings read as priorities (by their line text)."""

    words: frozenset[str] = frozenset()
    bare: frozenset[str] = frozenset()
    cues: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    """label phrase (or "") → the cue a person reads ("sequence of 4 labels 'Theme n'")."""


def _lines(blocks: tuple[Block, ...]) -> Iterator[tuple[int, str]]:
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    text = collapse_spaces(" ".join(b.text for b in cell.blocks[:2]))
                    if text:
                        yield i, text
        elif isinstance(block, Heading | Paragraph | ListItem):
            yield i, collapse_spaces(block.text)


def is_sequence(ordinals: list[tuple[int, ...]]) -> bool:
    """The enumerators run 1, 2, … from the first (any reading of each)."""
    seen = {o for alts in ordinals for o in alts}
    return 1 in seen and 2 in seen


def scan(blocks: tuple[Block, ...]) -> Schemes:
    groups: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    for _i, text in _lines(blocks):
        label = shape(text)
        if label is None or not label.title or len(label.title.split()) > _MAX_TITLE:
            continue
        if set(label.word.split()) & STRUCTURAL or label.word.split()[-1] in STRUCTURAL:
            continue
        groups[label.word].append(label.ordinals)
    words = {w for w, ords in groups.items() if is_sequence(ords) and len(w.split()) <= 4}
    if any(is_priority_word(w) for w in groups):
        words = {w for w in words if is_priority_word(w)}
    cues = {w: f"sequence of {len(groups[w])} '{w.title()} n' labels" for w in words}
    bare = _bare_headings(blocks)
    if bare:
        cues[""] = f"sequence of {len(bare)} numbered headings"
    return Schemes(frozenset(words), frozenset(bare), cues)


def _numbered(block: Block) -> tuple[int, str] | None:
    """(number, title) of a heading (or a short unfinished paragraph) numbered "1"/"2."."""
    if isinstance(block, Heading):
        number, text = block.number, collapse_spaces(block.text)
    elif isinstance(block, Paragraph) and len(block.text.split()) <= 12:
        number, text = block.number, collapse_spaces(block.text)
        if text.endswith("."):
            return None
    else:
        return None
    if not number:
        m = re.match(r"^(\d{1,2})[.)]?\s+(?=[A-Z])(.*)$", text)
        if not m or isinstance(block, Paragraph):
            return None
        number, text = m.group(1), m.group(2)
    number = number.rstrip(".)")
    if not number.isdigit() or not text or len(text.split()) > 12:
        return None
    return int(number), text


def _bare_headings(blocks: tuple[Block, ...]) -> set[str]:
    """Lines of numbered headings that are the document's priorities (see module doc)."""
    runs: list[list[int]] = []
    for i, block in enumerate(blocks):
        found = _numbered(block)
        if found is None:
            continue
        level = block.level if isinstance(block, Heading) else 99
        for run in runs:
            last = blocks[run[-1]]
            last_level = last.level if isinstance(last, Heading) else 99
            prev = _numbered(last)
            if last_level == level and prev and prev[0] + 1 == found[0]:
                run.append(i)
                break
        else:
            if found[0] == 1:
                runs.append([i])
    out: set[str] = set()
    for run in runs:
        if len(run) < 2:
            continue
        held = sum(_holds_actions(blocks, i) for i in run)
        if _introduced(blocks, run[0]) or held * 3 >= len(run) * 2:
            out.update(_line(blocks[i]) for i in run)
    return out


def _line(block: Block) -> str:
    assert isinstance(block, Heading | Paragraph)
    return collapse_spaces(f"{block.number} {block.text}" if block.number else block.text)


def _holds_actions(blocks: tuple[Block, ...], i: int) -> bool:
    """A table or a list comes straight after the heading (a short caption may stand
    between)."""
    for nxt in blocks[i + 1 : i + 3]:
        if isinstance(nxt, Table | ListItem):
            return True
        if isinstance(nxt, Heading) or len(nxt.text.split()) > 12:
            return False
    return False


def _introduced(blocks: tuple[Block, ...], i: int) -> bool:
    """A line naming priorities stands just before the first numbered heading."""
    for prev in reversed(blocks[max(0, i - 2) : i]):
        if isinstance(prev, Table):
            return False
        if INTRO_WORDS.search(prev.text) and len(prev.text.split()) <= 25:
            return True
    return False
