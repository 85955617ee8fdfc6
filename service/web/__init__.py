"""Review pages: server-rendered (jinja2, autoescaped) over the same scope and library
functions as the JSON API. Every page has a JSON twin (`?format=json`), every form
carries a CSRF token (`service.web.csrf`), and errors render as pages for browsers
through the app's single error handler (`service.web.pages.render.error_response`)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


def install(app: FastAPI) -> None:
    """Mount the pages and their static files on the app."""
    from service.web.pages.admin import router as admin
    from service.web.pages.board import router as board
    from service.web.pages.documents import router as documents
    from service.web.pages.drafts import router as drafts
    from service.web.pages.ledger import router as ledger
    from service.web.pages.session import router as session

    for router in (session, board, documents, ledger, drafts, admin):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
