"""A copy of the draft edited in Word, applied: what the person changed (as
`drafting.compare` reads it) becomes the draft's, each change a version with who and
when.

- a paragraph edited is merged sentence by sentence (`service.review.merge`): the
  drafted sentences still there keep their sources and verdicts, the new words become
  the person's, a drafted sentence deleted (or a tracked suggestion rejected in Word)
  is rejected;
- a paragraph added goes in after the paragraph it follows in the copy, as the
  person's; a paragraph removed has its drafted sentences rejected (kept, not printed:
  a regenerated draft leaves them out too) and the person's own dropped;
- headings, appendix updates and statuses are edited as the review pages edit them;
- in a tracked-suggestions copy, a suggestion whose tracked insertion Word accepted
  (its words still there, no longer tracked) is accepted.

What has no place in the draft (the cover's lines, a section that is not there) is
returned as not applied."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from drafting.build.appendix import STATUS_LABELS
from drafting.build.ids import new_sentence
from drafting.compare import Change
from drafting.model import Draft, DraftParagraph
from service.review import drafts
from service.review.content import DraftContent, Verdict
from service.review.merge import merge, norm
from service.review.word import SUGGESTED
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow

_HEADING = re.compile(r"^heading (\S+)$")
_ROW = re.compile(r"^appendix row (.+) / (\S+): (update|status)$")
_STATUS_OF = {label: key for key, label in STATUS_LABELS.items() if key in drafts.STATUSES}
SAME_PARAGRAPH = 0.5
"""A paragraph of the draft is the one a change names when its words are at least this
alike to the copy's (when no paragraph has exactly its words)."""


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
    """(applied, not applied, the suggestions accepted in Word); the last version
    records the file applied."""
    applied, skipped = [], []
    order = {"changed": 0, "added": 1, "removed": 2}  # added ones follow edited text
    for change in sorted(changes, key=lambda c: order[c.kind]):
        if _apply(scope, row, change):
            applied.append(change)
        else:
            skipped.append(change)
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
        not_applied=[c.where for c in skipped],
    )
    return applied, skipped, accepted


def accepted_in_word(content: DraftContent, tracked: Tracked) -> list[str]:
    """The pending suggestions a tracked copy has as plain text: accepted in Word."""
    if not tracked.copy:
        return []
    still = " | ".join(tracked.still)
    shown = {sid for sid, _w, _s in drafts.sentences(drafts.effective(content))}
    return [
        s.id
        for s in drafts.suggestions(content)
        if s.state == "pending"
        and s.kind in SUGGESTED
        and s.id in shown
        and norm(s.text) not in still
    ]


def _apply(scope: BoardScope, row: DraftRow, change: Change) -> bool:
    if change.section is not None:
        return _paragraph_change(scope, row, change)
    if change.kind != "changed" or not change.after:
        return False
    content = drafts.content_of(row)
    shown = drafts.effective(content)
    after = change.after
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


def _paragraph_change(scope: BoardScope, row: DraftRow, change: Change) -> bool:
    content = drafts.editable(row, None)
    shown = drafts.effective(content)
    at = _section(shown, change.section or "")
    if at is None:
        return False
    section = content.draft.sections[at]
    printed = _printed(content, at)
    texts = [norm(p.text) for p in shown.sections[at].paragraphs]
    taken: set[str] = set()
    if change.kind == "added":
        k = -1 if change.anchor is None else _find(texts, change.anchor, None)
        if k is None:
            return False
        place = 0 if k < 0 else printed[k] + 1
        form = change.form or "plain"
        sentence = new_sentence(content.draft, section, norm(change.after or ""), taken)
        added = DraftParagraph(
            "written", (sentence,), numbered=form == "numbered", bullet=form == "bullet"
        )
        paragraphs = (*section.paragraphs[:place], added, *section.paragraphs[place:])
        return _saved(scope, row, content, at, paragraphs, {}, "add_paragraph", place, change)
    found = _find(texts, change.before or "", change.index)
    if found is None:
        return False
    j = printed[found]
    old = section.paragraphs[j]
    if change.kind == "removed":
        verdicts: dict[str, Verdict] = {
            s.id: "rejected" for s in old.sentences if s.kind != "written"
        }
        kept = tuple(s for s in old.sentences if s.kind != "written")
        paragraphs = (
            drafts.put(section.paragraphs, j, replace(old, sentences=kept))
            if kept
            else (*section.paragraphs[:j], *section.paragraphs[j + 1 :])
        )
        return _saved(scope, row, content, at, paragraphs, verdicts, "remove_paragraph", j, change)
    merged = merge(
        old,
        content.review,
        change.after or "",
        lambda w: new_sentence(content.draft, section, w, taken),
    )
    review = {k: v for k, v in content.review.items() if k not in merged.replaced}
    content = replace(content, review=review)
    paragraphs = drafts.put(section.paragraphs, j, merged.paragraph)
    verdicts = dict.fromkeys(merged.rejected, "rejected")
    return _saved(scope, row, content, at, paragraphs, verdicts, "edit_section", j, change)


def _saved(
    scope: BoardScope,
    row: DraftRow,
    content: DraftContent,
    at: int,
    paragraphs: tuple[DraftParagraph, ...],
    verdicts: dict[str, Verdict],
    action: str,
    j: int,
    change: Change,
) -> bool:
    section = replace(content.draft.sections[at], paragraphs=paragraphs)
    content = drafts.with_section(content, at, section)
    content = replace(content, review={**content.review, **verdicts})
    drafts.save(scope, row, content, action, f"section {at} ¶{j}", change.before, change.after)
    return True


def _printed(content: DraftContent, at: int) -> list[int]:
    """The indices (in the stored draft) of section `at`'s paragraphs the copy prints:
    those with a sentence not rejected."""
    rejected = {k for k, v in content.review.items() if v == "rejected"}
    return [
        j
        for j, p in enumerate(content.draft.sections[at].paragraphs)
        if any(s.id not in rejected for s in p.sentences)
    ]


def _find(texts: list[str], text: str, near: int | None) -> int | None:
    """Which of the printed paragraphs `texts` the copy's `text` is: one with these
    words (the nearest to `near` when several), else the most alike, if alike enough."""
    want = norm(text)
    same = [k for k, t in enumerate(texts) if t == want]
    if same:
        return min(same, key=lambda k: abs(k - near) if near is not None else k)
    scored = [
        (difflib.SequenceMatcher(None, t.split(), want.split(), autojunk=False).ratio(), k)
        for k, t in enumerate(texts)
    ]
    best = max(scored, default=(0.0, -1))
    return best[1] if best[0] >= SAME_PARAGRAPH else None


def _section(draft: Draft, number: str) -> int | None:
    return next(
        (k for k, s in enumerate(draft.sections) if (s.number or s.heading) == number), None
    )
