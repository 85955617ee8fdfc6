"""Refusing a correction that makes no sense for its document, with a message naming the
problem (`CorrectionError`); `validate` returns the correction with its value in the
form the readers print (a period as "2019/20")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import get_args

from extract.errors import CorrectionError
from nlp.corrections import lists, locate
from nlp.corrections.model import (
    COLUMN_ROLES,
    KINDS,
    LIST_MARKS,
    READER_KINDS,
    TABLE_KINDS,
    Correction,
)
from nlp.findings.model import Findings, Kind, RowReading, Status, TableReading
from nlp.periods import MAX_PRINTED_SPAN, year_range

DOCUMENT_KIND_VALUES: tuple[str, ...] = get_args(Kind)
STATUSES: tuple[str, ...] = get_args(Status)
PERIOD = re.compile(r"(\d{4})\s*([/\-–]|to)\s*(\d{4}|\d{2})")
MAX_TEXT = 300
YES_NO = ("yes", "no")


def validate(c: Correction, findings: Findings) -> Correction:
    """`c` checked against the findings of its own document (read with their tables)."""
    if c.kind not in KINDS:
        raise CorrectionError(f"there is no correction {c.kind!r}; use one of {', '.join(KINDS)}")
    if c.target.sha256 != findings.document.sha256:
        raise CorrectionError(f"this correction is for another document ({c.target.sha256[:12]})")
    value = c.value.strip() if isinstance(c.value, str) else ""
    if len(value) > MAX_TEXT:
        raise CorrectionError(f"the value is {len(value)} characters long; at most {MAX_TEXT}")
    c = replace(c, value=value)
    if not c.target.fingerprint:
        found = locate.fingerprint_at(findings, c.target, c.kind)
        c = replace(c, target=replace(c.target, fingerprint=found))
    if c.kind in READER_KINDS:
        return _table_correction(c, findings)
    return _item_correction(c, findings)


def period(value: str) -> str:
    """A period as the readers print it ("2019/20", "2017-19"), or `CorrectionError`."""
    m = PERIOD.fullmatch(value.strip())
    if not m:
        raise CorrectionError(
            f"{value!r} is not a period: write it as 2019/20 (one year) or 2017-19 (several)"
        )
    start, end = year_range(m.group(1), m.group(3))
    if len(m.group(3)) == 2 and int(m.group(3)) < start % 100 and start % 100 < 90:
        raise CorrectionError(
            f"{value!r} is not a period: it ends before it starts; a year is written "
            f"{start}/{(start + 1) % 100:02d}"
        )
    span = end - start
    slash = m.group(2) == "/"
    if not 1 <= span <= MAX_PRINTED_SPAN or (slash and span != 1):
        raise CorrectionError(
            f"{value!r} is not a period: it runs from {start} to {end}; a year is written "
            f"{start}/{(start + 1) % 100:02d}, several years {start}-{(start + 2) % 100:02d}"
        )
    return f"{start}/{end % 100:02d}" if span == 1 else f"{start}-{end % 100:02d}"


def _one_of(c: Correction, allowed: tuple[str, ...], what: str) -> Correction:
    if c.value not in allowed:
        raise CorrectionError(f"{c.value!r} is not a {what}; use one of {', '.join(allowed)}")
    return c


def _table_correction(c: Correction, findings: Findings) -> Correction:
    t = c.target
    if t.table is None or (t.item or "").startswith(("section:", "list:")):
        place = "no table"
        if t.item:
            place = "a list" if t.item.startswith("list:") else "a paragraph"
        raise CorrectionError(
            f"a {c.kind.replace('_', ' ')} needs a table, and this target is {place}"
        )
    if c.kind in ("table_kind", "column_role"):
        table = locate.table(findings, t)
        if table is None:
            raise CorrectionError(f"this document has no table {t.table + 1} read as a table")
        if c.kind == "table_kind":
            return _one_of(c, TABLE_KINDS, "table kind")
        cols = [col.col for col in table.columns]
        if t.col is None or t.col not in cols:
            raise CorrectionError(
                f"table {t.table + 1} has no column {'?' if t.col is None else t.col + 1}; "
                f"its columns are 1 to {max(cols, default=-1) + 1}"
            )
        return _one_of(c, COLUMN_ROLES, "column role")
    found = locate.row(findings, t)
    if found is None:
        rows = [r.row + 1 for tr in findings.tables for r in tr.rows if r.table == t.table]
        where = f"rows {min(rows)} to {max(rows)}" if rows else "no data rows"
        raise CorrectionError(
            f"table {t.table + 1} has no data row {'?' if t.row is None else t.row + 1} ({where})"
        )
    if c.kind == "section_row":
        return _one_of(c, YES_NO, "yes-or-no answer (is it a section row?)")
    if c.kind == "join_rows":
        return _join(c, *found)
    if c.kind == "split_row":
        return _split(c, found[1])
    return c


def _join(c: Correction, table: TableReading, row: RowReading) -> Correction:
    """A row is joined with the row after it in the same table (a page break split
    them); `value`, when given, names that row (its `row`, as the target's)."""
    if row.section:
        raise CorrectionError(
            f"row {row.row + 1} of table {table.table + 1} is read as a section row, and a "
            "section row is not joined; mark it as not a section row first"
        )
    rows = list(table.rows)
    k = rows.index(row)
    following = rows[k + 1] if k + 1 < len(rows) else None
    if following is None:
        raise CorrectionError(
            f"row {row.row + 1} is the last row of table {table.table + 1}; "
            "only a row and the row after it in the same table can be joined"
        )
    if c.value and c.value != str(following.row):
        raise CorrectionError(
            f"row {row.row + 1} and row {_shown(c.value)} of table {table.table + 1} are not "
            f"next to each other; only a row and the row after it (row {following.row + 1}) "
            "can be joined"
        )
    return replace(c, value="")


def _split(c: Correction, row: RowReading) -> Correction:
    """A joined row is split again: at every row joined into it, or, when `value` names
    one of them (its `row`), there."""
    if not row.joined:
        raise CorrectionError(f"row {row.row + 1} was not joined to another; nothing to split")
    if c.value and (not c.value.isdigit() or int(c.value) not in row.joined):
        at = ", ".join(str(j) for j in row.joined)
        raise CorrectionError(
            f"row {row.row + 1} cannot be split at {c.value!r}: a joined row is split where "
            f"a row joined into it begins ({at}), not at its start or inside one row"
        )
    return c


def _shown(value: str) -> str:
    return str(int(value) + 1) if value.isdigit() else repr(value)


def _item_correction(c: Correction, findings: Findings) -> Correction:
    kind = c.kind
    if kind == "document_kind":
        return _one_of(c, DOCUMENT_KIND_VALUES, "document kind")
    if kind in ("document_period", "document_actions_period"):
        return replace(c, value=period(c.value))
    if kind in ("document_board", "add_person") and not c.value:
        raise CorrectionError("give the name")
    if kind == "progress_status":
        _one_of(c, STATUSES, "status")
    if kind in ("mark_list", "unmark_list"):
        return _list_correction(c, findings)
    if kind in ("action_priority", "action_number", "progress_number", "progress_priority") and (
        not c.value
    ):
        raise CorrectionError("give the number (or the priority's number)")
    if kind in ("document_board", "add_person"):
        return c
    if kind in ("action_priority", "action_number") and locate.action(findings, c.target) is None:
        raise CorrectionError(f"this document has no action {c.target.item}")
    if (
        kind in ("progress_number", "progress_status", "progress_priority")
        and locate.progress(findings, c.target) is None
    ):
        raise CorrectionError(f"this document has no progress row {c.target.item}")
    if kind == "progress_priority":
        _known_priority(c.value, findings)
    if kind == "action_priority":
        _plan_priority(c.value, findings)
    if kind == "mark_priority" and locate.section(findings, c.target) is None:
        raise CorrectionError(
            "only a heading (a section of this document) can be marked as a priority; "
            "to mark a table column, set its role to priority"
        )
    if kind == "unmark_priority" and locate.priority(findings, c.target) is None:
        raise CorrectionError(f"this document has no priority {c.target.item or ''}".rstrip())
    if kind == "remove_person" and locate.person(findings, c.target) is None:
        raise CorrectionError(f"this document names no person {c.target.item or ''}".rstrip())
    return c


def _known_priority(number: str, findings: Findings) -> None:
    """`number` is one of the document's priorities (any number passes when the
    document has none read: a report's rows name the plan's priorities)."""
    numbers = [p.number for p in findings.priorities if p.number]
    if numbers and number not in numbers:
        raise CorrectionError(
            f"this document has no priority {number!r}; its priorities are {', '.join(numbers)}"
        )


def _plan_priority(number: str, findings: Findings) -> None:
    """A plan's action sits under one of its own priorities: `number` must be one the
    document has (mark its priorities first when none were read)."""
    numbers = [p.number for p in findings.priorities if p.number]
    if not numbers:
        raise CorrectionError(
            f"this document has no priority {number!r}: no priorities are read in it; "
            "mark its priorities first (a heading, a list or a table column)"
        )
    if number not in numbers:
        raise CorrectionError(
            f"this document has no priority {number!r}; its priorities are {', '.join(numbers)}"
        )


def _list_correction(c: Correction, findings: Findings) -> Correction:
    t = c.target
    item = t.item or ""
    if t.table is not None or t.row is not None or t.col is not None:
        place = "a table row" if t.row is not None else "a table"
        raise CorrectionError(
            f"only a list (bulleted or numbered paragraphs) can be marked this way, and this "
            f"target is {place}; to mark a table column, set its role to priority or outcome"
        )
    if item.startswith("section:"):
        raise CorrectionError(
            "only a list can be marked this way, and this target is a heading; "
            "mark a heading as a priority with mark_priority"
        )
    found = locate.list_(findings, t)
    if found is None:
        count = len(findings.lists)
        have = f"its lists are 1 to {count}" if count else "it has no lists"
        raise CorrectionError(f"this document has no list {item or '(none named)'}; {have}")
    if c.kind == "unmark_list":
        marked = {locate.fingerprint(x) for x in found.items}
        read_as = [p for p in findings.priorities if locate.fingerprint(p.title) in marked] + [
            p for p in findings.priorities if marked & {locate.fingerprint(o) for o in p.outcomes}
        ]
        if not read_as:
            raise CorrectionError(
                f"list {found.index + 1} is not read as priorities or outcomes; nothing to un-mark"
            )
        return c
    _one_of(c, LIST_MARKS, "thing a list can be marked as")
    if c.value == "outcomes":
        number = c.extra.get("priority", "").strip()
        if not number:
            raise CorrectionError("give the number of the priority these are the outcomes of")
        if not any(p.number == number for p in findings.priorities):
            numbers = ", ".join(p.number for p in findings.priorities if p.number) or "none"
            raise CorrectionError(
                f"this document has no priority {number!r}; its priorities are {numbers}"
            )
        return replace(c, extra={**c.extra, "priority": number})
    replaced = lists.named(lists.replaced_by(findings.priorities, found))
    extra = {k: v for k, v in c.extra.items() if k != "replaced"}
    return replace(c, extra={**extra, "replaced": replaced} if replaced else extra)
