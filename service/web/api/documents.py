"""Documents: upload (streamed, several files), status, findings, page images."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from extract.codec import encode
from extract.errors import BadRequest, Conflict
from nlp.findings.model import Findings
from service.web.api.models import DeletedOut, UploadOut
from service.web.deps import ERRORS, Scope, Svc, authenticate, raw_json
from service.web.page_images import BOX_WORDS, item_source, parse_box
from service.web.services import Services
from service.web.store import documents as docs
from service.web.store.documents import DocumentOut
from service.web.store.scope import BoardScope
from service.web.uploads import Received, read_files

router = APIRouter(prefix="/api/boards/{board_id}/documents", tags=["documents"], responses=ERRORS)
UPLOAD_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                }
            }
        },
    }
}


@router.post(
    "",
    status_code=201,
    summary="Upload PDF and Word files (multipart field `files`); each is queued for reading",
    openapi_extra=UPLOAD_DOC,
    responses={
        413: ERRORS[400] | {"description": "A file is over the size limit"},
        415: ERRORS[400] | {"description": "A file is not PDF or Word"},
    },
)
async def upload(board_id: int, request: Request, services: Svc) -> UploadOut:
    await run_in_threadpool(_check_may_upload, request, services, board_id)
    received = await read_files(
        request.headers.get("content-type"),
        request.stream(),
        services.blobs,
        max_file_bytes=services.settings.max_file_bytes,
        max_files=services.settings.max_files_per_upload,
    )
    out = await run_in_threadpool(_store, request, services, board_id, received)
    services.wake_worker()
    return out


def _check_may_upload(request: Request, services: Services, board_id: int) -> None:
    """Before a byte of the body is read: signed in, member, allowed to upload."""
    with services.db.session() as session:
        user = authenticate(request, session, services)
        BoardScope(session, user, board_id).require("upload")


def _store(
    request: Request, services: Services, board_id: int, received: list[Received]
) -> UploadOut:
    formats = docs.check_formats(received)
    try:
        with services.db.session() as session:
            scope = BoardScope(session, authenticate(request, session, services), board_id)
            stored = docs.store_uploads(scope, services.blobs, received, formats)
            return UploadOut(documents=[docs.uploaded_out(d, dup) for d, dup in stored])
    finally:
        for r in received:
            r.temp.unlink(missing_ok=True)


@router.get("", summary="The board's documents and their reading status")
def list_documents(scope: Scope) -> list[DocumentOut]:
    return [docs.document_out(d) for d in scope.documents()]


@router.get("/{document_id}", summary="One document and its status (failed: with the reason)")
def get_document(document_id: int, scope: Scope) -> DocumentOut:
    return docs.document_out(scope.document(document_id))


@router.delete("/{document_id}", summary="Remove a document and its findings")
def delete_document(document_id: int, scope: Scope) -> DeletedOut:
    scope.document(document_id)
    scope.require("upload")
    docs.remove(scope, document_id)
    return DeletedOut(deleted=document_id)


@router.get(
    "/{document_id}/findings",
    summary="What was found in the document (DESIGN.md contract)",
    response_model=Findings,
)
def get_findings(document_id: int, scope: Scope) -> Response:
    return raw_json(encode(scope.findings(document_id)))


_MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
}


@router.get(
    "/{document_id}/file",
    summary="The uploaded file as stored",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_file(document_id: int, scope: Scope, services: Svc) -> Response:
    d = scope.document(document_id)
    media = _MEDIA_TYPES.get(d.format, "application/octet-stream")
    ext = d.format if d.format in _MEDIA_TYPES else "bin"
    return Response(
        services.blobs.read(d.board_id, d.sha256),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="document-{d.id}.{ext}"'},
    )


@router.get(
    "/{document_id}/pages/{page}.png",
    summary="A PDF page as PNG, with an item's box (or a given box) highlighted",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}},
)
def page_image(
    document_id: int,
    page: int,
    scope: Scope,
    services: Svc,
    item: str | None = Query(None, description="An action, progress row or section id"),
    box: str | None = Query(
        None, max_length=200, description=f"A box to highlight instead: {BOX_WORDS}"
    ),
    resolution: int = Query(100, ge=20, le=200),
) -> Response:
    d = scope.document(document_id)
    if d.format != "pdf":
        raise Conflict(
            f"document {d.id} is a Word file: it has no page images; its items' sources "
            "give the paragraph, table, row and cell instead"
        )
    bbox = _highlight(scope, document_id, page, item, box)
    path = str(services.blobs.path(d.board_id, d.sha256))
    png = services.tools.run("render", path, page, bbox, resolution, label=d.label)
    return Response(png, media_type="image/png")


def _highlight(
    scope: BoardScope, document_id: int, page: int, item: str | None, box: str | None
) -> list[float] | None:
    """The box to draw: the item's (it must be on this page), or the given one (checked
    here as numbers, and by the renderer against the page's size)."""
    if item is not None and box is not None:
        raise BadRequest("give item or box, not both")
    if box is not None:
        return parse_box(box)
    if item is None:
        return None
    source = item_source(scope.findings(document_id), item)
    if source.page not in (None, page):
        raise Conflict(f"item {item} is on page {source.page}, not page {page}")
    return list(source.bbox) if source.bbox is not None else None
