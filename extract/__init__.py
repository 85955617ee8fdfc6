"""File → Document: PDF and Word read into one document model with provenance."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from extract.errors import (
    CorruptFile,
    EmptyFile,
    ExtractError,
    HostileFile,
    NoTextLayer,
    PasswordProtected,
    TooLarge,
    UnsupportedFormat,
)
from extract.labels import clean_label
from extract.legacy import LEGACY_FORMATS
from extract.limits import DEFAULT_LIMITS, Limits
from extract.model import (
    Block,
    Cell,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Row,
    Source,
    Table,
)
from extract.sniff import sniff

__all__ = [
    "READABLE_SUFFIXES",
    "Block",
    "Cell",
    "CorruptFile",
    "Document",
    "EmptyFile",
    "ExtractError",
    "Heading",
    "HostileFile",
    "Limits",
    "ListItem",
    "NoTextLayer",
    "Paragraph",
    "PasswordProtected",
    "Row",
    "Source",
    "Table",
    "TooLarge",
    "UnsupportedFormat",
    "extract",
]

READABLE_SUFFIXES = (".pdf", ".docx", *(f".{fmt}" for fmt in LEGACY_FORMATS))
"""Names of files a folder reader offers to `extract` (the bytes still decide)."""


def extract(
    path_or_bytes: str | Path | bytes,
    *,
    filename: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    pdf_backend: str | None = None,
) -> Document:
    """Read a PDF or Word file into a `Document`.

    The format is decided by the bytes. `filename` labels the document when bytes
    are given (it is never used as a path). `pdf_backend` ("pdfium" or
    "pdfplumber") overrides CARRYFORWARD_PDF_BACKEND (`extract.pdf.backend`).
    """
    data, name = _read(path_or_bytes, filename=filename, limits=limits)
    fmt = sniff(data, file=name)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from extract.pdf.read import read_pdf

        return read_pdf(data, file=name, sha256=sha256, limits=limits, backend=pdf_backend)
    from extract.docx.read import read_docx

    if fmt in LEGACY_FORMATS:
        from extract.legacy import to_docx

        document = read_docx(to_docx(data, fmt, file=name), file=name, sha256=sha256, limits=limits)
        note = f"converted from {LEGACY_FORMATS[fmt]} to .docx by LibreOffice before reading"
        return replace(document, warnings=(note, *document.warnings))
    return read_docx(data, file=name, sha256=sha256, limits=limits)


def _read(
    path_or_bytes: str | Path | bytes, *, filename: str | None, limits: Limits
) -> tuple[bytes, str]:
    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        data = bytes(path_or_bytes)
        name = clean_label(filename) if filename else "upload"
    else:
        path = Path(path_or_bytes)
        name = clean_label(filename or path.name)
        if not path.is_file():
            raise ExtractError("no such file", file=str(path))
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise TooLarge(
                f"the file is {size / 1e6:.1f} MB; the limit is {limits.max_bytes / 1e6:.0f} MB",
                file=name,
            )
        data = path.read_bytes()
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"the file is {len(data) / 1e6:.1f} MB; the limit is {limits.max_bytes / 1e6:.0f} MB",
            file=name,
        )
    if not data:
        raise EmptyFile("the file is empty", file=name)
    return data, name
