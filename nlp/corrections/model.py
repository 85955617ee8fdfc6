"""A correction: what a person said a document's reading should be.

A correction names its document by content hash and its place by a stable position (the
table's ordinal among the document's tables, a row's index, a grid column, an item's id)
plus a short fingerprint of the text there, so it is found again when positions shift
(a new pipeline version) or in the document's twin (the Word copy of a PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

CorrectionKind = Literal[
    "document_kind",
    "document_period",
    "document_actions_period",
    "document_board",
    "table_kind",
    "column_role",
    "section_row",
    "join_rows",
    "split_row",
    "mark_priority",
    "unmark_priority",
    "mark_list",
    "unmark_list",
    "action_priority",
    "action_number",
    "progress_number",
    "progress_status",
    "progress_priority",
    "add_person",
    "remove_person",
]
KINDS: tuple[str, ...] = get_args(CorrectionKind)
DOCUMENT_KINDS = ("document_kind", "document_period", "document_actions_period", "document_board")
READER_KINDS = ("table_kind", "column_role", "section_row", "join_rows", "split_row")
"""Corrections the table reader must be re-run with (`nlp.findings.forced`)."""
TABLE_KINDS = ("plan", "progress", "other")
COLUMN_ROLES = (
    "action",
    "update",
    "status",
    "lead",
    "timescale",
    "number",
    "priority",
    "outcome",
    "ignore",
)
LIST_MARKS = ("priorities", "outcomes")
"""What a list can be marked as (`mark_list`): the priorities, or one priority's
outcomes (`extra.priority` names it)."""
READER_ROLE = {"number": "ref"}
"""A column role as the person says it -> as the table reader names it."""


@dataclass(frozen=True)
class Target:
    """Where a correction applies."""

    sha256: str
    """The document's content hash."""
    table: int | None = None
    """Ordinal of the table among the document's tables (0 = the first); for a row, of
    the Table block the row is in."""
    row: int | None = None
    """Index of the row in its Table block."""
    col: int | None = None
    """Grid column."""
    item: str | None = None
    """Id of an action or progress row; a priority's number; a person's name; a
    section's index (`section:3`); a list's index (`list:0`)."""
    fingerprint: str = ""
    """The normalised words at the target (`locate.fingerprint`)."""


@dataclass(frozen=True)
class Correction:
    id: str
    kind: CorrectionKind
    target: Target
    value: str
    """The corrected value: a kind, period, role, status, number, "yes"/"no" for a
    section row; a person's name to add."""
    by: str
    at: str
    """ISO 8601 time it was made."""
    extra: dict[str, str] = field(default_factory=dict)
    """More of the value where one string is not enough: a person's role and
    organisation; a marked priority's outcomes (one a line); for a list marked as
    outcomes, the priority's number (`priority`)."""
