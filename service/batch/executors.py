"""One thin interface over the two executors a batch can run on.

`concurrent.futures.ProcessPoolExecutor` (the default, local) and
`distributed.Client` (an existing Dask cluster, by address) both submit a function
and hand back futures; the only differences a batch sees are how to wait for the
first of many futures and how to shut down, and that is all this module wraps.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent import futures
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol


class Executor(Protocol):
    workers: int
    where: str
    remote: bool
    """True when workers may not see this machine's files (send bytes, not paths)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...

    def wait_any(self, pending: Iterable[Any]) -> tuple[set[Any], set[Any]]:
        """(done, not done) once at least one of `pending` is done."""
        ...

    def close(self) -> None: ...


class PoolExecutor:
    """A local process pool. Workers are started with `spawn` (a clean interpreter,
    whatever threads the parent runs); each warms up on its first document."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.where = f"local process pool ({self.workers} workers)"
        self.remote = False
        self._pool = self._start()

    def _start(self) -> futures.ProcessPoolExecutor:
        return futures.ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
        )

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        try:
            return self._pool.submit(fn, *args, **kwargs)
        except BrokenProcessPool:
            # A worker process died (its own tasks have failed with the error); the
            # batch goes on with a new pool.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(fn, *args, **kwargs)

    def wait_any(self, pending: Iterable[Any]) -> tuple[set[Any], set[Any]]:
        done, rest = futures.wait(list(pending), return_when=futures.FIRST_COMPLETED)
        return set(done), set(rest)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


SCATTER_BYTES = 1_000_000


class DaskExecutor:
    """Tasks on an existing Dask cluster (`distributed`), by scheduler address or
    through a `distributed.Client` the caller already holds."""

    def __init__(self, scheduler: str | Any) -> None:
        import distributed

        self._own = isinstance(scheduler, str)
        self._client: Any = scheduler
        if isinstance(scheduler, str):
            self._client = distributed.Client(scheduler)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.remote = True
        address = self._client.scheduler.address
        self.where = f"Dask cluster at {address} ({self.workers} workers)"

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        sent = tuple(self._scattered(arg) for arg in args)
        return self._client.submit(fn, *sent, pure=False, **kwargs)

    def _scattered(self, arg: Any) -> Any:
        """A file's bytes above SCATTER_BYTES go to the workers by `scatter`, not inside
        the task graph (which Dask warns about and sends through the scheduler)."""
        if isinstance(arg, bytes) and len(arg) > SCATTER_BYTES:
            return self._client.scatter(arg, hash=False)
        return arg

    def wait_any(self, pending: Iterable[Any]) -> tuple[set[Any], set[Any]]:
        import distributed

        done, rest = distributed.wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(rest)

    def close(self) -> None:
        if self._own:
            self._client.close()


def make_executor(*, workers: int | None = None, scheduler: str | None = None) -> Executor:
    """A Dask executor when a scheduler address is given, else a local process pool."""
    if scheduler:
        return DaskExecutor(scheduler)
    return PoolExecutor(workers)
