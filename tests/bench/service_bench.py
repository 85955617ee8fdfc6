"""`make bench` (service): a real `carryforward serve` process on a free port with a
fresh SQLite data folder. Measures upload-to-done for the Harrowfield demo board (all
its files in one request), then p50/p99 latency of the main read endpoints under 20
concurrent clients, against `/api/me` (auth + one query) as the in-run baseline."""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from tests.service.conftest import HARROWFIELD
from tests.service.test_restart import Server, free_port, seed_board

CLIENTS = 20
REQUESTS = 400
"""Requests per endpoint, spread over the clients."""


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        token = seed_board(data)
        env = dict(os.environ, CARRYFORWARD_DATA_DIR=str(data), CARRYFORWARD_WORKER_POLL_S="0.1")
        server = Server(env, free_port(), Path(tmp) / "serve.log")
        server.start()
        try:
            result = _measure(server.base, {"Authorization": f"Bearer {token}"})
        finally:
            server.stop()
    _print(result)
    return result


def _measure(base: str, headers: dict[str, str]) -> dict[str, Any]:
    client = httpx.Client(base_url=base, headers=headers, timeout=120)
    files = [
        ("files", (p.name, p.read_bytes(), "application/octet-stream"))
        for p in sorted(HARROWFIELD.iterdir())
        if p.suffix in (".pdf", ".docx")
    ]
    t0 = time.perf_counter()
    ids = [d["id"] for d in client.post("/api/boards/1/documents", files=files).json()["documents"]]
    while True:
        docs = client.get("/api/boards/1/documents").json()
        if all(d["status"] in ("done", "failed") for d in docs):
            break
        time.sleep(0.1)
    upload_to_done = time.perf_counter() - t0
    t0 = time.perf_counter()
    draft = client.post("/api/boards/1/drafts", json={}).json()
    generate = time.perf_counter() - t0
    endpoints = {
        "me (baseline)": "/api/me",
        "documents": "/api/boards/1/documents",
        "findings": f"/api/boards/1/documents/{ids[0]}/findings",
        "ledger": "/api/boards/1/ledger",
        "draft": f"/api/boards/1/drafts/{draft['id']}",
    }
    latency = {name: asyncio.run(_hammer(base, headers, url)) for name, url in endpoints.items()}
    return {
        "files": len(files),
        "failed": sum(d["status"] == "failed" for d in docs),
        "upload_to_done_s": round(upload_to_done, 2),
        "generate_draft_s": round(generate, 2),
        "clients": CLIENTS,
        "latency_ms": latency,
    }


async def _hammer(base: str, headers: dict[str, str], url: str) -> dict[str, float]:
    times: list[float] = []
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:

        async def one_client(n: int) -> None:
            for _ in range(n):
                t = time.perf_counter()
                response = await client.get(url)
                response.raise_for_status()
                times.append((time.perf_counter() - t) * 1000)

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client(REQUESTS // CLIENTS) for _ in range(CLIENTS)))
        wall = time.perf_counter() - t0
    times.sort()
    return {
        "p50": round(statistics.median(times), 1),
        "p99": round(times[int(len(times) * 0.99) - 1], 1),
        "rps": round(len(times) / wall, 1),
    }


def _print(result: dict[str, Any]) -> None:
    print(
        f"upload-to-done ({result['files']} Harrowfield files, {result['failed']} failed): "
        f"{result['upload_to_done_s']} s; generate draft: {result['generate_draft_s']} s"
    )
    print(f"{'endpoint':<16}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>9}   ({CLIENTS} clients)")
    for name, lat in result["latency_ms"].items():
        print(f"{name:<16}{lat['p50']:>9}{lat['p99']:>9}{lat['rps']:>9}")


if __name__ == "__main__":  # pragma: no cover
    run()
