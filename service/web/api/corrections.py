"""Corrections of a document's reading: make one, undo one, list the document's history
(the document page's forms are their twins)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from service.web.deps import ERRORS, Scope
from service.web.store import corrections as store
from service.web.store.corrections import CorrectionOut

router = APIRouter(
    prefix="/api/boards/{board_id}/documents/{document_id}/corrections",
    tags=["corrections"],
    responses=ERRORS,
)


class TargetIn(BaseModel):
    """Where the correction applies (its document is the one in the path)."""

    table: int | None = Field(None, ge=0, description="Ordinal of the table (0 = the first)")
    row: int | None = Field(None, ge=0, description="Index of the row in its Table block")
    col: int | None = Field(None, ge=0, description="Grid column")
    item: str | None = Field(
        None,
        max_length=200,
        description="An action's or progress row's id, a priority's "
        "number, a person's name, `section:<index>` or `list:<index>`",
    )
    fingerprint: str = Field("", max_length=300, description="Filled in when left out")


class CorrectionIn(BaseModel):
    kind: str = Field(description="One of `nlp.corrections.KINDS` (see the README)")
    target: TargetIn | None = None
    value: str = Field("", max_length=300)
    extra: dict[str, str] = Field(
        default_factory=dict, description="role, organisation, outcomes, priority"
    )


@router.get("", summary="Corrections made on this document (or its twin), newest first")
def list_corrections(board_id: int, document_id: int, scope: Scope) -> list[CorrectionOut]:
    document = scope.document(document_id)
    return store.history(scope, document, scope.findings(document_id))


@router.post(
    "", status_code=201, summary="Correct the document's reading (refused when it makes no sense)"
)
def add_correction(
    board_id: int, document_id: int, body: CorrectionIn, scope: Scope
) -> CorrectionOut:
    target = body.target.model_dump() if body.target else {}
    row = store.add(scope, document_id, body.kind, target, body.value, body.extra)
    return _out(scope, document_id, row.uid)


@router.post("/{uid}/undo", summary="Undo a correction (the reading goes back to the reader's)")
def undo_correction(board_id: int, document_id: int, uid: str, scope: Scope) -> CorrectionOut:
    store.undo(scope, document_id, uid)
    return _out(scope, document_id, uid)


def _out(scope: Scope, document_id: int, uid: str) -> CorrectionOut:
    document = scope.document(document_id)
    findings = scope.findings(document_id) if document.status == "done" else None
    entries = store.history(scope, document, findings)
    return next(e for e in entries if e.id == uid)
