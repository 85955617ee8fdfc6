"""Nothing kept that was removed: a document's stored bytes go with it (unless another
document of the board shares them, counted), a file refused after upload keeps only
its record and reason, and `purge` removes documents older than a number of days.

Bytes are unlinked only once the transaction that removed their last reference has
committed, so a rolled-back removal never loses a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, event, func, select
from sqlalchemy.orm import Session

from service.reader import TRANSIENT
from service.web.store.blobs import BlobStore
from service.web.store.tables import Board, DocumentRow, FindingsRow, Job, now


def references(session: Session, board_id: int, sha256: str, *, besides: int) -> int:
    """Documents of the board other than `besides` whose stored bytes are these."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(DocumentRow)
            .where(
                DocumentRow.board_id == board_id,
                DocumentRow.sha256 == sha256,
                DocumentRow.id != besides,
                DocumentRow.status != "failed",
            )
        )
        or 0
    )


def release_bytes(session: Session, blobs: BlobStore, document: DocumentRow) -> bool:
    """The document's bytes removed after commit unless another document shares them;
    True when they will be removed."""
    if references(session, document.board_id, document.sha256, besides=document.id):
        return False
    board_id, sha256 = document.board_id, document.sha256

    def unlink(_session: Session) -> None:
        blobs.discard(board_id, sha256)

    event.listen(session, "after_commit", unlink, once=True)
    return True


def remove_document(session: Session, blobs: BlobStore, document: DocumentRow) -> None:
    """A document, its findings, its jobs and (unless shared) its bytes."""
    release_bytes(session, blobs, document)
    session.execute(delete(FindingsRow).where(FindingsRow.document_id == document.id))
    session.execute(delete(Job).where(Job.document_id == document.id))
    session.delete(document)


def keeps_bytes(error: dict[str, object]) -> bool:
    """A failure that depends on the machine (a limit, a dead reader) keeps the bytes
    for another try; a refused file (hostile, damaged, unsupported) does not."""
    return str(error.get("error")) in TRANSIENT or str(error.get("stage")) == "service"


@dataclass(frozen=True)
class Purged:
    id: int
    board: str
    label: str
    uploaded: str


def old_documents(session: Session, days: float, *, at: dt.datetime | None = None) -> list[Purged]:
    cutoff = (at or now()) - dt.timedelta(days=days)
    rows = session.execute(
        select(DocumentRow, Board.name)
        .join(Board, Board.id == DocumentRow.board_id)
        .where(DocumentRow.created_at < cutoff)
        .order_by(DocumentRow.id)
    ).all()
    return [Purged(d.id, name, d.label, d.created_at.date().isoformat()) for d, name in rows]


def purge(session: Session, blobs: BlobStore, ids: list[int]) -> int:
    """Remove the documents `ids` (as `old_documents` listed them); boards that lost one
    have their ledger rebuilt."""
    boards: set[int] = set()
    for document_id in ids:
        document = session.get(DocumentRow, document_id)
        if document is None:
            continue
        boards.add(document.board_id)
        remove_document(session, blobs, document)
    for board_id in boards:
        board = session.get(Board, board_id)
        if board is not None:
            board.revision += 1
    return len(ids)
