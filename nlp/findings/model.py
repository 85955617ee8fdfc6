"""Findings: what the nlp stage finds in one Document.

Field names follow the JSON contract in DESIGN.md; every item keeps its `Source`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from extract.model import Source

Kind = Literal["accountability_report", "annual_report", "business_plan", "other"]
Status = Literal["complete", "in_progress", "planned", "delayed", "unknown"]


@dataclass(frozen=True)
class Reading:
    """How a reader came to an item: how sure it is (0..1) and the cue that decided it
    (table kind, column role, priority source, period source), in words a person reads.
    The document page lists the least certain readings first."""

    confidence: float
    cue: str


@dataclass(frozen=True)
class DocumentInfo:
    file: str
    sha256: str
    format: str
    pages: int
    title: str | None
    board: str | None
    kind: Kind
    period: str | None
    """As printed: "2017/18" or "2017-19"."""
    actions_period: str | None = None
    """The year the plan's actions are for, when narrower than `period`
    (a 2017-19 plan refreshed March 2018 has actions for 2018-19)."""
    kind_reading: Reading | None = None
    period_reading: Reading | None = None
    board_reading: Reading | None = None
    text_sketch: str = ""
    """A MinHash sketch of the whole text (`sketch.py`): tells a PDF and Word copy of one
    document apart from other documents even when nothing was found in them."""
    reading_notes: tuple[str, ...] = ()
    """What the reader says about how the file was read (the Document's warnings): a
    page read by OCR and its confidence, a .doc converted by LibreOffice."""


@dataclass(frozen=True)
class Section:
    number: str | None
    heading: str
    text: str
    source: Source


@dataclass(frozen=True)
class Priority:
    number: str | None
    title: str
    outcomes: tuple[str, ...]
    source: Source
    reading: Reading | None = None


@dataclass(frozen=True)
class Action:
    id: str
    priority: str | None
    number: str | None
    text: str
    items: tuple[str, ...]
    period: str | None
    source: Source
    lead: str | None = None
    timescale: str | None = None
    reading: Reading | None = None


@dataclass(frozen=True)
class Progress:
    id: str
    row: int
    action: str
    update: str
    status: Status
    rag: str | None
    source: Source
    number: str | None = None
    status_cue: str | None = None
    """The words (or RAG/Status cell) that decided `status`."""
    reading: Reading | None = None
    priority: str | None = None
    """The plan priority the row reports on, when a person said (`progress_priority`)."""


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None
    organisation: str | None
    source: Source
    reading: Reading | None = None


@dataclass(frozen=True)
class ColumnReading:
    col: int
    title: str
    role: str | None
    confidence: float
    cue: str


@dataclass(frozen=True)
class RowReading:
    table: int
    """The ordinal of the row's Table block among the document's tables."""
    row: int
    """The row's index in its Table block."""
    text: str
    section: bool
    joined: tuple[int, ...] = ()
    """Rows of the same Table block (or the next) joined into this one."""


@dataclass(frozen=True)
class TableReading:
    """How one table was read (`nlp.corrections.read`): its kind and columns' roles,
    each with its confidence and cue, and its data rows."""

    table: int
    """The ordinal of its first Table block among the document's tables."""
    fingerprint: str
    """Its header's words, normalised: finds the table again when tables move."""
    kind: str | None
    reading: Reading | None
    columns: tuple[ColumnReading, ...]
    rows: tuple[RowReading, ...]
    source: Source


@dataclass(frozen=True)
class ListReading:
    """One list of the document (a run of bulleted or numbered paragraphs), as
    corrections point at it (`nlp.corrections.read`): a person may mark it as the
    priorities or as one priority's outcomes."""

    index: int
    """Its ordinal among the document's lists (0 = the first)."""
    heading: str
    """The heading it sits under ("" when none)."""
    items: tuple[str, ...]
    numbers: tuple[str | None, ...]
    """Each item's own number or letter as printed (None for a bullet)."""
    fingerprint: str
    """Its first items' words, normalised: finds the list again when lists move, or in
    the document's twin."""
    source: Source


@dataclass(frozen=True)
class Unapplied:
    """A correction that no longer fits the document, and why."""

    correction: str
    reason: str


@dataclass(frozen=True)
class Findings:
    document: DocumentInfo
    sections: tuple[Section, ...] = ()
    priorities: tuple[Priority, ...] = ()
    actions: tuple[Action, ...] = ()
    progress: tuple[Progress, ...] = ()
    people: tuple[Person, ...] = ()
    tables: tuple[TableReading, ...] = ()
    """Filled when read with `nlp.corrections.read` (the service, CLI and batch do)."""
    lists: tuple[ListReading, ...] = ()
    """Filled when read with `nlp.corrections.read`: what a list correction points at."""
    unapplied: tuple[Unapplied, ...] = ()
    """Corrections given that no longer fit (`nlp.corrections`)."""
