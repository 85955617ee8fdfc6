"""`run_batch`: every board of a region read, linked and drafted, then summarised.

Every file is hashed first and its cached result taken when its content hash and
pipeline version match; the others are submitted a few at a time (twice the
workers), and a board's ledger and draft as soon as its last document is in, ahead of
the documents still waiting. Outputs:

    OUT/boards/<board>/findings/<file>.json   one per document read
    OUT/boards/<board>/ledger.html (to read), ledger.json, draft.docx, draft.html
                      (<board> and <file>: the folder's and file's names made safe and
                      unique, `names.py`; run.json maps each file to its findings)
    OUT/index.html, summary.csv, themes.csv, failures.csv, summary.xlsx
    OUT/run.json      the run log: each document's status, whether it was cached,
                      its time and worker (the only output with timings)
    OUT/.cache/       document results by content hash (see cache.py)
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract import READABLE_SUFFIXES
from extract.labels import clean_label
from service.batch import tasks
from service.batch.again import Again
from service.batch.cache import Cache
from service.batch.executors import Executor, make_executor
from service.batch.jobs import (
    BatchOptions,
    DocJob,
    cache_name,
    write_bytes,
    write_findings,
    write_json,
)
from service.batch.ledger_html import write_ledger_html
from service.batch.names import unique_names
from service.batch.progress import BoardProgress
from service.batch.summary import board_name
from service.batch.tables_out import sweep_partial_writes
from service.batch.version import PIPELINE_VERSION
from service.batch.write import write_summary

__all__ = ["BatchError", "BatchOptions", "BatchResult", "run_batch", "write_json"]


@dataclass
class BatchResult:
    out: Path
    documents: list[DocJob]
    boards: list[dict[str, Any]]
    failures: list[dict[str, Any]]
    cache_writes: int
    seconds: float
    where: str = ""
    computed: int = field(default=0)
    documents_seconds: float = 0.0
    """From the start until the last document was in (the boards' drafts follow)."""

    @property
    def failed(self) -> bool:
        return bool(self.failures)


class BatchError(Exception):
    """The region cannot be run at all (no boards, no documents)."""


def find_boards(region: Path, *, skip: Path | None = None) -> dict[str, list[Path]]:
    """Board folder name → its PDF and Word files, in name order."""
    if not region.is_dir():
        raise BatchError(f"{region} is not a folder")
    boards: dict[str, list[Path]] = {}
    for folder in sorted(p for p in region.iterdir() if p.is_dir()):
        if folder.name.startswith(".") or (skip is not None and folder.resolve() == skip):
            continue
        files = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
        )
        if files:
            boards[folder.name] = files
    if not boards:
        raise BatchError(f"no board folder with PDF or Word files in {region}")
    return boards


def run_batch(
    region: Path,
    out: Path,
    options: BatchOptions | None = None,
    *,
    executor: Executor | None = None,
) -> BatchResult:
    """Run the region; `executor` overrides the one `options` would make (and is not
    closed here)."""
    options = options or BatchOptions()
    start = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    sweep_partial_writes(out)  # a killed run's half-written files
    boards = find_boards(region, skip=out.resolve())
    cache = Cache(out / ".cache", PIPELINE_VERSION)
    jobs = _jobs(boards)
    own = executor is None
    runner = executor or make_executor(workers=options.workers, scheduler=options.scheduler)
    try:
        with BoardProgress({b: len(j) for b, j in jobs.items()}, enabled=options.progress) as bar:
            board_results = _run(jobs, runner, cache, options, out, bar)
            documents_seconds = bar.documents_done_at - start if bar.documents_done_at else 0.0
    finally:
        if own:
            runner.close()
    documents = [j for js in jobs.values() for j in js]
    result = BatchResult(
        out=out,
        documents=documents,
        boards=board_results,
        failures=_failures(documents, board_results),
        cache_writes=cache.writes,
        seconds=round(time.perf_counter() - start, 3),
        where=runner.where,
        computed=sum(1 for j in documents if not j.cached),
        documents_seconds=round(documents_seconds, 3),
    )
    write_summary(result, region_name=region.resolve().name)
    _write_log(result)
    return result


def _jobs(boards: dict[str, list[Path]]) -> dict[str, list[DocJob]]:
    """Each board's documents, with their output folder and names made safe and unique."""
    folders = unique_names(boards, fallback="board")
    jobs = {}
    for board, paths in boards.items():
        outputs = unique_names(p.name for p in paths)
        jobs[board] = [DocJob(board, p, folders[board], outputs[p.name]) for p in paths]
    return jobs


