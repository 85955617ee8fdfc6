"""`carryforward draft DIR` and `carryforward compare A.docx B.docx`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import nlp
from drafting.build import build_draft
from drafting.compare import compare_files
from drafting.docx_writer import write_docx
from drafting.errors import DraftError
from drafting.text_writers import write_html, write_md
from extract import ExtractError, extract
from nlp.link import build_ledger
from nlp.model import Findings

SUFFIXES = (".pdf", ".docx")


def register(app: typer.Typer) -> None:
    app.command("draft")(draft_command)
    app.command("compare")(compare_command)


def draft_command(
    folder: Annotated[Path, typer.Argument(help="One board's reports and plans.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the Word draft.")],
    html: Annotated[Path | None, typer.Option("--html", help="Also write HTML.")] = None,
    md: Annotated[Path | None, typer.Option("--md", help="Also write Markdown.")] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="The year to draft, e.g. 2018/19.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date the draft (YYYY-MM-DD); none by default.")
    ] = None,
) -> None:
    """Draft the report for the year after the latest report in FOLDER (or --period)."""
    console = Console(stderr=True)
    findings = _read_folder(folder, console)
    try:
        draft = build_draft(build_ledger(findings), period=period, date=date)
    except DraftError as exc:
        console.print(f"[bold red]error[/] {exc}", highlight=False)
        raise typer.Exit(code=1) from exc
    write_docx(draft, out)
    if html is not None:
        write_html(draft, html)
    if md is not None:
        write_md(draft, md)
    gaps = len(draft.gaps)
    console.print(
        f"{draft.title}: {len(draft.sections)} sections, {len(draft.rows)} planned actions "
        f"({gaps} need an update)",
        highlight=False,
    )
    for note in draft.notes:
        console.print(f"[yellow]note[/] {note}", highlight=False)
    typer.echo(f"Draft written to {out.resolve()}")


def _read_folder(folder: Path, console: Console) -> list[Findings]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
    findings = []
    for path in files:
        try:
            findings.append(nlp.find(extract(path)))
        except ExtractError as exc:
            console.print(f"[yellow]skipped[/] {exc}", highlight=False)
    if not findings:
        console.print(f"[bold red]error[/] no readable PDF or Word files in {folder}")
        raise typer.Exit(code=1)
    return findings


def compare_command(
    before: Annotated[Path, typer.Argument(help="The draft as written.")],
    after: Annotated[Path, typer.Argument(help="The draft after a person edited it.")],
) -> None:
    """List what a person changed in a draft, section by section and row by row."""
    changes = compare_files(before, after)
    if not changes:
        typer.echo("No changes.")
        return
    for change in changes:
        typer.echo(f"{change.kind}: {change.where}")
        if change.before is not None:
            typer.echo(f"  - {change.before}")
        if change.after is not None:
            typer.echo(f"  + {change.after}")
