"""Finding a correction's place again: by its stable position when the text there still
matches the fingerprint, else by the fingerprint alone (positions shifted, or the twin
copy of the document); None when neither finds it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from nlp.corrections.model import Target
from nlp.findings.model import (
    Action,
    Findings,
    ListReading,
    Person,
    Priority,
    Progress,
    RowReading,
    Section,
    TableReading,
)
from nlp.ledger.text import normalise

FINGERPRINT_WORDS = 10
T = TypeVar("T")
U = TypeVar("U")


def fingerprint(text: str) -> str:
    """The first words of a text, normalised (case, punctuation, numbers, stop words
    gone): the same block read by two pipeline versions, or in a PDF and its Word copy,
    gives the same fingerprint."""
    return " ".join(normalise(text).split()[:FINGERPRINT_WORDS])


def action_text(a: Action) -> str:
    return a.text


def progress_text(p: Progress) -> str:
    return f"{p.action} {p.update}"


def table(findings: Findings, target: Target) -> TableReading | None:
    own = target.sha256 == findings.document.sha256
    by_place = next((t for t in findings.tables if t.table == target.table), None)
    if own and by_place is not None and _fits(by_place.fingerprint, target.fingerprint):
        return by_place
    return _only(t for t in findings.tables if t.fingerprint == target.fingerprint)


def row(findings: Findings, target: Target) -> tuple[TableReading, RowReading] | None:
    own = target.sha256 == findings.document.sha256
    rows = [(t, r) for t in findings.tables for r in t.rows]
    if own:
        for t, r in rows:
            if (r.table, r.row) == (target.table, target.row) and _fits(
                fingerprint(r.text), target.fingerprint
            ):
                return t, r
    return _only((t, r) for t, r in rows if fingerprint(r.text) == target.fingerprint)


def row_at(findings: Findings, target: Target) -> tuple[TableReading, RowReading] | None:
    """The row at the target's position in its own document, whatever its words."""
    if target.sha256 != findings.document.sha256:
        return None
    for t in findings.tables:
        for r in t.rows:
            if (r.table, r.row) == (target.table, target.row):
                return t, r
    return None


def action(findings: Findings, target: Target) -> Action | None:
    return _item(findings.actions, target, findings, action_text)


def progress(findings: Findings, target: Target) -> Progress | None:
    return _item(findings.progress, target, findings, progress_text)


def section(findings: Findings, target: Target) -> int | None:
    own = target.sha256 == findings.document.sha256
    sections: Sequence[Section] = findings.sections
    if own and target.item and target.item.startswith("section:"):
        k = int(target.item.split(":", 1)[1])
        if 0 <= k < len(sections) and _fits(fingerprint(sections[k].heading), target.fingerprint):
            return k
    found = [k for k, s in enumerate(sections) if fingerprint(s.heading) == target.fingerprint]
    return found[0] if found else None


def list_(findings: Findings, target: Target) -> ListReading | None:
    """The list named `list:<k>` (its ordinal) in its own document when its words still
    match, else the one list whose words do (positions shifted, or the twin)."""
    own = target.sha256 == findings.document.sha256
    if own and (target.item or "").startswith("list:"):
        k = _ordinal(target.item or "")
        found = next((x for x in findings.lists if x.index == k), None)
        if found is not None and _fits(found.fingerprint, target.fingerprint):
            return found
    if not target.fingerprint:
        return None
    return _only(x for x in findings.lists if x.fingerprint == target.fingerprint)


def _ordinal(item: str) -> int | None:
    tail = item.split(":", 1)[1]
    return int(tail) if tail.isdigit() else None


def priority(findings: Findings, target: Target) -> Priority | None:
    for p in findings.priorities:
        if target.fingerprint and fingerprint(p.title) == target.fingerprint:
            return p
    return next((p for p in findings.priorities if p.number == target.item), None)


def person(findings: Findings, target: Target) -> Person | None:
    return next((p for p in findings.people if fingerprint(p.name) == target.fingerprint), None)


def _item(
    items: Sequence[T], target: Target, findings: Findings, text: Callable[[T], str]
) -> T | None:
    own = target.sha256 == findings.document.sha256
    if own:
        for it in items:
            if getattr(it, "id", None) == target.item and _fits(
                fingerprint(text(it)), target.fingerprint
            ):
                return it
    return _only(it for it in items if fingerprint(text(it)) == target.fingerprint)


def _fits(here: str, expected: str) -> bool:
    return not expected or here == expected


def _only(found: Iterable[U]) -> U | None:
    items = list(found)
    return items[0] if len(items) == 1 else None


def fingerprint_at(findings: Findings, target: Target, kind: str) -> str:
    """The fingerprint of the text at `target` in its own document ("" when the target
    names no text: a document's kind, a person to add)."""
    if kind in ("table_kind", "column_role"):
        t = next((t for t in findings.tables if t.table == target.table), None)
        return t.fingerprint if t else ""
    if kind in ("section_row", "join_rows", "split_row"):
        for t in findings.tables:
            for r in t.rows:
                if (r.table, r.row) == (target.table, target.row):
                    return fingerprint(r.text)
        return ""
    by_id: dict[str, str] = {a.id: action_text(a) for a in findings.actions}
    by_id.update({p.id: progress_text(p) for p in findings.progress})
    if target.item in by_id:
        return fingerprint(by_id[target.item])
    if kind == "mark_priority" and target.item and target.item.startswith("section:"):
        k = int(target.item.split(":", 1)[1])
        return fingerprint(findings.sections[k].heading) if 0 <= k < len(findings.sections) else ""
    if kind in ("mark_list", "unmark_list") and (target.item or "").startswith("list:"):
        n = _ordinal(target.item or "")
        found = next((x for x in findings.lists if x.index == n), None)
        return found.fingerprint if found else ""
    if kind == "unmark_priority":
        p = next((p for p in findings.priorities if p.number == target.item), None)
        return fingerprint(p.title) if p else ""
    if kind == "remove_person":
        return fingerprint(target.item or "")
    return ""
