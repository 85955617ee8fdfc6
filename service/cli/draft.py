"""`carryforward draft DIR` and `carryforward compare A.docx B.docx`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract.errors import InputError
from service.cli.corrections import CorrectionsFile, load
from service.cli.errors import check_output
from service.cli.folder import AllowMixed, read_board_folder


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
    allow_mixed: AllowMixed = False,
    corrections: CorrectionsFile = None,
) -> None:
    """Draft the report for the year after the latest report in FOLDER (or --period)."""
    from drafting.build import build_draft
    from drafting.writers.docx.write import write_docx
    from drafting.writers.text import write_html, write_md
    from nlp.ledger import build_ledger

    check_output(out, "--out", (".docx",))
    check_output(html, "--html", (".html", ".htm"))
    check_output(md, "--md", (".md",))
    console = Console(stderr=True)
    findings, _ = read_board_folder(
        folder, console, allow_mixed=allow_mixed, corrections=load(corrections)
    )
    draft = build_draft(build_ledger(findings), period=period, date=date)
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


def compare_command(
    before: Annotated[Path, typer.Argument(help="The draft as written.")],
    after: Annotated[Path, typer.Argument(help="The draft after a person edited it.")],
) -> None:
    """List what a person changed in a draft, section by section and row by row. Both
    files are read in a process of their own under the reader's time and memory limits."""
    from drafting.compare import SAME_DRAFT, Change
    from extract.codec import decode
    from service.reader import DEFAULT_LIMITS
    from service.reader.tools import run_task

    compared = run_task(
        "compare",
        str(before),
        str(after),
        limits=DEFAULT_LIMITS,
        label=f"{before.name} and {after.name}",
    )
    if compared["shared"] < SAME_DRAFT:
        raise InputError(
            f"{before.name} and {after.name} do not look like two versions of the same draft "
            f"(they share under {SAME_DRAFT:.0%} of their sections and appendix rows); "
            "compare a draft with the copy a person edited"
        )
    changes = [decode(Change, c) for c in compared["changes"]]
    if not changes:
        typer.echo("No changes.")
        return
    for change in changes:
        typer.echo(f"{change.kind}: {change.where}")
        if change.before is not None:
            typer.echo(f"  - {change.before}")
        if change.after is not None:
            typer.echo(f"  + {change.after}")
