"""The board's ledger (rebuilt when documents or decisions change) and link decisions."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from extract.codec import encode
from service.web.api.models import DecisionOut, LedgerOut
from service.web.deps import ERRORS, Scope, raw_json
from service.web.store import ledger as ledger_store
from service.web.store.tables import LinkDecisionRow, User

router = APIRouter(prefix="/api/boards/{board_id}/ledger", tags=["ledger"], responses=ERRORS)


class DecisionIn(BaseModel):
    op: str = Field(description="confirm, reject or add")
    from_id: str = Field(alias="from", max_length=200)
    to_id: str = Field(alias="to", max_length=200)
    kind: str = Field(description="same, reworded, split, merged, reported_by or evidence")
    note: str | None = Field(None, max_length=2000)


def decision_out(row: LinkDecisionRow, scope: Scope) -> DecisionOut:
    user = scope.session.get(User, row.user_id)
    return DecisionOut.model_validate(
        {
            "id": row.id,
            "op": row.op,
            "from": row.from_id,
            "to": row.to_id,
            "kind": row.kind,
            "note": row.note,
            "by": user.email if user else None,
            "at": row.at.isoformat(),
        }
    )


@router.get(
    "",
    summary="Every done document linked across years (DESIGN.md ledger contract)",
    response_model=LedgerOut,
)
def get_ledger(scope: Scope) -> Response:
    ledger = ledger_store.current(scope)
    return raw_json(encode(LedgerOut(**vars(ledger), revision=scope.board.revision)))


@router.get("/decisions", summary="Links people confirmed, rejected or added")
def list_decisions(scope: Scope) -> list[DecisionOut]:
    return [decision_out(row, scope) for row in scope.decisions()]


@router.post("/decisions", status_code=201, summary="Confirm, reject or add a link")
def add_decision(body: DecisionIn, scope: Scope) -> DecisionOut:
    scope.require("decide")
    row = ledger_store.add_decision(scope, body.op, body.from_id, body.to_id, body.kind, body.note)
    return decision_out(row, scope)
