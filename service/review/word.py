"""A draft as Word: the review copy (sources and notes as comments, DRAFT header) while
it is being reviewed, the final copy once approved (`drafting.writers.docx.FinalCopy`,
its author the Chair who approved it, created when they did)."""

from __future__ import annotations

from drafting.writers.docx.write import FinalCopy, write_docx
from service.review import drafts
from service.review.content import DraftContent
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow, User

SUGGESTED = ("quoted", "assembled", "advanced")
"""The kinds of sentence that are suggestions (not placeholders, notes or a person's text)."""


def pending_ids(content: DraftContent) -> frozenset[str]:
    """The drafted sentences nobody has accepted or rejected yet."""
    return frozenset(
        s.id for s in drafts.suggestions(content) if s.state == "pending" and s.kind in SUGGESTED
    )


def docx_bytes(
    scope: BoardScope,
    row: DraftRow,
    content: DraftContent | None = None,
    *,
    sources: bool = False,
    review_copy: bool = False,
    tracked: bool = False,
) -> bytes:
    """The .docx of `row` (or of one of its versions' `content`): final when approved,
    unless `review_copy` is asked; a final copy keeps sources only when `sources`. A
    review copy `tracked` has its pending suggestions as tracked insertions."""
    content = content if content is not None else drafts.content_of(row)
    draft = drafts.effective(content)
    if row.status != "approved" or review_copy:
        return write_docx(draft, tracked=pending_ids(content) if tracked else frozenset())
    approver = scope.session.get(User, row.approved_by) if row.approved_by else None
    final = FinalCopy(
        sources=sources,
        author=approver.name if approver else None,
        created=row.approved_at,
    )
    return write_docx(draft, final=final)
