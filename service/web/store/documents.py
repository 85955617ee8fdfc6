"""Documents of a board: storing checked uploads (queued for the worker), listing,
removing. Duplicates are recognised by content hash within the board."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from extract.errors import CarryforwardError
from extract.sniff import sniff
from service.web.store.blobs import BlobStore
from service.web.store.retention import remove_document
from service.web.store.scope import BoardScope
from service.web.store.tables import DocumentRow, Job
from service.web.uploads import Received


def check_formats(received: list[Received]) -> list[str]:
    """The format of every file, decided by its bytes; the first bad file raises (and
    every temporary file is removed: nothing of a rejected request is stored)."""
    formats = []
    try:
        for r in received:
            formats.append(sniff(r.temp.read_bytes(), file=r.label))
    except CarryforwardError:
        for r in received:
            r.temp.unlink(missing_ok=True)
        raise
    return formats


def store_uploads(
    scope: BoardScope, blobs: BlobStore, received: list[Received], formats: list[str]
) -> list[tuple[DocumentRow, bool]]:
    """Each file as a queued document (or the existing one when its bytes are already
    in this board), with `True` for duplicates."""
    out: list[tuple[DocumentRow, bool]] = []
    for r, fmt in zip(received, formats, strict=True):
        existing = scope.document_by_hash(r.sha256)
        if existing is not None or any(d.sha256 == r.sha256 for d, _ in out):
            r.temp.unlink(missing_ok=True)
            same = existing or next(d for d, _ in out if d.sha256 == r.sha256)
            out.append((same, True))
            continue
        blobs.adopt(scope.board_id, r.sha256, r.temp)
        document = DocumentRow(
            board_id=scope.board_id,
            sha256=r.sha256,
            label=r.label,
            format=fmt,
            size=r.size,
            status="queued",
            uploaded_by=scope.user.id,
        )
        scope.session.add(document)
        scope.session.flush()
        scope.session.add(Job(board_id=scope.board_id, document_id=document.id))
        out.append((document, False))
    return out


def remove(scope: BoardScope, blobs: BlobStore, document_id: int) -> None:
    """Forget a document, its findings and jobs, and its stored bytes unless another
    document of the board holds them (`retention`)."""
    remove_document(scope.session, blobs, scope.document(document_id))
    scope.changed()


@dataclass(frozen=True)
class DocumentOut:
    """A document and its reading status."""

    id: int
    board: int
    label: str
    sha256: str
    format: str
    size: int
    status: str
    """queued, processing, done or failed."""
    error: dict[str, Any] | None
    """Why it failed: {error, stage, message, file, page}."""
    uploaded_at: str
    updated_at: str


@dataclass(frozen=True)
class UploadedOut(DocumentOut):
    duplicate: bool
    """Its bytes were already in this board: the existing document."""


def document_out(document: DocumentRow) -> DocumentOut:
    return DocumentOut(
        id=document.id,
        board=document.board_id,
        label=document.label,
        sha256=document.sha256,
        format=document.format,
        size=document.size,
        status=document.status,
        error=document.error,
        uploaded_at=document.created_at.isoformat(),
        updated_at=document.updated_at.isoformat(),
    )


def uploaded_out(document: DocumentRow, duplicate: bool) -> UploadedOut:
    return UploadedOut(**vars(document_out(document)), duplicate=duplicate)


def document_json(document: DocumentRow) -> dict[str, Any]:
    """A document as the pages show it (and add to)."""
    return asdict(document_out(document))
