"""The job queue (the `jobs` table) and the worker that drains it.

A worker thread, started with the app, claims the oldest queued job, reads the file in
the sandbox process (time and memory limits) and writes the outcome in one
transaction: findings + document done + job done, or document failed + job failed
(a failure never touches stored findings). On start, jobs left `processing` by a
service that died are queued again; a job interrupted `MAX_ATTEMPTS` times fails.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import delete, select, update

from extract.errors import CarryforwardError
from service.blobs import BlobStore
from service.db import Database
from service.sandbox import Sandbox
from service.tables import Board, DocumentRow, FindingsRow, Job, now

log = logging.getLogger("carryforward.jobs")
MAX_ATTEMPTS = 3


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


class Worker:
    def __init__(self, db: Database, blobs: BlobStore, sandbox: Sandbox, poll_s: float) -> None:
        self.db = db
        self.blobs = blobs
        self.sandbox = sandbox
        self.poll_s = poll_s
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        requeue_interrupted(self.db)
        self.thread = threading.Thread(target=self._loop, name="carryforward-worker", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()
        if self.thread is not None:
            self.thread.join(30)

    def _loop(self) -> None:
        while not self.stopping.is_set():
            try:
                worked = self.run_one()
            except Exception:  # the loop never dies; the next poll retries
                log.exception("worker error")
                worked = False
            if not worked:
                self.wake.wait(self.poll_s)
                self.wake.clear()

    def run_one(self) -> bool:
        """Claim and run the oldest queued job; False when the queue is empty."""
        claimed = self._claim()
        if claimed is None:
            return False
        job_id, board_id, document_id, path, label, attempts = claimed
        if attempts > MAX_ATTEMPTS:
            self._fail(job_id, document_id, _interrupted(attempts - 1))
            return True
        try:
            data = self.sandbox.run("read", path, label, label=label)
        except CarryforwardError as exc:
            self._fail(job_id, document_id, exc.to_dict())
            return True
        self._finish(job_id, board_id, document_id, data)
        return True

    def _claim(self) -> tuple[int, int, int, str, str, int] | None:
        with self.db.session() as s:
            job = s.scalars(
                select(Job).where(Job.status == "queued").order_by(Job.id).limit(1)
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
            s.add(FindingsRow(board_id=board_id, document_id=document_id, data=data))
            document = s.get(DocumentRow, document_id)
            job = s.get(Job, job_id)
            board = s.get(Board, board_id)
            assert document is not None and job is not None and board is not None
            document.status, document.error, document.updated_at = "done", None, now()
            job.status, job.error, job.finished_at = "done", None, now()
            board.revision += 1
        log.info("document %s done", document_id)

    def _fail(self, job_id: int, document_id: int, error: dict[str, Any]) -> None:
        with self.db.session() as s:
            document = s.get(DocumentRow, document_id)
            job = s.get(Job, job_id)
            assert document is not None and job is not None
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
