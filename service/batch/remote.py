"""Documents read on a Dask cluster, one at a time: the entry point for the web
service's jobs when a scheduler address is configured (the same task, limits and
result as `carryforward batch`)."""

from __future__ import annotations

import contextlib
import hashlib
from typing import Any

from service.batch.executors import DaskExecutor
from service.batch.tasks import document_task
from service.reader import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, DocumentResult


class RemoteReader:
    """`read(data, filename)` → the `DocumentResult` of `document_task` run on a worker
    of the cluster at `scheduler` (an address, or a `distributed.Client`)."""

    def __init__(
        self,
        scheduler: str | Any,
        *,
        seconds: float = DEFAULT_SECONDS,
        memory_mb: int = DEFAULT_MEMORY_MB,
    ) -> None:
        self.executor = DaskExecutor(scheduler)
        self.seconds = seconds
        self.memory_mb = memory_mb

    def read(
        self,
        data: bytes,
        filename: str,
        *,
        timeout: float | None = None,
        corrections: list[dict[str, Any]] | None = None,
    ) -> DocumentResult:
        future = self.executor.submit(
            document_task,
            data,
            filename,
            seconds=self.seconds,
            memory_mb=self.memory_mb,
            corrections=corrections,
        )
        try:
            result: dict[str, Any] = future.result(timeout=timeout or self.seconds * 2 + 60)
        except BaseException:
            with contextlib.suppress(Exception):  # not left running after a timeout
                future.cancel()
            raise
        return DocumentResult.from_dict({**result, "sha256": hashlib.sha256(data).hexdigest()})

    def close(self) -> None:
        self.executor.close()
