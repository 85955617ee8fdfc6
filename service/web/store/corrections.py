"""A board's corrections of its documents' readings: made (checked first: a correction
that makes no sense is refused and nothing is stored), undone, listed as the document's
history. A table correction (kind, column role, section row, join, split) needs the
table read again: the document, and its twin, are queued to be read with it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.codec import decode, encode
from extract.errors import Conflict, NotFound
from nlp.corrections import Correction, Target, validate
from nlp.corrections.apply import twins_of
from nlp.corrections.codec import corrections_to_json
from nlp.corrections.model import READER_KINDS
from nlp.findings.model import Findings
from service.web.store.corrected import correction_of
from service.web.store.correction_places import correction_place
from service.web.store.scope import BoardScope
from service.web.store.tables import CorrectionRow, DocumentRow, FindingsRow, Job


@dataclass(frozen=True)
class CorrectionOut:
    """A correction as the document's history shows it."""

    id: str
    kind: str
    target: dict[str, Any]
    value: str
    extra: dict[str, str]
    by: str
    at: str
    undone: bool
    applies: bool
    """Applied to the document's current reading."""
    reason: str | None
    """Why it no longer fits (when it does not apply)."""
    on_twin: bool
    """Made on the document's twin (its PDF or Word copy)."""
    place: str = ""
    """Where it applies, in the document's words (`correction_places`); "" for the
    whole document."""


def add(
    scope: BoardScope,
    document_id: int,
    kind: str,
    target: dict[str, Any],
    value: str,
    extra: dict[str, str] | None = None,
) -> CorrectionRow:
    """Store a correction of document `document_id`'s reading, checked against it."""
    document = scope.document(document_id)
    scope.require("decide")
    findings = scope.findings(document_id)
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    correction = Correction(
        id="c-" + uuid.uuid4().hex[:16],
        kind=kind,  # type: ignore[arg-type]
        target=Target(**{**target, "sha256": document.sha256}),
        value=value,
        by=scope.user.email,
        at=at.isoformat(),
        extra=dict(extra or {}),
    )
    correction = validate(correction, findings)
    row = CorrectionRow(
        board_id=scope.board_id,
        uid=correction.id,
        sha256=document.sha256,
        kind=correction.kind,
        target=encode(correction.target),
        value=correction.value,
        extra=correction.extra,
        user_id=scope.user.id,
        at=at,
    )
    scope.session.add(row)
    scope.changed()
    if correction.kind in READER_KINDS:
        _read_again(scope, document, findings)
    scope.session.flush()
    return row


def undo(scope: BoardScope, document_id: int, uid: str) -> CorrectionRow:
    document = scope.document(document_id)
    scope.require("decide")
    row = next((r for r in scope.corrections(undone=True) if r.uid == uid), None)
    if row is None:
        raise NotFound(f"there is no correction {uid} in this board")
    if row.undone:
        raise Conflict(f"correction {uid} was already undone")
    row.undone, row.undone_by = True, scope.user.id
    row.undone_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    scope.changed()
    if row.kind in READER_KINDS:
        _read_again(scope, document, scope.findings(document_id))
    scope.session.flush()
    return row


def for_reader(session: Session, board_id: int, document_id: int) -> list[dict[str, Any]]:
    """The table corrections in force on the document and on its twins (as last read),
    in the JSON form the reader takes (the worker has no user, so no `BoardScope`)."""
    rows = session.scalars(
        select(CorrectionRow)
        .where(CorrectionRow.board_id == board_id, CorrectionRow.undone.is_(False))
        .where(CorrectionRow.kind.in_(READER_KINDS))
        .order_by(CorrectionRow.at, CorrectionRow.id)
    ).all()
    if not rows:
        return []
    document = session.get(DocumentRow, document_id)
    assert document is not None
    stored = session.scalars(select(FindingsRow).where(FindingsRow.board_id == board_id)).all()
    read = {r.document_id: decode(Findings, r.data) for r in stored}
    mine = {document.sha256}
    if document_id in read:
        mine.update(twins_of(read[document_id], read.values()))
    chosen = [correction_of(r, str(r.user_id)) for r in rows if r.sha256 in mine]
    return corrections_to_json(chosen)


def history(
    scope: BoardScope, document: DocumentRow, findings: Findings | None
) -> list[CorrectionOut]:
    """Every correction made on the document or its twins, newest first, with whether it
    applies to the current reading (`findings`; None while the document is read again)."""
    read = scope.read_findings()
    twins = set(twins_of(findings, read.values())) if findings else set()
    emails = {u.id: u.email for u, _ in scope.members()}
    unapplied = {u.correction: u.reason for u in findings.unapplied} if findings else {}
    out = []
    for row in reversed(scope.corrections(undone=True)):
        if row.sha256 != document.sha256 and row.sha256 not in twins:
            continue
        c = correction_of(row, emails.get(row.user_id, str(row.user_id)))
        reason = None if row.undone else unapplied.get(c.id)
        out.append(
            CorrectionOut(
                id=c.id,
                kind=c.kind,
                target=row.target,
                value=c.value,
                extra=c.extra,
                by=c.by,
                at=c.at,
                undone=row.undone,
                applies=not row.undone and reason is None,
                reason=reason,
                on_twin=row.sha256 != document.sha256,
                place=correction_place(c.kind, row.target, findings),
            )
        )
    return out


def _read_again(scope: BoardScope, document: DocumentRow, findings: Findings) -> None:
    """Queue the document, and each twin, to be read with the corrections now in force."""
    read = scope.read_findings()
    twins = set(twins_of(findings, read.values()))
    for d in scope.documents():
        if d.id == document.id or (d.sha256 in twins and d.status == "done"):
            d.status = "queued"
            scope.session.add(Job(board_id=scope.board_id, document_id=d.id))
