"""`carryforward check-accessibility FILE.docx`: what stops a Word file being accessible."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extract.errors import UsageProblem


def register(app: typer.Typer) -> None:
    app.command("check-accessibility")(check_accessibility_command)


def check_accessibility_command(
    file: Annotated[Path, typer.Argument(help="A Word .docx file, e.g. a draft.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the problems as JSON.")] = False,
) -> None:
    """List what makes FILE hard to read with a screen reader or without colour, as
    Word's Accessibility Checker does: errors, then warnings. Exits 1 when there is an
    error."""
    from drafting.accessibility import check

    if not file.is_file():
        raise UsageProblem("no such file; give a Word .docx file", file=str(file))
    problems = check(file)
    if as_json:
        typer.echo(json.dumps([p.__dict__ for p in problems], indent=2))
    else:
        for problem in problems:
            typer.echo(problem.line())
        errors = sum(p.severity == "error" for p in problems)
        typer.echo(
            f"{file.name}: {errors} error(s), {len(problems) - errors} warning(s)"
            if problems
            else f"{file.name}: no accessibility problems found"
        )
    if any(p.severity == "error" for p in problems):
        raise typer.Exit(code=1)
