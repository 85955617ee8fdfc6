"""The FastAPI app: `create_app(settings)`. One exception handler maps every
`CarryforwardError` to its HTTP status (`service.web.errors.status_for`) and the one JSON
error shape: {"error", "stage", "message", "file", "page"}."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from extract.errors import CarryforwardError
from service.web.errors import status_for
from service.web.pages.render import error_response
from service.web.services import Services
from service.web.settings import Settings

log = logging.getLogger("carryforward")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = Services.start(settings)
        try:
            yield
        finally:
            app.state.services.stop()

    app = FastAPI(
        title="Carryforward",
        version="0.1.0",
        summary="Boards' documents, findings, ledger and drafts.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    _error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            if not request.url.path.startswith("/docs"):
                response.headers.setdefault(key, value)
        return response

    from service.web.api import routers

    for router in routers():
        app.include_router(router)
    from service.web import install
    from service.web.docs import install_docs

    install(app)
    install_docs(app)
    return app


def error_body(error: str, message: str, stage: str = "service", **extra: Any) -> dict[str, Any]:
    return {"error": error, "stage": stage, "message": message, "file": None, "page": None, **extra}


def _problem(error: Any) -> str:
    """One validation problem in words: the field by its name (not its place in the
    request, "body.period") and what is wrong with it."""
    where = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path")]
    field = " ".join(where).replace("_", " ") or "the request"
    kind = str(error.get("type", ""))
    if kind == "missing":
        return f"{field} is needed"
    if kind.endswith("_parsing") or kind.endswith("_type"):
        return f"{field} must be a {kind.split('_')[0].replace('int', 'whole number')}"
    return f"{field}: {str(error.get('msg', 'not valid')).lower()}"


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(CarryforwardError)
    async def carryforward_error(request: Request, exc: CarryforwardError) -> Response:
        return error_response(request, exc.to_dict(), status_for(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(_problem(e) for e in exc.errors())
        body = error_body("BadRequest", f"some of what was sent is missing or wrong: {problems}")
        return error_response(request, body, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        name = "NotFound" if exc.status_code == 404 else "HTTPError"
        message = "there is no such page or resource" if exc.status_code == 404 else exc.detail
        return error_response(request, error_body(name, str(message)), exc.status_code)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error")
        body = error_body(
            "InternalError",
            "something went wrong on our side; try again, and "
            "tell the service admin if it keeps happening",
        )
        return error_response(request, body, 500)
