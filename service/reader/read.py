"""`read_document`: one file → its `DocumentResult`, read in a forked child of a warmed
process under a time and a memory limit (`service.reader.fork`). The CLI, the
service's reader process, the batch pool and Dask workers all call this.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import os
from functools import cache
from pathlib import Path
from typing import Any

from extract.labels import clean_label
from service.reader.failures import ReadError
from service.reader.fork import Mark, run_isolated
from service.reader.limits import DEFAULT_LIMITS, ReaderLimits
from service.reader.result import DocumentResult

Source = str | Path | bytes
"""A path the reader can open, or the file's bytes."""


@cache
def warm_up() -> None:
    """Import and build everything a document needs, once per process, so that each
    forked child starts warm (a Word file exercises the whole nlp pipeline)."""
    import docx

    import extract
    from nlp.corrections import read

    for module in ("extract.docx.read", "extract.pdf.read"):
        importlib.import_module(module)

    sample = docx.Document()
    sample.add_heading("Priority 1: Warm-up", level=1)
    sample.add_paragraph("The board will review the warm-up.")
    buffer = io.BytesIO()
    sample.save(buffer)
    read(extract.extract(buffer.getvalue(), filename="warm-up.docx"))


def read_document(
    source: Source,
    *,
    label: str | None = None,
    limits: ReaderLimits = DEFAULT_LIMITS,
    keep_document: bool = False,
    corrections: list[dict[str, Any]] | None = None,
) -> DocumentResult:
    """Read `source` (named `label`, else by its file name) into its findings, and the
    document itself too with `keep_document`, read with `corrections` (their JSON form,
    `nlp.corrections.codec`) applied. Never raises for a bad file: a failure is a result
    with a structured error, naming `label` when one is given."""
    return DocumentResult.from_dict(
        read_document_json(
            source,
            label=label,
            limits=limits,
            keep_document=keep_document,
            corrections=corrections,
        )
    )


def read_document_json(
    source: Source,
    *,
    label: str | None = None,
    limits: ReaderLimits = DEFAULT_LIMITS,
    keep_document: bool = False,
    corrections: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """`read_document`, as the JSON form of its result (what the service's reader
    process sends back without decoding it)."""
    label = clean_label(label) if label is not None else None
    file = label or _name(source)
    if hasattr(os, "fork"):
        warm_up()
    outcome = run_isolated(
        lambda mark: _read(source, label, keep_document, corrections or [], mark),
        limits=limits,
        file=file,
    )
    if outcome.error is None:
        value: dict[str, Any] = outcome.value
        return {**value, "seconds": outcome.seconds, "child_maxrss_kb": outcome.child_maxrss_kb}
    error: ReadError = outcome.error.labelled(label) if label else outcome.error
    result = DocumentResult.failed(file, error, sha256=_sha256(source), seconds=outcome.seconds)
    return {**result.to_dict(), "child_maxrss_kb": outcome.child_maxrss_kb}


def _read(
    source: Source,
    label: str | None,
    keep_document: bool,
    corrections: list[dict[str, Any]],
    mark: Mark,
) -> dict[str, Any]:
    """In the child: the JSON form of an ok `DocumentResult`."""
    from extract import extract
    from nlp.corrections import corrections_from_json, read
    from service.reader.codec import encode_document, encode_findings

    mark("extract")
    document = extract(source, filename=label)
    mark("nlp")
    findings = read(document, corrections_from_json(corrections))
    return {
        "file": findings.document.file,
        "sha256": document.sha256,
        "status": "ok",
        "findings": encode_findings(findings),
        "error": None,
        "document": encode_document(document) if keep_document else None,
    }


def _name(source: Source) -> str:
    return "upload" if isinstance(source, bytes) else clean_label(Path(source).name)


def _sha256(source: Source) -> str | None:
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    try:
        with open(source, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None
