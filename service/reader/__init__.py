"""One reader for every caller: a document read in a forked child of a warmed process,
under a wall-clock deadline and an address-space limit, into one typed
`DocumentResult` with one vocabulary of errors. See README.md in this folder.

The names below are imported when first used (PEP 562), so that `carryforward
extract` can refuse a hostile file before spaCy and the rest of nlp are imported."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from service.reader.failures import TRANSIENT, ReadError
    from service.reader.limits import (
        DEFAULT_LIMITS,
        DEFAULT_MEMORY_MB,
        DEFAULT_SECONDS,
        ReaderLimits,
    )
    from service.reader.process import ReaderProcess
    from service.reader.read import read_document, warm_up
    from service.reader.result import DocumentResult

_WHERE = {
    "DEFAULT_LIMITS": "limits",
    "DEFAULT_MEMORY_MB": "limits",
    "DEFAULT_SECONDS": "limits",
    "ReaderLimits": "limits",
    "TRANSIENT": "failures",
    "ReadError": "failures",
    "ReaderProcess": "process",
    "read_document": "read",
    "warm_up": "read",
    "DocumentResult": "result",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"service.reader.{module}"), name)
    globals()[name] = value
    return value
