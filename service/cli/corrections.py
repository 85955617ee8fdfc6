"""`--corrections FILE` of `extract`, `ledger`, `draft` and `batch`: corrections in the
JSON form the API takes (`{"corrections": [...]}`, `nlp.corrections.codec`), each
document read with the ones made on it (by content hash) and, in a board's folder, on
its twin (its PDF or Word copy)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from nlp.corrections import Correction

CorrectionsFile = Annotated[
    Path | None,
    typer.Option(
        "--corrections",
        help="A corrections file (JSON, as the API takes them): applied to the documents "
        "they name by content hash, and to their twins.",
        dir_okay=False,
    ),
]


def load(path: Path | None) -> list[Correction]:
    if path is None:
        return []
    from nlp.corrections import load_corrections

    return load_corrections(path)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def for_file(corrections: list[Correction], path: Path, *twins: str) -> list[dict[str, Any]]:
    """The JSON form of the corrections made on this file (and on `twins`)."""
    if not corrections:
        return []
    from nlp.corrections.apply import for_document
    from nlp.corrections.codec import corrections_to_json

    return corrections_to_json(for_document(corrections, sha256_of(path), *twins))
