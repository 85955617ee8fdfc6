"""One board's folder, read for `ledger` and `draft`: every file that is not read is
said so, a folder that is not a board folder is an error that says what to pass, and
documents of two boards are not mixed silently."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from extract import READABLE_SUFFIXES
from extract.errors import EmptyFile, InputError, UnsupportedFormat, UsageProblem
from service.cli.corrections import for_file
from service.reader.limits import DEFAULT_LIMITS, ReaderLimits

if TYPE_CHECKING:
    from nlp.corrections import Correction
    from nlp.findings.model import Findings

AllowMixed = Annotated[
    bool,
    typer.Option("--allow-mixed-boards", help="Read documents of several boards together."),
]
"""The `--allow-mixed-boards` option of `ledger` and `draft`."""


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str
    failed: bool
    """True when the file is a document that could not be read (not just another kind
    of file)."""

    def line(self) -> str:
        if self.file.endswith("/"):
            return f"skipped folder {self.file} ({self.reason})"
        return f"skipped {self.file}: {self.reason}"

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "reason": self.reason, "failed": self.failed}


def read_board_folder(
    folder: Path,
    console: Console,
    *,
    allow_mixed: bool = False,
    limits: ReaderLimits = DEFAULT_LIMITS,
    corrections: Sequence[Correction] = (),
) -> tuple[list[Findings], list[Skipped]]:
    """Read every PDF and .docx in `folder` (decided by their bytes), each in a process
    of its own under `limits` with the corrections made on it; a document whose twin
    was corrected is read again with those too; report the rest."""
    if not folder.exists():
        raise UsageProblem("no such folder; check the path", file=str(folder))
    if not folder.is_dir():
        raise UsageProblem(
            "this is a file, not a folder; give the folder that holds one board's "
            "reports and plans",
            file=str(folder),
        )
    read: list[tuple[Path, Findings]] = []
    skipped: list[Skipped] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir():
            skipped.append(
                Skipped(f"{path.name}/", "folders inside a board folder are not read", False)
            )
            continue
        result = _read(path, limits, for_file(list(corrections), path))
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            read.append((path, result))
    findings = _with_twins_corrections(read, list(corrections), limits)
    if not findings:
        _no_documents(folder, console, skipped)
    for s in skipped:
        console.print(f"[yellow]{s.line()}[/]", highlight=False)
    if not allow_mixed:
        from nlp.findings.boards import check_one_board

        check_one_board(findings, hint=", or pass --allow-mixed-boards to read them together")
    return findings, skipped


def _with_twins_corrections(
    read: list[tuple[Path, Findings]], corrections: list[Correction], limits: ReaderLimits
) -> list[Findings]:
    """Each document's findings; read again with its twin's corrections when its twin
    (the PDF or Word copy of it) was corrected."""
    from nlp.corrections.apply import for_document, twins_of, with_fingerprints

    everyone = [f for _, f in read]
    corrections = with_fingerprints(corrections, everyone)
    out = []
    for path, f in read:
        twins = twins_of(f, everyone)
        if not for_document(corrections, *twins):
            out.append(f)
            continue
        again = _read(path, limits, for_file(corrections, path, *twins))
        out.append(f if isinstance(again, Skipped) else again)
    return out


def _read(
    path: Path, limits: ReaderLimits, corrections: list[dict[str, Any]]
) -> Findings | Skipped:
    """One file's findings, or why it is skipped (one bad file never aborts the folder)."""
    from service.reader import read_document

    result = read_document(path, limits=limits, corrections=corrections)
    if result.findings is not None:
        return result.findings
    assert result.error is not None  # a failed result has its error
    not_a_document = isinstance(result.error.exception(), UnsupportedFormat | EmptyFile)
    return Skipped(path.name, result.error.message, not not_a_document)


def _no_documents(folder: Path, console: Console, skipped: list[Skipped]) -> None:
    boards = [
        p.name
        for p in sorted(folder.iterdir())
        if p.is_dir()
        and not p.name.startswith(".")
        and any(q.suffix.lower() in READABLE_SUFFIXES for q in p.iterdir())
    ]
    if boards:
        raise InputError(
            f"{folder} holds board folders ({', '.join(boards)}); give one of them, "
            f"or use `carryforward batch {folder}`"
        )
    for s in skipped:
        console.print(f"[yellow]{s.line()}[/]", highlight=False)
    unread = " that can be read" if any(s.failed for s in skipped) else ""
    raise InputError(f"no PDF or Word files{unread} in {folder}")
