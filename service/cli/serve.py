"""`carryforward serve`, `carryforward users add`, `carryforward boards add`."""

from __future__ import annotations

import getpass
import threading
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from extract.errors import InputError

if TYPE_CHECKING:
    from service.web.settings import Settings
    from service.web.store.db import Database

users = typer.Typer(help="Manage users.", no_args_is_help=True)
boards = typer.Typer(help="Manage boards.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
    app.add_typer(users, name="users")
    app.add_typer(boards, name="boards")


def serve_command(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    demo: Annotated[
        bool, typer.Option("--demo", help="Load the Harrowfield demo board and draft it.")
    ] = False,
) -> None:
    """Run the web service (settings from CARRYFORWARD_* variables)."""
    import logging

    import uvicorn

    from service.web.app import create_app
    from service.web.settings import load_settings

    settings = load_settings()
    host, port = host or settings.host, port or settings.port
    _check_port_free(host, port, demo)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if demo:
        _start_demo(settings, host, port)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def _check_port_free(host: str, port: int, demo: bool) -> None:
    """Refuse a port another process listens on, before the database is touched (the
    demo would otherwise reset passwords of the instance already running)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind((host, port))
        except OSError as exc:
            again = "carryforward serve" + (" --demo" if demo else "") + f" --port {port + 1}"
            raise InputError(
                f"port {port} is in use (is Carryforward already running?); "
                f"stop it or use `{again}` ({exc.strerror})"
            ) from exc


def _start_demo(settings: object, host: str, port: int) -> None:
    from service.web.demo import draft_when_read, load_demo
    from service.web.settings import Settings
    from service.web.store.db import Database

    assert isinstance(settings, Settings)
    login = load_demo(settings)
    base = f"http://{host}:{port}"
    typer.echo(
        f"\nCarryforward demo: {base}  (API docs: {base}/docs)\n"
        f"  board {login.board_id}: Harrowfield; its documents are being read now\n"
        f"  manager: {login.manager[0]}  password: {login.manager[1]}\n"
        f"  chair:   {login.chair[0]}  password: {login.chair[1]}\n"
        f"  sign in: curl -c cookies -H 'content-type: application/json' "
        f'-d \'{{"email":"{login.manager[0]}","password":"{login.manager[1]}"}}\' '
        f"{base}/api/session\n"
        f"  or use the manager's API token: curl -H 'Authorization: Bearer {login.token}' "
        f"{base}/api/boards/{login.board_id}/documents\n"
    )

    def draft() -> None:
        db = Database(settings.url)
        try:
            draft_id = draft_when_read(db, login.board_id, login.manager[0])
            typer.echo(f"Demo draft ready: {base}/boards/{login.board_id}/drafts/{draft_id}")
        except Exception as exc:  # the service keeps running without a demo draft
            typer.echo(f"Demo draft not generated: {exc}", err=True)
        finally:
            db.dispose()

    threading.Thread(target=draft, name="demo-draft", daemon=True).start()


@users.command("add")
def users_add(
    email: Annotated[str, typer.Argument(help="The user's email (their sign-in name).")],
    board: Annotated[str | None, typer.Option(help="Board name or id to add them to.")] = None,
    role: Annotated[str, typer.Option(help="manager, chair or admin.")] = "manager",
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    site_admin: Annotated[bool, typer.Option("--site-admin", help="May create boards.")] = False,
    token: Annotated[bool, typer.Option("--token", help="Also print a new API token.")] = False,
    password: Annotated[
        str | None, typer.Option(help="Password (asked for when not given).", hidden=True)
    ] = None,
) -> None:
    """Create a user (and put them on a board with a role)."""
    from service.web.store import people

    if password is None:
        password = getpass.getpass("Password (10+ characters): ")
        if getpass.getpass("Password again: ") != password:
            typer.echo("the two passwords are not the same; nobody was added", err=True)
            raise typer.Exit(2)
    with database() as (db, settings), db.session() as session:
        user = people.create_user(
            session, email, name, password, cost=settings.kdf_cost, site_admin=site_admin
        )
        if board is not None:
            people.set_role(session, user, people.board_by_name_or_id(session, board), role)
        secret = people.issue_token(session, user, "cli") if token else None
    typer.echo(f"User {user.email} created (id {user.id})")
    if secret:
        typer.echo(f"API token (shown once): {secret}")


@boards.command("add")
def boards_add(name: Annotated[str, typer.Argument(help="The board's name.")]) -> None:
    """Create a board."""
    from service.web.store import people

    with database() as (db, _settings), db.session() as session:
        board = people.create_board(session, name)
        board_id = board.id
    typer.echo(f"Board {name!r} created (id {board_id})")


class database:
    """The configured database, migrated; errors printed as a person-readable line."""

    db: Database
    settings: Settings

    def __enter__(self) -> tuple[Database, Settings]:
        from service.web.settings import load_settings
        from service.web.store.db import Database, migrate

        self.settings = load_settings()
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.settings.url)
        migrate(self.db.engine)
        return self.db, self.settings

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> Literal[False]:
        from extract.errors import CarryforwardError

        self.db.dispose()
        if isinstance(exc, CarryforwardError):
            typer.echo(f"error: {exc.message}", err=True)
            raise typer.Exit(code=1)
        return False
