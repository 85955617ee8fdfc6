"""The hostile set through the service: each case uploaded to one board of the real
FastAPI app (real SQLite, real reader processes), and a valid upload to another board
just after it. A case passes when it ends in a clear refusal (a 4xx naming the file,
or a failed document whose reason is in our words), nothing is kept for it but the
refusal record (no bytes in the upload folder, none left in its temporary folder),
and the other board's file is read as when it is alone (the same findings), its
reading started before the hostile one ended (fair readers: it did not queue behind).

`seconds` is upload to refusal; `mb` the reader child's peak, from the worker's log.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from service.web.app import create_app
from service.web.store import people
from service.web.store.tables import Job
from tests.hostile import build
from tests.hostile.cases import Case
from tests.hostile.channels import DEADLINE, MEMORY_MB, Outcome, judge
from tests.service.conftest import PASSWORD, Board, make_settings, seed

READERS = 2
"""Reader processes: the CI machine's cores."""
POLL_S = 0.05
STALL_S = 10.0
"""A wait past any poll delay on a loaded machine: longer, and the other board's file
was kept waiting behind the hostile one. Fairness against a slow file proper is
tests/service/test_fair_readers.py's (a hanging PDF held to its deadline)."""
PEAK = re.compile(r"document (\d+) read in [\d.]+ s, reader peak (\d+) kB")


@dataclass
class Peaks(logging.Handler):
    """The reader peak the worker logs for each document it reads."""

    kb: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        logging.Handler.__init__(self, logging.INFO)

    def emit(self, record: logging.LogRecord) -> None:
        found = PEAK.search(record.getMessage())
        if found:
            self.kb[int(found.group(1))] = int(found.group(2))

    __hash__ = logging.Handler.__hash__


@dataclass
class Service:
    client: TestClient
    theirs: Board
    """The other board, whose valid uploads are read meanwhile."""
    peaks: Peaks
    boards: int = 0

    @property
    def services(self) -> Any:
        return self.client.app.state.services  # type: ignore[attr-defined]

    def new_board(self) -> Board:
        """A board of its own for one case (so that no case's bytes meet another's)."""
        self.boards += 1
        with self.services.db.session() as s:
            board = people.create_board(s, f"Hostile {self.boards}")
            email = f"hostile{self.boards}@example.org"
            user = people.create_user(s, email, "manager", PASSWORD, cost=2**10)
            people.set_role(s, user, board, "manager")
            token = people.issue_token(s, user)
            board_id = board.id
        return Board(self.client, board_id, self.theirs.id, {"manager": token})


@contextmanager
def running() -> Iterator[Service]:
    """A fresh service in a temporary folder, limits as the library channel's."""
    peaks = Peaks()
    logger = logging.getLogger("carryforward.jobs")
    logger.addHandler(peaks)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        with tempfile.TemporaryDirectory(prefix="hostile-service-") as folder:
            settings = make_settings(
                Path(folder) / "data",
                readers=READERS,
                job_timeout_s=DEADLINE,
                job_memory_mb=MEMORY_MB,
            )
            with TestClient(create_app(settings)) as client:
                first, second, tokens = seed(client)
                theirs = Board(client, second, first, {"manager": tokens["other"]})
                _warm(theirs)
                yield Service(client, theirs, peaks)
    finally:
        logger.removeHandler(peaks)
        logger.setLevel(level)


def _warm(board: Board) -> None:
    """Every reader process started and warm before the first case is timed."""
    files = [
        ("files", (f"warm{n}.docx", build.good_docx(f"Warm-up {n}."), "application/pdf"))
        for n in range(READERS)
    ]
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files)
    for doc in response.json()["documents"]:
        assert _wait(board, int(doc["id"]), timeout=600)["status"] == "done"


def _upload(board: Board, name: str, data: bytes) -> Any:
    files = [("files", (name, data, "application/octet-stream"))]
    return board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files)


def _document(board: Board, document_id: int) -> dict[str, Any]:
    url = f"/api/boards/{board.id}/documents/{document_id}"
    got: dict[str, Any] = board.as_("manager", "GET", url).json()
    return got