def _run(
    jobs: dict[str, list[DocJob]],
    runner: Executor,
    cache: Cache,
    options: BatchOptions,
    out: Path,
    bar: BoardProgress,
) -> list[dict[str, Any]]:
    """Documents go to the executor a few at a time (twice the workers), so that a
    board's ledger and draft, submitted as soon as its last document is in, runs
    before the documents still waiting rather than after all of them."""
    queue: deque[DocJob] = deque()
    for board_jobs in jobs.values():
        for job in board_jobs:
            _load(job, cache, options)
            if job.result is None:
                queue.append(job)
            else:
                _document_done(job, out, bar)
    pending: dict[Any, tuple[str, Any]] = {}
    again = Again(cache, options, queue, out)
    for board in jobs:
        _maybe_submit_board(board, jobs, runner, pending, bar, again)
    window = max(2, 2 * runner.workers)
    done_boards: dict[str, dict[str, Any]] = {}
    while True:
        while queue and sum(kind == "document" for kind, _ in pending.values()) < window:
            job = queue.popleft()
            future = _submit_document(job, runner, options)
            if future is None:  # the file could not be read again
                assert job.result is not None
                job.settle(job.result)
                _document_done(job, out, bar)
                _maybe_submit_board(job.board, jobs, runner, pending, bar, again)
            else:
                pending[future] = ("document", job)
        if not pending:
            break
        finished, _rest = runner.wait_any(pending)
        for future in finished:
            kind, item = pending.pop(future)
            if kind == "document":
                result = _document_result(future, item)
                name = cache_name(item.file, item.corrections(options))
                cache.put(item.sha256, name, result)
                item.settle(result)
                _document_done(item, out, bar)
                _maybe_submit_board(item.board, jobs, runner, pending, bar, again)
            else:
                done_boards[item] = _board_done(future, item, jobs[item], out, bar)
    return [done_boards[b] for b in jobs]


def _submit_document(job: DocJob, runner: Executor, options: BatchOptions) -> Any:
    """Send one document: its path, or its bytes (read again here, so that a run never
    holds every file in memory; the hash is taken again with them)."""
    source: str | bytes = str(job.path)
    if options.send == "bytes" or (options.send == "auto" and runner.remote):
        try:
            source = job.path.read_bytes()
        except OSError as exc:
            job.result = _failed(job, tasks.error_dict(exc, "read", file=job.file))
            return None
        job.sha256 = hashlib.sha256(source).hexdigest()
    return runner.submit(
        tasks.document_task,
        source,
        job.file,
        seconds=options.seconds,
        memory_mb=options.memory_mb,
        corrections=job.corrections(options),
    )


def _load(job: DocJob, cache: Cache, options: BatchOptions) -> None:
    """Hash the file and take its cached result if there is one."""
    try:
        data = job.path.read_bytes()
    except OSError as exc:
        job.result = _failed(job, tasks.error_dict(exc, "read", file=job.file))
        return
    job.sha256 = hashlib.sha256(data).hexdigest()
    cached = cache.get(job.sha256, cache_name(job.file, job.corrections(options)))
    if cached is not None:
        job.result, job.cached = cached, True


def _failed(job: DocJob, error: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": job.file,
        "status": "failed",
        "findings": None,
        "error": error,
        "seconds": 0.0,
        "pipeline_version": PIPELINE_VERSION,
        "worker": None,
    }


def _document_result(future: Any, job: DocJob) -> dict[str, Any]:
    try:
        result: dict[str, Any] = future.result()
    except Exception as exc:  # the worker itself died or the task was lost
        error = tasks.error_dict(exc, "worker", file=job.file)
        error["error"] = "WorkerDied"
        return _failed(job, error)
    if result.get("pipeline_version") != PIPELINE_VERSION:
        message = (
            f"the worker runs pipeline {result.get('pipeline_version')}, "
            f"this run {PIPELINE_VERSION}: install the same Carryforward on every worker"
        )
        return _failed(
            job,
            {
                "error": "VersionMismatch",
                "stage": "worker",
                "message": message,
                "file": job.file,
                "page": None,
            },
        )
    return result


