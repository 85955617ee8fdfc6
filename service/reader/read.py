"""`read_document`: one file → its `DocumentResult`, read in a forked child of a warmed
process under a time and a memory limit (`service.reader.fork`). The CLI, the
service's reader process, the batch pool and Dask workers all call this.

A process that is not warm yet (a fresh `carryforward extract`, a pool worker's first
document) reads in two children: the first, forked once only `extract` is imported,
sniffs, guards and extracts; only a file that passes is worth importing nlp for (some
seconds: spaCy's imports and its pipeline), and a second child, forked then, reads the
extracted document's findings. A hostile file is refused before spaCy is even
imported. The next document finds the process warm and is read in one child.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.labels import clean_label
from service.reader.failures import ReadError
from service.reader.fork import Mark, Outcome, run_isolated
from service.reader.limits import DEFAULT_LIMITS, ReaderLimits

if TYPE_CHECKING:
    from extract.model import Document
    from service.reader.result import DocumentResult

Source = str | Path | bytes
"""A path the reader can open, or the file's bytes."""
MIN_SECONDS_LEFT = 0.1
"""The least the second child gets when the first took (nearly) the whole limit."""


HEAD_BYTES = 1024
"""Of a file, looked at (never parsed) to know which reader its first child needs."""
WORD_MAGIC = (b"PK", b"\xd0\xcf\x11\xe0", b"{\\rtf")
"""A zip package (.docx, .odt), an OLE file (.doc), RTF: read by the Word reader."""


def warm_extract(source: Source) -> None:
    """Import `extract` and the reader `source`'s first bytes point to, not nlp (nor
    the other format's reader: an empty file waits for neither), so that the first
    child starts warm. The bytes are only compared, not parsed: that is the child's."""
    importlib.import_module("extract")
    head = _head(source)
    if b"%PDF" in head:
        importlib.import_module("extract.pdf.read")
        # both backends' pages (numpy with them: OpenBLAS imported under a small memory
        # cap exits the child), and the compiled loop loaded, or built, out of the caps
        importlib.import_module("extract.pdf.pdfium_pages")
        importlib.import_module("extract.pdf.pdfium_build").library()
    elif head.startswith(WORD_MAGIC):
        importlib.import_module("extract.docx.read")
        importlib.import_module("extract.legacy")


def _head(source: Source) -> bytes:
    if isinstance(source, bytes):
        return source[:HEAD_BYTES]
    try:
        with open(source, "rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError:
        return b""


@cache
def warm_pipeline() -> None:
    """Import nlp and build its pipeline (no sample document read): what the second
    child of a cold process needs."""
    from nlp.corrections import read  # noqa: F401
    from nlp.findings.pipeline import get_nlp

    get_nlp()


def warmed() -> bool:
    """Whether this process has nlp imported and its pipeline built."""
    return any(f.cache_info().currsize for f in (warm_pipeline, warm_up))


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
    from service.reader.result import DocumentResult

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
    corrections = corrections or []
    if hasattr(os, "fork"):
        if not warmed():
            return _extract_first(source, label, file, limits, keep_document, corrections)
        warm_up()
    outcome = run_isolated(
        lambda mark: _read(source, label, keep_document, corrections, mark),
        limits=limits,
        file=file,
    )
    return _result(outcome, source, label, file)


def _extract_first(
    source: Source,
    label: str | None,
    file: str,
    limits: ReaderLimits,
    keep_document: bool,
    corrections: list[dict[str, Any]],
) -> dict[str, Any]:
    """Extract in a child of this (cold) process; warm up and read the findings of the
    extracted document in a second child only when the first succeeded. The time
    limit covers both children (warming up is not the document's time). The sample
    document of `warm_up` is read later, before a second document, if one comes."""
    warm_extract(source)
    first = run_isolated(lambda mark: _extract_json(source, label, mark), limits=limits, file=file)
    if first.error is not None:
        return _result(first, source, label, file)
    warm_pipeline()
    left = ReaderLimits(
        seconds=max(limits.seconds - first.seconds, MIN_SECONDS_LEFT), memory_mb=limits.memory_mb
    )
    second = run_isolated(
        lambda mark: _findings_json(first.value, keep_document, corrections, mark),
        limits=left,
        file=file,
    )
    both = Outcome(
        second.value,
        second.error,
        first.seconds + second.seconds,
        max(first.child_maxrss_kb, second.child_maxrss_kb),
    )
    return _result(both, source, label, file)


def _result(outcome: Outcome, source: Source, label: str | None, file: str) -> dict[str, Any]:
    from service.reader.result import DocumentResult

    if outcome.error is None:
        value: dict[str, Any] = outcome.value
        return {**value, "seconds": outcome.seconds, "child_maxrss_kb": outcome.child_maxrss_kb}
    error: ReadError = outcome.error.labelled(label) if label else outcome.error
    result = DocumentResult.failed(file, error, sha256=_sha256(source), seconds=outcome.seconds)
    return {**result.to_dict(), "child_maxrss_kb": outcome.child_maxrss_kb}


def _extract_json(source: Source, label: str | None, mark: Mark) -> dict[str, Any]:
    """In the first child: the extracted document, as JSON."""
    from extract import extract
    from service.reader.codec import encode_document

    mark("extract")
    return encode_document(extract(source, filename=label))


def _findings_json(
    document: dict[str, Any], keep_document: bool, corrections: list[dict[str, Any]], mark: Mark
) -> dict[str, Any]:
    """In the second child: the JSON form of an ok `DocumentResult` of the extracted
    `document`."""
    from service.reader.codec import decode_document

    return _findings_of(decode_document(document), keep_document, corrections, mark)


def _read(
    source: Source,
    label: str | None,
    keep_document: bool,
    corrections: list[dict[str, Any]],
    mark: Mark,
) -> dict[str, Any]:
    """In the child: the JSON form of an ok `DocumentResult`."""
    from extract import extract

    mark("extract")
    document = extract(source, filename=label)
    return _findings_of(document, keep_document, corrections, mark)


def _findings_of(
    document: Document, keep_document: bool, corrections: list[dict[str, Any]], mark: Mark
) -> dict[str, Any]:
    from nlp.corrections import corrections_from_json, read
    from service.reader.codec import encode_document, encode_findings

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
