"""A key printed near a table that says what its status codes mean.

    Key: 1 = Complete; 2 = On track; 3 = Some slippage; 4 = Not started.
    A – fully met, B – partly met …        ✓ Achieved   ◐ Partly   ✗ Not achieved
    Green: complete. Amber: in progress. Red: delayed. Grey: not started.

An entry is a code (a number, one or two capital letters, a symbol or a colour name)
followed by a separator ("=", ":", a dash, "is", "means") and a meaning that the status
families read (`status_cells.word_status`); a symbol or colour may be followed by its
meaning with no separator. A key is a paragraph, or a small table (one entry per row or
per cell), within a few blocks before or after the table, that holds at least two
entries. A guess: boards print keys in these shapes; a key spread over prose
("cells coloured green are complete") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.model import Block, Heading, ListItem, Paragraph, Table
from extract.text_rules import collapse_spaces
from nlp.findings.model import Status
from nlp.findings.status_cells import percent_status, word_status
from nlp.findings.text import cell_text

COLOURS = (
    "blue",
    "green",
    "amber",
    "red",
    "grey",
    "gray",
    "white",
    "yellow",
    "orange",
    "purple",
    "violet",
    "black",
)
_COLOUR = "|".join(COLOURS)
_SYMBOL = r"[^\w\s;,.:=|()\[\]'\"/\\&%*+<>–—-]"
# a colour, a number, one or two capitals with an optional number ("B", "T1"), or
# up to three symbols ("✓", "★★★")
_CODE = rf"(?:(?i:{_COLOUR})\b|\d{{1,2}}\b|[A-Z]{{1,2}}\d{{0,2}}\b|{_SYMBOL}{{1,3}})"
_PAIR = re.compile(
    rf"(?:(?<=^)|(?<=[\s;,|(]))(?P<code>{_CODE})\s*(?:=|:|–|—|-(?=\s)|\bis\b|\bmeans\b)\s*"
)
_BARE = re.compile(rf"^\s*(?P<code>(?i:{_COLOUR})\b|{_SYMBOL}{{1,3}})\s+(?P<meaning>\S.*)$")
_BRACKETED = re.compile(rf"(?:(?<=^)|(?<=[\s;,|:]))(?P<code>{_CODE})\s*\((?P<meaning>[^()]+)\)")
_SYMBOL_LED = re.compile(rf"(?:(?<=^)|(?<=\s))(?P<code>{_SYMBOL}{{1,3}})\s+")
_LOOK_BACK = 4
_LOOK_AHEAD = 3


def parse_key(text: str) -> dict[str, Status]:
    """Code (lower case; "gray" as "grey") -> status, from one key's text. Fewer than
    two entries is not a key."""
    raw = re.sub(r"^\s*key\s*[:\-–]?\s*", "", text, flags=re.I)
    text = collapse_spaces(raw)
    out: dict[str, Status] = {}
    matches = list(_PAIR.finditer(text))
    for m, nxt in zip(matches, [*matches[1:], None], strict=False):
        meaning = text[m.end() : nxt.start() if nxt else len(text)]
        _add(out, m.group("code"), meaning)
    if len(out) < 2:  # "F (finished), P (progressing)": a code with its meaning in brackets
        for m in _BRACKETED.finditer(text):
            _add(out, m.group("code"), m.group("meaning"))
    if len(out) < 2:  # "●  done  ▲  moving ahead": symbols, each followed by its meaning
        marks = list(_SYMBOL_LED.finditer(text))
        for m, nxt in zip(marks, [*marks[1:], None], strict=False):
            _add(out, m.group("code"), text[m.end() : nxt.start() if nxt else len(text)])
    if len(out) < 2:
        for part in re.split(rf"[;|\n,]|(?<=\.)\s+|\s{{2,}}|\s(?={_SYMBOL}\s)", raw):
            bare = _BARE.match(part)
            if bare:
                _add(out, bare.group("code"), bare.group("meaning"))
    return out if len(out) >= 2 else {}


def _add(out: dict[str, Status], code: str, meaning: str) -> None:
    meaning = meaning.strip(" ;,.|")
    if not meaning or len(meaning.split()) > 8:
        return
    status = percent_status(meaning) or word_status(meaning)
    if status:
        key = code.lower()
        out.setdefault("grey" if key == "gray" else key, status[0])


def key_near(blocks: Sequence[Block], first: int, last: int) -> tuple[dict[str, Status], str]:
    """The key printed within a few blocks before `first` or after `last` (the table
    run's Table blocks), and the text it was read from; ({}, "") when there is none."""
    before = range(first - 1, max(-1, first - 1 - _LOOK_BACK), -1)
    after = range(last + 1, min(len(blocks), last + 1 + _LOOK_AHEAD))
    for i in [*before, *after]:
        text = _key_text(blocks[i])
        key = parse_key(text) if text else {}
        if key:
            return key, text
    return {}, ""


def _key_text(block: Block) -> str:
    if isinstance(block, Paragraph | ListItem | Heading):
        return block.text
    if isinstance(block, Table) and len(block.rows) <= 8 and block.n_cols <= 6:
        lines = []
        for row in block.rows:
            cells = [cell_text(c) for c in row.cells if cell_text(c)]
            if len(cells) == 2:
                lines.append(f"{cells[0]} = {cells[1]}")
            else:
                lines.extend(cells)
        return "; ".join(lines)
    return ""
