"""Drafts: generate, read, edit a section or an appendix row, accept or reject a
suggested sentence or an appendix row's suggested status, approve (then frozen),
download .docx, upload an edited .docx to see the changes."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from drafting.compare import SAME_DRAFT, Change
from extract.codec import decode, encode
from extract.errors import BadRequest, DraftError
from nlp.periods import YEAR_RANGE, parse_period
from service.review import apply as applying
from service.review import drafts, out, word
from service.review import regenerate as regenerating
from service.review.content import DraftContent
from service.review.out import DraftDetail, DraftSummary, VersionOut
from service.web.api.documents import UPLOAD_DOC
from service.web.api.models import AppliedOut, CompareOut
from service.web.deps import ERRORS, Scope, Svc, authenticate, raw_json
from service.web.services import Services
from service.web.store.scope import BoardScope
from service.web.store.tables import User
from service.web.uploads import read_files

router = APIRouter(prefix="/api/boards/{board_id}/drafts", tags=["drafts"], responses=ERRORS)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class GenerateIn(BaseModel):
    period: str | None = Field(None, max_length=20, description="e.g. 2020/21; default: next")
    date: str | None = Field(None, max_length=10, description="YYYY-MM-DD printed on the draft")


class SectionEdit(BaseModel):
    paragraph: int | None = None
    text: str | None = Field(None, max_length=20000)
    heading: str | None = Field(None, max_length=500)
    version: int | None = Field(None, description="The version you edited (409 if stale)")


class RowEdit(BaseModel):
    update: str | None = Field(None, max_length=20000)
    status: str | None = None
    version: int | None = None


class Base(BaseModel):
    version: int | None = None


class StatusVerdict(BaseModel):
    status: str | None = Field(
        None,
        description="On reject: the status it should be (complete, in_progress, planned, "
        "delayed, unknown); leave it out to mark the row's status as to confirm",
    )
    version: int | None = Field(None, description="The version you reviewed (409 if stale)")


@router.post("", status_code=201, summary="Generate a draft from the board's ledger")
def generate(body: GenerateIn, scope: Scope) -> DraftDetail:
    scope.require("generate")
    return out.detail(drafts.generate(scope, body.period, body.date))


@router.get("", summary="The board's drafts")
def list_drafts(scope: Scope) -> list[DraftSummary]:
    return [out.summary(d) for d in scope.drafts()]


@router.get(
    "/{draft_id}",
    summary="A draft as it reads now, with its suggestions",
    response_model=DraftDetail,
)
def get_draft(draft_id: int, scope: Scope) -> Response:
    return raw_json(encode(out.detail(scope.draft(draft_id))))


@router.get("/{draft_id}/versions", summary="Every change: who, when, what")
def versions(draft_id: int, scope: Scope) -> list[VersionOut]:
    rows = scope.versions(draft_id)
    users = {u.id: u for u, _ in scope.members()}
    for v in rows:
        if v.user_id not in users and (u := scope.session.get(User, v.user_id)):
            users[u.id] = u
    return [out.version(v, users) for v in rows]


@router.patch("/{draft_id}/sections/{index}", summary="Edit a section's heading or paragraph")
def edit_section(draft_id: int, index: int, body: SectionEdit, scope: Scope) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("edit")
    row = drafts.edit_section(
        scope, draft, index, body.paragraph, body.text, body.heading, body.version
    )
    return out.detail(row)


@router.patch("/{draft_id}/rows/{index}", summary="Edit a progress appendix row")
def edit_row(draft_id: int, index: int, body: RowEdit, scope: Scope) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("edit")
    row = drafts.edit_row(scope, draft, index, body.update, body.status, body.version)
    return out.detail(row)


@router.post(
    "/{draft_id}/suggestions/{suggestion}/{verdict}",
    summary="Accept or reject a drafted sentence (verdict: accept | reject)",
)
def review(
    draft_id: int, suggestion: str, verdict: str, scope: Scope, body: Base | None = None
) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("edit")
    version = body.version if body else None
    row = drafts.review(scope, draft, suggestion, drafts.verdict_of(verdict), version)
    return out.detail(row)


@router.post(
    "/{draft_id}/rows/{index}/status/{verdict}",
    summary="Accept or reject an appendix row's suggested status (verdict: accept | reject)",
)
def review_status(
    draft_id: int, index: int, verdict: str, scope: Scope, body: StatusVerdict | None = None
) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("edit")
    status, version = (body.status, body.version) if body else (None, None)
    row = drafts.review_status(scope, draft, index, drafts.verdict_of(verdict), status, version)
    return out.detail(row)


@router.post(
    "/{draft_id}/sections/{index}/all/{verdict}",
    summary="Accept or reject every pending sentence of a section (verdict: accept | reject)",
)
def review_section(
    draft_id: int, index: int, verdict: str, scope: Scope, body: Base | None = None
) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("edit")
    version = body.version if body else None
    row = drafts.review_section(scope, draft, index, drafts.verdict_of(verdict), version)
    return out.detail(row)


@router.post(
    "/{draft_id}/versions/{number}/undo",
    summary="Undo the accept all or reject all that made version `number`",
)
def undo(draft_id: int, number: int, scope: Scope, body: Base | None = None) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("edit")
    return out.detail(drafts.undo(scope, draft, number, body.version if body else None))


@router.post(
    "/{draft_id}/regenerate",
    summary="Draft again from the documents now, keeping people's edits and verdicts",
)
def regenerate(draft_id: int, scope: Scope, body: Base | None = None) -> DraftDetail:
    """Verdicts and written text whose sentences or rows no longer exist are listed in
    the new version's `no_longer_fit` (see `/versions`)."""
    draft = scope.draft(draft_id)
    scope.require("edit")
    version = body.version if body else None
    return out.detail(regenerating.regenerate(scope, draft, version))


