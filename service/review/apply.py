"""A copy of the draft edited in Word, applied: each paragraph, heading, appendix update
and status the person changed (as `drafting.compare` reads them, tracked changes
accepted or rejected already decided by Word) becomes the draft's, through the same
edits the review pages make, so each is a version with who and when. A paragraph added
or removed has no place to go and is returned as not applied."""

from __future__ import annotations

import re

from drafting.build.appendix import STATUS_LABELS
from drafting.compare import Change
from drafting.model import Draft
from service.review import drafts
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow

_PARAGRAPH = re.compile(r"^paragraph (\S+)\.(\d+)$")
_HEADING = re.compile(r"^heading (\S+)$")
_ROW = re.compile(r"^appendix row (.+) / (\S+): (update|status)$")
_STATUS_OF = {label: key for key, label in STATUS_LABELS.items() if key in drafts.STATUSES}


def apply_changes(
    scope: BoardScope, row: DraftRow, changes: list[Change], label: str
) -> tuple[list[Change], list[Change]]:
    """(applied, not applied); the last version records the file applied."""
    applied, skipped = [], []
    for change in changes:
        if change.kind == "changed" and change.after and _apply(scope, row, change):
            applied.append(change)
        else:
            skipped.append(change)
    content = drafts.content_of(row)
    drafts.save(
        scope,
        row,
        content,
        "applied_docx",
        label,
        None,
        None,
        applied=len(applied),
        not_applied=[c.where for c in skipped],
    )
    return applied, skipped


def _apply(scope: BoardScope, row: DraftRow, change: Change) -> bool:
    content = drafts.content_of(row)
    shown = drafts.effective(content)
    after = change.after or ""
    if m := _PARAGRAPH.match(change.where):
        place = _paragraph(content.draft, shown, m.group(1), int(m.group(2)))
        if place is None:
            return False
        drafts.edit_section(scope, row, place[0], place[1], after, None, None)
        return True
    if m := _HEADING.match(change.where):
        at = _section(shown, m.group(1))
        if at is None:
            return False
        drafts.edit_section(scope, row, at, None, None, after, None)
        return True
    if m := _ROW.match(change.where):
        at = next(
            (k for k, r in enumerate(shown.rows) if (r.priority, r.number) == m.groups()[:2]),
            None,
        )
        if at is None:
            return False
        if m.group(3) == "update":
            drafts.edit_row(scope, row, at, after, None, None)
            return True
        status = _STATUS_OF.get(after.strip())
        if status is None:
            return False
        drafts.edit_row(scope, row, at, None, status, None)
        return True
    return False


def _section(draft: Draft, number: str) -> int | None:
    return next((k for k, s in enumerate(draft.sections) if s.number == number), None)


def _paragraph(stored: Draft, shown: Draft, number: str, k: int) -> tuple[int, int] | None:
    """(section, paragraph) in the stored draft of the k-th numbered paragraph of section
    `number` as the copy printed it (paragraphs whose sentences were all rejected are
    not printed)."""
    at = _section(shown, number)
    if at is None:
        return None
    kept = {s.id for p in shown.sections[at].paragraphs for s in p.sentences}
    printed = [
        j
        for j, p in enumerate(stored.sections[at].paragraphs)
        if p.numbered and any(s.id in kept for s in p.sentences)
    ]
    return (at, printed[k - 1]) if 0 < k <= len(printed) else None
