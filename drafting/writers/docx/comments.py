"""Sources as Word comments: each names the document, the page (PDF) or paragraph /
table cell (Word), and quotes the words the drafted text came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from docx.comments import Comment
from docx.document import Document as DocxDocument
from docx.text.run import Run

from drafting.model import Cite
from extract.model import Source


@dataclass(frozen=True)
class Apparatus:
    """What review apparatus a .docx carries: the tool's notes (placeholders, cues,
    how-to-read) and the sources as comments. A final copy has no notes, and sources
    only when asked."""

    notes: bool = True
    sources: bool = True
    tracked: frozenset[str] = frozenset()
    """Ids of the sentences written as tracked insertions by the tool (suggestions a
    person accepts or rejects in Word)."""
    threads: bool = False
    """A comment's follow-up lines written as replies under its first (the tracked copy),
    instead of as further paragraphs of one comment."""


FULL = Apparatus()
_APPARATUS: ContextVar[Apparatus] = ContextVar("apparatus", default=FULL)
_REPLIES: ContextVar[list[tuple[int, int]]] = ContextVar("replies")


@contextmanager
def apparatus(value: Apparatus) -> Iterator[list[tuple[int, int]]]:
    """Write with `value`'s apparatus; yields the (reply id, parent id) pairs of the
    threaded comments written meanwhile."""
    replies: list[tuple[int, int]] = []
    token = _APPARATUS.set(value)
    replies_token = _REPLIES.set(replies)
    try:
        yield replies
    finally:
        _REPLIES.reset(replies_token)
        _APPARATUS.reset(token)


def notes_shown() -> bool:
    return _APPARATUS.get().notes


def is_tracked(sentence_id: str) -> bool:
    return bool(sentence_id) and sentence_id in _APPARATUS.get().tracked


AUTHOR = "Carryforward"
TRACKED_SUBJECT = "suggestions tracked"
"""The end of the document subject of a copy written with tracked suggestions."""
INITIALS = "CF"
QUOTE_LIMIT = 300


def where(source: Source) -> str:
    """Where a Word user or a PDF reader finds the source, 1-based: "page 4", "table 2,
    row 3, column 1" (the table as Word counts them, the cell by its grid column), or
    for a Word paragraph outside a table "the paragraph quoted": its index in the body
    is no number Word shows, so the quote that follows names it."""
    parts = [f"page {source.page}"] if source.page is not None else []
    if source.table is not None:
        parts.append(f"table {source.table + 1}")
        if source.row is not None:
            parts.append(f"row {source.row + 1}")
        if source.cell is not None:
            parts.append(f"column {source.cell + 1}")
    elif not parts and source.paragraph is not None:
        return "the paragraph quoted"
    return ", ".join(parts) or "whole document"


def describe(cite: Cite) -> str:
    """The comment text for one source."""
    quote = cite.quote if len(cite.quote) <= QUOTE_LIMIT else cite.quote[: QUOTE_LIMIT - 1] + "…"
    doc = (
        cite.document
        if cite.document == cite.source.file
        else f"{cite.document} ({cite.source.file})"
    )
    return f"Source: {doc}, {where(cite.source)}: “{quote}”"


def add_comment(
    document: DocxDocument, runs: Sequence[Run], lines: Sequence[str], date: dt.datetime | None
) -> None:
    """One note over `runs`, one comment paragraph per line, dated from the inputs
    (or undated), never from the clock; none in a final copy."""
    if _APPARATUS.get().notes:
        _comment(document, runs, lines, date)


def _comment(
    document: DocxDocument, runs: Sequence[Run], lines: Sequence[str], date: dt.datetime | None
) -> None:
    if not runs or not lines:
        return
    comment = document.add_comment(list(runs), text=lines[0], author=AUTHOR, initials=INITIALS)
    _dated(comment, date)
    if not _APPARATUS.get().threads:
        for line in lines[1:]:
            comment.add_paragraph(line)
        return
    for line in lines[1:]:
        reply = document.add_comment(list(runs), text=line, author=AUTHOR, initials=INITIALS)
        _dated(reply, date)
        _REPLIES.get().append((reply.comment_id, comment.comment_id))


def _dated(comment: Comment, date: dt.datetime | None) -> None:
    element = comment._comment_elm
    if date is None:
        element.attrib.pop(_DATE, None)
    else:
        element.date = date


def add_sources(
    document: DocxDocument, runs: Sequence[Run], cites: Sequence[Cite], date: dt.datetime | None
) -> None:
    """The sources of `runs` as one comment, unless a final copy was asked without them."""
    if _APPARATUS.get().sources:
        _comment(document, runs, [describe(c) for c in dict.fromkeys(cites)], date)


_DATE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date"
