"""The FastAPI app: `create_app(settings)`. One exception handler maps every
`CarryforwardError` to its HTTP status (`service.errors.status_for`) and the one JSON
error shape: {"error", "stage", "message", "file", "page"}."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from extract.errors import CarryforwardError
from service.errors import status_for
from service.services import Services
from service.settings import Settings

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
    )
    _error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            if not request.url.path.startswith(("/docs", "/redoc")):
                response.headers.setdefault(key, value)
        return response

    from service.api import routers

    for router in routers():
        app.include_router(router)
    return app


def error_body(error: str, message: str, stage: str = "service", **extra: Any) -> dict[str, Any]:
    return {"error": error, "stage": stage, "message": message, "file": None, "page": None, **extra}


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(CarryforwardError)
    async def carryforward_error(_request: Request, exc: CarryforwardError) -> JSONResponse:
        return JSONResponse(exc.to_dict(), status_code=status_for(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        return JSONResponse(
            error_body("BadRequest", f"the request is not valid: {problems}"), status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        name = "NotFound" if exc.status_code == 404 else "HTTPError"
        message = "there is no such page or resource" if exc.status_code == 404 else exc.detail
        return JSONResponse(error_body(name, str(message)), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse(
            error_body(
                "InternalError",
                "something went wrong on our side; try again, and "
                "tell the service admin if it keeps happening",
            ),
            status_code=500,
        )
