"""The batch's two task functions, pure and picklable, run on any worker.

`document_task` reads one file (a path the worker can reach, or its bytes) into its
Findings, in a child process with a wall clock and a memory cap (see `isolate`).
`board_task` links one board's Findings into a Ledger and drafts the next report.

Both return plain data: a document result is JSON (it is cached on disk as it is); a
board result is JSON except the Word draft, which travels as bytes. A failure is a
result too, with `status: "failed"` and a structured `error` {error, stage, message,
file, page}: a batch never aborts on one file.
"""

from __future__ import annotations

import io
import os
import resource
import time
from functools import cache
from pathlib import Path
from typing import Any

from service.batch.version import PIPELINE_VERSION
from service.reader.isolate import Mark, error_dict, run_isolated

DEFAULT_SECONDS = 120.0
DEFAULT_MEMORY_MB = 2048


@cache
def warm_up() -> None:
    """Import and build everything a document needs, once per worker process, so that
    each forked child starts warm (a Word file exercises the whole nlp pipeline)."""
    import docx

    import extract.docx.read
    import extract.pdf.read
    import nlp

    sample = docx.Document()
    sample.add_heading("Priority 1: Warm-up", level=1)
    sample.add_paragraph("The board will review the warm-up.")
    buffer = io.BytesIO()
    sample.save(buffer)
    nlp.find(extract.extract(buffer.getvalue(), filename="warm-up.docx"))
    del extract.docx.read, extract.pdf.read


def _read_document(source: str | bytes, filename: str, mark: Mark) -> dict[str, Any]:
    import nlp
    from extract import extract
    from extract.codec import encode

    mark("extract")
    data = source if isinstance(source, bytes) else Path(source)
    document = extract(data, filename=filename)
    mark("nlp")
    findings: dict[str, Any] = encode(nlp.find(document))
    return findings


def document_task(
    source: str | bytes,
    filename: str,
    *,
    seconds: float = DEFAULT_SECONDS,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> dict[str, Any]:
    """One document → {file, status, findings, error, seconds, pipeline_version, worker}."""
    warm_up()
    start = time.perf_counter()
    outcome = run_isolated(
        lambda mark: _read_document(source, filename, mark),
        seconds=seconds,
        memory_mb=memory_mb,
        file=filename,
    )
    return {
        "file": filename,
        "status": "ok" if outcome.error is None else "failed",
        "findings": outcome.value,
        "error": outcome.error,
        "seconds": round(time.perf_counter() - start, 3),
        "pipeline_version": PIPELINE_VERSION,
        "worker": _worker(outcome.child_maxrss_kb),
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
        from extract.codec import decode, encode
        from nlp.findings.model import Findings
        from nlp.ledger import build_ledger
        from service.batch.summary import board_stats
        from service.batch.themes import detect, plan_texts

        documents = [decode(Findings, f) for f in findings]
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
