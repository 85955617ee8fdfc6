"""`carryforward extract FILE...`: a readable summary per file, or the JSON contract."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import nlp
from extract import Document, extract
from extract.codec import encode
from extract.errors import CarryforwardError, InputError
from extract.model import Block, Heading, ListItem, Paragraph, Table
from nlp.findings.model import Findings


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="PDF or Word (.docx) files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    blocks: Annotated[bool, typer.Option("--blocks", help="Add the raw blocks.")] = False,
) -> None:
    """Read each file and print what was found. A bad file prints its error and the run
    goes on; the exit code is 1 when any file failed."""
    console = Console(stderr=as_json)
    failed = 0
    for path in files:
        try:
            if path.is_dir():
                raise InputError(
                    "this is a folder; give the PDF or Word files in it "
                    f"(e.g. {path}/*.pdf {path}/*.docx), or read it as one board with "
                    f"`carryforward ledger {path}`",
                    file=str(path),
                )
            document = extract(path)
            findings = nlp.find(document)
        except CarryforwardError as exc:
            failed += 1
            _report_error(console, as_json, exc)
            continue
        if as_json:
            out = encode(findings)
            if blocks:
                out["blocks"] = encode(document.blocks, tuple[Block, ...])
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            _print_summary(console, document, findings)
    if failed:
        raise typer.Exit(code=1)


def _report_error(console: Console, as_json: bool, exc: CarryforwardError) -> None:
    if as_json:
        sys.stdout.write(json.dumps({"error": exc.to_dict()}) + "\n")
    console.print(f"[bold red]error[/] {exc}", highlight=False)


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
    if document.running_text:
        console.print(f"running headers/footers: {'; '.join(document.running_text[:3])}")
    for warning in document.warnings:
        console.print(f"[yellow]warning[/] {warning}")
