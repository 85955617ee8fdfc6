"""JSON API routes, one module per resource. Routes are thin: they check the caller
through `deps` (user, board scope, role) and call library functions."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from service.web.api import boards, corrections, documents, drafts, ledger, session

    return [
        session.router,
        boards.router,
        documents.router,
        corrections.router,
        ledger.router,
        drafts.router,
    ]
