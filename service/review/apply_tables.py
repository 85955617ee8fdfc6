"""The tables of an edited copy applied, as steps (`service.review.steps`):

- the progress appendix: a row's update, status and action (with its sub-items), a
  row added (the person's: no source, its status set by them) after the row it
  follows, a row removed (kept in `DraftContent.removed_rows`, not printed), a
  priority's band renamed;
- the before-you-publish checklist: a row's "in the evidence?" (Found / Not found) and
  "where" (the person's words, printed instead of the drafted ones), a row added or
  removed. Deleting the whole checklist page is what it asks before publishing: not
  applied (the final copy leaves it out anyway).

Rows are numbered by their place, and status decisions are kept by row index, so a row
added or removed moves the decisions of the rows after it with them."""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.build.appendix import STATUS_LABELS
from drafting.build.ids import new_sentence
from drafting.compare import Change
from drafting.model import AppendixRow, ChecklistItem, Draft
from drafting.textnorm import collapse, key
from nlp.findings.model import Status
from service.review import drafts
from service.review.content import DraftContent, StatusDecision, Verdict
from service.review.steps import NotApplied, Step

_ROW = re.compile(r"^appendix row (.+) / (\S+)(?:: (update|status|action))?$")
_BAND = re.compile(r"^appendix band (.+)$")
_STATUS_OF: dict[str, Status] = {
    label.lower(): key_ for key_, label in STATUS_LABELS.items() if key_ in drafts.STATUSES
}
FOUND = {"found": True, "not found": False}


def row_change(content: DraftContent, change: Change, by: str) -> Step:
    if m := _BAND.match(change.where):
        return _renamed(content, m.group(1), change.after or "")
    m = _ROW.match(change.where)
    if m is None:
        raise NotApplied("the change names no row of the progress appendix")
    priority, number, column = m.groups()
    if change.kind == "added":
        return _added(content, priority, number, change, by)
    at = _index(content.draft, priority, number)
    if change.kind == "removed":
        return _removed(content, at)
    after = change.after or ""
    if column == "update" and not collapse(after):
        return _update_deleted(content, at, change)
    if column == "update":
        edited, before, now = drafts.row_edited(content, at, after, None, by)
        return Step(edited, "edit_row", f"appendix row {at}", before, now)
    if column == "status":
        status = _STATUS_OF.get(after.strip().lower())
        if status is None:
            known = ", ".join(STATUS_LABELS[s] for s in drafts.STATUSES)
            raise NotApplied(f"“{after.strip()}” is not a status: write one of {known}")
        edited, before, now = drafts.row_edited(content, at, None, status, by)
        return Step(edited, "edit_row", f"appendix row {at}", before, now)
    row = content.draft.rows[at]
    first, items = _action(after)
    rows = drafts.put(content.draft.rows, at, replace(row, action=first, items=items))
    edited = replace(content, draft=replace(content.draft, rows=rows))
    return Step(edited, "edit_row_action", f"appendix row {at}", change.before, after)


def _update_deleted(content: DraftContent, at: int, change: Change) -> Step:
    """A row's update deleted (or its tracked insertion rejected in Word): its drafted
    sentences rejected, kept but not printed; the person's own dropped."""
    row = content.draft.rows[at]
    drafted = tuple(s for s in row.update if s.kind != "written")
    if not row.update:
        raise NotApplied("the row has no update to delete")
    rows = drafts.put(content.draft.rows, at, replace(row, update=drafted))
    review: dict[str, Verdict] = {
        **content.review,
        **dict.fromkeys((s.id for s in drafted), "rejected"),
    }
    edited = replace(content, draft=replace(content.draft, rows=rows), review=review)
    return Step(edited, "remove_update", f"appendix row {at}", change.before, None)


def _index(draft: Draft, priority: str, number: str) -> int:
    found = next(
        (
            k
            for k, r in enumerate(draft.rows)
            if (key(r.priority), r.number) == (key(priority), number)
        ),
        None,
    )
    if found is None:
        raise NotApplied(f"the progress appendix has no row {number} under {priority}")
    return found


def _action(text: str) -> tuple[str, tuple[str, ...]]:
    first, *items = [line.strip() for line in collapse_lines(text) if line.strip()]
    return first, tuple(i.removeprefix("–").removeprefix("-").strip() for i in items)


def collapse_lines(text: str) -> list[str]:
    return [collapse(line) for line in text.split("\n")]


