"""A copy of the draft edited in Word, applied: what the person changed (as
`drafting.compare` reads it) becomes the draft's, each change a version with who and
when. Each change is a pure step over the content (`service.review.steps`):

- the body (`apply_body`): headings; a paragraph edited (merged sentence by sentence:
  the drafted sentences still there keep their sources and verdicts), added after the
  paragraph it follows, removed (its drafted sentences rejected, kept but not
  printed), or moved (the same paragraph in its new place);
- the cover and Appendix 1 (`apply_front`): the title, the board's line, lines added
  under the title, the tool's notes dismissed; Appendix 1's priorities' headings,
  outcomes and actions;
- the tables (`apply_tables`): the progress appendix's updates, statuses and actions,
  rows added and removed, a band renamed; the checklist's rows;
- in a tracked-suggestions copy, a suggestion whose tracked insertion Word accepted
  (its words still there, no longer tracked) is accepted.

What cannot be applied is returned with the reason (`Change.reason`); `preview` runs
the same steps without saving, so the compare page says so before anything is applied.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from drafting.compare import Change
from drafting.textnorm import key
from extract.errors import CarryforwardError
from service.review import apply_body, apply_front, apply_tables, drafts
from service.review.content import DraftContent, Verdict
from service.review.steps import NotApplied, Step
from service.review.word import SUGGESTED
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow

ORDER = {"changed": 0, "added": 1, "moved": 2, "removed": 3}
"""Edited text first, so that added and moved paragraphs find the ones they follow."""


@dataclass(frozen=True)
class Tracked:
    """What an uploaded copy says of the tool's tracked insertions."""

    copy: bool = False
    """The copy was downloaded with its suggestions tracked."""
    still: tuple[str, ...] = ()
    """The texts of the tool's insertions neither accepted nor rejected."""


def apply_changes(
    scope: BoardScope,
    row: DraftRow,
    changes: list[Change],
    label: str,
    tracked: Tracked = Tracked(),
) -> tuple[list[Change], list[Change], list[str]]:
    """(applied, not applied with the reason, the suggestions accepted in Word); one
    version per change applied, and the last version records the file applied."""
    applied, skipped = [], []
    for change in sorted(changes, key=lambda c: ORDER[c.kind]):
        try:
            step = apply_one(drafts.content_of(row), change, scope.user.email)
        except NotApplied as why:
            skipped.append(replace(change, reason=str(why)))
            continue
        drafts.save(scope, row, step.content, step.action, step.where, step.before, step.after)
        applied.append(change)
    accepted = accepted_in_word(drafts.content_of(row), tracked)
    if accepted:
        content = drafts.content_of(row)
        review: dict[str, Verdict] = {**content.review, **dict.fromkeys(accepted, "accepted")}
        content = replace(content, review=review)
        drafts.save(
            scope, row, content, "accepted_in_word", label, "pending", "accepted", ids=accepted
        )
    drafts.save(
        scope,
        row,
        drafts.content_of(row),
        "applied_docx",
        label,
        None,
        None,
        applied=len(applied),
        accepted=len(accepted),
        not_applied=[{"where": c.where, "reason": c.reason} for c in skipped],
    )
    return applied, skipped, accepted


def preview(content: DraftContent, changes: list[Change], by: str) -> list[Change]:
    """`changes` in the order they would be applied, each that would not apply with its
    reason: the same steps as `apply_changes`, nothing saved."""
    out = []
    for change in sorted(changes, key=lambda c: ORDER[c.kind]):
        try:
            content = apply_one(content, change, by).content
            out.append(change)
        except NotApplied as why:
            out.append(replace(change, reason=str(why)))
    return out


def apply_one(content: DraftContent, change: Change, by: str) -> Step:
    """The step `change` makes of `content`; raises `NotApplied` saying why not. An
    error of the review itself (a row or paragraph not there) is a reason too."""
    try:
        return _step(content, change, by)
    except CarryforwardError as error:
        raise NotApplied(str(error)) from error


def _step(content: DraftContent, change: Change, by: str) -> Step:
    if change.part == "cover":
        return apply_front.cover_change(content, change)
    if change.part == "plan":
        return apply_front.plan_change(content, change)
    if change.part == "rows":
        return apply_tables.row_change(content, change, by)
    if change.part == "checklist":
        return apply_tables.checklist_change(content, change)
    if change.section is not None:
        return apply_body.paragraph(content, change)
    if change.where.startswith("heading "):
        if change.kind != "changed" or not change.after:
            raise NotApplied(
                "a section's heading was added or deleted: sections are last year's report's; "
                "edit the heading's words instead"
            )
        return apply_body.heading(content, change.where.removeprefix("heading "), change.after)
    raise NotApplied("this part of the copy has no place in the draft")


def accepted_in_word(content: DraftContent, tracked: Tracked) -> list[str]:
    """The pending suggestions a tracked copy has as plain text: accepted in Word."""
    if not tracked.copy:
        return []
    still = " | ".join(key(t) for t in tracked.still)
    shown = {sid for sid, _w, _s in drafts.sentences(drafts.effective(content))}
    return [
        s.id
        for s in drafts.suggestions(content)
        if s.state == "pending"
        and s.kind in SUGGESTED
        and s.id in shown
        and key(s.text) not in still
    ]
