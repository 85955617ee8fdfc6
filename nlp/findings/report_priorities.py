"""Priorities a document lists rather than labels: the items after a line that
introduces them.

    The priorities for 2016/17 are:          ← names priorities, ends with ":"
    Four priorities were agreed for 2017/18  ← or says how many
      • Early Help                           ← each item is a priority (short, one level)
      • Neglect

A report lists the priorities of the plan it reports on this way, or with labelled
headings (`labels.py`). A list is used only when nothing labelled was found (a guess:
a document that labels its priorities does not also list them unlabelled). The
priority band rows of a progress table are not read as the report's priorities:
`corpora/*/truth.json` does not count them.
"""

from __future__ import annotations

import re

from extract.model import Block, ListItem, Source, Table
from extract.text_rules import collapse_spaces
from nlp.findings.cell_content import AUXILIARIES, is_intention
from nlp.findings.labels import INTRO_WORDS, WORD_NUMBERS
from nlp.findings.model import Reading
from nlp.findings.priorities import PriorityRegistry
from nlp.findings.text import split_number, strip_bullet

_MAX_INTRO_WORDS = 30
_MAX_ITEM_WORDS = 20
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[/\-–—]\s*\d{2,4})?")
_COUNT = re.compile(r"\b(\d{1,2}|" + "|".join(WORD_NUMBERS) + r")\b", re.I)


def intro_count(text: str) -> int | None:
    """None when `text` does not introduce priorities; else how many it announces
    (0 when it does not say)."""
    text = collapse_spaces(text)
    if not INTRO_WORDS.search(text) or len(text.split()) > _MAX_INTRO_WORDS:
        return None
    m = _COUNT.search(_YEARS.sub(" ", text))
    number = int(WORD_NUMBERS.get(m.group(1).lower(), m.group(1))) if m else 0
    if text.endswith((":", ";")):
        return number
    # "Four priorities were agreed for 2017/18" (no colon): the count is the cue
    return number if number >= 2 else None


def read_listed_priorities(blocks: tuple[Block, ...], registry: PriorityRegistry) -> None:
    """The first list of priorities after an introducing line (see module doc); else
    the first list of titles after a lead-in naming the year (`_titles_after`)."""
    for i, block in enumerate(blocks):
        if isinstance(block, Table | ListItem):
            continue
        count = intro_count(block.text)
        if count is None:
            continue
        items = _items(blocks[i + 1 : i + 16])
        if len(items) < 2 and not count:
            continue
        if count:
            items = items[:count]
        cue = f"list after '{_short(block.text)}'"
        for n, (number, text, source) in enumerate(items, start=1):
            reading = Reading(0.8 if count or len(items) >= 2 else 0.6, cue)
            registry.add(number or str(n), text, source, reading=reading)
        if items:
            return
    _titles_after(blocks, registry)


def _titles_after(blocks: tuple[Block, ...], registry: PriorityRegistry) -> None:
    """Guess: without a priority word, a short lead-in ending with ":" that names a
    year or says how many ("Our work in 2017/18 centred on:", "Three strands of work
    ran through 2017/18:") followed by two to six items that are all titles
    (`_is_title`) lists the priorities."""
    for i, block in enumerate(blocks):
        if isinstance(block, Table | ListItem):
            continue
        text = collapse_spaces(block.text)
        if not text.endswith(":") or len(text.split()) > _MAX_INTRO_WORDS:
            continue
        m = _COUNT.search(_YEARS.sub(" ", text))
        count = int(WORD_NUMBERS.get(m.group(1).lower(), m.group(1))) if m else 0
        if not (_YEARS.search(text) or count):
            continue
        items = _items(blocks[i + 1 : i + 16])
        if not 2 <= len(items) <= _MAX_TITLES or (count and count != len(items)):
            continue
        if not all(_is_title(t) for _n, t, _s in items):
            continue
        cue = f"titles listed after '{_short(text)}'"
        for n, (number, title, source) in enumerate(items, start=1):
            registry.add(number or str(n), title, source, reading=Reading(0.6, cue))
        return


_MAX_TITLE_WORDS = 8
_MAX_TITLES = 6


def _is_title(text: str) -> bool:
    """A short phrase opening with a capital, with no full stop, no auxiliary or modal
    ("Victims are safer" states an outcome) and not an intention ("Review the audit"
    is an action): "Domestic Abuse", "Improving our response to Self-neglect"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words or len(words) > _MAX_TITLE_WORDS or text.rstrip().endswith("."):
        return False
    if not words[0][0].isupper() or any(w.lower() in AUXILIARIES for w in words):
        return False
    return not is_intention(text)


def _items(following: tuple[Block, ...]) -> list[tuple[str | None, str, Source]]:
    out: list[tuple[str | None, str, Source]] = []
    level: int | None = None
    for nxt in following:
        if not isinstance(nxt, ListItem):
            break
        if level is None:
            level = nxt.level
        if nxt.level != level:
            if nxt.level > level:
                continue  # a sub-item under a priority
            break
        text = strip_bullet(collapse_spaces(nxt.text))
        number, rest = split_number(text)
        if number is not None:
            text = rest
        if not text or len(text.split()) > _MAX_ITEM_WORDS:
            break
        label = nxt.number if nxt.number and nxt.number[:1].isalnum() else number
        out.append((label.rstrip(".)") if label else None, text.rstrip(" .;"), nxt.source))
    return out


def _short(text: str) -> str:
    text = collapse_spaces(text)
    return text if len(text) <= 60 else text[:57].rstrip() + "…"
