"""pdfplumber words -> lines (and line segments), with font statistics.

A `Line` is a run of words on one baseline with no wide horizontal gap inside it; a
row of a two-column page or of a borderless table therefore gives several lines
("segments") sharing a `top`. A lone paragraph number or bullet followed by a wide
gap (a tab stop) is kept with the text it labels.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.pdf.text import is_number_token, squash


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class Line:
    words: list[Word]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int = 0
    text: str = field(init=False, repr=False, compare=False)
    """The words joined by single spaces (joined once: `words` is not changed after)."""

    def __post_init__(self) -> None:
        self.text = " ".join(w.text for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top


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
        for w in line.words:
            counts[w.size] += len(w.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def group_rows(words: list[Word]) -> list[list[Word]]:
    """Words sharing a baseline (vertical overlap over half the smaller height)."""
    rows: list[list[Word]] = []
    tops: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        placed = False
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = tops[i]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap > 0.5 * min(bottom - top, w.bottom - w.top):
                rows[i].append(w)
                tops[i] = (min(top, w.top), max(bottom, w.bottom))
                placed = True
                break
        if not placed:
            rows.append([w])
            tops.append((w.top, w.bottom))
    for row in rows:
        row.sort(key=lambda w: w.x0)
    order = sorted(range(len(rows)), key=lambda i: tops[i][0])
    return [rows[i] for i in order]


def make_line(words: list[Word], page: int = 0) -> Line:
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[w.size] += len(w.text)
    text_words = [w for w in words if not is_number_token(w.text)] or words
    return Line(
        words=words,
        x0=min(w.x0 for w in words),
        x1=max(w.x1 for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=sizes.most_common(1)[0][0],
        bold=all(w.bold for w in text_words),
        page=page,
    )


def split_row(row: list[Word], gap: float) -> list[list[Word]]:
    """Split a row of words where the horizontal gap exceeds `gap` points, except
    after a lone leading number or bullet (a label before a tab stop)."""
    parts: list[list[Word]] = [[row[0]]]
    for prev, w in itertools.pairwise(row):
        wide = w.x0 - prev.x1 > gap
        label = len(parts[-1]) == 1 and is_number_token(parts[-1][0].text)
        label = label and len(parts) == 1 and w.x0 - prev.x1 < 6 * gap
        if wide and not label:
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
