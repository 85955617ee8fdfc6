"""pdfium characters (`pdfium_chars`) -> `Word`s, by the rules pdfplumber's
`extract_words` applies (x and y tolerance 3, words split by font and size), so both
backends give the same words.

pdfplumber's rule, in order: consecutive characters sharing (upright, size, font)
form a group; a group's characters are clustered into lines by `top` (within 3
pt), each line sorted left to right; a space ends a word, and so does a character
starting left of the one before, more than 3 pt after its end, or more than 3 pt
above or below it. Text that is not upright runs top to bottom, lines clustered by
`x0`.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import Any

from extract.pdf.lines import Word, is_bold
from extract.pdf.pdfium_chars import TOLERANCE, Char
from extract.pdf.text import squash


def words_of(chars: list[Char]) -> list[Word]:
    """pdfplumber's `extract_words(extra_attrs=["size", "fontname"])`, as `Word`s."""
    out: list[Word] = []
    texts: dict[str, str] = {}  # a page repeats its words: each squashed once
    for (upright, size, font), group in itertools.groupby(chars, key=_group_key):
        style = (round(size, 1), is_bold(font))
        axes = _UPRIGHT if upright else _TURNED
        for line in _lines(list(group), upright):
            _words(line, axes, style, texts, out)
    return out


_group_key = operator.itemgetter(7, 5, 6)
_X0 = operator.itemgetter(1)
_TOP = operator.itemgetter(3)
_DOWN = operator.itemgetter(3, 4)


def _lines(chars: list[Char], upright: bool) -> list[list[Char]]:
    """Characters clustered by `top` (upright) or `x0`, each cluster in reading order."""
    across: Callable[[Char], float] = _TOP if upright else _X0
    values = sorted({across(c) for c in chars})
    if values[-1] - values[0] <= TOLERANCE * (len(values) - 1) and _one_cluster(values):
        lines = [chars]
    else:
        cluster: dict[float, int] = {}
        index, last = 0, values[0]
        for v in values:
            if v > last + TOLERANCE:
                index += 1
            cluster[v] = index
            last = v
        buckets: list[list[Char]] = [[] for _ in range(index + 1)]
        for c in chars:
            buckets[cluster[across(c)]].append(c)
        lines = buckets
    return [sorted(line, key=_X0 if upright else _DOWN) for line in lines]


def _one_cluster(values: list[float]) -> bool:
    return all(b <= a + TOLERANCE for a, b in itertools.pairwise(values))


_UPRIGHT = (1, 2, 3)
"""Where a word runs along, where each character ends along it, and across it, as
indexes into `Char`: upright text runs by x0 and x1, apart by top; turned text by top
and bottom, apart by x0."""
_TURNED = (3, 4, 1)


def _words(
    line: list[Any],  # Chars, indexed by `axes`
    axes: tuple[int, int, int],
    style: tuple[float, bool],
    texts: dict[str, str],
    out: list[Word],
) -> None:
    """A line split into words: at a space, or where a character starts before the
    one before (along the line), more than 3 pt after its end, or more than 3 pt
    across from it."""
    along, end, across = axes
    word: list[Char] = []
    pstart = pend = pacross = 0.0
    for ch in line:
        if ch[0].isspace():
            if word:
                _add(word, style, texts, out)
                word = []
            continue
        start, side = ch[along], ch[across]
        if word and (start < pstart or start > pend + TOLERANCE or abs(side - pacross) > TOLERANCE):
            _add(word, style, texts, out)
            word = []
        word.append(ch)
        pstart, pend, pacross = start, ch[end], side
    if word:
        _add(word, style, texts, out)


def _add(
    chars: list[Char], style: tuple[float, bool], texts: dict[str, str], out: list[Word]
) -> None:
    first = chars[0]
    if len(chars) == 1:
        raw = first[0]
        x0, x1, top, bottom = first[1], first[2], first[3], first[4]
    else:
        raw = "".join([c[0] for c in chars])
        x0 = min([c[1] for c in chars])
        x1 = max([c[2] for c in chars])
        top = min([c[3] for c in chars])
        bottom = max([c[4] for c in chars])
    text = stored_text(raw, texts)
    if text:
        out.append(Word(text, x0, x1, top, bottom, style[0], style[1]))


def stored_text(raw: str, texts: dict[str, str]) -> str:
    """A word's text as stored (`squash`), each squashed once per page (`texts`). A
    word holds no space (a space ends it), so one of plain ASCII is its own text."""
    if raw.isascii() and "(cid:" not in raw:
        return raw
    text = texts.get(raw)
    if text is None:
        text = texts[raw] = squash(raw)
    return text
