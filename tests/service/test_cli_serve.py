"""`carryforward serve` on a port already taken stops before touching the database."""

from __future__ import annotations

import socket
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
