"""`carryforward purge --older-than DAYS`: retention by age. It lists the documents
uploaded more than DAYS ago (a dry run) and, with `--yes`, removes them with their
findings, jobs and stored bytes."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("purge")(purge_command)


def purge_command(
    older_than: Annotated[
        float, typer.Option("--older-than", min=0, help="Remove documents uploaded over DAYS ago.")
    ],
    yes: Annotated[bool, typer.Option("--yes", help="Remove them (default: only list).")] = False,
) -> None:
    """List (or with --yes remove) every document uploaded more than DAYS ago, in every
    board, with its findings, jobs and stored file (settings from CARRYFORWARD_*)."""
    from service.cli.serve import database
    from service.web.store.blobs import BlobStore
    from service.web.store.retention import old_documents, purge

    with database() as (db, settings), db.session() as session:
        old = old_documents(session, older_than)
        verb = "removing" if yes else "would remove"
        for d in old:
            typer.echo(f"{verb} document {d.id} of {d.board}: {d.label} (uploaded {d.uploaded})")
        if yes:
            purge(session, BlobStore(settings.data_dir / "blobs"), [d.id for d in old])
    if not old:
        typer.echo(f"no documents uploaded over {older_than:g} days ago")
    elif yes:
        typer.echo(f"removed {len(old)} document(s), their findings and their stored files")
    else:
        typer.echo(f"{len(old)} document(s) would be removed; run again with --yes to remove them")
