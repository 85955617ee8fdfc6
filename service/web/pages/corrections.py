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
from extract.errors import BadRequest, CorrectionError
from nlp.corrections.locate import fingerprint
from nlp.corrections.model import COLUMN_ROLES, KINDS, LIST_MARKS, TABLE_KINDS
from nlp.corrections.validate import DOCUMENT_KIND_VALUES, STATUSES
from nlp.findings.model import Findings
from service.web import csrf
from service.web.deps import Svc
from service.web.pages.deps import PageScope
from service.web.store import corrections as store
from service.web.store.scope import BoardScope

router = APIRouter(prefix="/boards/{board_id}/documents/{document_id}", include_in_schema=False)
TARGET_FIELDS = ("table", "row", "col")
EXTRA_FIELDS = ("role", "organisation", "outcomes", "priority")
TYPED_FIELDS = (*TARGET_FIELDS, "item", "value", *EXTRA_FIELDS)
KEY_FIELDS = ("table", "row", "col", "item")
CHOSEN_IN_FORM = ("mark_priority",)
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
        "lists": [
            {
                "item": f"list:{x.index}",
                "number": x.index + 1,
                "heading": x.heading,
                "items": list(x.items),
                "marked": _marked(findings, x.items),
            }
            for x in findings.lists
        ],
        "priority_numbers": [p.number for p in findings.priorities if p.number],
        "corrections": [asdict(c) for c in store.history(scope, document, findings)],
        "may_correct": scope.may("decide"),
        "choices": {
            "document_kinds": list(DOCUMENT_KIND_VALUES),
            "table_kinds": list(TABLE_KINDS),
            "column_roles": list(COLUMN_ROLES),
            "statuses": list(STATUSES),
            "list_marks": list(LIST_MARKS),
        },
    }


def _marked(findings: Findings, items: tuple[str, ...]) -> str:
    """What the list is read as now: "priorities", "outcomes" or ""."""
    prints = {fingerprint(x) for x in items}
    if any(fingerprint(p.title) in prints for p in findings.priorities):
        return "priorities"
    if any(fingerprint(o) in prints for p in findings.priorities for o in p.outcomes):
        return "outcomes"
    return ""


@router.post("/corrections")
async def correct(request: Request, document_id: int, scope: PageScope, services: Svc) -> Response:
    """Make a correction (as the API's POST does), then back to the form's place. A
    refused one shows the document page again (400) with the problem named beside the
    form and what was typed still in it; nothing is stored."""
    form = await csrf.form(request)
    typed = {k: str(form.get(k, "")) for k in (*TYPED_FIELDS, "kind", "anchor")}
    try:
        kind, target, extra = _fields(typed)
        store.add(scope, document_id, kind, target, typed["value"], extra)
    except (CorrectionError, BadRequest) as exc:
        from service.web.pages.documents import render  # the page this form is on

        # nothing was stored: `store.add` checks before it writes

        error = {"kind": typed["kind"], "key": form_key(typed), "message": exc.message}
        return render(request, scope, services, document_id, form_error=error | {"typed": typed})
    return _back(scope, document_id, typed["anchor"])


def form_key(fields: dict[str, Any]) -> str:
    """Which form on the page: its kind and target (the template builds the same key)."""
    kind = str(fields.get("kind", ""))
    chosen = kind in CHOSEN_IN_FORM  # the form's own list picks its item
    parts = [
        "" if fields.get(k) is None or (chosen and k == "item") else str(fields[k])
        for k in KEY_FIELDS
    ]
    return "|".join([kind, *parts])


def _fields(typed: dict[str, str]) -> tuple[str, dict[str, Any], dict[str, str]]:
    kind = typed["kind"]
    if kind not in KINDS:
        raise BadRequest(f"there is no correction {kind!r}")
    target: dict[str, Any] = {}
    for name in TARGET_FIELDS:
        raw = typed[name].strip()
        if raw:
            if not raw.isdigit():
                raise BadRequest(f"{name} must be a number, not {raw!r}")
            target[name] = int(raw)
    if typed["item"]:
        target["item"] = typed["item"]
    extra = {k: typed[k] for k in EXTRA_FIELDS if typed[k]}
    return kind, target, extra


@router.post("/corrections/{uid}/undo")
async def undo(request: Request, document_id: int, uid: str, scope: PageScope) -> Response:
    await csrf.form(request)
    store.undo(scope, document_id, uid)
    return _back(scope, document_id, "history")


def _back(scope: BoardScope, document_id: int, anchor: str) -> Response:
    safe = anchor if anchor and set(anchor) <= ANCHOR_CHARS else "history"
    url = f"/boards/{scope.board_id}/documents/{document_id}#{safe}"
    return RedirectResponse(url, status_code=303)
