"""The board dashboard and the upload page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from extract.codec import encode
from service.review import out
from service.web import csrf
from service.web.api import documents as documents_api
from service.web.deps import Svc
from service.web.pages import shape
from service.web.pages.deps import PageScope
from service.web.pages.render import page
from service.web.store.scope import BoardScope

router = APIRouter(prefix="/boards/{board_id}", include_in_schema=False)


@router.get("")
def dashboard(request: Request, scope: PageScope) -> Response:
    return dashboard_page(request, scope)


def dashboard_page(
    request: Request, scope: BoardScope, refused: dict[str, str] | None = None
) -> Response:
    """The dashboard; with `refused` (a draft that could not be generated: the message
    and the period typed), shown again (400) with the problem beside the form."""
    docs = shape.documents(scope)
    data = {
        "board_id": scope.board_id,
        "name": scope.board.name,
        "role": scope.role,
        "years": shape.by_year(docs),
        "attention": shape.attention(scope, docs),
        "drafts": [encode(out.summary(d)) for d in scope.drafts()],
        "busy": any(d["status"] in ("queued", "processing") for d in docs),
        "statuses": list(shape.STATUSES),
    }
    return page(
        request,
        "dashboard.html",
        data,
        status_code=400 if refused else 200,
        refused=refused,
    )


@router.get("/upload")
def upload(request: Request, scope: PageScope) -> Response:
    scope.require("upload")
    data = {
        "board_id": scope.board_id,
        "api": f"/api/boards/{scope.board_id}/documents",
        "max_file_mb": request.app.state.services.settings.max_file_mb,
    }
    return page(request, "upload.html", data)


@router.post("/upload")
async def upload_form(request: Request, board_id: int, services: Svc) -> Response:
    """The upload page without JavaScript: the same streamed upload as the API (the form
    must come from this site's own page, `csrf.check_same_origin`, checked before the
    body is read), then back to the dashboard, where the files are shown while they
    are read."""
    csrf.check_same_origin(request)
    await documents_api.upload(board_id, request, services)
    return RedirectResponse(f"/boards/{board_id}", status_code=303)
