"""The job queue (the `jobs` table) and the worker that drains it.

Worker threads, started with the app (one per reader process, `CARRYFORWARD_READERS`,
default: the number of cores), claim queued jobs with boards taking turns, read the
file through their `Reader` (the service's reader process, or a Dask cluster when
`CARRYFORWARD_SCHEDULER` is set; both read with `service.reader.read_document`, under
the same time and memory limits) and writes the outcome in one transaction: findings +
document done + job done, or document failed + job failed (a failure never touches
stored findings). On start, jobs left `processing` by a service that died are queued
again; a job interrupted `MAX_ATTEMPTS` times fails. Findings are stored with the
pipeline version that made them; on start, every document whose findings another
version made is queued to be read again (with its corrections: those that no longer
fit are listed on its page, never dropped).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import delete, func, select, update

from extract.errors import CarryforwardError, JobFailed
from service.batch.version import PIPELINE_VERSION
from service.reader import DocumentResult, ReaderProcess
from service.reader.codec import encode_findings
from service.web.settings import Settings
from service.web.store.blobs import BlobStore
from service.web.store.corrections import for_reader
from service.web.store.db import Database
from service.web.store.retention import keeps_bytes, release_bytes
from service.web.store.tables import Board, DocumentRow, FindingsRow, Job, now

log = logging.getLogger("carryforward.jobs")
MAX_ATTEMPTS = 3
CONNECT_S = 5.0
"""How long to try to reach the Dask scheduler before the job fails."""


class Reader(Protocol):
    """Reads one stored upload into its `DocumentResult` (failed, with an error that
    says what a person can do, when the file cannot be read); raises a
    `CarryforwardError` only when the reader itself cannot be reached."""

    where: str

    def read(
        self, path: str, label: str, corrections: list[dict[str, Any]] | None = None
    ) -> DocumentResult: ...

    def close(self) -> None: ...


class LocalReader:
    """The file read by the service's own reader process."""

    def __init__(self, process: ReaderProcess) -> None:
        self.process = process
        self.where = "a local reader process"

    def read(
        self, path: str, label: str, corrections: list[dict[str, Any]] | None = None
    ) -> DocumentResult:
        return self.process.read(path, label, corrections)

    def close(self) -> None:
        self.process.close()


class DaskReader:
    """The file's bytes read on a worker of the Dask cluster at `scheduler`
    (`service.batch.remote.RemoteReader`: a forked child per document, same limits).
    The client connects on the first read and again after the cluster was lost, so a
    scheduler that is down fails jobs, not the service."""

    def __init__(
        self, scheduler: str, *, seconds: float, memory_mb: int, connect_s: float = CONNECT_S
    ) -> None:
        self.scheduler = scheduler
        self.seconds = seconds
        self.memory_mb = memory_mb
        self.connect_s = connect_s
        self.where = f"the Dask cluster at {scheduler}"
        self.client: Any = None

    def read(
        self, path: str, label: str, corrections: list[dict[str, Any]] | None = None
    ) -> DocumentResult:
        from service.batch.remote import RemoteReader

        data = Path(path).read_bytes()
        client = self._connect(label)
        try:
            remote = RemoteReader(client, seconds=self.seconds, memory_mb=self.memory_mb)
            return remote.read(data, label, corrections=corrections)
        except Exception as exc:
            self.close()
            raise JobFailed(
                f"the Dask cluster at {self.scheduler} did not return a result "
                f"({_brief(exc)}): check that the cluster and its workers are running, then "
                "remove this document and upload it again",
                file=label,
            ) from None

    def _connect(self, label: str) -> Any:
        if self.client is not None and self.client.status == "running":
            return self.client
        self.close()
        try:
            import distributed

            self.client = distributed.Client(
                self.scheduler, timeout=self.connect_s, set_as_default=False
            )
        except Exception as exc:
            raise JobFailed(
                f"the Dask scheduler at {self.scheduler} cannot be reached ({_brief(exc)}): "
                "start the cluster or correct CARRYFORWARD_SCHEDULER, then remove this "
                "document and upload it again",
                file=label,
            ) from None
        return self.client

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            try:
                client.close(timeout=self.connect_s)
            except Exception:  # a lost cluster: nothing left to close
                log.debug("closing the Dask client", exc_info=True)


