"""A draft: each section and appendix row beside its sources; edit in place, accept or
reject suggested sentences and statuses, version history, approve (chair), download
.docx, and upload an edited .docx to review what changed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from drafting.compare import Change, word_changes
from extract.codec import encode
from extract.errors import BadRequest, DraftError
from service.review import apply as applying
from service.review import drafts, out
from service.review import regenerate as regenerating
from service.review.content import DraftContent, Suggestion
from service.review.labels import change_label
from service.review.out import VersionOut
from service.web import csrf
from service.web.api.drafts import apply_upload, compare_upload
from service.web.api.drafts import versions as version_list
from service.web.deps import Svc
from service.web.pages import history
from service.web.pages.deps import PageScope, remember
from service.web.pages.places import word_headings
from service.web.pages.render import page
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow, DraftVersion

router = APIRouter(prefix="/boards/{board_id}/drafts", include_in_schema=False)
ANCHOR = re.compile(r"[A-Za-z0-9-]{1,40}")


def _to_draft(scope: BoardScope, draft_id: int, anchor: str = "") -> Response:
    url = f"/boards/{scope.board_id}/drafts/{draft_id}{anchor}"
    return RedirectResponse(url, status_code=303)


def _int(value: Any, what: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value))
    except ValueError:
        raise BadRequest(f"{what} must be a number") from None


async def _posted(
    request: Request, scope: BoardScope, draft_id: int, action: str
) -> tuple[dict[str, Any], DraftRow]:
    """A form posted to a draft: its fields (CSRF checked), the draft, the role allowed."""
    form = await csrf.form(request)
    row = scope.draft(draft_id)
    scope.require(action)
    return form, row


@router.post("")
async def generate(request: Request, scope: PageScope) -> Response:
    form = await csrf.form(request)
    scope.require("generate")
    typed = str(form.get("period") or "").strip()
    try:
        row = drafts.generate(scope, typed or None, None)
    except DraftError as exc:
        from service.web.pages.board import dashboard_page  # the page this form is on

        return dashboard_page(request, scope, {"message": exc.message, "typed": typed})
    return _to_draft(scope, row.id)


@router.get("/{draft_id}")
def draft(request: Request, draft_id: int, scope: PageScope) -> Response:
    row = scope.draft(draft_id)
    content = drafts.content_of(row)
    detail = out.detail(row)
    states = {s.id: s.state for s in detail.suggestions}
    row_statuses = {s.row: encode(s) for s in detail.status_suggestions}
    docs = {d.sha256: d.id for d in scope.documents()}
    api = f"/api/boards/{scope.board_id}/drafts/{row.id}"
    left = drafts.left(content)
    bulk = _last_bulk(scope, row)
    versions = _placed(version_list(draft_id, scope), scope, row, content, detail.suggestions)
    data = {
        "board_id": scope.board_id,
        "draft": encode(detail),
        "page_draft": encode(drafts.as_reviewed(content)),
        "states": states,
        "row_statuses": row_statuses,
        "pending_statuses": left["statuses"],
        "versions": versions,
        "documents": docs,
        "places": word_headings(scope),
        "may_edit": scope.may("edit") and row.status != "approved",
        "may_approve": scope.may("approve") and row.status != "approved",
        "may_reopen": scope.may("reopen") and row.status == "approved",
        "may_generate": scope.may("generate"),
        "left": left,
        "pending_by_section": _pending_by_section(detail.suggestions),
        "last_bulk": bulk,
        "statuses": list(drafts.STATUSES),
        "docx_url": f"{api}/docx",
        "api_url": api,
    }
    return page(request, "draft.html", data)


def _pending_by_section(suggestions: Sequence[Suggestion]) -> dict[int, int]:
    """Per section index, its suggestions still to accept or reject."""
    out: dict[int, int] = {}
    for s in suggestions:
        if s.where.startswith("section ") and s.state == "pending" and s.kind != "placeholder":
            k = int(s.where.split()[1])
            out[k] = out.get(k, 0) + 1
    return out


def _last_bulk(scope: BoardScope, row: DraftRow) -> dict[str, object] | None:
    """The latest version, when it is an accept all or reject all (it can be undone)."""
    last = max(scope.versions(row.id), key=lambda v: v.number, default=None)
    if last is None or last.change.get("action") not in drafts.BULK:
        return None
    return {"number": last.number, **last.change}


@router.post("/{draft_id}/rows/{index}")
async def edit_row(request: Request, draft_id: int, index: int, scope: PageScope) -> Response:
    form, row = await _posted(request, scope, draft_id, "edit")
    update: str | None = str(form.get("update", "")).strip() or None
    status = str(form.get("status", "")) or None
    rows = drafts.effective(drafts.content_of(row)).rows
    if 0 <= index < len(rows):  # only what the form changed (else: 404 from edit_row)
        update = None if update == rows[index].update_text else update
        status = None if status == rows[index].status else status
    if update is None and status is None:
        return _to_draft(scope, draft_id, f"#row-{index}")
    drafts.edit_row(scope, row, index, update, status, _int(form.get("version"), "version"))
    return _to_draft(scope, draft_id, f"#row-{index}")


@router.post("/{draft_id}/rows/{index}/status/{verdict}")
async def review_status(
    request: Request, draft_id: int, index: int, verdict: str, scope: PageScope
) -> Response:
    """Accept or reject a row's suggested status; a rejection's `status` field is the
    status chosen instead (empty: to confirm)."""
    form, row = await _posted(request, scope, draft_id, "edit")
    status = str(form.get("status") or "") or None
    base = _int(form.get("version"), "version")
    drafts.review_status(scope, row, index, drafts.verdict_of(verdict), status, base)
    return _to_draft(scope, draft_id, f"#row-{index}")


@router.post("/{draft_id}/sections/{index}/{paragraph}")
async def edit_paragraph(
    request: Request, draft_id: int, index: int, paragraph: int, scope: PageScope
) -> Response:
    form, row = await _posted(request, scope, draft_id, "edit")
    text = str(form.get("text", "")).strip()
    if not text:
        raise BadRequest("the paragraph's new text is empty; write something or cancel")
    base = _int(form.get("version"), "version")
    drafts.edit_section(scope, row, index, paragraph, text, None, base)
    return _to_draft(scope, draft_id, f"#s{index}-p{paragraph}")


@router.post("/{draft_id}/suggestions/{suggestion}/{verdict}")
async def review(
    request: Request, draft_id: int, suggestion: str, verdict: str, scope: PageScope
) -> Response:
    form, row = await _posted(request, scope, draft_id, "edit")
    drafts.review(
        scope, row, suggestion, drafts.verdict_of(verdict), _int(form.get("version"), "version")
    )
    anchor = str(form.get("anchor") or "")
    return _to_draft(scope, draft_id, f"#{anchor}" if ANCHOR.fullmatch(anchor) else "")


@router.post("/{draft_id}/sections/{index}/all/{verdict}")
async def review_section(
    request: Request, draft_id: int, index: int, verdict: str, scope: PageScope
) -> Response:
    """Accept all / Reject all of a section's pending suggestions."""
    form, row = await _posted(request, scope, draft_id, "edit")
    base = _int(form.get("version"), "version")
    drafts.review_section(scope, row, index, drafts.verdict_of(verdict), base)
    return _to_draft(scope, draft_id, f"#s{index}")