def _wait(board: Board, document_id: int, timeout: float = 3 * DEADLINE + 60) -> dict[str, Any]:
    end = time.monotonic() + timeout
    while True:
        doc = _document(board, document_id)
        if doc["status"] in ("done", "failed") or time.monotonic() > end:
            return doc
        time.sleep(POLL_S)


def _findings(board: Board, document_id: int) -> dict[str, Any]:
    url = f"/api/boards/{board.id}/documents/{document_id}/findings"
    got: dict[str, Any] = board.as_("manager", "GET", url).json()
    return got


def _stored_files(service: Service) -> set[Path]:
    return {p for p in service.services.blobs.root.rglob("*") if p.is_file()}


def _job_times(service: Service, document_id: int) -> tuple[Any, Any, Any]:
    with service.services.db.session() as s:
        job = s.scalars(select(Job).where(Job.document_id == document_id)).first()
        assert job is not None
        return job.created_at, job.started_at, job.finished_at


def through(service: Service, case: Case) -> Outcome:
    """`case` uploaded to a board of its own, a valid file to the other board just after."""
    board = service.new_board()
    before = _stored_files(service)
    data = case.build()
    start = time.perf_counter()
    response = _upload(board, case.filename, data)
    valid = f"The board will review its training offer, case {service.boards}."
    theirs = _upload(service.theirs, "plan.docx", build.good_docx(valid))
    own: int | None = None
    label: str | None
    if response.status_code >= 500:
        error: dict[str, Any] | None = {"error": "ParserCrash", "message": response.text[:200]}
        label = None
    elif response.status_code >= 400:
        error = response.json()
        label = error.get("file") if error else None
    else:
        (doc,) = response.json()["documents"]
        own = int(doc["id"])
        final = _wait(board, own)
        error = final.get("error") if final["status"] == "failed" else None
        label = doc.get("label")
        if final["status"] not in ("done", "failed"):
            error = {"error": "TooSlow", "message": f"still {final['status']}"}
    seconds = time.perf_counter() - start
    clear, detail = judge(case, error, label)
    if clear:
        clear, detail = _nothing_kept(service, board, own, before, error is None, detail)
    if clear:
        clear, detail = _theirs_unaffected(service, theirs, valid, own, detail)
    mb = service.peaks.kb.get(own, 0) / 1024 if own is not None else 0.0
    return Outcome(case.name, "service", clear, seconds, mb, detail)


def _nothing_kept(
    service: Service, board: Board, own: int | None, before: set[Path], read: bool, detail: str
) -> tuple[bool, str]:
    leftovers = list(service.services.blobs.tmp.iterdir())
    if leftovers:
        return False, f"left in the upload folder's tmp: {[p.name for p in leftovers]}"
    if read:  # a good file with a hostile name: kept, as any good file
        return True, detail
    added = _stored_files(service) - before
    mine = [p for p in added if service.services.blobs.path(board.id, p.name) == p]
    if mine:
        return False, f"bytes kept for a refused file: {[p.name for p in mine]}"
    if own is not None:
        doc = _document(board, own)
        if doc.get("status") != "failed" or not doc.get("error"):
            return False, f"no refusal record: {doc}"
    return True, detail


def _theirs_unaffected(
    service: Service, response: Any, valid: str, own: int | None, detail: str
) -> tuple[bool, str]:
    """The other board's file read in full, and not queued behind the hostile one:
    started before the hostile one ended, or within `STALL_S` of its upload."""
    if response.status_code != 201:
        return False, f"the other board's upload answered {response.status_code}"
    (doc,) = response.json()["documents"]
    theirs = int(doc["id"])
    final = _wait(service.theirs, theirs)
    if final["status"] != "done":
        return False, f"the other board's file was not read: {final}"
    findings = _findings(service.theirs, theirs)
    titles = [p["title"] for p in findings["priorities"]]
    if titles != ["Safer recruitment"] or valid not in json.dumps(findings):
        return False, f"the other board's findings are not its file's: {titles}"
    if own is not None:
        created, started, _ = _job_times(service, theirs)
        _, _, own_end = _job_times(service, own)
        waited = (started - created).total_seconds()
        if started > own_end and waited > STALL_S:
            return False, f"the other board's file waited {waited:.1f} s behind the hostile one"
    return True, detail
