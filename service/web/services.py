"""What the app holds while it runs: database, file store, reader processes, worker."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from service.reader import ReaderLimits, ReaderProcess, warm_up
from service.reader.tools import warm_tools
from service.web.auth import Sessions
from service.web.jobs import Worker, make_readers
from service.web.settings import Settings
from service.web.store.blobs import BlobStore
from service.web.store.db import Database, migrate

log = logging.getLogger("carryforward")


@dataclass
class Services:
    settings: Settings
    db: Database
    blobs: BlobStore
    sessions: Sessions
    readers: list[ReaderProcess]
    """Read uploads, one job each at a time (the job worker's, unless documents are read
    on a Dask cluster); each is started on first use and again after it died."""
    tools: ReaderProcess
    """Renders page images and compares drafts, so that a read never waits for them."""
    worker: Worker | None = None

    @classmethod
    def start(cls, settings: Settings) -> Services:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        db = Database(settings.url)
        migrate(db.engine)
        blobs = BlobStore(settings.data_dir / "blobs")
        blobs.sweep_temp()
        limits = ReaderLimits(seconds=settings.job_timeout_s, memory_mb=settings.job_memory_mb)
        services = cls(
            settings=settings,
            db=db,
            blobs=blobs,
            sessions=Sessions(settings.secret(), settings.session_max_age_s),
            readers=[ReaderProcess(limits, warm=warm_up) for _ in range(settings.readers)],
            tools=ReaderProcess(limits, warm=warm_tools),
        )
        if settings.worker:
            readers = make_readers(settings, services.readers)
            services.worker = Worker(db, blobs, readers, settings.worker_poll_s)
            services.worker.start()
        return services

    def wake_worker(self) -> None:
        if self.worker is not None:
            self.worker.wake.set()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        for reader in self.readers:
            reader.close()
        self.tools.close()
        self.db.dispose()
