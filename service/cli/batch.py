"""`carryforward batch REGION_DIR --out OUT`: every board of a region read, linked and
drafted in parallel (a local process pool, or a Dask cluster by address), with a
regional summary. A document that fails is reported and the run goes on; the exit code
is 1 when anything failed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console

from extract import READABLE_SUFFIXES
from service.cli.corrections import CorrectionsFile, load
from service.reader.limits import DEFAULT_MEMORY_MB, DEFAULT_SECONDS


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `carryforward` app."""
    app.command("batch")(batch_command)


def batch_command(
    region: Annotated[Path, typer.Argument(help="A folder with one folder per board.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write every output.")],
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Local worker processes (default: one per CPU)."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Run on an existing Dask cluster: tcp://HOST:8786."),
    ] = None,
    time_limit: Annotated[
        float, typer.Option("--time-limit", min=1, help="Seconds allowed per document.")
    ] = DEFAULT_SECONDS,
    memory_limit: Annotated[
        int, typer.Option("--memory-limit", min=0, help="MB a document may add (0: no cap).")
    ] = DEFAULT_MEMORY_MB,
    send: Annotated[
        str,
        typer.Option(
            "--send",
            help="auto | paths | bytes: how documents reach workers "
            "(auto: paths locally, bytes to a cluster).",
        ),
    ] = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
    corrections: CorrectionsFile = None,
) -> None:
    """Read, link and draft every board in REGION; write a regional summary to OUT."""
    from nlp.corrections.codec import corrections_to_json
    from service.batch.run import BatchError, BatchOptions, run_batch
    from service.batch.summary import reason

    console = Console(stderr=True)
    if send not in ("auto", "paths", "bytes"):
        console.print(f"[bold red]error[/] --send must be auto, paths or bytes, not {send!r}")
        raise typer.Exit(code=2)
    mode: Literal["auto", "paths", "bytes"] = send  # type: ignore[assignment]
    options = BatchOptions(
        workers=workers,
        scheduler=scheduler,
        seconds=time_limit,
        memory_mb=memory_limit,
        send=mode,
        progress=not quiet,
        corrections=tuple(corrections_to_json(load(corrections))),
    )
    try:
        result = run_batch(region, out, options)
    except BatchError as exc:
        console.print(f"[bold red]error[/] {exc}{_board_folder_hint(region)}", highlight=False)
        raise typer.Exit(code=2) from exc
    cached = sum(1 for d in result.documents if d.cached)
    console.print(
        f"{len(result.boards)} boards, {len(result.documents)} documents "
        f"({result.computed} computed, {cached} from cache) on {result.where} "
        f"in {result.seconds:.1f} s",
        highlight=False,
    )
    for failure in result.failures:
        where = f"{failure['board']}/{failure['file']}" if failure.get("file") else failure["board"]
        console.print(
            f"[bold red]failed[/] {where}: {failure.get('stage')}: {reason(failure)}",
            highlight=False,
        )
    typer.echo(f"Summary written to {(out / 'index.html').resolve()}")
    if result.failed:
        raise typer.Exit(code=1)


def _board_folder_hint(region: Path) -> str:
    """When REGION is itself one board's folder, say to give its parent."""
    if region.is_dir() and any(
        p.is_file() and p.suffix.lower() in READABLE_SUFFIXES for p in region.iterdir()
    ):
        return (
            f"; {region} itself holds documents, so it looks like one board's folder: "
            f"give the folder of board folders (`carryforward batch {region.parent} --out …`), "
            f"or read this board with `carryforward ledger {region}`"
        )
    return ""
