"""The document page's corrections: what it shows beside each reading (how each table
was read, column by column, with confidence and cue; the document's kind, period and
board; the history of corrections) and the small forms that correct a reading or undo
a correction (POST with the page's CSRF token, then back to the same place)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from extract.codec import encode
from extract.errors import BadRequest
from nlp.corrections.model import COLUMN_ROLES, KINDS, TABLE_KINDS
from nlp.corrections.validate import DOCUMENT_KIND_VALUES, STATUSES
from nlp.findings.model import Findings
from service.web import csrf
from service.web.pages.deps import PageScope
from service.web.store import corrections as store
from service.web.store.scope import BoardScope

router = APIRouter(prefix="/boards/{board_id}/documents/{document_id}", include_in_schema=False)
TARGET_FIELDS = ("table", "row", "col")
EXTRA_FIELDS = ("role", "organisation", "outcomes")
ANCHOR_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def page_data(scope: BoardScope, document_id: int, findings: Findings) -> dict[str, Any]:
    """What the document page adds for correcting its reading (also in its JSON twin)."""
    document = scope.document(document_id)
    return {
        "tables": [encode(t) for t in findings.tables],
        "sections": [
            {"item": f"section:{k}", "heading": s.heading}
            for k, s in enumerate(findings.sections)
            if s.heading
        ],
        "corrections": [asdict(c) for c in store.history(scope, document, findings)],
        "may_correct": scope.may("decide"),
        "choices": {
            "document_kinds": list(DOCUMENT_KIND_VALUES),
            "table_kinds": list(TABLE_KINDS),
            "column_roles": list(COLUMN_ROLES),
            "statuses": list(STATUSES),
        },
    }


@router.post("/corrections")
async def correct(request: Request, document_id: int, scope: PageScope) -> Response:
    """Make a correction (as the API's POST does), then back to the form's place."""
    form = await csrf.form(request)
    kind = str(form.get("kind", ""))
    if kind not in KINDS:
        raise BadRequest(f"there is no correction {kind!r}")
    target: dict[str, Any] = {}
    for name in TARGET_FIELDS:
        raw = str(form.get(name, "")).strip()
        if raw:
            if not raw.isdigit():
                raise BadRequest(f"{name} must be a number, not {raw!r}")
            target[name] = int(raw)
    if form.get("item"):
        target["item"] = str(form["item"])
    extra = {k: str(form[k]) for k in EXTRA_FIELDS if form.get(k)}
    store.add(scope, document_id, kind, target, str(form.get("value", "")), extra)
    return _back(scope, document_id, str(form.get("anchor", "")))


@router.post("/corrections/{uid}/undo")
async def undo(request: Request, document_id: int, uid: str, scope: PageScope) -> Response:
    await csrf.form(request)
    store.undo(scope, document_id, uid)
    return _back(scope, document_id, "history")


def _back(scope: BoardScope, document_id: int, anchor: str) -> Response:
    safe = anchor if anchor and set(anchor) <= ANCHOR_CHARS else "history"
    url = f"/boards/{scope.board_id}/documents/{document_id}#{safe}"
    return RedirectResponse(url, status_code=303)