def _added(content: DraftContent, priority: str, number: str, change: Change, by: str) -> Step:
    action, update, status_text = (*change.cells, "", "", "")[:3]
    if not collapse(action):
        raise NotApplied("the row added has no planned action")
    rows = content.draft.rows
    mine = [k for k, r in enumerate(rows) if key(r.priority) == key(priority)]
    after = [k for k in mine if rows[k].number == change.anchor]
    place = after[0] + 1 if after else (mine[0] if mine and change.anchor is None else len(rows))
    if mine and not after and change.anchor is not None:
        place = mine[-1] + 1
    first, items = _action(action)
    status = _STATUS_OF.get(
        status_text.strip().splitlines()[0].lower() if status_text.strip() else ""
    )
    row = AppendixRow(
        priority=priority,
        number="" if number.startswith("row ") else number,
        action=first,
        items=items,
        update=(),
        status=status or "unknown",
        status_cue=f"set by {by}" if status else "added in Word",
        action_cite=None,
        gap=True,
    )
    if collapse(update):
        row = replace(row, update=(new_sentence(content.draft, row, collapse(update)),), gap=False)
    moved = shift(content, place, +1)
    content = replace(moved, draft=replace(moved.draft, rows=(*rows[:place], row, *rows[place:])))
    decision = StatusDecision("set", status, by) if status or row.update else None
    if decision is not None:
        content = replace(content, status_review={**content.status_review, str(place): decision})
    return Step(content, "add_row", f"appendix row {place}", None, change.cells)


def _removed(content: DraftContent, at: int) -> Step:
    shown = drafts.effective(content).rows[at]
    rows = content.draft.rows
    decisions = {k: v for k, v in content.status_review.items() if k != str(at)}
    content = shift(replace(content, status_review=decisions), at + 1, -1)
    content = replace(
        content,
        draft=replace(content.draft, rows=(*rows[:at], *rows[at + 1 :])),
        removed_rows=(*content.removed_rows, shown),
    )
    return Step(content, "remove_row", f"appendix row {at}", shown.action, None)


def shift(content: DraftContent, start: int, by: int) -> DraftContent:
    """The status decisions of rows `start` onwards moved `by` places."""
    moved = {
        str(int(k) + by) if int(k) >= start else k: v for k, v in content.status_review.items()
    }
    return replace(content, status_review=moved)


def _renamed(content: DraftContent, old: str, new: str) -> Step:
    """A priority's band renamed in the appendix: its rows, and Appendix 1's heading when
    it is the same words, take the new name."""
    rows = tuple(
        replace(r, priority=new) if key(r.priority) == key(old) else r for r in content.draft.rows
    )
    plan = tuple(
        replace(p, label=new) if key(p.label) == key(old) else p for p in content.draft.plan
    )
    if rows == content.draft.rows and not any(r.priority == new for r in rows):
        raise NotApplied(f"the progress appendix has no priority “{old}”")
    edited = replace(content, draft=replace(content.draft, rows=rows, plan=plan))
    return Step(edited, "rename_priority", f"priority {old}", old, new)


def checklist_change(content: DraftContent, change: Change) -> Step:
    if change.where == "checklist":
        raise NotApplied(
            "the before-you-publish page was deleted, as it asks before publishing: the "
            "final copy leaves it out, and the review copy keeps it for the next reader"
        )
    items = content.draft.checklist
    if change.kind == "added":
        requirement, found, where = (*change.cells, "", "", "")[:3]
        item = ChecklistItem(
            collapse(requirement),
            FOUND.get(key(found).lower(), False),
            written=collapse(where) or None,
        )
        return _checked(content, (*items, item), f"checklist row {len(items)}", None, change)
    requirement = change.section or change.before or ""
    at = next((k for k, i in enumerate(items) if key(i.requirement) == key(requirement)), None)
    if at is None:
        raise NotApplied(f"the checklist has no row “{requirement}”")
    if change.kind == "removed":
        return _checked(
            content, (*items[:at], *items[at + 1 :]), f"checklist row {at}", requirement, change
        )
    after = collapse(change.after or "")
    if change.where.endswith(": where"):
        item = replace(items[at], written=after)
    else:
        mark = FOUND.get(key(after).lower())
        if mark is None:
            raise NotApplied(f"“{after}” is not Found or Not found")
        item = replace(items[at], found=mark)
    return _checked(
        content, drafts.put(items, at, item), f"checklist row {at}", change.before, change
    )


def _checked(
    content: DraftContent,
    items: tuple[ChecklistItem, ...],
    where: str,
    before: str | None,
    change: Change,
) -> Step:
    edited = replace(content, draft=replace(content.draft, checklist=items))
    return Step(edited, "edit_checklist", where, before, change.after)
