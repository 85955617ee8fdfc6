"""One reader for every caller: a document read in a forked child of a warmed process,
under a wall-clock deadline and an address-space limit, into one typed
`DocumentResult` with one vocabulary of errors. See README.md in this folder."""

from __future__ import annotations

from service.reader.failures import TRANSIENT, ReadError
from service.reader.limits import DEFAULT_LIMITS, DEFAULT_MEMORY_MB, DEFAULT_SECONDS, ReaderLimits
from service.reader.process import ReaderProcess
from service.reader.read import read_document, warm_up
from service.reader.result import DocumentResult

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MEMORY_MB",
    "DEFAULT_SECONDS",
    "TRANSIENT",
    "DocumentResult",
    "ReadError",
    "ReaderLimits",
    "ReaderProcess",
    "read_document",
    "warm_up",
]
