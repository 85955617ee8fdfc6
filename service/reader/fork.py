"""Run one piece of work in a forked child with a wall clock and a memory cap.

Why a child per document: neither `ProcessPoolExecutor` nor a Dask worker can stop a
task that is already running, and a hostile or pathological file can keep a parser
busy for ever or grow without bound. The caller forks (cheap: it has already imported
and warmed the pipeline, and the child shares those pages), the child caps its address
space with `resource.setrlimit(RLIMIT_AS)` and does the work, and the parent waits on a
pipe with a deadline; past it the child is killed with SIGKILL. This works the same in
the CLI, in the service's reader process, inside a pool worker and inside a (daemonic,
threaded) Dask worker, because it uses `os.fork` directly and not `multiprocessing`.

The child reports the stage it is in ("S extract\\n") before each stage and then one
result line, JSON ("R {json}" or "E {error}"), so a timeout or a crash names its stage.
Its standard error goes to a second pipe, never to the caller's terminal: the parent
keeps its last `STDERR_TAIL` bytes for the log and for telling why a child died.

A child killed by a signal we did not send is judged by `failures.died`: a native
library that crashed because the address-space cap refused it memory is over the
memory limit (`OutOfMemory`), not a dead worker.

Where `os.fork` does not exist (Windows) the work runs in the calling process with no
time or memory limit.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import logging
import os
import resource
import select
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from service.reader.failures import (
    ReadError,
    died,
    from_exception,
    killed_over_memory,
    out_of_memory,
    over_memory_limit,
    too_slow,
)
from service.reader.limits import ReaderLimits

log = logging.getLogger("carryforward.reader")
Mark = Callable[[str], None]
Work = Callable[[Mark], Any]
"""The work: called with `mark(stage)`, returns JSON-ready data."""
OUT_OF_MEMORY_EXIT = 3
"""The child's exit status when a MemoryError ended it before its error line was
written: read as `OutOfMemory`, not as a reader that died."""
RESERVE_BYTES = 1 << 20
"""Held by the child while it works and dropped on MemoryError, so that the error can
still be written."""
STDERR_TAIL = 4096
"""Bytes of the child's standard error kept (the end of it)."""