def make_readers(settings: Settings, processes: list[ReaderProcess]) -> list[Reader]:
    """The readers the settings ask for, chosen once when the service starts: one per
    local reader process (`CARRYFORWARD_READERS`), or one Dask client."""
    if settings.scheduler:
        return [
            DaskReader(
                settings.scheduler,
                seconds=settings.job_timeout_s,
                memory_mb=settings.job_memory_mb,
            )
        ]
    return [LocalReader(process) for process in processes]


def _brief(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def requeue_interrupted(db: Database) -> int:
    """Jobs (and documents) left `processing` by a dead service go back to the queue."""
    with db.session() as s:
        jobs = s.execute(
            update(Job).where(Job.status == "processing").values(status="queued")
        ).rowcount  # type: ignore[attr-defined]
        s.execute(
            update(DocumentRow).where(DocumentRow.status == "processing").values(status="queued")
        )
    return int(jobs or 0)


def requeue_stale(db: Database, version: str = PIPELINE_VERSION) -> int:
    """Documents whose stored findings another pipeline version made (or one that did
    not record its version) are queued to be read again; their findings stay shown
    until the new ones replace them. Returns how many were queued."""
    with db.session() as s:
        stale = s.scalars(
            select(DocumentRow)
            .join(FindingsRow, FindingsRow.document_id == DocumentRow.id)
            .where(DocumentRow.status == "done")
            .where(
                (FindingsRow.pipeline_version.is_(None)) | (FindingsRow.pipeline_version != version)
            )
        ).all()
        for d in stale:
            d.status, d.updated_at = "queued", now()
            s.add(Job(board_id=d.board_id, document_id=d.id))
    if stale:
        log.info("%d documents read by another pipeline version queued again", len(stale))
    return len(stale)


class Worker:
    """One thread per reader, each claiming the next job fairly: boards take turns
    (the board served longest ago goes first, then its oldest job), so one board's
    queue of slow or hostile files never holds up another board's upload."""

    def __init__(
        self, db: Database, blobs: BlobStore, readers: list[Reader], poll_s: float
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.readers = readers
        self.poll_s = poll_s
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []
        self.claiming = threading.Lock()
        self.turns = 0
        self.served: dict[int, int] = {}
        """Board → the turn it was last served in."""

    def start(self) -> None:
        requeue_interrupted(self.db)
        requeue_stale(self.db)
        where = self.readers[0].where
        log.info("documents are read in %s (%d at a time)", where, len(self.readers))
        for number, reader in enumerate(self.readers, start=1):
            thread = threading.Thread(
                target=self._loop, args=(reader,), name=f"carryforward-worker-{number}", daemon=True
            )
            self.threads.append(thread)
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()
        for thread in self.threads:
            thread.join(30)
        for thread, reader in zip(self.threads, self.readers, strict=False):
            if not thread.is_alive():  # else it is still reading
                reader.close()

    def _loop(self, reader: Reader) -> None:
        while not self.stopping.is_set():
            try:
                worked = self.run_one(reader)
            except Exception:  # the loop never dies; the next poll retries
                log.exception("worker error")
                worked = False
            if not worked:
                self.wake.wait(self.poll_s)
                self.wake.clear()

    def run_one(self, reader: Reader | None = None) -> bool:
        """Claim and run the next job (boards in turn); False when the queue is empty."""
        reader = reader or self.readers[0]
        claimed = self._claim()
        if claimed is None:
            return False
        job_id, board_id, document_id, path, label, attempts = claimed
        if attempts > MAX_ATTEMPTS:
            self._fail(job_id, document_id, _interrupted(attempts - 1))
            return True
        with self.db.session() as s:
            corrections = for_reader(s, board_id, document_id)
        try:
            result = reader.read(path, label, corrections)
        except CarryforwardError as exc:
            self._fail(job_id, document_id, exc.to_dict())
            return True
        log.info(
            "document %s read in %.2f s, reader peak %d kB",
            document_id,
            result.seconds,
            result.child_maxrss_kb,
        )
        if result.findings is None:
            error = result.error.to_dict() if result.error else {}
            self._fail(job_id, document_id, error)
        else:
            self._finish(job_id, board_id, document_id, encode_findings(result.findings))
        return True

    def _claim(self) -> tuple[int, int, int, str, str, int] | None:
        with self.claiming:
            claimed = self._claim_next()
            if claimed is not None:
                self.turns += 1
                self.served[claimed[1]] = self.turns
            return claimed

    def _next_board(self, s: Any) -> int | None:
        """Of the boards with queued jobs, the one served longest ago (never: first)."""
        waiting = s.execute(
            select(Job.board_id, func.min(Job.id))
            .where(Job.status == "queued")
            .group_by(Job.board_id)
        ).all()
        if not waiting:
            return None
        board_id, _oldest = min(waiting, key=lambda w: (self.served.get(w[0], 0), w[1]))
        return int(board_id)

    def _claim_next(self) -> tuple[int, int, int, str, str, int] | None:
        with self.db.session() as s:
            board_id = self._next_board(s)
            if board_id is None:
                return None
            job = s.scalars(
                select(Job)
                .where(Job.status == "queued", Job.board_id == board_id)
                .order_by(Job.id)
                .limit(1)
            ).first()
            if job is None:
                return None
            claimed = s.execute(
                update(Job)
                .where(Job.id == job.id, Job.status == "queued")
                .values(status="processing", attempts=Job.attempts + 1, started_at=now())
            ).rowcount  # type: ignore[attr-defined]
            if not claimed:
                return None
            attempts = int(s.scalar(select(Job.attempts).where(Job.id == job.id)) or 0)
            document = s.get(DocumentRow, job.document_id)
            assert document is not None
            document.status, document.updated_at = "processing", now()
            path = str(self.blobs.path(document.board_id, document.sha256))
            return job.id, job.board_id, document.id, path, document.label, attempts

    def _finish(self, job_id: int, board_id: int, document_id: int, data: dict[str, Any]) -> None:
        with self.db.session() as s:
            s.execute(delete(FindingsRow).where(FindingsRow.document_id == document_id))
            s.add(
                FindingsRow(
                    board_id=board_id,
                    document_id=document_id,
                    data=data,
                    pipeline_version=PIPELINE_VERSION,
                )
            )
            document = s.get(DocumentRow, document_id)
            job = s.get(Job, job_id)
            board = s.get(Board, board_id)
            assert document is not None and job is not None and board is not None
            document.status, document.error, document.updated_at = "done", None, now()
            job.status, job.error, job.finished_at = "done", None, now()
            board.revision += 1
        log.info("document %s done", document_id)

    def _fail(self, job_id: int, document_id: int, error: dict[str, Any]) -> None:
        """The document failed with `error`; a refused file keeps only its record and
        reason, not its bytes (`retention.keeps_bytes`)."""
        with self.db.session() as s:
            document = s.get(DocumentRow, document_id)
            job = s.get(Job, job_id)
            assert document is not None and job is not None
            if not keeps_bytes(error):
                release_bytes(s, self.blobs, document)
            document.status, document.error, document.updated_at = "failed", error, now()
            job.status, job.error, job.finished_at = "failed", error, now()
        log.info("document %s failed: %s", document_id, error.get("message"))


def _interrupted(times: int) -> dict[str, Any]:
    return {
        "error": "JobFailed",
        "stage": "service",
        "message": f"reading was interrupted {times} times (the service stopped while reading "
        "this file); it may crash the reader: save it again as PDF or .docx and re-upload",
        "file": None,
        "page": None,
    }
