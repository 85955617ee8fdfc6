"""The one vocabulary of reading failures: `ReadError`, and the words for each way the
reader can stop (the classes are in `extract.errors`; their names are what users see).

| failure | name | cached by batch |
|---|---|---|
| an error of ours (`CorruptFile`, `HostileFile`, ...) | its class | yes |
| the time limit | `TooSlow` | no |
| the memory limit (`MemoryError` in the child) | `OutOfMemory` | no |
| the child killed over the memory limit (the system's OOM killer; a native crash after
  an allocation failed, or once it had grown by half its limit) | `OutOfMemory` | no |
| the child killed by another signal, or exiting early | `WorkerDied` | no |
| any other exception from a parser | `ParserCrash` | yes |
"""

from __future__ import annotations

import logging
import os
import re
import signal
from dataclasses import dataclass, replace
from typing import Any

from extract.errors import (
    CarryforwardError,
    ExtractError,
    HostileFile,
    OutOfMemory,
    ParserCrash,
    TooSlow,
    WorkerDied,
)

ADVICE = "open it and save it again as PDF or .docx"
TRANSIENT = (TooSlow.__name__, OutOfMemory.__name__, WorkerDied.__name__)
"""Failures that depend on the machine, not the file: never cached."""
DETAIL_CHARS = 300
"""Of a library's own message, kept in the log (never shown to users)."""
log = logging.getLogger("carryforward.reader")


@dataclass(frozen=True)
class ReadError:
    """A structured error, as `CarryforwardError.to_dict` gives it."""

    error: str
    """The class name in the exception tree (`CorruptFile`, `TooSlow`, ...)."""
    stage: str
    message: str
    file: str | None = None
    page: int | None = None

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": self.error,
            "stage": self.stage,
            "message": self.message,
            "file": self.file,
            "page": self.page,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReadError:
        return cls(
            error=str(data.get("error") or ExtractError.__name__),
            stage=str(data.get("stage") or "extract"),
            message=str(data.get("message") or ""),
            file=data.get("file"),
            page=data.get("page"),
        )

    def labelled(self, file: str) -> ReadError:
        return replace(self, file=file)

    def exception(self) -> CarryforwardError:
        """The error as the exception of its class (`ExtractError` if unknown here)."""
        cls = error_class(self.error) or ExtractError
        exc = cls(self.message, file=self.file, page=self.page)
        if exc.stage != self.stage:
            exc.stage = self.stage
        return exc


def error_class(name: str) -> type[CarryforwardError] | None:
    """The class of the exception tree named `name`, among those imported."""
    pending: list[type[CarryforwardError]] = [CarryforwardError]
    while pending:
        cls = pending.pop()
        if cls.__name__ == name:
            return cls
        pending.extend(cls.__subclasses__())
    return None


def too_slow(seconds: float, *, stage: str, file: str | None) -> ReadError:
    message = (
        f"reading stopped after {seconds:g} s (the time limit); the file may be damaged "
        f"or built to hang parsers: {ADVICE}"
    )
    return ReadError(TooSlow.__name__, stage, message, file)


def out_of_memory(memory_mb: int, *, stage: str, file: str | None) -> ReadError:
    limit = f" (limit {memory_mb} MB)" if memory_mb else ""
    message = (
        f"the reader ran out of memory{limit}: the file is too large to read (or built to "
        f"exhaust memory); split it into smaller files, or {ADVICE}"
    )
    return ReadError(OutOfMemory.__name__, stage, message, file)


NATIVE_CRASHES = frozenset(
    {signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT, signal.SIGILL, signal.SIGTRAP}
)
"""How a native library dies when an allocation it did not check fails (a null
pointer used, `std::bad_alloc` uncaught, pdfium's out-of-memory trap)."""
ALLOCATION_FAILED = re.compile(
    rb"bad_alloc|[Cc]annot allocate memory|[Oo]ut of memory|MemoryError|failed to allocate"
)
"""What such a library writes to stderr before it dies."""
GROWN_SHARE = 0.5
"""A native crash once the child had grown by this share of its limit is the limit."""


def over_memory_limit(wait_status: int, *, stderr: bytes, grown_mb: float, memory_mb: int) -> bool:
    """Whether a child with a memory cap, killed by a signal we did not send, died of
    memory: the system's OOM killer (SIGKILL), or a native crash after an allocation
    failure was written to its stderr or once it had grown by `GROWN_SHARE` of its
    limit (`grown_mb`: its peak resident size past its parent's)."""
    if memory_mb <= 0 or not os.WIFSIGNALED(wait_status):
        return False
    sig = os.WTERMSIG(wait_status)
    if sig == signal.SIGKILL:
        return True
    if sig not in NATIVE_CRASHES:
        return False
    return bool(ALLOCATION_FAILED.search(stderr)) or grown_mb >= GROWN_SHARE * memory_mb


def killed_over_memory(
    memory_mb: int, signal_name: str, *, stage: str, file: str | None
) -> ReadError:
    message = (
        f"the reader was stopped over the memory limit ({memory_mb} MB; {signal_name}): the "
        f"file is too large to read (or built to exhaust memory); split it into smaller "
        f"files, or {ADVICE}"
    )
    return ReadError(OutOfMemory.__name__, stage, message, file)


def died(wait_status: int, *, stage: str, file: str | None) -> ReadError:
    """The child ended without a result; `wait_status` as `os.wait4` gives it."""
    if os.WIFSIGNALED(wait_status):
        name = signal.Signals(os.WTERMSIG(wait_status)).name
        how = f"was killed ({name}; out of memory?)"
    else:
        how = f"exited with status {os.WEXITSTATUS(wait_status)}"
    message = f"the process reading the file {how}; the file may be too large to read: {ADVICE}"
    return ReadError(WorkerDied.__name__, stage, message, file)


def not_started(file: str | None) -> ReadError:
    message = "the reader process did not start; see the service log"
    return ReadError(WorkerDied.__name__, "start", message, file)


def from_exception(
    exc: BaseException, *, stage: str, file: str | None, memory_mb: int = 0
) -> ReadError:
    """Any exception raised while reading, in the vocabulary above. An error of ours
    keeps its own file, else gets `file`; a service error (a bad request to a tool)
    is not about a file and keeps none. Running out of memory is said so, even when a
    parser reported it as a damaged file."""
    if _caused_by_memory(exc):
        return out_of_memory(memory_mb, stage=stage, file=file)
    if isinstance(exc, CarryforwardError):
        error = ReadError.from_dict(exc.to_dict())
        if exc.file or exc.stage == "service":
            return error
        return error.labelled(file) if file else error
    log.info("%s: %s raised %s: %.*s", file, stage, type(exc).__name__, DETAIL_CHARS, exc)
    if isinstance(exc, RecursionError):
        message = f"the file nests its structure without end (built to crash parsers): {ADVICE}"
        return ReadError(HostileFile.__name__, stage, message, file)
    where = (
        "could not be read"
        if stage in ("start", "extract")
        else "was read but its text could not be analysed"
    )
    message = f"the file {where}: it may be damaged or of a kind we do not know; {ADVICE}"
    return ReadError(ParserCrash.__name__, stage, message, file)


def _caused_by_memory(exc: BaseException) -> bool:
    """True for a MemoryError, or an exception a library raised because of one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, MemoryError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
