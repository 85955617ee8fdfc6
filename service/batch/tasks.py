"""The batch's two task functions, pure and picklable, run on any worker.

`document_task` reads one file (a path the worker can reach, or its bytes) into its
Findings with `service.reader.read_document` (a forked child with a wall clock and a
memory cap, the same reader the CLI and the service use). `board_task` links one
board's Findings into a Ledger and drafts the next report.

Both return plain data: a document result is JSON (it is cached on disk as it is); a
board result is JSON except the Word draft, which travels as bytes. A failure is a
result too, with `status: "failed"` and a structured `error` {error, stage, message,
file, page}: a batch never aborts on one file.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path
from typing import Any

from service.batch.version import PIPELINE_VERSION
from service.reader import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, ReaderLimits, read_document
from service.reader.codec import encode_findings


def document_task(
    source: str | bytes,
    filename: str,
    *,
    seconds: float = DEFAULT_SECONDS,
    memory_mb: int = DEFAULT_MEMORY_MB,
    corrections: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One document → {file, status, findings, error, seconds, pipeline_version, worker},
    read with `corrections` (JSON form) applied."""
    data = source if isinstance(source, bytes) else Path(source)
    limits = ReaderLimits(seconds=seconds, memory_mb=memory_mb)
    result = read_document(data, label=filename, limits=limits, corrections=corrections)
    return {
        "file": filename,
        "status": result.status,
        "findings": encode_findings(result.findings) if result.findings else None,
        "error": result.error.to_dict() if result.error else None,
        "seconds": round(result.seconds, 3),
        "pipeline_version": PIPELINE_VERSION,
        "worker": _worker(result.child_maxrss_kb),
    }


def _worker(child_maxrss_kb: int) -> dict[str, int]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"pid": os.getpid(), "maxrss_kb": own, "child_maxrss_kb": child_maxrss_kb}


def board_task(board: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """One board's Findings (JSON, in file order) → its ledger, draft and figures."""
    stage = "ledger"
    try:
        from drafting.build import build_draft
        from drafting.writers.docx.write import write_docx
        from drafting.writers.text import write_html
        from extract.codec import encode
        from nlp.ledger import build_ledger
        from service.batch.summary import board_stats
        from service.batch.themes import detect, plan_texts
        from service.reader.codec import decode_findings

        documents = [decode_findings(f) for f in findings]
        if not documents:
            raise ValueError("no document of this board could be read")
        ledger = build_ledger(documents)
        stage = "drafting"
        draft = build_draft(ledger)
        return {
            "board": board,
            "status": "ok",
            "ledger": encode(ledger),
            "docx": write_docx(draft),
            "html": write_html(draft),
            "stats": board_stats(ledger, draft),
            "themes": detect(plan_texts(documents)),
            "notes": list(draft.notes),
            "error": None,
        }
    except Exception as exc:  # a batch never aborts on one board
        error = error_dict(exc, stage)
        return {"board": board, "status": "failed", "error": error, "themes": {}, "stats": None}


def error_dict(exc: BaseException, stage: str, *, file: str | None = None) -> dict[str, Any]:
    """A structured error {error, stage, message, file, page} for a failure of the batch
    itself (a board's ledger or draft, a worker lost, a file it cannot open); a
    document's reading failures are the reader's (`service.reader.failures`)."""
    to_dict = getattr(exc, "to_dict", None)
    if callable(to_dict):
        data = dict(to_dict())
        data.setdefault("file", file)
        return data
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return {
        "error": type(exc).__name__,
        "stage": stage,
        "message": message,
        "file": file,
        "page": None,
    }
