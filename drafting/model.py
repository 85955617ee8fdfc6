"""The draft, format-free: what the writers turn into Word, HTML and Markdown.

Every drafted sentence is a `Sentence` that says how it was made (quoted from a
document, assembled from sourced facts, or a placeholder for the Chair) and carries
the `Cite`s it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from extract.model import Source
from nlp.findings.model import Status

SentenceKind = Literal["quoted", "assembled", "advanced", "placeholder", "note", "written"]
"""How a sentence was made; "written" is a person's own text, never a suggestion."""
ParagraphRole = Literal["carried", "last_year", "this_year", "progress", "placeholder", "written"]
"""`written`: a paragraph a person added."""
StatusReview = Literal["suggested", "confirmed", "to_confirm"]
"""Where a row's status stands: as the tool inferred it, confirmed by a person (accepted
or chosen), or rejected with no status chosen yet."""


@dataclass(frozen=True)
class Cite:
    """Where a sentence came from: the block's source and the words quoted from it."""

    source: Source
    quote: str
    document: str
    """A short label for the document: its title, else its file name."""


@dataclass(frozen=True)
class Sentence:
    text: str
    kind: SentenceKind
    cites: tuple[Cite, ...] = ()
    id: str = ""
    """Stable within its draft, from what the sentence is (`drafting.build.ids`); the
    review names sentences by it. Empty until the draft is built; never printed."""
    revise: str = ""
    """Why the author should revise this carried-forward sentence (a one-off event of
    last year, a person who has left): a Word comment, never part of the text."""


@dataclass(frozen=True)
class DraftParagraph:
    role: ParagraphRole
    sentences: tuple[Sentence, ...]
    numbered: bool = True
    lead: str | None = None
    """A short label printed before the sentences ("Last year's report said:")."""
    bullet: bool = False
    """An item of a bulleted list under the paragraph before it (kept as last year's)."""
    sub: bool = False
    """Numbered one level down (3.3.1), under the numbered paragraph before it, as last
    year's was."""

    @property
    def text(self) -> str:
        body = " ".join(s.text for s in self.sentences)
        return f"{self.lead} {body}" if self.lead else body

    @property
    def cites(self) -> tuple[Cite, ...]:
        return tuple(c for s in self.sentences for c in s.cites)


@dataclass(frozen=True)
class DraftSection:
    number: str | None
    heading: str
    paragraphs: tuple[DraftParagraph, ...]
    source: Cite | None = None


@dataclass(frozen=True)
class AppendixRow:
    priority: str
    """The priority's label as the plan prints it ("Priority 1: ...")."""
    number: str
    action: str
    items: tuple[str, ...]
    update: tuple[Sentence, ...]
    status: Status
    status_cue: str
    action_cite: Cite | None
    """Where the plan prints the action; None for a row a person added."""
    history: tuple[str, ...] = ()
    gap: bool = False
    status_review: StatusReview = "suggested"

    @property
    def update_text(self) -> str:
        return " ".join(s.text for s in self.update)

    @property
    def shown_status(self) -> str:
        """The key of the status a reader sees (`STATUS_LABELS`): a gap's "update
        needed" until a person sets its status, a rejected suggestion's "to confirm",
        else the status."""
        if self.status_unset:
            return "gap"
        return "to_confirm" if self.status_review == "to_confirm" else self.status

    @property
    def status_unset(self) -> bool:
        """A gap (no update found) whose status no person has set yet."""
        return self.gap and self.status_review != "confirmed"

    @property
    def cites(self) -> tuple[Cite, ...]:
        first = (self.action_cite,) if self.action_cite is not None else ()
        return (*first, *(c for s in self.update for c in s.cites))


@dataclass(frozen=True)
class PlanPriority:
    """Appendix 1: a priority of the current plan with its outcomes and actions."""

    label: str
    outcomes: tuple[str, ...]
    actions: tuple[tuple[str, str, Cite | None], ...]
    """(number, text, where the plan prints it: None for an action a person added)."""
    cite: Cite


@dataclass(frozen=True)
class ChecklistItem:
    requirement: str
    found: bool
    where: tuple[Cite, ...] = ()
    last_year: tuple[Cite, ...] = ()
    note: str | None = None
    written: str | None = None
    """A person's own words for the "where" cell, printed instead of the drafted ones."""


@dataclass(frozen=True)
class StatusCounts:
    priority: str
    counts: tuple[tuple[Status | Literal["gap"], int], ...]


@dataclass(frozen=True)
class Draft:
    title: str
    board: str | None
    period: str
    previous_period: str | None
    date: str | None
    """From the inputs (the latest document's date), or given; never the clock."""
    sections: tuple[DraftSection, ...]
    appendix_title: str
    appendix_columns: tuple[str, str, str]
    rows: tuple[AppendixRow, ...]
    plan_title: str
    plan: tuple[PlanPriority, ...]
    checklist: tuple[ChecklistItem, ...]
    charts: tuple[StatusCounts, ...]
    documents: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    cover: tuple[str, ...] = ()
    """Lines a person added under the title (printed in every copy)."""
    author: str = "the report's author"
    """Who completes the draft, as last year's report names its author ("the
    Independent Chair", "the safeguarding partners")."""

    @property
    def gaps(self) -> tuple[AppendixRow, ...]:
        return tuple(r for r in self.rows if r.gap)