@router.post("/{draft_id}/approve", summary="Approve the draft (it is then frozen)")
def approve(draft_id: int, scope: Scope, body: Base | None = None) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("approve")
    version = body.version if body else None
    return out.detail(drafts.approve(scope, draft, version))


@router.post(
    "/{draft_id}/reopen", summary="Reopen an approved draft for edits (chair; in the history)"
)
def reopen(draft_id: int, scope: Scope, body: Base | None = None) -> DraftDetail:
    draft = scope.draft(draft_id)
    scope.require("reopen")
    version = body.version if body else None
    return out.detail(drafts.reopen(scope, draft, version))


@router.get(
    "/{draft_id}/docx",
    summary="The draft as a Word document",
    response_class=Response,
    responses={200: {"content": {DOCX: {}}}},
)
def download(
    draft_id: int,
    scope: Scope,
    version: int | None = Query(None),
    sources: bool = Query(False, description="an approved draft's final copy keeps sources"),
    review: bool = Query(False, description="the review copy even after approval"),
    tracked: bool = Query(False, description="pending suggestions as tracked changes"),
) -> Response:
    """An approved draft downloads as its final copy (no review apparatus); an older
    version, or `review=true`, as the review copy."""
    row = scope.draft(draft_id)
    content = None
    if version is not None:
        match = [v for v in scope.versions(draft_id) if v.number == version]
        if not match:
            raise BadRequest(f"draft {draft_id} has no version {version}")
        content = drafts.content_of(match[0])
    as_review = review or (version is not None and version != row.version)
    data = word.docx_bytes(
        scope, row, content, sources=sources, review_copy=as_review or tracked, tracked=tracked
    )
    name = f"draft-{row.id}-v{version or row.version}.docx"
    return Response(
        data, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.post(
    "/{draft_id}/apply",
    summary="Upload the draft as edited in Word (field `files`) and make its text the draft's",
    openapi_extra=UPLOAD_DOC,
)
async def apply(board_id: int, draft_id: int, request: Request, services: Svc) -> AppliedOut:
    """Each changed paragraph and appendix update or status becomes the draft's, one
    version per change (who, when, what); changes with no place in the draft are
    listed as not applied."""
    changes, _, label, tracked = await compare_upload(request, services, board_id, draft_id)
    return await run_in_threadpool(
        apply_upload, request, services, board_id, draft_id, changes, label, tracked
    )


def apply_upload(
    request: Request,
    services: Services,
    board_id: int,
    draft_id: int,
    changes: list[Change],
    label: str,
    tracked: applying.Tracked,
) -> AppliedOut:
    with services.db.session() as session:
        scope = BoardScope(session, authenticate(request, session, services), board_id)
        scope.require("edit")
        row = scope.draft(draft_id)
        applied, skipped, accepted = applying.apply_changes(scope, row, changes, label, tracked)
        return AppliedOut(
            draft=draft_id,
            version=row.version,
            applied=applied,
            not_applied=skipped,
            accepted=accepted,
        )


@router.post(
    "/{draft_id}/compare",
    summary="Upload the draft as edited in Word (field `files`): what changed",
    openapi_extra=UPLOAD_DOC,
)
async def compare(board_id: int, draft_id: int, request: Request, services: Svc) -> CompareOut:
    """Each change in the order applying would make it; one that would not apply has
    its `reason`."""
    seen: list[tuple[DraftContent, str]] = []

    def on_scope(scope: BoardScope) -> None:
        seen.append((drafts.content_of(scope.draft(draft_id)), scope.user.email))

    changes, _, _, _ = await compare_upload(request, services, board_id, draft_id, on_scope)
    content, by = seen[0]
    return CompareOut(draft=draft_id, changes=applying.preview(content, changes, by))


async def compare_upload(
    request: Request,
    services: Services,
    board_id: int,
    draft_id: int,
    on_scope: Callable[[BoardScope], None] | None = None,
) -> tuple[list[Change], str, str, applying.Tracked]:
    """The one .docx uploaded in `request` against the draft as it reads now: (the
    changes, the draft's title, the file's label, what it says of the tool's tracked
    insertions). `on_scope` sees the board scope."""
    before, title, period = await run_in_threadpool(
        _draft_docx, request, services, board_id, draft_id, on_scope
    )
    received = await read_files(
        request.headers.get("content-type"),
        request.stream(),
        services.blobs,
        max_file_bytes=services.settings.max_file_bytes,
        max_files=1,
    )
    try:
        after = received[0].temp.read_bytes()
    finally:
        received[0].temp.unlink(missing_ok=True)
    label = received[0].label
    compared = await run_in_threadpool(services.tools.run, "compare", before, after, label=label)
    if compared["shared"] < SAME_DRAFT:
        raise DraftError(
            f"{label} does not look like a version of this draft (they share under "
            f"{SAME_DRAFT:.0%} of their sections and appendix rows): upload the .docx "
            "downloaded from this draft, after editing it"
        )
    other = other_period(str(compared.get("title") or ""), period)
    if other is not None:
        raise DraftError(
            f"{label} is a copy of the draft for {other}, and this draft is for {period}: "
            f"upload a copy of the {period} draft"
        )
    tracked = applying.Tracked(bool(compared["tracked"]), tuple(compared["still_tracked"]))
    return [decode(Change, c) for c in compared["changes"]], title, label, tracked


def other_period(title: str, period: str) -> str | None:
    """The period a copy's title names when it is not `period` (None when it names
    `period`, or none)."""
    named = [m.group(0) for m in YEAR_RANGE.finditer(title)]
    if not named or any(parse_period(n) == parse_period(period) for n in named):
        return None
    return named[-1]


def _draft_docx(
    request: Request,
    services: Services,
    board_id: int,
    draft_id: int,
    on_scope: Callable[[BoardScope], None] | None,
) -> tuple[bytes, str, str]:
    with services.db.session() as session:
        scope = BoardScope(session, authenticate(request, session, services), board_id)
        if on_scope is not None:
            on_scope(scope)
        row = scope.draft(draft_id)
        return word.docx_bytes(scope, row, review_copy=True), row.title, row.period
