"""Run one piece of work in a forked child with a wall clock and a memory cap.

Why a child per document: neither `ProcessPoolExecutor` nor a Dask worker can stop a
task that is already running, and a hostile or pathological file can keep a parser
busy for ever or grow without bound. The task forks (cheap: the worker has already
imported and warmed the pipeline, and the child shares those pages), the child caps
its address space with `resource.setrlimit(RLIMIT_AS)` and does the work, and the
parent waits on a pipe with a deadline; past it the child is killed with SIGKILL and
the document is reported as too slow. This works the same inside a pool worker and
inside a (daemonic, threaded) Dask worker, because it uses `os.fork` directly and
not `multiprocessing`.

The child reports the stage it is in ("S extract\\n") before each stage and then one
result line ("R {json}" or "E {json}"), so a timeout or a crash names its stage.

Where `os.fork` does not exist (Windows) the work runs in the calling process with no
time or memory limit.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Mark = Callable[[str], None]
Work = Callable[[Mark], dict[str, Any]]

TRANSIENT = ("TooSlow", "OutOfMemory", "WorkerDied")
"""Errors that depend on the machine, not the file: never cached."""


@dataclass(frozen=True)
class Outcome:
    value: dict[str, Any] | None
    error: dict[str, Any] | None
    child_maxrss_kb: int = 0


def error_dict(
    exc: BaseException, stage: str, *, file: str | None = None, limit_mb: int | None = None
) -> dict[str, Any]:
    """A structured error {error, stage, message, page, file} for any exception."""
    to_dict = getattr(exc, "to_dict", None)
    if callable(to_dict):
        data = dict(to_dict())
        data.setdefault("file", file)
        return data
    if isinstance(exc, MemoryError):
        limit = f" (limit {limit_mb} MB)" if limit_mb else ""
        return _error("OutOfMemory", stage, f"ran out of memory{limit}", file)
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return _error(type(exc).__name__, stage, message, file)


def _error(kind: str, stage: str, message: str, file: str | None) -> dict[str, Any]:
    return {"error": kind, "stage": stage, "message": message, "file": file, "page": None}


def run_isolated(work: Work, *, seconds: float, memory_mb: int, file: str | None = None) -> Outcome:
    """`work(mark)` in a child; its dict result, or a structured error."""
    if not hasattr(os, "fork"):  # pragma: no cover - no fork on this platform
        return _inline(work, file=file)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (coverage does not follow forks)
        os.close(read_fd)
        _child(work, write_fd, memory_mb=memory_mb, file=file)
    os.close(write_fd)
    data, timed_out = _read_until(read_fd, deadline=time.monotonic() + seconds)
    if timed_out:
        _kill(pid)
    _pid, status, usage = os.wait4(pid, 0)
    return _outcome(data, timed_out, status, usage.ru_maxrss, seconds=seconds, file=file)


def _inline(work: Work, *, file: str | None) -> Outcome:  # pragma: no cover
    stage = ["start"]

    def mark(name: str) -> None:
        stage[0] = name

    try:
        return Outcome(work(mark), None)
    except Exception as exc:
        return Outcome(None, error_dict(exc, stage[0], file=file))


def _child(work: Work, fd: int, *, memory_mb: int, file: str | None) -> None:  # pragma: no cover
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _limit_memory(memory_mb)
        stage = ["start"]

        def mark(name: str) -> None:
            stage[0] = name
            _write_all(fd, f"S {name}\n".encode())

        try:
            line = b"R " + json.dumps(work(mark), ensure_ascii=False).encode() + b"\n"
        except BaseException as exc:
            err = error_dict(exc, stage[0], file=file, limit_mb=memory_mb)
            line = b"E " + json.dumps(err, ensure_ascii=False).encode() + b"\n"
        _write_all(fd, line)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _limit_memory(memory_mb: int) -> None:
    """Cap the child's address space at what it already maps plus `memory_mb`."""
    if memory_mb <= 0:
        return
    mapped = _vm_size()
    if mapped is None:
        return
    limit = mapped + memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _vm_size() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_until(fd: int, *, deadline: float) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return b"".join(chunks), True
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
    finally:
        os.close(fd)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have ended just now
        os.kill(pid, signal.SIGKILL)


def _outcome(
    data: bytes, timed_out: bool, status: int, maxrss: int, *, seconds: float, file: str | None
) -> Outcome:
    stage = "start"
    for line in data.split(b"\n"):
        kind, _, body = line.partition(b" ")
        if kind == b"S":
            stage = body.decode()
        elif kind == b"R" and not timed_out:
            return Outcome(json.loads(body), None, maxrss)
        elif kind == b"E" and not timed_out:
            return Outcome(None, json.loads(body), maxrss)
    if timed_out:
        message = f"took longer than the limit of {seconds:g} s"
        return Outcome(None, _error("TooSlow", stage, message, file), maxrss)
    if os.WIFSIGNALED(status):
        name = signal.Signals(os.WTERMSIG(status)).name
        message = f"the process reading the file was killed ({name}; out of memory?)"
    else:
        message = f"the process reading the file exited with status {os.WEXITSTATUS(status)}"
    return Outcome(None, _error("WorkerDied", stage, message, file), maxrss)
