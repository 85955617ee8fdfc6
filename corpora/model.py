"""The content of a board's documents, as data.

One source, two consumers: the layout writers turn these objects into Word files,
and `corpora.truth` turns the same objects into `truth.json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["complete", "in_progress", "planned", "delayed", "unknown"]
LinkKind = Literal["same", "reworded", "split", "merged"]


@dataclass(frozen=True)
class Person:
    """Someone a document names; `role` as that document prints it, or None when the
    document names them without one."""

    name: str
    role: str | None

    def unrolled(self) -> Person:
        """The same person in a document that names them without printing their role."""
        return Person(self.name, None)


@dataclass(frozen=True)
class Action:
    """A planned action. `prev` names actions of the previous year's plan ("A1.2")
    this one continues; `kind` says how (same, reworded, split, merged)."""

    text: str
    items: tuple[str, ...] = ()
    lead: str | None = None
    by: str | None = None
    prev: tuple[str, ...] = ()
    kind: LinkKind | None = None


@dataclass(frozen=True)
class Priority:
    number: int
    title: str
    outcomes: tuple[str, ...]
    actions: tuple[Action, ...]
    intro: str | None = None


@dataclass(frozen=True)
class Progress:
    """One row of a progress appendix, reporting on `actions` ("A1.2") of the plan
    for the same year. `text`/`items` restate the action when the report words it
    differently from the plan; `status_cell` is the Status/RAG column's text."""

    actions: tuple[str, ...]
    update: str
    statuses: tuple[Status, ...]
    text: str | None = None
    items: tuple[str, ...] | None = None
    status_cell: str | None = None


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Sub:
    """A third-level numbered paragraph (3.3.1)."""

    text: str


@dataclass(frozen=True)
class Box:
    """A two-column shaded box: (heading, lines) for each column."""

    title: str
    left: tuple[str, tuple[str, ...]]
    right: tuple[str, tuple[str, ...]]


Para = str | Bullets | Sub | Box


@dataclass(frozen=True)
class Section:
    heading: str
    paras: tuple[Para, ...]


@dataclass(frozen=True)
class DocStyle:
    """How a document is laid out: which writer, and which features it shows."""

    layout: str
    formats: tuple[str, ...] = ("pdf",)
    cover: bool = True
    contents: bool = False
    numbering: Literal["typed", "auto"] = "typed"
    action_numbers: Literal["per_priority", "dotted", "continuous", "ref"] = "dotted"
    landscape_appendix: bool = False
    features: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    title: str
    period: str
    actions_period: str | None
    actions_heading: str
    style: DocStyle
    foreword: tuple[str, ...]
    signoff: tuple[str, ...]
    sections: tuple[Section, ...]
    priorities: tuple[Priority, ...]
    closing: tuple[Section, ...] = ()
    people: tuple[Person, ...] = ()


@dataclass(frozen=True)
class Report:
    title: str
    kind: Literal["accountability_report", "annual_report"]
    period: str
    style: DocStyle
    sections: tuple[Section, ...]
    signoff: tuple[str, ...]
    people: tuple[Person, ...]
    progress_title: str
    progress_intro: str
    progress_columns: tuple[str, ...]
    progress: tuple[Progress, ...]
    progress_bands: bool = False
    membership: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Year:
    key: str  # "2018-19", used in file names and ids
    plan: Plan
    report: Report


@dataclass(frozen=True)
class Board:
    slug: str
    name: str
    short: str
    colour: str  # hex, for headings and table headers
    light: str  # hex, for shaded header cells and boxes
    years: tuple[Year, ...]
    demo: bool = False
    notes: tuple[str, ...] = field(default=())


def action_index(plan: Plan) -> dict[str, tuple[Priority, int, Action]]:
    """Map "A1.3" to (priority, position, action) for every action in a plan."""
    out: dict[str, tuple[Priority, int, Action]] = {}
    for pri in plan.priorities:
        for k, act in enumerate(pri.actions, start=1):
            out[f"A{pri.number}.{k}"] = (pri, k, act)
    return out


def printed_number(plan: Plan, key: str) -> str:
    """The action's number as a reader sees it in the plan (no trailing dot)."""
    index = action_index(plan)
    pri, k, _ = index[key]
    scheme = plan.style.action_numbers
    if scheme == "per_priority":
        return str(k)
    if scheme == "continuous":
        return str(list(index).index(key) + 1)
    if scheme == "ref":
        return f"P{pri.number}.{k}"
    return f"{pri.number}.{k}"
