"""`PIPELINE_VERSION`: the one string that keys cached document results.

It is the package version, a manual revision of the batch task's output
(`STAGE_REVISION`, bumped by hand when the shape of a cached result changes) and a
digest of the source of the stages a document task runs (`extract/`, `nlp/`), so an
edit to either stage never reuses results computed by older code.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path
from typing import Final

STAGE_REVISION: Final = "1"
STAGES: Final = ("extract", "nlp")
"""The packages whose code decides a document task's result."""

_ROOT = Path(__file__).resolve().parent.parent.parent


def _package_version() -> str:
    try:
        return metadata.version("carryforward")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a bare checkout
        return "0"


def _source_digest() -> str:
    digest = hashlib.sha256()
    for stage in STAGES:
        folder = _ROOT / stage
        for path in sorted(folder.rglob("*")):
            if (
                path.is_file()
                and path.suffix in (".py", ".json", ".txt")
                and "__pycache__" not in path.parts
            ):
                digest.update(path.relative_to(_ROOT).as_posix().encode())
                digest.update(b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION: Final = f"{_package_version()}-r{STAGE_REVISION}-{_source_digest()}"
