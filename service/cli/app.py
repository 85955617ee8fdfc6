"""The `carryforward` command line: thin wrappers over the library functions."""

from __future__ import annotations

import typer

from service.cli import accessibility as cli_accessibility
from service.cli import batch as cli_batch
from service.cli import draft as cli_draft
from service.cli import evaluate as cli_nlp
from service.cli import extract as cli_extract
from service.cli import ledger as cli_ledger
from service.cli import serve as cli_service
from service.cli.errors import wrap_commands

app = typer.Typer(
    name="carryforward",
    help="Read a board's past reports and plans; link them across years; draft the next report.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",  # a docstring's wrapped lines read as one paragraph
)


@app.callback()
def main() -> None:
    """Carryforward: next year's board report, drafted from last year's documents."""


for module in (
    cli_extract,
    cli_nlp,
    cli_ledger,
    cli_draft,
    cli_accessibility,
    cli_service,
    cli_batch,
):
    module.register(app)
wrap_commands(app)


if __name__ == "__main__":  # pragma: no cover
    app()
