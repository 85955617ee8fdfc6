"""The cover and Appendix 1 of an edited copy applied, as steps (`service.review.steps`).

- the cover: the title edited; the board's line edited (the final copy prints it); a
  line the person added under the title (kept in `Draft.cover`, printed in every copy)
  edited or removed; one of the tool's notes deleted (dismissed). The review copy's
  own guidance (the "Draft for … to complete" line, the how-to-read box) is written
  anew on every copy: an edit of it is not applied, and says so;
- Appendix 1: a priority's heading (the progress appendix's band of the same words
  follows it), an outcome or an action edited, added (the person's: no source) or
  removed. A priority added or removed whole is the plan's to say, not applied."""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.compare import Change
from drafting.model import Draft, PlanPriority
from drafting.textnorm import collapse, key
from service.review.content import DraftContent
from service.review.steps import NotApplied, Step, find

GUIDANCE = (
    "this line is the review copy's guidance, written anew on every copy and left out of "
    "the final copy: write what you want the report to say in a section"
)


def cover_change(content: DraftContent, change: Change) -> Step:
    draft = content.draft
    if change.where == "heading cover":
        if not change.after:
            raise NotApplied("the report needs a title: the title line was deleted")
        edited = replace(draft, title=collapse(change.after))
        return Step(
            replace(content, draft=edited), "edit_cover", "title", draft.title, edited.title
        )
    before = key(change.before or "")
    if change.kind == "added":
        lines = (*draft.cover, collapse(change.after or ""))
        return _cover(content, replace(draft, cover=lines), "cover line", change)
    mine = [k for k, line in enumerate(draft.cover) if key(line) == before]
    if mine:
        k = mine[0]
        lines = (
            (*draft.cover[:k], *draft.cover[k + 1 :])
            if change.kind == "removed"
            else (*draft.cover[:k], collapse(change.after or ""), *draft.cover[k + 1 :])
        )
        return _cover(content, replace(draft, cover=lines), f"cover line {k + 1}", change)
    if draft.board and key(draft.board) == before:
        if change.kind == "removed":
            raise NotApplied("the board's name stays on the cover (edit it, not delete it)")
        board = collapse(change.after or "")
        return _cover(content, replace(draft, board=board), "board", change)
    notes = [k for k, note in enumerate(draft.notes) if key(note) == before]
    if notes and change.kind == "removed":
        k = notes[0]
        kept = (*draft.notes[:k], *draft.notes[k + 1 :])
        return _cover(content, replace(draft, notes=kept), f"note {k + 1}", change)
    if notes:
        raise NotApplied(
            "the tool's notes say what the documents lack and are not edited: delete the "
            "note to dismiss it"
        )
    raise NotApplied(GUIDANCE)


def _cover(content: DraftContent, draft: Draft, where: str, change: Change) -> Step:
    return Step(replace(content, draft=draft), "edit_cover", where, change.before, change.after)


_LIST = re.compile(r"^(\d+)/(outcomes|actions)$")


def plan_change(content: DraftContent, change: Change) -> Step:
    plan = content.draft.plan
    m = _LIST.match(change.section or "")
    if m is None:
        if change.kind != "changed":
            raise NotApplied(
                "Appendix 1 reprints the plan's priorities: a priority is added or removed "
                "in the plan itself (upload the new plan, then regenerate the draft)"
            )
        return _relabelled(content, change)
    k, column = int(m.group(1)), m.group(2)
    if not 0 <= k < len(plan):
        raise NotApplied(f"Appendix 1 has no priority {k + 1}")
    priority = plan[k]
    texts = (
        list(priority.outcomes) if column == "outcomes" else [t for _n, t, _c in priority.actions]
    )
    if change.kind == "added":
        at = 0 if change.anchor is None else find(texts, change.anchor, None)
        if at is None:
            raise NotApplied("the line it follows in the copy is not in Appendix 1")
        place = at if change.anchor is None else at + 1
        edited = _insert(priority, column, place, collapse_lines(change.after or ""))
    else:
        at = find(texts, change.before or "", change.index)
        if at is None:
            raise NotApplied("the line it changes is no longer in Appendix 1")
        edited = (
            _drop(priority, column, at)
            if change.kind == "removed"
            else _replace(priority, column, at, collapse_lines(change.after or ""))
        )
    new_plan = (*plan[:k], edited, *plan[k + 1 :])
    where = f"Appendix 1 priority {k + 1} {column[:-1]}"
    draft = replace(content.draft, plan=new_plan)
    return Step(replace(content, draft=draft), "edit_plan", where, change.before, change.after)


def collapse_lines(text: str) -> str:
    return "\n".join(collapse(line) for line in text.split("\n") if line.strip())


def _relabelled(content: DraftContent, change: Change) -> Step:
    plan = content.draft.plan
    k = find([p.label for p in plan], change.before or "", change.index)
    if k is None:
        raise NotApplied("the priority it renames is no longer in Appendix 1")
    old, new = plan[k].label, collapse(change.after or "")
    rows = tuple(replace(r, priority=new) if r.priority == old else r for r in content.draft.rows)
    new_plan = (*plan[:k], replace(plan[k], label=new), *plan[k + 1 :])
    draft = replace(content.draft, plan=new_plan, rows=rows)
    return Step(replace(content, draft=draft), "rename_priority", f"priority {old}", old, new)


def _insert(priority: PlanPriority, column: str, at: int, text: str) -> PlanPriority:
    if column == "outcomes":
        outcomes = (*priority.outcomes[:at], text, *priority.outcomes[at:])
        return replace(priority, outcomes=outcomes)
    actions = (*priority.actions[:at], (str(at + 1), text, None), *priority.actions[at:])
    return replace(priority, actions=actions)


def _drop(priority: PlanPriority, column: str, at: int) -> PlanPriority:
    if column == "outcomes":
        return replace(priority, outcomes=(*priority.outcomes[:at], *priority.outcomes[at + 1 :]))
    return replace(priority, actions=(*priority.actions[:at], *priority.actions[at + 1 :]))


def _replace(priority: PlanPriority, column: str, at: int, text: str) -> PlanPriority:
    if column == "outcomes":
        outcomes = (*priority.outcomes[:at], text, *priority.outcomes[at + 1 :])
        return replace(priority, outcomes=outcomes)
    number, _old, cite = priority.actions[at]
    actions = (*priority.actions[:at], (number, text, cite), *priority.actions[at + 1 :])
    return replace(priority, actions=actions)
