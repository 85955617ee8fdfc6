"""`carryforward ledger DIR [--json] [--decisions FILE]`: every document of one board
linked across years, as a readable view (chains by priority, status by year, gaps) or
as the JSON contract."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from service.cli.corrections import CorrectionsFile, load
from service.cli.folder import AllowMixed, read_board_folder

if TYPE_CHECKING:
    from nlp.findings.model import Action, Progress
    from nlp.ledger import Ledger

MARK = {"same": "=", "reworded": "~", "split": "<", "merged": ">"}


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `carryforward` app."""
    app.command("ledger")(ledger_command)


def ledger_command(
    directory: Annotated[Path, typer.Argument(help="A folder of one board's PDF/.docx files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    decisions: Annotated[
        Path | None,
        typer.Option(
            "--decisions",
            exists=True,
            dir_okay=False,
            help="JSON file of links confirmed, rejected or added.",
        ),
    ] = None,
    allow_mixed: AllowMixed = False,
    corrections: CorrectionsFile = None,
) -> None:
    """Link a board's plans and reports across years. A file that is not read is
    reported; the exit code is 1 when a PDF or Word file could not be read."""
    from extract.codec import encode
    from nlp.ledger import build_ledger, load_decisions

    console = Console(stderr=as_json)
    findings, skipped = read_board_folder(
        directory, console, allow_mixed=allow_mixed, corrections=load(corrections)
    )
    ledger = build_ledger(findings, load_decisions(decisions) if decisions else ())
    if as_json:
        out = encode(ledger)
        out["skipped"] = [s.to_dict() for s in skipped]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        print_ledger(console, ledger)
    if any(s.failed for s in skipped):
        raise typer.Exit(code=1)


def print_ledger(console: Console, ledger: Ledger) -> None:
    _print_documents(console, ledger)
    _print_chains(console, ledger)
    _print_gaps(console, ledger)
    for note in ledger.notes:
        console.print(f"[yellow]note[/] {note}", highlight=False)


def _print_documents(console: Console, ledger: Ledger) -> None:
    table = Table(title="Documents (by period)", title_justify="left")
    for col in ("period", "kind", "file", "actions", "progress rows", "sections"):
        table.add_column(col)
    for f in ledger.documents:
        d = f.document
        table.add_row(
            d.period or "—",
            d.kind,
            d.file,
            str(len(f.actions)),
            str(len(f.progress)),
            str(len(f.sections)),
        )
    console.print(table)


def _actions(ledger: Ledger) -> dict[str, tuple[Action, int | None]]:
    from nlp.ledger import action_year

    return {a.id: (a, action_year(f)) for f in ledger.documents for a in f.actions}


def _print_chains(console: Console, ledger: Ledger) -> None:
    from nlp.ledger import reports_of

    actions = _actions(ledger)
    years = sorted({y for _, y in actions.values() if y is not None})
    reports = reports_of(ledger.documents, ledger.links)
    incoming = {lk.to_id: lk.kind for lk in ledger.links if lk.kind in MARK}
    by_priority: dict[str, list[tuple[str, ...]]] = {}
    for chain in ledger.chains:
        first = actions[chain[-1]][0]
        by_priority.setdefault(first.priority or "—", []).append(chain)
    for priority in sorted(by_priority, key=_natural):
        table = Table(title=f"Priority {priority}: chains, status by year", title_justify="left")
        table.add_column("action (latest wording)", max_width=60)
        for y in years:
            table.add_column(f"{y}/{str(y + 1)[-2:]}")
        for chain in by_priority[priority]:
            latest = actions[chain[-1]][0]
            cells = []
            for y in years:
                here = [a for a in chain if actions[a][1] == y]
                cells.append("\n".join(_cell(actions[a][0], incoming, reports) for a in here))
            table.add_row(_short(latest.text), *cells)
        console.print(table)


def _cell(
    action: Action, incoming: Mapping[str, str], reports: Mapping[str, list[Progress]]
) -> str:
    mark = MARK.get(incoming.get(action.id, ""), "+")
    rows = reports.get(action.id, [])
    status = rows[-1].status if rows else "not reported"
    return f"{mark} {action.number or '?'} · {status}"


def _print_gaps(console: Console, ledger: Ledger) -> None:
    actions = _actions(ledger)
    if ledger.gaps:
        console.print(f"[bold]Gaps[/] ({len(ledger.gaps)}): no progress row and no evidence")
        for a in ledger.gaps:
            act, year = actions[a]
            console.print(
                f"  {year or '—'} {act.number or '?'}  {_short(act.text)}", highlight=False
            )
    if ledger.open:
        console.print(f"[bold]Open, carried forward[/] ({len(ledger.open)})")
        for s in ledger.open:
            act = actions[s.action_id][0]
            console.print(
                f"  {act.number or '?'}  {s.status} ({s.period or 'never reported'})"
                f"  {_short(act.text)}",
                highlight=False,
            )
    console.print("[dim]= same  ~ reworded  < split  > merged  + new[/]")


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _natural(key: str) -> tuple[int, str]:
    digits = "".join(ch for ch in key if ch.isdigit())
    return (int(digits) if digits else 10**6, key)