@router.post("/{draft_id}/versions/{number}/undo")
async def undo(request: Request, draft_id: int, number: int, scope: PageScope) -> Response:
    form, row = await _posted(request, scope, draft_id, "edit")
    drafts.undo(scope, row, number, _int(form.get("version"), "version"))
    anchor = str(form.get("anchor") or "")
    return _to_draft(scope, draft_id, f"#{anchor}" if ANCHOR.fullmatch(anchor) else "")


@router.post("/{draft_id}/regenerate")
async def regenerate(request: Request, draft_id: int, scope: PageScope) -> Response:
    form, row = await _posted(request, scope, draft_id, "edit")
    regenerating.regenerate(scope, row, _int(form.get("version"), "version"))
    return _to_draft(scope, draft_id, "#history")


@router.post("/{draft_id}/approve")
async def approve(request: Request, draft_id: int, scope: PageScope) -> Response:
    form, row = await _posted(request, scope, draft_id, "approve")
    if form.get("confirm") != "yes":
        raise BadRequest(
            "the draft was not approved: tick the box that says you have read it "
            "(approving freezes it), then press Approve again"
        )
    drafts.approve(scope, row, _int(form.get("version"), "version"))
    return _to_draft(scope, draft_id)


@router.post("/{draft_id}/reopen")
async def reopen(request: Request, draft_id: int, scope: PageScope) -> Response:
    form, row = await _posted(request, scope, draft_id, "reopen")
    drafts.reopen(scope, row, _int(form.get("version"), "version"))
    return _to_draft(scope, draft_id, "#history")


