"""`carryforward extract FILE...`: a readable summary per file, or the JSON contract."""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from extract import Document
from extract.codec import encode
from extract.errors import InputError
from extract.model import Block, Heading, ListItem, Paragraph, Table
from service.cli.corrections import CorrectionsFile, for_file, load
from service.reader.failures import ReadError
from service.reader.limits import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, ReaderLimits

if TYPE_CHECKING:
    from nlp.corrections import Correction
    from nlp.findings.model import Findings
    from service.reader.result import DocumentResult

TimeLimit = Annotated[
    float, typer.Option("--time-limit", min=1, help="Seconds allowed per document.")
]
MemoryLimit = Annotated[
    int, typer.Option("--memory-limit", min=0, help="MB a document may add (0: no cap).")
]


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="PDF or Word (.docx) files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    blocks: Annotated[bool, typer.Option("--blocks", help="Add the raw blocks.")] = False,
    time_limit: TimeLimit = DEFAULT_SECONDS,
    memory_limit: MemoryLimit = DEFAULT_MEMORY_MB,
    corrections_file: CorrectionsFile = None,
) -> None:
    """Read each file and print what was found. Each file is read in a process of its
    own under a time and a memory limit. A bad file prints its error and the run goes
    on; the exit code is 1 when any file failed. A correction made on a file's twin
    among the files given (its PDF or Word copy) applies to it too."""
    console = Console(stderr=as_json)
    _quiet_parser_logs()
    limits = ReaderLimits(seconds=time_limit, memory_mb=memory_limit)
    corrections = load(corrections_file)
    failed = 0
    keep = blocks or not as_json
    results = _read_all(files, corrections, limits, keep)
    for _path, result in results:
        error = result if isinstance(result, ReadError) else result.error
        if error is not None:
            failed += 1
            _report_error(console, as_json, error)
            continue
        assert not isinstance(result, ReadError)
        findings, document = result.findings, result.document
        assert findings is not None  # an ok result has its findings
        if as_json:
            out = encode(findings)
            if document is not None:  # asked for with --blocks
                out["blocks"] = encode(document.blocks, tuple[Block, ...])
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        elif document is not None:
            _print_summary(console, document, findings)
    if failed:
        raise typer.Exit(code=1)


PARSER_LOGGERS = ("pypdf", "pdfminer", "pdfplumber")
"""Libraries whose warnings (e.g. "MediaBox missing from /Page") would otherwise reach
the terminal through logging's last-resort handler: library words, not ours."""


def _quiet_parser_logs() -> None:
    for name in PARSER_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _read_all(
    files: list[Path], corrections: list[Correction], limits: ReaderLimits, keep: bool
) -> Iterator[tuple[Path, DocumentResult | ReadError]]:
    """Each file's result as it is read; with corrections, all of them first, so that
    a file whose twin was corrected is read again with those corrections."""
    from service.reader.read import read_document

    def each() -> Iterator[tuple[Path, DocumentResult | ReadError]]:
        for path in files:
            if path.is_dir():
                yield path, _folder_given(path)
                continue
            own = for_file(corrections, path) if path.is_file() else []
            yield path, read_document(path, limits=limits, keep_document=keep, corrections=own)

    if not corrections:
        yield from each()
    else:
        yield from _with_twins_corrections(list(each()), corrections, limits, keep)


def _with_twins_corrections(
    results: list[tuple[Path, DocumentResult | ReadError]],
    corrections: list[Correction],
    limits: ReaderLimits,
    keep: bool,
) -> list[tuple[Path, DocumentResult | ReadError]]:
    """A file whose twin among the files given (its PDF or Word copy) was corrected is
    read again with those corrections too."""
    from nlp.corrections.apply import for_document, twins_of, with_fingerprints
    from service.reader.read import read_document

    read = [r.findings for _, r in results if not isinstance(r, ReadError) and r.findings]
    corrections = with_fingerprints(corrections, read)
    out: list[tuple[Path, DocumentResult | ReadError]] = []
    for path, result in results:
        if not isinstance(result, ReadError) and result.findings is not None:
            twins = twins_of(result.findings, read)
            if for_document(corrections, *twins):
                given = for_file(corrections, path, *twins)
                again = read_document(path, limits=limits, keep_document=keep, corrections=given)
                result = again if again.findings is not None else result
        out.append((path, result))
    return out


def _folder_given(path: Path) -> ReadError:
    return ReadError.from_dict(
        InputError(
            "this is a folder; give the PDF or Word files in it "
            f"(e.g. {path}/*.pdf {path}/*.docx), or read it as one board with "
            f"`carryforward ledger {path}`",
            file=str(path),
        ).to_dict()
    )


def _report_error(console: Console, as_json: bool, error: ReadError) -> None:
    if as_json:
        sys.stdout.write(json.dumps({"error": error.to_dict()}) + "\n")
    # one line whatever the terminal's width: a script reads it as one error
    console.print(f"[bold red]error[/] {error}", highlight=False, soft_wrap=True)


def _print_summary(console: Console, document: Document, findings: Findings) -> None:
    info = findings.document
    counts = Counter(type(b).__name__ for b in document.blocks)
    console.rule(f"[bold]{document.file}[/]")
    console.print(
        f"{document.format.upper()}, {document.pages} page(s) · title: {document.title or '—'}"
    )
    console.print(f"kind: {info.kind} · period: {info.period or '—'} · board: {info.board or '—'}")
    console.print(
        f"blocks: {counts.get(Heading.__name__, 0)} headings, "
        f"{counts.get(Paragraph.__name__, 0)} paragraphs, "
        f"{counts.get(ListItem.__name__, 0)} list items, {counts.get(Table.__name__, 0)} tables"
    )
    console.print(
        f"found: {len(findings.sections)} sections, {len(findings.priorities)} priorities, "
        f"{len(findings.actions)} actions, {len(findings.progress)} progress rows, "
        f"{len(findings.people)} people"
    )
    for u in findings.unapplied:
        console.print(f"[yellow]correction {u.correction} not applied[/]: {u.reason}")
    if document.running_text:
        console.print(f"running headers/footers: {'; '.join(document.running_text[:3])}")
    for warning in document.warnings:
        console.print(f"[yellow]warning[/] {warning}")
