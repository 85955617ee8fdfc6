"""A service killed mid-job (SIGKILL) and restarted finishes the job, with nothing
lost or duplicated. Runs `carryforward serve` as a real process on a free port.

Slow (~20 s on 2 idle cores): it starts the real service twice (each imports spaCy and
starts a reader process) and reads real files; that is the point of the test.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import HARROWFIELD, PASSWORD

BIN = Path(sys.executable).parent / "carryforward"
FILES = ("2019-20_accountability_report.pdf", "2018-19_accountability_report.pdf")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def seed_board(data_dir: Path) -> str:
    """A board and a manager, written to the service's database before it starts."""
    from service.web.store import people
    from service.web.store.db import Database, migrate

    data_dir.mkdir(parents=True)
    db = Database(f"sqlite:///{data_dir / 'carryforward.db'}")
    migrate(db.engine)
    with db.session() as s:
        board = people.create_board(s, "Harrowfield")
        user = people.create_user(s, "m@example.org", "m", PASSWORD, cost=2**10)
        people.set_role(s, user, board, "manager")
        token = people.issue_token(s, user)
    db.dispose()
    return token


class Server:
    def __init__(self, env: dict[str, str], port: int, log: Path) -> None:
        self.env, self.port, self.log = env, port, log
        self.base = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [str(BIN), "serve", "--port", str(self.port)],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 180  # a loaded 2-core CI machine starts slowly
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.base}/openapi.json", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError("service did not start:\n" + self.log.read_text())

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        CARRYFORWARD_DATA_DIR=str(tmp_path / "data"),
        CARRYFORWARD_KDF_COST=str(2**10),
        CARRYFORWARD_WORKER_POLL_S="0.1",
    )


@pytest.fixture
def server(env: dict[str, str], tmp_path: Path) -> Iterator[Server]:
    s = Server(env, free_port(), tmp_path / "serve.log")
    yield s
    s.stop()


@pytest.mark.slow
def test_sigkill_mid_job_then_restart_finishes(
    env: dict[str, str], server: Server, tmp_path: Path
) -> None:
    token = seed_board(tmp_path / "data")
    headers = {"Authorization": f"Bearer {token}"}
    server.start()
    files = [("files", (n, (HARROWFIELD / n).read_bytes(), "application/pdf")) for n in FILES]
    r = httpx.post(f"{server.base}/api/boards/1/documents", files=files, headers=headers)
    assert r.status_code == 201, r.text
    deadline = time.monotonic() + 60
    while True:  # kill while the first file is being read
        docs = httpx.get(f"{server.base}/api/boards/1/documents", headers=headers).json()
        if any(d["status"] == "processing" for d in docs):
            break
        assert time.monotonic() < deadline, docs
        time.sleep(0.05)
    server.kill()

    server.start()
    deadline = time.monotonic() + 120
    while True:
        docs = httpx.get(f"{server.base}/api/boards/1/documents", headers=headers).json()
        if all(d["status"] in ("done", "failed") for d in docs):
            break
        assert time.monotonic() < deadline, docs
        time.sleep(0.2)
    assert [d["status"] for d in docs] == ["done", "done"], docs
    db = sqlite3.connect(tmp_path / "data" / "carryforward.db")
    assert db.execute("select count(*) from documents").fetchone() == (2,)
    assert db.execute("select count(*), count(distinct document_id) from findings").fetchone() == (
        2,
        2,
    )
    jobs = db.execute("select status, attempts from jobs order by id").fetchall()
    assert [s for s, _ in jobs] == ["done", "done"] and max(a for _, a in jobs) == 2
    assert not list((tmp_path / "data" / "blobs" / "tmp").iterdir())
