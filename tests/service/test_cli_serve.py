"""`carryforward serve` on a port already taken stops before touching the database;
`carryforward users add` asks for the password twice."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli.app import app


def test_serve_demo_on_busy_port_leaves_database_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARRYFORWARD_DATA_DIR", str(tmp_path / "data"))
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = CliRunner().invoke(
            app, ["serve", "--demo", "--host", "127.0.0.1", "--port", str(port)]
        )
    assert result.exit_code == 1, result.output
    err = " ".join(result.stderr.split())
    assert f"port {port} is in use (is Carryforward already running?)" in err
    assert f"carryforward serve --demo --port {port + 1}" in err
    assert not (tmp_path / "data").exists()


def _users_add(data: Path, typed: str) -> subprocess.CompletedProcess[str]:
    """`carryforward users add` as a person runs it, the password typed at its prompts
    (no terminal here: getpass reads them from stdin)."""
    return subprocess.run(
        [sys.executable, "-m", "service.cli", "users", "add", "nia@example.org"],
        input=typed,
        capture_output=True,
        text=True,
        env={**os.environ, "CARRYFORWARD_DATA_DIR": str(data)},
        start_new_session=True,
        timeout=120,
    )


def test_users_add_asks_for_the_password_twice(tmp_path: Path) -> None:
    data = tmp_path / "data"
    mistyped = _users_add(data, "first password\nfirst passwort\n")
    assert mistyped.returncode == 2, mistyped.stderr
    assert "the two passwords are not the same; nobody was added" in mistyped.stderr
    assert not data.exists(), "nothing stored"
    typed = _users_add(data, "first password\nfirst password\n")
    assert typed.returncode == 0, typed.stderr
    assert "User nia@example.org created" in typed.stdout
