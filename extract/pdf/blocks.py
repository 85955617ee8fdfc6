"""Lines -> headings, numbered paragraphs and list items.

Headings: a line notably larger than the body size (>= 1.15x), or bold, short (at
most 15 words), not ending like a sentence and not a bare person's name (two to four
capitalised parts none of which the document writes in lower case: a signatory).
Level: the depth of its number when numbered ("3" -> 1, "3.3" -> 2), otherwise the
rank of its size among heading sizes.

Blocks: a line joins the block above unless it starts with a label (number or
bullet), the vertical gap exceeds half a line, the size or heading-ness changes, it
is indented past the block's text start (a first-line indent), the line above
ended a sentence well short of the right edge, or the line above stopped short
although this line's first word (capitalised) would have fitted after it (lines
broken on purpose: a name, a role, an organisation). Decimal labels with two or more levels
("3.3.1") make numbered `Paragraph`s; single labels ("1", "a)", "•") make `ListItem`s
whose level comes from the label's indentation.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extract.model import BBox, Heading, ListItem, Paragraph, Source
from extract.pdf.lines import Line
from extract.pdf.text import (
    BULLETS,
    ends_sentence,
    is_number_token,
    is_person_name,
    join_lines,
    number_depth,
)
from extract.text_rules import drop_trailing_dot

SourceFor = Callable[[int, BBox], Source]
HEADING_RATIO = 1.15
_BARE_INT = re.compile(r"^\d{1,3}$")


@dataclass
class PdfBlockDraft:
    """A block being put together from lines; `to_block` makes it a Heading, Paragraph or
    ListItem."""

    kind: str  # "heading" | "paragraph" | "item"
    number: str | None
    lines: list[Line]
    text: str
    text_x0: float
    label_x0: float
    size: float
    level: int = 1
    parts: list[str] = field(default_factory=list)


def split_label(line: Line) -> tuple[str | None, str, float]:
    """(label, text after it, x0 of that text) for a line."""
    first = line.first_word
    if line.n_words < 2 or not is_number_token(first):
        return None, line.text, line.x0
    gap = line.second_x0 - line.first_x1
    if _BARE_INT.match(first) and gap < 0.8 * line.size and line.first_bold == line.second_bold:
        return None, line.text, line.x0
    if first in "-–—" and gap < 0.2 * line.size:
        return None, line.text, line.x0
    rest = line.text[len(first) + 1 :]  # the words after the first, as joined
    return drop_trailing_dot(first), rest, line.second_x0


def is_heading(line: Line, body: float, common: set[str] | frozenset[str] = frozenset()) -> bool:
    text = line.text
    n_words = line.n_words
    if n_words > 25 or len(text) > 200 or not any(c.isalnum() for c in text):
        return False
    if line.size >= body * HEADING_RATIO:
        return True
    if not any(c.isalpha() for c in text):
        return False
    stripped = text.rstrip()
    if not line.bold or n_words > 15 or stripped.endswith((".", ";", "!", "?", ",")):
        return False
    return not is_person_name(stripped, common)  # a signatory's name, not a heading


def _continues(
    cur: PdfBlockDraft, line: Line, label: str | None, heading: bool, right: float, col_right: float
) -> bool:
    last = cur.lines[-1]
    if label is not None or heading != (cur.kind == "heading"):
        return False
    if abs(line.size - cur.size) > 0.6:
        return False
    if line.page != last.page:  # a cell or paragraph cut by a page break
        return not heading and not ends_sentence(cur.parts[-1])
    gap = line.top - last.bottom
    if gap < -0.5 * last.height:  # back up the page: the next column
        return not heading and not ends_sentence(cur.parts[-1]) and line.text[:1].islower()
    if gap > 0.5 * max(last.height, 1.0):
        return False
    if heading:
        return line.bold == last.bold
    start = cur.text_x0 if len(cur.lines) == 1 else last.x0
    if line.x0 > start + 1.2 * line.size:
        return False
    prev_text = cur.parts[-1] if cur.parts else ""
    short = last.x1 < right - max(0.2 * (right - cur.label_x0), 3 * line.size)
    if ends_sentence(prev_text) and short:
        return False
    if _hard_break(cur, line, col_right):
        return False
    return not (ends_sentence(prev_text) and line.x0 < cur.text_x0 - 1.2 * line.size)


def _hard_break(cur: PdfBlockDraft, line: Line, col_right: float) -> bool:
    """The line above stopped short although this line's first word would have fitted
    after it, and this line starts with a capital: a line broken on purpose (a
    signatory's name, role and organisation), not a wrapped paragraph."""
    last = cur.lines[-1]
    if not line.text[:1].isupper():
        return False
    first = line.first_x1 - line.x0
    return last.x1 + 0.35 * line.size + first < col_right - line.size


def _column_rights(lines: list[Line]) -> dict[int, float]:
    """For each line, the right edge of the text column it is in: the widest line on
    its page that starts at the same x and lies within ten lines of it. The lines
    looked at are those starting within 2 pt or those with tops within ten lines
    (and a point), whichever are fewer, each found by binary search over the page's
    lines sorted by x and by top; the exact test is the same for both."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    out: dict[int, float] = {}
    for page_lines in by_page.values():
        by_x = sorted(page_lines, key=lambda o: o.x0)
        starts = [o.x0 for o in by_x]
        by_top = sorted(page_lines, key=lambda o: o.top)
        tops = [o.top for o in by_top]
        sorted_tops = all(math.isfinite(t) for t in tops)  # NaN sorts nowhere
        for ln in page_lines:
            reach = 10 * max(ln.height, 1.0)
            lo = bisect.bisect_left(starts, ln.x0 - 2.001)
            hi = bisect.bisect_right(starts, ln.x0 + 2.001)
            near = by_x[lo:hi]
            if sorted_tops and hi - lo > 8:
                top_lo = bisect.bisect_left(tops, ln.top - reach - 1.0)
                top_hi = bisect.bisect_right(tops, ln.top + reach + 1.0)
                if top_hi - top_lo < hi - lo:
                    near = by_top[top_lo:top_hi]
            out[id(ln)] = max(
                o.x1 for o in near if abs(o.x0 - ln.x0) < 2.0 and abs(o.top - ln.top) < reach
            )
    return out


def _start(line: Line, label: str | None, text: str, x0: float, heading: bool) -> PdfBlockDraft:
    if heading:
        kind = "heading"
    elif label is None or number_depth(label) >= 2:
        kind = "paragraph"
    else:
        kind = "item"
    return PdfBlockDraft(kind, label, [line], text, x0, line.x0, line.size, parts=[text])


def draft_blocks(
    lines: list[Line],
    body: float,
    vocab: set[str],
    *,
    in_cell: bool = False,
    common: set[str] | frozenset[str] = frozenset(),
) -> list[PdfBlockDraft]:
    """Group lines (in reading order) into block drafts."""
    right = max((ln.x1 for ln in lines), default=0.0)
    col_right = _column_rights(lines)
    drafts: list[PdfBlockDraft] = []
    for line in lines:
        label, text, x0 = split_label(line)
        heading = not in_cell and is_heading(line, body, common)
        cur = drafts[-1] if drafts else None
        if cur is not None and _continues(cur, line, label, heading, right, col_right[id(line)]):
            cur.lines.append(line)
            cur.text = join_lines(cur.text, line.text, vocab)
            cur.parts.append(line.text)
        else:
            drafts.append(_start(line, label, text, x0, heading))
    if in_cell:
        for d in drafts:
            if d.number is not None:
                d.kind = "item"
    _list_levels(drafts)
    return drafts


def _list_levels(drafts: list[PdfBlockDraft]) -> None:
    """Level of each list item from the indentation of its label."""
    xs: list[float] = []
    for d in sorted((d for d in drafts if d.kind == "item"), key=lambda d: d.label_x0):
        if not xs or d.label_x0 - xs[-1] > 4.0:
            xs.append(d.label_x0)
    for at, d in enumerate(drafts):
        if d.kind == "item":
            d.level = 1 + max(i for i, x in enumerate(xs) if d.label_x0 - x > -4.0)
            if d.number and d.number in BULLETS and d.level == 1 and _after_number(at, drafts):
                d.level = 2


def _after_number(at: int, drafts: list[PdfBlockDraft]) -> bool:
    """A bullet directly under a numbered item at the same indent is its sub-item;
    `at` is the bullet's index in `drafts`."""
    item = drafts[at]
    for k in range(at - 1, -1, -1):
        prev = drafts[k]
        if prev.kind != "item":
            return False
        if prev.number and prev.number not in BULLETS:
            return abs(prev.label_x0 - item.label_x0) < 4.0
    return False


def bbox_of(lines: list[Line]) -> BBox:
    """Box of the lines on the first line's page."""
    lines = [ln for ln in lines if ln.page == lines[0].page]
    return (
        round(min(ln.x0 for ln in lines), 2),
        round(min(ln.top for ln in lines), 2),
        round(max(ln.x1 for ln in lines), 2),
        round(max(ln.bottom for ln in lines), 2),
    )


def to_block(
    d: PdfBlockDraft, source_for: SourceFor, heading_level: Callable[[PdfBlockDraft], int]
) -> Heading | Paragraph | ListItem:
    """A draft -> model block (Heading, Paragraph or ListItem)."""
    src = source_for(d.lines[0].page, bbox_of(d.lines))
    text = d.text.strip()
    if d.kind == "heading":
        return Heading(heading_level(d), d.number, text, src)
    if d.kind == "item":
        return ListItem(d.level, d.number, text, src)
    return Paragraph(d.number, text, src)


def heading_levels(drafts: list[PdfBlockDraft], body: float) -> Callable[[PdfBlockDraft], int]:
    """Level by number depth; an unnumbered heading takes the level numbered headings
    of its size have, else the rank of its size among heading sizes (largest = 1)."""
    heads = [d for d in drafts if d.kind == "heading"]
    sizes = sorted({round(d.size) for d in heads}, reverse=True)
    by_size: dict[int, int] = {}
    for d in heads:
        depth = number_depth(d.number)
        if depth:
            by_size[round(d.size)] = min(depth, by_size.get(round(d.size), depth))

    def level(d: PdfBlockDraft) -> int:
        depth = number_depth(d.number)
        if depth:
            return depth
        if round(d.size) in by_size:
            return by_size[round(d.size)]
        rank = sizes.index(round(d.size)) + 1 if round(d.size) in sizes else len(sizes)
        return max(1, min(rank, 6))

    return level
