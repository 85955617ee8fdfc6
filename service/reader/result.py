"""`DocumentResult`: what reading one document gives, whoever read it and wherever.

Its JSON form (`to_dict`/`from_dict`) is what crosses process boundaries; the
findings and the document in it go through `service.reader.codec`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from service.reader.codec import decode_document, decode_findings, encode_document, encode_findings
from service.reader.failures import ReadError

if TYPE_CHECKING:
    from extract.model import Document
    from nlp.findings.model import Findings

Status = Literal["ok", "failed"]


@dataclass(frozen=True)
class DocumentResult:
    file: str
    """The label the document was read under (the file name in its findings)."""
    sha256: str | None
    """Of the file's bytes; None when they could not be read."""
    status: Status
    findings: Findings | None = None
    """When ok."""
    error: ReadError | None = None
    """When failed."""
    seconds: float = 0.0
    child_maxrss_kb: int = 0
    """Peak resident memory of the child that read it (0 when read in-process)."""
    document: Document | None = None
    """The document itself, when the caller asked for it (`keep_document`)."""

    def __post_init__(self) -> None:
        if (self.status == "ok") != (self.findings is not None and self.error is None):
            raise ValueError("a result is ok with findings and no error, or failed with an error")

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @classmethod
    def failed(
        cls, file: str, error: ReadError, *, sha256: str | None = None, seconds: float = 0.0
    ) -> DocumentResult:
        return cls(file, sha256, "failed", error=error, seconds=seconds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "status": self.status,
            "findings": encode_findings(self.findings) if self.findings else None,
            "error": self.error.to_dict() if self.error else None,
            "seconds": self.seconds,
            "child_maxrss_kb": self.child_maxrss_kb,
            "document": encode_document(self.document) if self.document else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentResult:
        """Also reads a batch cache entry (no `sha256`, no `document`)."""
        findings, error, document = data.get("findings"), data.get("error"), data.get("document")
        return cls(
            file=str(data["file"]),
            sha256=data.get("sha256"),
            status="ok" if data.get("status") == "ok" else "failed",
            findings=decode_findings(findings) if findings is not None else None,
            error=ReadError.from_dict(error) if error is not None else None,
            seconds=float(data.get("seconds") or 0.0),
            child_maxrss_kb=int(data.get("child_maxrss_kb") or 0),
            document=decode_document(document) if document is not None else None,
        )
