"""The board's ledger: rebuilt from the stored findings and link decisions whenever the
board's revision moved (documents or decisions changed), and cached as JSON (the
ledger contract, `extract.codec`); callers get the `Ledger`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extract.codec import decode, encode
from extract.errors import BadRequest
from nlp.findings.model import Findings
from nlp.ledger import Ledger, LedgerDecision, build_ledger, decide
from nlp.periods import parse_period
from service.web.store.scope import BoardScope
from service.web.store.tables import Board, LedgerRow, LinkDecisionRow, User

OPS = ("confirm", "reject", "add")
KINDS = ("same", "reworded", "split", "merged", "reported_by", "evidence")
LINEAGE = ("same", "reworded", "split", "merged")


def board_findings(scope: BoardScope) -> list[Findings]:
    return list(scope.all_findings().values())


def board_decisions(scope: BoardScope) -> list[LedgerDecision]:
    out = []
    for row in scope.decisions():
        by = scope.session.get(User, row.user_id)
        out.append(
            LedgerDecision(
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
    """The ledger built afresh from the stored findings and decisions."""
    return build_ledger(board_findings(scope), board_decisions(scope))


def current(scope: BoardScope) -> Ledger:
    """The cached ledger, rebuilt (and cached) first when the board changed since."""
    row = scope.session.get(LedgerRow, scope.board_id)
    if row is not None and row.revision == scope.board.revision:
        return decode(Ledger, row.data)
    built = ledger(scope)
    store(scope.session, scope.board, encode(built))
    return built


def store(session: Session, board: Board, data: dict[str, Any]) -> None:
    """Cache the ledger's JSON for the board's revision. Two requests may rebuild at
    once: the second insert loses (savepoint rolled back) and the first one's row stands."""
    row = session.get(LedgerRow, board.id)
    built = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if row is not None:
        row.revision, row.data, row.built_at = board.revision, data, built
        return
    try:
        with session.begin_nested():
            session.add(LedgerRow(board_id=board.id, revision=board.revision, data=data))
    except IntegrityError:
        pass


Entry = tuple[str, str, str, str, str | None]
"""One decision to store: (op, from, to, kind, note)."""


def add_decision(
    scope: BoardScope, op: str, from_id: str, to_id: str, kind: str, note: str | None
) -> LinkDecisionRow:
    """Store a person's link decision (ids checked against the board's findings)."""
    return add_decisions(scope, [(op, from_id, to_id, kind, note)])[0]


def add_decisions(scope: BoardScope, entries: Sequence[Entry]) -> list[LinkDecisionRow]:
    """Store several decisions at once (a chain's links, every strong match): each
    checked like one; none is stored when any is wrong."""
    findings = board_findings(scope)
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = []
    for op, from_id, to_id, kind, note in entries:
        if op not in OPS or kind not in KINDS:
            raise BadRequest(f"op must be one of {', '.join(OPS)}; kind one of {', '.join(KINDS)}")
        d = decide(op, from_id, to_id, kind, scope.user.email, at.isoformat(), findings, note)  # type: ignore[arg-type]
        missing = [i for i, h in ((from_id, d.from_hash), (to_id, d.to_hash)) if h is None]
        if missing:
            raise BadRequest(
                f"no action, progress row or section with id {', '.join(missing)} in this "
                "board's findings; take ids from the ledger or findings"
            )
        rows.append(
            LinkDecisionRow(
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
        )
    scope.session.add_all(rows)
    scope.changed()
    scope.session.flush()
    return rows


def undo_decisions(scope: BoardScope, ids: Sequence[int]) -> int:
    """Take back the user's own decisions `ids` (an undo right after making them): the
    ledger is as it was before them. How many were taken back."""
    rows = scope.own_decisions(ids)
    for row in rows:
        scope.session.delete(row)
    if rows:
        scope.changed()
        scope.session.flush()
    return len(rows)


def start_year(period: str | None) -> int | None:
    """The year a period starts in ("2019/20", "2017-20" → 2019, 2017), as
    `nlp.periods` reads it."""
    parsed = parse_period(period)
    return parsed.start if parsed else None


def items(ledger: Ledger) -> dict[str, dict[str, Any]]:
    """Every action and progress row of the ledger's documents, by id, as the ledger
    page shows them (JSON-ready: `document` is the document's info)."""
    out: dict[str, dict[str, Any]] = {}
    for f in ledger.documents:
        info = f.document
        meta = encode(info)
        for a in f.actions:
            out[a.id] = {
                "id": a.id,
                "type": "action",
                "text": a.text,
                "priority": a.priority,
                "number": a.number,
                "period": a.period or info.period,
                "document": meta,
                "status": None,
            }
        for p in f.progress:
            out[p.id] = {
                "id": p.id,
                "type": "progress",
                "text": p.update or p.action or "",
                "action": p.action,
                "priority": None,
                "number": p.number,
                "period": info.period,
                "document": meta,
                "status": p.status,
            }
    return out


def linkable(ledger: Ledger) -> dict[str, tuple[str, int | None]]:
    """Every action and progress row of the ledger's documents: id → (type, start year)."""
    return {i: (it["type"], start_year(it["period"])) for i, it in items(ledger).items()}


def chosen_link(scope: BoardScope, picked: str, other: str, kind: str) -> LinkDecisionRow:
    """Add a link a person chose between two items (in either order): a plan action →
    the progress row that reports on it (`reported_by`), or an earlier plan's action →
    the later plan's (a lineage kind)."""
    if not picked or not other:
        raise BadRequest("choose the two items to link from the lists, then add the link")
    items = linkable(current(scope))
    unknown = [i for i in (picked, other) if i not in items]
    if unknown:
        raise BadRequest(
            f"no action or progress row with id {', '.join(unknown)} in this board's ledger; "
            "choose one from the list"
        )
    if picked == other:
        raise BadRequest("an item cannot be linked to itself; choose another")
    return add_decision(scope, "add", *ordered_link(items, picked, other, kind), None)


def ordered_link(
    items: dict[str, tuple[str, int | None]], a: str, b: str, kind: str
) -> tuple[str, str, str]:
    """(from, to, kind) for two chosen items, the way the ledger links them."""
    (a_type, a_year), (b_type, b_year) = items[a], items[b]
    if a_type == b_type == "progress":
        raise BadRequest(
            "two progress rows cannot be linked; link a progress row to the plan action "
            "it reports on"
        )
    if a_type != b_type:
        return (a, b, "reported_by") if a_type == "action" else (b, a, "reported_by")
    if kind not in LINEAGE:
        raise BadRequest(f"two plan actions are linked as one of {', '.join(LINEAGE)}")
    if a_year is not None and a_year == b_year:
        raise BadRequest(
            f"both actions are for {a_year}: a lineage link joins an action to the one that "
            "carries it on in a later plan"
        )
    later_first = a_year is not None and b_year is not None and a_year > b_year
    return (b, a, kind) if later_first else (a, b, kind)
