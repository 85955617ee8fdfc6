"""The reader's time and memory limits: the one place their defaults live.

The service's settings (`CARRYFORWARD_JOB_TIMEOUT_S`, `CARRYFORWARD_JOB_MEMORY_MB`),
`carryforward batch --time-limit/--memory-limit` and `carryforward extract` all start
from these numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_SECONDS = 120.0
"""Wall-clock seconds one document (or one page render, one compare) may take."""
DEFAULT_MEMORY_MB = 1536
"""Megabytes of address space one document may add to the warmed process that reads
it (the child's `RLIMIT_AS` is what the parent already maps plus this); 0: no cap."""


@dataclass(frozen=True)
class ReaderLimits:
    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    def __post_init__(self) -> None:
        if not self.seconds > 0:
            raise ValueError(f"the time limit must be above 0 s, not {self.seconds}")
        if self.memory_mb < 0:
            raise ValueError(f"the memory limit must be 0 (no cap) or more, not {self.memory_mb}")


DEFAULT_LIMITS = ReaderLimits()