@router.post("/{draft_id}/compare")
async def compare(request: Request, board_id: int, draft_id: int, services: Svc) -> Response:
    """The edited .docx against the draft as it reads now (multipart, streamed: the form
    must come from this site's page, `csrf.check_same_origin`, before the body is read)."""
    csrf.check_same_origin(request)
    frozen: list[bool] = []
    contents: list[DraftContent] = []
    who: list[str] = []

    def seen(scope: BoardScope) -> None:
        remember(request, scope.user, scope)
        row = scope.draft(draft_id)
        frozen.append(row.status == "approved")
        contents.append(drafts.content_of(row))
        who.append(scope.user.email)

    changes, title, label, tracked = await compare_upload(
        request, services, board_id, draft_id, seen
    )
    accepted = set(applying.accepted_in_word(contents[0], tracked))
    changes = applying.preview(contents[0], changes, who[0])
    data = {
        "board_id": board_id,
        "draft_id": draft_id,
        "title": title,
        "file": label,
        "changes": [_with_words(c) for c in changes],
        "accepted": [s.text for s in drafts.suggestions(contents[0]) if s.id in accepted],
        "may_apply": not any(frozen) and (any(c.reason is None for c in changes) or bool(accepted)),
    }
    return page(request, "compare.html", data, json_url=None)  # the API's compare, as a page


@router.post("/{draft_id}/apply")
async def apply(request: Request, board_id: int, draft_id: int, services: Svc) -> Response:
    """The edited .docx applied: its changes become the draft's (multipart, streamed:
    the form must come from this site's page, `csrf.check_same_origin`)."""
    csrf.check_same_origin(request)
    changes, _title, label, tracked = await compare_upload(
        request, services, board_id, draft_id, lambda scope: remember(request, scope.user, scope)
    )
    await run_in_threadpool(
        apply_upload, request, services, board_id, draft_id, changes, label, tracked
    )
    return RedirectResponse(f"/boards/{board_id}/drafts/{draft_id}#history", status_code=303)


def _with_words(change: Change) -> dict[str, Any]:
    """A change with its word-level differences, for a changed text."""
    data: dict[str, Any] = encode(change) | {"label": change_label(change)}
    if change.kind in ("changed", "moved") and change.before and change.after:
        data["words"] = word_changes(change.before, change.after)
    return data


def _placed(
    versions: list[VersionOut],
    scope: BoardScope,
    row: DraftRow,
    content: DraftContent,
    suggestions: tuple[Suggestion, ...],
) -> list[dict[str, Any]]:
    """Each version (JSON-ready) with `place`: where it changed the draft, as the page
    names it. A sentence since edited away is looked up in its version's content."""
    texts = {s.id: s.text for s in suggestions}
    stored: dict[int, DraftVersion] = {}
    out = []
    for v in versions:
        where = v.change.get("where")
        then = None
        if where and history.SENTENCE_ID.match(where) and where not in texts:
            stored = stored or {s.number: s for s in scope.versions(row.id)}
            then = drafts.content_of(stored[v.number]).draft
        out.append(encode(v) | {"place": history.place(where, content.draft, texts, then)})
    return out
