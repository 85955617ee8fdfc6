"""`ReaderProcess`: the service's warmed process that forks one child per request.

The service does not fork itself (it runs threads, a database pool and an event
loop). It starts one clean, single-threaded process (`spawn`), which imports and warms
the pipeline once and then serves requests over a pipe, one at a time: for each it
forks a child under the time and memory limits (`service.reader.fork`), exactly as the
CLI and the batch workers do, and sends back the JSON result. A file that hangs or
explodes the parser kills only that child; the reader process stays warm. Should the
reader process itself stop answering (it should not: it runs no parser), it is killed
and started again on the next request.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable
from dataclasses import asdict
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from service.reader.failures import ReadError, died, not_started, too_slow
from service.reader.fork import Outcome
from service.reader.limits import DEFAULT_LIMITS, ReaderLimits
from service.reader.result import DocumentResult

log = logging.getLogger("carryforward.reader")
STARTUP_S = 120
"""Time the reader process may take to start and warm up."""
GRACE_S = 30
"""Beyond the time limit, how long to wait for the reader process's own answer."""
Warm = Callable[[], None]


def _serve(conn: Connection, warm: Warm) -> None:  # pragma: no cover - the reader process
    """The reader process's loop. It ends when the service's end of the pipe closes
    (the service stopped or died), at the latest once the child it waits for is done
    or killed at its deadline; each child dies with it (`fork._die_with_parent`)."""
    from service.reader.read import read_document_json
    from service.reader.tools import run_task_json

    warm()
    try:
        conn.send(("ready", None))
    except (OSError, ValueError):
        return
    while True:
        try:
            kind, name, args, label, limits = conn.recv()
        except (EOFError, OSError):
            return
        limits = ReaderLimits(**limits)
        if kind == "read":
            corrections = args[1] if len(args) > 1 else None
            reply = read_document_json(args[0], label=label, limits=limits, corrections=corrections)
        else:
            reply = run_task_json(name, args, limits=limits, label=label)
        try:
            conn.send_bytes(json.dumps(reply).encode("ascii"))
        except (OSError, ValueError):
            return


class ReaderProcess:
    """One warmed process, one request at a time (thread-safe); started on first use."""

    def __init__(self, limits: ReaderLimits = DEFAULT_LIMITS, *, warm: Warm) -> None:
        self.limits = limits
        self.warm = warm
        self.lock = threading.Lock()
        self.process: BaseProcess | None = None
        self.conn: Connection | None = None

    def read(
        self, path: str, label: str, corrections: list[dict[str, Any]] | None = None
    ) -> DocumentResult:
        """A stored file → its result (a failed one when the limits stop it), read with
        `corrections` (JSON form) applied."""
        reply, error = self._call("read", "read", (path, corrections or []), label)
        if error is not None:
            return DocumentResult.failed(label, error)
        return DocumentResult.from_dict(reply)

    def run(self, task: str, *args: Any, label: str = "the file") -> Any:
        """`service.reader.tools.TASKS[task]` on `args`: its result, or its error raised."""
        from service.reader.tools import task_result

        reply, error = self._call("task", task, args, label)
        if error is not None:
            raise error.exception()
        return task_result(task, Outcome.from_dict(reply))

    def _call(
        self, kind: str, name: str, args: tuple[Any, ...], label: str
    ) -> tuple[Any, ReadError | None]:
        limits = self.limits
        with self.lock:
            conn = self._ensure()
            if conn is None:
                return None, not_started(label)
            try:
                conn.send((kind, name, args, label, asdict(limits)))
                if not conn.poll(limits.seconds + GRACE_S):
                    log.error("the reader process did not answer; it is started again")
                    self._kill()
                    return None, too_slow(limits.seconds, stage="start", file=label)
                return json.loads(conn.recv_bytes()), None
            except (EOFError, OSError):  # it died (before or while serving this)
                status = self._exit_status()
                self._kill()
                return None, died(status, stage="start", file=label)

    def _ensure(self) -> Connection | None:
        if self.process is not None and self.process.is_alive() and self.conn is not None:
            return self.conn
        self._kill()
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child, self.warm), daemon=True)
        process.start()
        child.close()
        self.process, self.conn = process, parent
        if not _ready(parent):
            log.error("the reader process did not start")
            self._kill()
            return None
        return parent

    def _exit_status(self) -> int:
        """The reader process's end, as a wait status (SIGKILL when unknown)."""
        if self.process is None:
            return int(signal.SIGKILL)
        self.process.join(5)
        code = self.process.exitcode
        if code is None:
            return int(signal.SIGKILL)
        return -code if code < 0 else code << 8

    def _kill(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)
        if self.conn is not None:
            self.conn.close()
        self.process, self.conn = None, None

    def close(self) -> None:
        with self.lock:
            self._kill()


def _ready(conn: Connection) -> bool:
    try:
        return bool(conn.poll(STARTUP_S)) and conn.recv()[0] == "ready"
    except (EOFError, OSError):
        return False
