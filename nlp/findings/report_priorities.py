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
    """The first list of priorities after an introducing line (see module doc)."""
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
