"""CLI commands of the findings stage (`eval`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from nlp.evaluate import Score
    from nlp.findings.model import Findings

TARGETS = {
    "priorities": ">= 0.98",
    "actions": ">= 0.95",
    "progress": ">= 0.95",
    "people": ">= 0.85",
    "status accuracy": ">= 0.90",
    "kind accuracy": "1.0",
    "period accuracy": "1.0",
}


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `carryforward` app."""
    app.command("eval")(eval_command)


def find_file(path: Path) -> Findings:
    import nlp
    from extract import extract

    return nlp.find(extract(path))


def eval_command(
    corpus: Annotated[
        Path, typer.Argument(help="A board folder with truth.json, or a folder of them.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List what each file missed and invented.")
    ] = False,
) -> None:
    """Score the findings stage against the corpus's ground truth."""
    from nlp.evaluate import evaluate

    score = evaluate(corpus, find_file)
    if not score.files:
        typer.echo(f"no truth.json under {corpus}", err=True)
        raise typer.Exit(code=2)
    if as_json:
        sys.stdout.write(json.dumps(score.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    console.print(score_table(score, title=f"findings vs truth: {corpus}"))
    if verbose:
        print_breakdown(console, score)


def score_table(score: Score, title: str = "findings") -> Table:
    from nlp.evaluate import rows

    table = Table(title=title)
    for name in ("measure", "precision", "recall", "F1 / accuracy", "target"):
        table.add_column(name, justify="left" if name == "measure" else "right")
    for measure, p, r, f in rows(score):
        table.add_row(measure, p, r, f, TARGETS.get(measure, ""))
    table.caption = f"{len(score.files)} files"
    return table


def print_breakdown(console: Console, score: Score) -> None:
    from nlp.evaluate import KINDS

    for f in score.files:
        counts = " ".join(f"{k} {c.tp}/{c.fp}/{c.fn}" for k, c in f.counts.items())
        console.rule(f"{f.file} ({f.doc})")
        console.print(
            f"kind {f.kind} {'ok' if f.kind_ok else 'WRONG'} · period {f.period} "
            f"{'ok' if f.period_ok else 'WRONG'} · status {f.status_right}/{f.status_total} · "
            f"tp/fp/fn {counts}",
            highlight=False,
        )
        if f.error:
            console.print(f"[red]error[/] {f.error}", highlight=False)
        for kind in KINDS:
            for text in f.missed.get(kind, []):
                console.print(f"  [yellow]missed[/]   {kind}: {text}", highlight=False)
            for text in f.invented.get(kind, []):
                console.print(f"  [magenta]invented[/] {kind}: {text}", highlight=False)
        for text in f.wrong_status:
            console.print(f"  [cyan]status[/]   {text}", highlight=False)
