"""The board's ledger: rebuilt from the stored findings and link decisions whenever the
board's revision moved (documents or decisions changed), and cached as JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nlp.decisions import Decision, decide
from nlp.ledger_json import ledger_to_dict
from nlp.link import build_ledger
from nlp.model import Findings, Ledger
from service.codec import findings_from_dict
from service.errors import BadRequest
from service.scope import BoardScope
from service.tables import Board, LedgerRow, LinkDecisionRow, User

OPS = ("confirm", "reject", "add")
KINDS = ("same", "reworded", "split", "merged", "reported_by", "evidence")


def board_findings(scope: BoardScope) -> list[Findings]:
    return [findings_from_dict(row.data) for row in scope.all_findings()]


def board_decisions(scope: BoardScope) -> list[Decision]:
    out = []
    for row in scope.decisions():
        by = scope.session.get(User, row.user_id)
        out.append(
            Decision(
                row.op,  # type: ignore[arg-type]
                row.from_id,
                row.to_id,
                row.kind,  # type: ignore[arg-type]
                by.email if by else str(row.user_id),
                row.at.isoformat(),
                row.from_hash,
                row.to_hash,
                row.note,
            )
        )
    return out


def ledger(scope: BoardScope) -> Ledger:
    return build_ledger(board_findings(scope), board_decisions(scope))


def ledger_json(scope: BoardScope) -> dict[str, Any]:
    """The cached ledger JSON, rebuilt first when the board changed since."""
    row = scope.session.get(LedgerRow, scope.board_id)
    if row is not None and row.revision == scope.board.revision:
        return row.data
    return store(scope.session, scope.board, ledger_to_dict(ledger(scope)))


def store(session: Session, board: Board, data: dict[str, Any]) -> dict[str, Any]:
    """Cache the ledger for the board's revision. Two requests may rebuild at once: the
    second insert loses (savepoint rolled back) and the first one's row stands."""
    row = session.get(LedgerRow, board.id)
    built = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if row is not None:
        row.revision, row.data, row.built_at = board.revision, data, built
        return data
    try:
        with session.begin_nested():
            session.add(LedgerRow(board_id=board.id, revision=board.revision, data=data))
    except IntegrityError:
        pass
    return data


def add_decision(
    scope: BoardScope, op: str, from_id: str, to_id: str, kind: str, note: str | None
) -> LinkDecisionRow:
    """Store a person's link decision (ids checked against the board's findings)."""
    if op not in OPS or kind not in KINDS:
        raise BadRequest(f"op must be one of {', '.join(OPS)}; kind one of {', '.join(KINDS)}")
    findings = board_findings(scope)
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    d = decide(op, from_id, to_id, kind, scope.user.email, at.isoformat(), findings, note)  # type: ignore[arg-type]
    missing = [i for i, h in ((from_id, d.from_hash), (to_id, d.to_hash)) if h is None]
    if missing:
        raise BadRequest(
            f"no action, progress row or section with id {', '.join(missing)} in this board's "
            "findings; take ids from the ledger or findings"
        )
    row = LinkDecisionRow(
        board_id=scope.board_id,
        op=op,
        from_id=from_id,
        to_id=to_id,
        kind=kind,
        from_hash=d.from_hash,
        to_hash=d.to_hash,
        note=note,
        user_id=scope.user.id,
        at=at,
    )
    scope.session.add(row)
    scope.changed()
    scope.session.flush()
    return row