@dataclass(frozen=True)
class Outcome:
    value: Any
    error: ReadError | None
    seconds: float = 0.0
    child_maxrss_kb: int = 0

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict() if self.error else None
        return {
            "value": self.value,
            "error": error,
            "seconds": self.seconds,
            "child_maxrss_kb": self.child_maxrss_kb,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Outcome:
        error = data.get("error")
        return cls(
            value=data.get("value"),
            error=ReadError.from_dict(error) if error else None,
            seconds=float(data.get("seconds") or 0.0),
            child_maxrss_kb=int(data.get("child_maxrss_kb") or 0),
        )


def run_isolated(work: Work, *, limits: ReaderLimits, file: str | None = None) -> Outcome:
    """`work(mark)` in a child; its result, or a structured error naming `file`."""
    start = time.perf_counter()
    if not hasattr(os, "fork"):  # pragma: no cover - no fork on this platform
        return _inline(work, limits=limits, file=file, start=start)
    read_fd, write_fd = os.pipe()
    err_read, err_write = os.pipe()
    parent = os.getpid()
    parent_kb = _resident_kb()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (coverage does not follow forks)
        os.close(read_fd)
        os.close(err_read)
        _own_output(err_write)
        _child(work, write_fd, parent=parent, memory_mb=limits.memory_mb, file=file)
    os.close(write_fd)
    os.close(err_write)
    try:
        data, stderr, timed_out = _read_until(
            read_fd, err_read, deadline=time.monotonic() + limits.seconds
        )
    except BaseException:  # interrupted (Ctrl-C): the child never outlives its caller
        _kill(pid)
        os.waitpid(pid, 0)
        raise
    if timed_out:
        _kill(pid)
    _pid, status, usage = os.wait4(pid, 0)
    if stderr.strip():
        tail = stderr[-500:].decode("utf-8", "replace")
        log.info("%s: the reader's stderr ended with: %s", file, tail)
    grown_mb = max(0, usage.ru_maxrss - parent_kb) / 1024
    outcome = _outcome(
        data, timed_out, status, limits=limits, file=file, stderr=stderr, grown_mb=grown_mb
    )
    seconds = time.perf_counter() - start
    return Outcome(outcome.value, outcome.error, seconds, usage.ru_maxrss)


def _inline(
    work: Work, *, limits: ReaderLimits, file: str | None, start: float
) -> Outcome:  # pragma: no cover - only where os.fork is missing
    stage = ["start"]

    def mark(name: str) -> None:
        stage[0] = name

    try:
        value = json.loads(json.dumps(work(mark)))  # the same JSON as from a child
    except Exception as exc:
        error = from_exception(exc, stage=stage[0], file=file, memory_mb=limits.memory_mb)
        return Outcome(None, error, time.perf_counter() - start)
    return Outcome(value, None, time.perf_counter() - start)


def _child(
    work: Work, fd: int, *, parent: int, memory_mb: int, file: str | None
) -> None:  # pragma: no cover - runs in the child
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        # the child reports through the pipe; a generator finalised while memory ran
        # out would otherwise print "Exception ignored in ..." to the caller's stderr
        sys.unraisablehook = _ignore_unraisable
        _die_with_parent(parent)
        _limit_memory(memory_mb)
        _write_all(fd, _result_line(work, fd, memory_mb=memory_mb, file=file))
    except MemoryError:  # even the reserve did not leave room to write the error
        code = OUT_OF_MEMORY_EXIT
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _result_line(
    work: Work, fd: int, *, memory_mb: int, file: str | None
) -> bytes:  # pragma: no cover - runs in the child
    stage = ["start"]

    def mark(name: str) -> None:
        stage[0] = name
        _write_all(fd, f"S {name}\n".encode())

    reserve = bytearray(RESERVE_BYTES)
    try:
        return b"R " + _json_line(work(mark))
    except MemoryError:
        pass  # handled below, once the frames holding the memory are gone
    except BaseException as exc:
        error = from_exception(exc, stage=stage[0], file=file, memory_mb=memory_mb)
        return b"E " + _json_line(error.to_dict())
    del reserve
    return b"E " + _json_line(out_of_memory(memory_mb, stage=stage[0], file=file).to_dict())


def _own_output(err_write: int) -> None:  # pragma: no cover - runs in the child
    """The child's stdout and stderr (the descriptors and Python's objects) go to the
    pipe `err_write`: nothing a library prints reaches the caller's output. A fault
    handler the caller enabled (pytest does; `python -X faulthandler`) writes to its own
    copy of the caller's stderr: it is pointed at the pipe too."""
    os.dup2(err_write, 1)
    os.dup2(err_write, 2)
    os.close(err_write)
    sys.stdout = open(1, "w", buffering=1, closefd=False, errors="backslashreplace")  # noqa: SIM115
    sys.stderr = open(2, "w", buffering=1, closefd=False, errors="backslashreplace")  # noqa: SIM115
    if faulthandler.is_enabled():
        faulthandler.enable(file=2)


def _ignore_unraisable(_unraisable: Any) -> None:  # pragma: no cover - runs in the child
    return None


def _json_line(data: Any) -> bytes:
    return json.dumps(data).encode("ascii") + b"\n"


def _die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the child
    """Linux: the child gets SIGKILL when the thread that forked it ends (no orphan
    parsers when a service or a CLI is killed)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


def _limit_memory(memory_mb: int) -> None:  # pragma: no cover - runs in the child
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


def _resident_kb() -> int:
    """This process's anonymous resident size now, in kB: where a forked child's
    resident size starts (file-backed pages, a library's code, are not copied at a
    fork; the child faults them in again as it uses them)."""
    kb = 0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(("RssAnon:", "RssShmem:")):
                    kb += int(line.split()[1])
    except (OSError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb


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


def _read_until(fd: int, err_fd: int, *, deadline: float) -> tuple[bytes, bytes, bool]:
    """What the child wrote to its result pipe, the start and end of its stderr
    (`_Kept`), and whether the deadline passed first."""
    chunks: list[bytes] = []
    kept = _Kept()
    watched = [fd, err_fd]
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return b"".join(chunks), kept.text(), True
            ready, _, _ = select.select(watched, [], [], remaining)
            if err_fd in ready and not kept.add(os.read(err_fd, 1 << 16)):
                watched.remove(err_fd)
            if fd in ready:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    _drain(err_fd, kept)
                    return b"".join(chunks), kept.text(), False
                chunks.append(chunk)
    finally:
        os.close(fd)
        os.close(err_fd)


class _Kept:
    """The first and last `STDERR_TAIL // 2` bytes of a child's stderr: a library's
    message comes first, a fault handler's traceback after it."""

    def __init__(self) -> None:
        self.head = b""
        self.tail = b""

    def add(self, got: bytes) -> bool:
        """Keep `got`; False at the end of the stream (nothing got)."""
        if not got:
            return False
        half = STDERR_TAIL // 2
        room = half - len(self.head)
        if room > 0:
            self.head, got = self.head + got[:room], got[room:]
        self.tail = (self.tail + got)[-half:]
        return True

    def text(self) -> bytes:
        return self.head + (b"\n...\n" + self.tail if self.tail else b"")


def _drain(err_fd: int, kept: _Kept) -> None:
    """What is left of the child's stderr once its result pipe closed (it has ended, or
    is about to)."""
    ready, _, _ = select.select([err_fd], [], [], 0.2)
    if ready:
        kept.add(os.read(err_fd, 1 << 16))


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have ended just now
        os.kill(pid, signal.SIGKILL)


def _outcome(
    data: bytes,
    timed_out: bool,
    status: int,
    *,
    limits: ReaderLimits,
    file: str | None,
    stderr: bytes = b"",
    grown_mb: float = 0.0,
) -> Outcome:
    """The child's result from what it wrote and how it ended; `stderr` (its end) and
    `grown_mb` (its peak resident size past its parent's) judge a death by a signal."""
    stage = "start"
    for line in data.split(b"\n"):
        kind, _, body = line.partition(b" ")
        if kind == b"S":
            stage = body.decode()
        elif kind == b"R" and not timed_out:
            return Outcome(json.loads(body), None)
        elif kind == b"E" and not timed_out:
            return Outcome(None, ReadError.from_dict(json.loads(body)))
    if timed_out:
        return Outcome(None, too_slow(limits.seconds, stage=stage, file=file))
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == OUT_OF_MEMORY_EXIT:
        return Outcome(None, out_of_memory(limits.memory_mb, stage=stage, file=file))
    if over_memory_limit(status, stderr=stderr, grown_mb=grown_mb, memory_mb=limits.memory_mb):
        name = signal.Signals(os.WTERMSIG(status)).name
        return Outcome(None, killed_over_memory(limits.memory_mb, name, stage=stage, file=file))
    return Outcome(None, died(status, stage=stage, file=file))
