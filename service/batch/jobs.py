"""What a batch knows of each document it reads (`DocJob`), the options it runs with,
and the files written for a document (its findings, atomically)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from service.batch.tables_out import write_atomic
from service.reader.limits import DEFAULT_MEMORY_MB, DEFAULT_SECONDS


@dataclass(frozen=True)
class BatchOptions:
    workers: int | None = None
    scheduler: str | None = None
    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB
    send: Literal["auto", "paths", "bytes"] = "auto"
    """How a document reaches a worker: its path (the worker reads the file: a local
    pool, or a cluster sharing the file system) or its bytes. `auto`: paths for the
    local pool, bytes for a cluster."""
    progress: bool = True
    corrections: tuple[dict[str, Any], ...] = ()
    """Corrections (JSON form, `nlp.corrections.codec`): each document is read with the
    ones made on it (by content hash) and, once its board's documents are in, read
    again with those made on its twin (its PDF or Word copy in the same board)."""

    def corrections_for(self, sha256: str | None, *twins: str) -> list[dict[str, Any]]:
        mine = {sha256, *twins}
        return [c for c in self.corrections if c.get("target", {}).get("sha256") in mine]


def cache_name(file: str, corrections: list[dict[str, Any]]) -> str:
    """The name a result is cached under: a document read with corrections is another
    result than the one read without them."""
    if not corrections:
        return file
    digest = hashlib.sha256(json.dumps(corrections, sort_keys=True).encode()).hexdigest()
    return f"{file}#corrections-{digest[:16]}"


@dataclass
class DocJob:
    board: str
    path: Path
    folder: str = ""
    """The board's output folder under `OUT/boards/` (`names.unique_names`)."""
    output: str = ""
    """The document's safe, unique name in that folder (`names.unique_names`)."""
    sha256: str = ""
    result: dict[str, Any] | None = None
    cached: bool = False
    twins: tuple[str, ...] = ()
    """Content hashes of its twins whose corrections it is read with (set once)."""
    with_twins: list[dict[str, Any]] = field(default_factory=list)
    """Its own and its twins' corrections, fingerprints filled in (`Again`)."""
    first: dict[str, Any] | None = None
    """Its first reading, kept while it is read again with its twins' corrections."""
    again_error: dict[str, Any] | None = None
    """Why reading it again with its twins' corrections failed (its first reading kept)."""

    def settle(self, result: dict[str, Any]) -> None:
        """Take `result`, unless it is a failed reading again with the twins'
        corrections: then the first reading stays and the failure is kept to be listed."""
        if self.twins and self.first is not None and result["status"] != "ok":
            error = dict(result.get("error") or {})
            error["message"] = (
                f"reading it again with its twin's corrections failed "
                f"({error.get('message', 'no reason given')}); its first reading is kept"
            )
            self.result, self.again_error = self.first, error
            return
        self.result = result

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def findings_path(self) -> str:
        """Where its findings are written, under OUT."""
        return f"boards/{self.folder or self.board}/findings/{self.output or self.file}.json"

    def corrections(self, options: BatchOptions) -> list[dict[str, Any]]:
        return self.with_twins if self.twins else options.corrections_for(self.sha256)


def write_findings(job: DocJob, out: Path) -> None:
    assert job.result is not None
    target = out / job.findings_path
    ok = job.result["status"] == "ok"
    if ok:
        write_json(target, job.result["findings"])
    else:
        target.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, with ordinary permissions (`write_atomic`)."""
    write_atomic(path, data)


def write_json(path: Path, data: Any) -> None:
    write_bytes(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
