"""The generator's own objects: one source for the Word writers and for truth.json."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Action:
    key: str  # "A1.2": priority 1, second action (truth id suffix)
    text: str
    items: tuple[str, ...] = ()
    lead: str | None = None
    by: str | None = None
    prev: tuple[str, ...] = ()  # keys of last year's actions this one continues
    kind: str | None = None  # same | reworded | split | merged
    number: str = ""  # as printed, no trailing dot
    verb: str = ""  # imperative verb the text starts with (for updates and rewording)
    obj: str = ""  # the object phrase (for updates and rewording)
    plan_status: str | None = None  # a plan's own RAG/Status cell, when it has one


@dataclass
class Priority:
    number: int
    title: str
    label: str  # as printed before the title: "Priority 1:", "Theme 3", "1."
    outcomes: tuple[str, ...]
    actions: list[Action]


@dataclass
class Row:
    """One progress row reporting on `actions` (keys of the same year's plan)."""

    actions: tuple[str, ...]
    action: str  # the action as the report restates it
    update: tuple[str, ...]  # cell paragraphs
    statuses: tuple[str, ...]
    action_items: tuple[str, ...] = ()
    status_cell: str | None = None
    fill: str | None = None
    ref: str | None = None
    lead: str | None = None
    timescale: str | None = None
    priority: int = 0


@dataclass
class Person:
    name: str
    role: str | None
    org: str | None = None
    initials: str | None = None


@dataclass
class Doc:
    """Everything a writer needs for one plan or report, and what truth records."""

    doc_id: str
    stem: str
    kind: str  # business_plan | annual_report | accountability_report
    title: str
    title_lines: tuple[str, ...]  # the title as printed on the cover (may wrap)
    period: str  # truth form: "2017/18" or "2017-19"
    period_printed: str
    actions_period: str | None
    layout: str
    formats: tuple[str, ...]
    priorities: list[Priority]
    people: list[Person] = field(default_factory=list)
    membership: list[Person] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    style: dict[str, object] = field(default_factory=dict)
    features: list[str] = field(default_factory=list)


@dataclass
class Board:
    slug: str
    part: str  # dev | heldout
    name: str  # canonical, as truth records it
    short: str  # acronym
    place: str
    colour: str
    light: str
    name_style: str
    docs: list[Doc] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)
    seed: int = 0
