"""pdfplumber words -> lines (and line segments), with font statistics.

A `Line` is a run of words on one baseline with no wide horizontal gap inside it; a
row of a two-column page or of a borderless table therefore gives several lines
("segments") sharing a `top`. A lone paragraph number or bullet followed by a wide
gap (a tab stop) is kept with the text it labels.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from extract.pdf.text import is_number_token, squash


class Word(NamedTuple):
    """A word as pdfplumber's `extract_words` gives it, with its size and weight. A
    tuple: a 100-page report has some 50,000, and a tuple is built several times
    faster than a frozen dataclass."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class Line:
    """A line as the whole document is read from it: its words joined by single
    spaces (a word never holds a space), its box, size and weight, and of its words
    only what later rules ask about (how many; where the first ends and the second
    starts, and their weight; characters per size when sizes are mixed), so that a
    long document's lines stay small until the second pass."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    n_words: int
    first_x1: float
    second_x0: float
    """Where the second word starts (where the first ends when there is one)."""
    first_bold: bool
    second_bold: bool
    mixed_sizes: tuple[tuple[float, int], ...] | None
    """Characters per size, in order of first use; None when every word is `size`."""

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def first_word(self) -> str:
        return self.text.split(" ", 1)[0]

    def chars_by_size(self) -> tuple[tuple[float, int], ...]:
        if self.mixed_sizes is not None:
            return self.mixed_sizes
        return ((self.size, len(self.text) - self.n_words + 1),)


@functools.lru_cache(maxsize=256)  # asked once per word, of a handful of fonts
def is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", "demi", ",b"))


def to_words(raw: Iterable[dict]) -> list[Word]:
    """pdfplumber `extract_words(extra_attrs=["size", "fontname"])` -> `Word`s."""
    out = []
    for w in raw:
        text = squash(w["text"])
        if not text:
            continue
        out.append(
            Word(
                text,
                float(w["x0"]),
                float(w["x1"]),
                float(w["top"]),
                float(w["bottom"]),
                round(float(w.get("size", 0.0)), 1),
                is_bold(str(w.get("fontname", ""))),
            )
        )
    return out


def body_size(lines: Iterable[Line]) -> float:
    """The most common font size, weighted by characters."""
    counts: Counter[float] = Counter()
    for line in lines:
        for size, chars in line.chars_by_size():
            counts[size] += chars
    return counts.most_common(1)[0][0] if counts else 10.0


def group_rows(words: list[Word]) -> list[list[Word]]:
    """Words sharing a baseline (vertical overlap over half the smaller height)."""
    rows: list[list[Word]] = []
    tops: list[tuple[float, float]] = []
    for w in sorted(words, key=_row_key):
        wtop, wbottom = w.top, w.bottom
        placed = False
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = tops[i]
            overlap = (bottom if bottom < wbottom else wbottom) - (top if top > wtop else wtop)
            height, wheight = bottom - top, wbottom - wtop
            if overlap > 0.5 * (height if height < wheight else wheight):
                rows[i].append(w)
                tops[i] = (top if top < wtop else wtop, bottom if bottom > wbottom else wbottom)
                placed = True
                break
        if not placed:
            rows.append([w])
            tops.append((wtop, wbottom))
    for row in rows:
        row.sort(key=_X0)
    order = sorted(range(len(rows)), key=lambda i: tops[i][0])
    return [rows[i] for i in order]


def _row_key(w: Word) -> tuple[int, float]:
    return (round(w.top), w.x0)


_X0 = operator.attrgetter("x0")


def make_line(words: list[Word], page: int = 0) -> Line:
    sizes: dict[float, int] = {}
    for w in words:
        sizes[w.size] = sizes.get(w.size, 0) + len(w.text)
    size = next(iter(sizes)) if len(sizes) == 1 else max(sizes.items(), key=_COUNT)[0]
    first = words[0]
    second = words[1] if len(words) > 1 else first
    return Line(
        text=" ".join([w.text for w in words]),
        x0=min([w.x0 for w in words]),
        x1=max([w.x1 for w in words]),
        top=min([w.top for w in words]),
        bottom=max([w.bottom for w in words]),
        size=size,
        bold=_bold(words),
        page=page,
        n_words=len(words),
        first_x1=first.x1,
        second_x0=second.x0 if len(words) > 1 else first.x1,
        first_bold=first.bold,
        second_bold=second.bold,
        mixed_sizes=None if len(sizes) == 1 else tuple(sizes.items()),
    )


_COUNT = operator.itemgetter(1)


def _bold(words: list[Word]) -> bool:
    """Every word bold, number labels and bullets aside (unless the line is only those)."""
    light = [w for w in words if not w.bold]
    if not light:
        return True
    if any(not is_number_token(w.text) for w in light):
        return False
    return any(not is_number_token(w.text) for w in words if w.bold)


def split_row(row: list[Word], gap: float) -> list[list[Word]]:
    """Split a row of words where the horizontal gap exceeds `gap` points, except
    after a lone leading number or bullet (a label before a tab stop)."""
    parts: list[list[Word]] = [[row[0]]]
    for prev, w in itertools.pairwise(row):
        space = w.x0 - prev.x1
        label = (
            space > gap
            and space < 6 * gap
            and len(parts) == 1
            and len(parts[0]) == 1
            and is_number_token(parts[0][0].text)
        )
        if space > gap and not label:
            parts.append([w])
        else:
            parts[-1].append(w)
    return parts


def to_lines(words: list[Word], page: int = 0, gap_em: float = 2.0) -> list[Line]:
    """Words -> line segments in top-to-bottom, left-to-right order."""
    lines: list[Line] = []
    for row in group_rows(words):
        size = max((w.size for w in row), default=10.0) or 10.0
        for part in split_row(row, gap_em * size):
            lines.append(make_line(part, page))
    return lines
