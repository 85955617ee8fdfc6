"""Run parsers in a separate process with an address-space limit and a wall-clock
timeout. A file that hangs or explodes the parser kills only the child, which is
replaced; the caller gets a `JobFailed` with a reason a person can act on.

The child is long-lived (spaCy and the parsers load once) and serves one task at a
time over a pipe. Tasks are plain functions named in `TASKS`; arguments and results
are plain data.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from extract.errors import CarryforwardError, ExtractError, JobFailed

MB = 1024 * 1024
STARTUP_S = 120
"""Time the child may take to start and load its modules."""


def task_read(path: str, label: str) -> dict[str, Any]:
    """A stored upload → its findings, as JSON-ready data."""
    from pathlib import Path

    import nlp
    from extract import extract
    from nlp.findings.serialize import findings_to_dict

    return findings_to_dict(nlp.find(extract(Path(path).read_bytes(), filename=label)))


def task_compare(before: bytes, after: bytes) -> dict[str, Any]:
    """Two drafts (.docx bytes) → what a person changed, and the share of sections and
    appendix rows they have in common (`drafting.compare.shared`)."""
    from dataclasses import asdict

    from drafting.compare import compare, read_draft, shared

    old, new = read_draft(before), read_draft(after)
    return {"shared": shared(old, new), "changes": [asdict(c) for c in compare(old, new)]}


def task_render(path: str, page: int, bbox: list[float] | None, resolution: int) -> bytes:
    from service.web.page_images import render_page

    return render_page(path, page, bbox, resolution)


TASKS: dict[str, Callable[..., Any]] = {
    "read": task_read,
    "compare": task_compare,
    "render": task_render,
}


def _child(conn: Connection, memory_bytes: int, preload: tuple[str, ...]) -> None:
    import importlib
    import resource

    _die_with_parent()
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    for module in preload:
        importlib.import_module(module)
    conn.send(("ready", None))
    while True:
        try:
            name, args = conn.recv()
        except (EOFError, OSError):
            return
        reply, fatal = _run(name, args)
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
        if fatal:
            return


def _run(name: str, args: tuple[Any, ...]) -> tuple[tuple[str, Any], bool]:
    from extract.errors import CarryforwardError

    try:
        return ("ok", TASKS[name](*args)), False
    except CarryforwardError as exc:
        return ("error", exc.to_dict()), False
    except MemoryError:
        return ("error", {"error": "MemoryError"}), True
    except RecursionError:
        return ("error", {"error": "RecursionError"}), True
    except Exception as exc:
        detail = f"{type(exc).__name__}: {str(exc)[:300]}"
        return ("error", {"error": "ParserCrash", "detail": detail}), False


def _ready(conn: Connection) -> bool:
    try:
        return bool(conn.poll(STARTUP_S)) and conn.recv()[0] == "ready"
    except (EOFError, OSError):
        return False


def _die_with_parent() -> None:
    """Linux: the child gets SIGKILL when the service dies (no orphan parsers)."""
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)


FATAL = ("MemoryError", "RecursionError")
"""Child errors after which the child is replaced."""


def too_slow(seconds: float, label: str) -> JobFailed:
    return JobFailed(
        f"reading stopped after {seconds:g} s (the time limit); the file may be damaged or "
        "built to hang parsers: open it, save it again as PDF or .docx and upload it again",
        file=label,
    )


def crashed(memory_mb: int, label: str) -> JobFailed:
    return JobFailed(
        f"the reader ran out of memory (limit {memory_mb} MB) or crashed; the file may be "
        "a decompression bomb or damaged: save it again and re-upload",
        file=label,
    )


def error_class(kind: object) -> type[CarryforwardError] | None:
    """The class of the exception tree named `kind`, if there is one."""
    import extract.errors as errors
    import service.web.errors as service_errors

    cls = getattr(service_errors, str(kind), None) or getattr(errors, str(kind), None)
    if isinstance(cls, type) and issubclass(cls, CarryforwardError):
        return cls
    return None


def error_from(payload: dict[str, Any], label: str, *, memory_mb: int) -> Exception:
    """A task's error reply → the exception the caller raises."""
    kind = payload.get("error")
    if kind in FATAL:
        return crashed(memory_mb, label)
    if kind == "ParserCrash":
        return JobFailed(
            f"the file could not be read ({payload.get('detail')}); it may be damaged: "
            "open it and save it again as PDF or .docx",
            file=label,
        )
    cls = error_class(kind) or ExtractError
    if payload.get("stage") == "service":
        return cls(str(payload.get("message")))
    return cls(str(payload.get("message")), file=label, page=payload.get("page"))


class Sandbox:
    """One child process, one task at a time (thread-safe)."""

    def __init__(self, *, memory_mb: int, timeout_s: float, preload: tuple[str, ...] = ()) -> None:
        self.memory_bytes = memory_mb * MB
        self.timeout_s = timeout_s
        self.preload = preload
        self.lock = threading.Lock()
        self.process: BaseProcess | None = None
        self.conn: Connection | None = None

    def run(self, name: str, *args: Any, label: str = "the file") -> Any:
        with self.lock:
            conn = self._ensure()
            conn.send((name, args))
            if not conn.poll(self.timeout_s):
                self._kill()
                raise too_slow(self.timeout_s, label)
            try:
                status, payload = conn.recv()
            except (EOFError, OSError):
                self._kill()
                raise crashed(self.memory_bytes // MB, label) from None
        if status == "ok":
            return payload
        if payload.get("error") in FATAL:
            self._kill()
        raise error_from(payload, label, memory_mb=self.memory_bytes // MB)

    def _ensure(self) -> Connection:
        if self.process is not None and self.process.is_alive() and self.conn is not None:
            return self.conn
        self._kill()
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=_child, args=(child, self.memory_bytes, self.preload), daemon=True
        )
        process.start()
        child.close()
        self.process, self.conn = process, parent
        if not _ready(parent):
            self._kill()
            raise JobFailed("the reader process did not start; see the service log")
        return parent

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
