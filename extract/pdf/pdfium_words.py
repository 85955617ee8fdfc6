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

from extract.pdf.lines import Word, is_bold
from extract.pdf.pdfium_chars import TOLERANCE, Char
from extract.pdf.text import squash


def words_of(chars: list[Char]) -> list[Word]:
    """pdfplumber's `extract_words(extra_attrs=["size", "fontname"])`, as `Word`s."""
    out: list[Word] = []
    texts: dict[str, str] = {}  # a page repeats its words: each squashed once
    for (upright, size, font), group in itertools.groupby(chars, key=_group_key):
        style = (round(size, 1), is_bold(font))
        for line in _lines(list(group), upright):
            if upright:
                _upright_words(line, style, texts, out)
            else:
                _turned_words(line, style, texts, out)
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


def _upright_words(
    line: list[Char], style: tuple[float, bool], texts: dict[str, str], out: list[Word]
) -> None:
    """A line split into words: at a space, or where a character starts left of the
    one before, more than 3 pt after its end, or more than 3 pt above or below it."""
    word: list[Char] = []
    px0 = px1 = ptop = 0.0
    for ch in line:
        if ch[0].isspace():
            if word:
                _add(word, style, texts, out)
                word = []
            continue
        x0, top = ch[1], ch[3]
        if word and (x0 < px0 or x0 > px1 + TOLERANCE or abs(top - ptop) > TOLERANCE):
            _add(word, style, texts, out)
            word = []
        word.append(ch)
        px0, px1, ptop = x0, ch[2], top
    if word:
        _add(word, style, texts, out)


def _turned_words(
    line: list[Char], style: tuple[float, bool], texts: dict[str, str], out: list[Word]
) -> None:
    """As `_upright_words`, down the page: by `top` and `bottom`, apart by `x0`."""
    word: list[Char] = []
    ptop = pbottom = px0 = 0.0
    for ch in line:
        if ch[0].isspace():
            if word:
                _add(word, style, texts, out)
                word = []
            continue
        top, x0 = ch[3], ch[1]
        if word and (top < ptop or top > pbottom + TOLERANCE or abs(x0 - px0) > TOLERANCE):
            _add(word, style, texts, out)
            word = []
        word.append(ch)
        ptop, pbottom, px0 = top, ch[4], x0
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
    text = texts.get(raw)
    if text is None:
        text = texts[raw] = squash(raw)
    if text:
        out.append(Word(text, x0, x1, top, bottom, style[0], style[1]))
