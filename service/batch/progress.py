"""The batch's progress bar: one row per board with its status, and the region total."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


class BoardProgress:
    """Counts per board (read, cached, failed) shown beside a bar of its steps: one per
    document and one for its ledger and draft."""

    def __init__(self, boards: dict[str, int], *, enabled: bool = True) -> None:
        self.progress = Progress(
            TextColumn("{task.description}", justify="left"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=not enabled,
        )
        self.remaining = sum(boards.values())
        self.documents_done_at = 0.0
        """`time.perf_counter()` when the last document was in."""
        self.counts = {b: {"read": 0, "cached": 0, "failed": 0} for b in boards}
        self.state = dict.fromkeys(boards, "reading")
        total = sum(boards.values()) + len(boards)
        self.region = self.progress.add_task("region", total=total, status="")
        self.tasks: dict[str, TaskID] = {
            b: self.progress.add_task(b, total=n + 1, status="waiting") for b, n in boards.items()
        }

    def __enter__(self) -> BoardProgress:
        self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.progress.stop()

    def document(self, board: str, *, ok: bool, cached: bool) -> None:
        counts = self.counts[board]
        counts["read" if ok else "failed"] += 1
        counts["cached"] += cached
        self.remaining -= 1
        if not self.remaining:
            self.documents_done_at = time.perf_counter()
        self._advance(board)

    def board(self, board: str, state: str, *, done: bool = False) -> None:
        self.state[board] = state
        if done:
            self._advance(board)
        else:
            self._show(board)

    def _advance(self, board: str) -> None:
        self.progress.advance(self.tasks[board])
        self.progress.advance(self.region)
        self._show(board)

    def _show(self, board: str) -> None:
        c = self.counts[board]
        failed = f" · [red]{c['failed']} failed[/]" if c["failed"] else ""
        status = f"{c['read']} read ({c['cached']} cached){failed} · {self.state[board]}"
        self.progress.update(self.tasks[board], status=status)
        failures = sum(x["failed"] for x in self.counts.values())
        self.progress.update(self.region, status=f"[red]{failures} failed[/]" if failures else "")
