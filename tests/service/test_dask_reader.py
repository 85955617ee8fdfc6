"""With `CARRYFORWARD_SCHEDULER` set, the worker reads documents on that Dask cluster:
the same findings as the local reader process, the same errors for a damaged or a
hanging file, and a failed document (not a crash, not a stuck job) when the scheduler
cannot be reached."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import distributed
import pytest
from fastapi.testclient import TestClient

from service.batch.remote import RemoteReader
from service.reader import ReaderLimits, ReaderProcess, read_document, warm_up
from service.web.app import create_app
from service.web.jobs import DaskReader
from tests.pdf_build import hanging_pdf
from tests.service.conftest import (
    HARROWFIELD,
    SMALL_SET,
    Board,
    make_settings,
    seed,
    upload,
    wait_done,
)

PDF = SMALL_SET[0]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


def serve(data_dir: Path, scheduler: str) -> Iterator[Board]:
    settings = make_settings(data_dir, scheduler=scheduler, job_timeout_s=60)
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


@pytest.fixture(scope="module")
def on_cluster(cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    yield from serve(tmp_path_factory.mktemp("dask") / "data", cluster.scheduler_address)


def findings(board: Board, label: str) -> Any:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    document = next(d for d in docs if d["label"] == label)
    url = f"/api/boards/{board.id}/documents/{document['id']}/findings"
    return board.as_("manager", "GET", url).json()


def test_a_document_read_on_the_cluster_has_the_local_findings(
    board: Board, on_cluster: Board
) -> None:
    response = upload(on_cluster, (PDF,))
    assert response.status_code == 201, response.text
    [document] = wait_done(on_cluster, [d["id"] for d in response.json()["documents"]])
    assert document["status"] == "done", document["error"]
    services = on_cluster.client.app.state.services  # type: ignore[attr-defined]
    assert [type(r) for r in services.worker.readers] == [DaskReader]
    assert all(r.process is None for r in services.readers)  # never started
    remote = findings(on_cluster, PDF)
    assert remote["sections"] and remote["progress"] and remote["people"]
    assert remote == findings(board, PDF)  # `board` read it in the local reader process


def test_a_damaged_file_fails_on_the_cluster_as_it_does_locally(
    on_cluster: Board, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes((HARROWFIELD / PDF).read_bytes()[:3000])  # header, no body
    response = upload(on_cluster, (broken.name,), folder=tmp_path)
    assert response.status_code == 201, response.text
    [document] = wait_done(on_cluster, [d["id"] for d in response.json()["documents"]])
    local = ReaderProcess(ReaderLimits(seconds=60), warm=warm_up)
    try:
        expected = local.read(str(broken), broken.name)
    finally:
        local.close()
    assert expected.error is not None and expected.error.error == "CorruptFile"
    assert document["status"] == "failed"
    assert document["error"] == expected.error.to_dict()


def test_a_hanging_file_stops_on_the_cluster_as_it_does_locally(cluster: Any) -> None:
    data, limits = hanging_pdf(), ReaderLimits(seconds=2)
    remote = RemoteReader(cluster.scheduler_address, seconds=limits.seconds)
    try:
        on_cluster = remote.read(data, "hang.pdf")
    finally:
        remote.close()
    here = read_document(data, label="hang.pdf", limits=limits)
    assert on_cluster.error is not None and on_cluster.error.error == "TooSlow"
    assert on_cluster.error == here.error
    assert on_cluster.sha256 == here.sha256


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_an_unreachable_scheduler_fails_the_document_with_a_reason(
    tmp_path: Path,
) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    for down in serve(tmp_path / "data", address):
        started = time.monotonic()
        response = upload(down, (SMALL_SET[1],))
        assert response.status_code == 201, response.text
        ids = [d["id"] for d in response.json()["documents"]]
        [document] = wait_done(down, ids, timeout=30)
        assert time.monotonic() - started < 15
        assert document["status"] == "failed"
        assert document["error"]["error"] == "JobFailed"
        message = document["error"]["message"]
        assert f"the Dask scheduler at {address} cannot be reached" in message
        assert "CARRYFORWARD_SCHEDULER" in message
        listed = down.as_("manager", "GET", f"/api/boards/{down.id}/documents")
        assert listed.status_code == 200  # the service goes on answering