def _document_done(job: DocJob, out: Path, bar: BoardProgress) -> None:
    assert job.result is not None
    counted = bool(job.twins)  # read again with its twin's corrections: counted once
    write_findings(job, out)
    if not counted:
        bar.document(job.board, ok=job.result["status"] == "ok", cached=job.cached)


def _maybe_submit_board(
    board: str,
    jobs: dict[str, list[DocJob]],
    runner: Executor,
    pending: dict[Any, tuple[str, Any]],
    bar: BoardProgress,
    again: Again,
) -> None:
    board_jobs = jobs[board]
    if any(j.result is None for j in board_jobs) or again.twins_corrected(board_jobs):
        return
    findings = [j.result["findings"] for j in board_jobs if j.result and j.result["status"] == "ok"]
    pending[runner.submit(tasks.board_task, board, findings)] = ("board", board)
    bar.board(board, "linking and drafting")


def _board_done(
    future: Any, board: str, board_jobs: list[DocJob], out: Path, bar: BoardProgress
) -> dict[str, Any]:
    try:
        result: dict[str, Any] = future.result()
    except Exception as exc:
        result = {
            "board": board,
            "status": "failed",
            "error": tasks.error_dict(exc, "worker"),
            "themes": {},
            "stats": None,
        }
    where = f"boards/{board_jobs[0].folder or board}" if board_jobs else f"boards/{board}"
    folder = out / where
    folder.mkdir(parents=True, exist_ok=True)
    names = {
        "ledger": "ledger.html",
        "ledger_json": "ledger.json",
        "docx": "draft.docx",
        "html": "draft.html",
    }
    read = [j for j in board_jobs if j.result and j.result["status"] == "ok"]
    given = [j.result["findings"]["document"].get("board") for j in read if j.result]
    shown = board_name(given, clean_label(board))
    if result["status"] == "ok":
        write_json(folder / names["ledger_json"], result["ledger"])
        write_ledger_html(folder / names["ledger"], result["ledger"], shown)
        write_bytes(folder / names["docx"], result["docx"])
        write_bytes(folder / names["html"], result["html"].encode("utf-8"))
    else:
        for name in names.values():
            (folder / name).unlink(missing_ok=True)
    failed = len(board_jobs) - len(read)
    state = "[red]failed[/]" if result["status"] == "failed" else "done"
    bar.board(board, state, done=True)
    return {
        "board": board,
        "name": shown,
        "status": result["status"] if result["status"] == "failed" or not failed else "partial",
        "documents": len(board_jobs),
        "read": len(read),
        "failed": failed,
        "pages": sum(int(j.result["findings"]["document"]["pages"] or 0) for j in read if j.result),
        "stats": result.get("stats"),
        "themes": result.get("themes") or {},
        "notes": result.get("notes") or [],
        "error": result.get("error"),
        "outputs": {k: f"{where}/{v}" for k, v in names.items()}
        if result["status"] == "ok"
        else {},
    }


def _failures(documents: list[DocJob], boards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for job in documents:
        if job.result and job.result["status"] != "ok":
            rows.append({"board": job.board, **job.result["error"], "file": clean_label(job.file)})
        if job.again_error:
            rows.append({"board": job.board, **job.again_error, "file": clean_label(job.file)})
    for board in boards:
        if board["status"] == "failed" and board.get("error"):
            rows.append({**board["error"], "board": board["board"], "file": None})
    return rows


def _write_log(result: BatchResult) -> None:
    log = {
        "pipeline_version": PIPELINE_VERSION,
        "executor": result.where,
        "seconds": result.seconds,
        "computed": result.computed,
        "cached": sum(1 for j in result.documents if j.cached),
        "cache_writes": result.cache_writes,
        "failed": len(result.failures),
        "documents": [
            {
                "board": j.board,
                "file": j.file,
                "findings": j.findings_path if j.result and j.result["status"] == "ok" else None,
                "sha256": j.sha256,
                "status": j.result["status"] if j.result else "missing",
                "cached": j.cached,
                "seconds": j.result.get("seconds") if j.result else None,
                "reader_peak_kb": (j.result.get("worker") or {}).get("child_maxrss_kb")
                if j.result
                else None,
                "worker": j.result.get("worker") if j.result else None,
                "error": j.result.get("error") if j.result else None,
                "read_again_error": j.again_error,
            }
            for j in result.documents
        ],
    }
    write_json(result.out / "run.json", log)
