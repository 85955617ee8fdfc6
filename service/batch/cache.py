"""Document results on disk, keyed by the file's content and `PIPELINE_VERSION`.

    OUT/.cache/<PIPELINE_VERSION>/<sha256[:2]>/<sha256>-<name digest>.json

The key has the file's sha256 and a digest of its name (the Findings carry the file
name, so the same bytes under another name are another result). An entry is written
by `write_atomic` (a temporary file in the same folder moved into place), so a killed
run leaves either a whole entry or none (a stray `*.tmp` is never read). A new
pipeline version starts a new folder; old ones are left for a person to delete.

Only results that depend on the file alone are kept: a document read, or one that
failed for a reason of its own (corrupt, hostile, ...). "Too slow", "out of memory"
and "worker died" depend on the machine and are tried again next run.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from service.batch.tables_out import write_atomic
from service.reader import TRANSIENT


class Cache:
    def __init__(self, root: Path, version: str) -> None:
        self.folder = root / version
        self.version = version
        self.writes = 0
        self.hits = 0

    def path(self, sha256: str, filename: str) -> Path:
        name = hashlib.sha256(filename.encode()).hexdigest()[:16]
        return self.folder / sha256[:2] / f"{sha256}-{name}.json"

    def get(self, sha256: str, filename: str) -> dict[str, Any] | None:
        path = self.path(sha256, filename)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("pipeline_version") != self.version:
            return None
        self.hits += 1
        return data

    def put(self, sha256: str, filename: str, result: dict[str, Any]) -> bool:
        """Keep `result` unless its failure is transient; True when written."""
        error = result.get("error") or {}
        if result.get("pipeline_version") != self.version or error.get("error") in TRANSIENT:
            return False
        data = json.dumps(result, ensure_ascii=False).encode("utf-8")
        write_atomic(self.path(sha256, filename), data)
        self.writes += 1
        return True

    def entries(self) -> list[Path]:
        return sorted(self.folder.glob("*/*.json"))
