"""A draft as Word: the review copy (sources and notes as comments, DRAFT header) while
it is being reviewed, the final copy once approved (`drafting.writers.docx.FinalCopy`,
its author the Chair who approved it, created when they did)."""

from __future__ import annotations

from drafting.writers.docx.write import FinalCopy, write_docx
from service.review import drafts
from service.review.content import DraftContent
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow, User


def docx_bytes(
    scope: BoardScope,
    row: DraftRow,
    content: DraftContent | None = None,
    *,
    sources: bool = False,
    review_copy: bool = False,
) -> bytes:
    """The .docx of `row` (or of one of its versions' `content`): final when approved,
    unless `review_copy` is asked; a final copy keeps sources only when `sources`."""
    draft = drafts.effective(content if content is not None else drafts.content_of(row))
    if row.status != "approved" or review_copy:
        return write_docx(draft)
    approver = scope.session.get(User, row.approved_by) if row.approved_by else None
    final = FinalCopy(
        sources=sources,
        author=approver.name if approver else None,
        created=row.approved_at,
    )
    return write_docx(draft, final=final)
