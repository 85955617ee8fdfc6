"""One place where the command line turns errors into a line a person can act on.

`friendly` wraps every command's callback (see `service.cli.app`): a `CarryforwardError`
and the usual `OSError`/`ValueError` that come from what the user typed are printed as
`error: <message>` on stderr with exit code 1; usage errors (`typer.BadParameter`)
keep click's exit code 2. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import typer

from extract.errors import CarryforwardError, UsageProblem

F = TypeVar("F", bound=Callable[..., Any])


def friendly(fn: F) -> F:
    """`fn` with its expected errors printed as one `error:` line (exit code 1)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except UsageProblem as exc:
            _fail(str(exc), code=2)
        except CarryforwardError as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(os_message(exc))
        except json.JSONDecodeError as exc:
            _fail(f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}")
        except ValueError as exc:
            _fail(str(exc))

    return wrapper  # type: ignore[return-value]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=code)


def os_message(exc: OSError) -> str:
    """An OSError in words: the file, what is wrong, what to do."""
    name = exc.filename or ""
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file or folder; check the path"
    if isinstance(exc, NotADirectoryError):
        return f"{name}: this is a file, not a folder; give a folder"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: this is a folder, not a file; give a file name inside it"
    if isinstance(exc, PermissionError):
        return f"{name}: permission denied; check who may read or write it"
    return f"{name}: {exc.strerror or exc}" if name else str(exc)


def check_output(path: Path | None, option: str, suffixes: Sequence[str]) -> None:
    """Refuse an output path that cannot be written, before any work is done."""
    if path is None:
        return
    if path.is_dir():
        raise typer.BadParameter(
            f"{path} is a folder; give a file name inside it, e.g. {path / 'draft'}{suffixes[0]}",
            param_hint=option,
        )
    if path.suffix.lower() not in suffixes:
        raise typer.BadParameter(
            f"{path} must end in {' or '.join(suffixes)} (it is written in that format)",
            param_hint=option,
        )
    parent = path.parent
    if not parent.is_dir():
        raise typer.BadParameter(
            f"the folder {parent} does not exist; create it or write somewhere else",
            param_hint=option,
        )


def wrap_commands(app: typer.Typer) -> None:
    """Wrap every command of `app` (and of its sub-apps) in `friendly`."""
    for info in app.registered_commands:
        if info.callback is not None:
            info.callback = friendly(info.callback)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            wrap_commands(group.typer_instance)
