"""A run killed mid-way (SIGKILL to its whole process group) resumes: the restarted
run reuses every cached document, computes only the rest, and its outputs are the
same as an uninterrupted run's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from service.batch.cache import Cache
from service.batch.run import BatchOptions, BatchResult, run_batch
from service.batch.version import PIPELINE_VERSION
from tests.batch.conftest import outputs, xlsx_values


def _kill_after(cmd: list[str], cache: Cache, entries: int, timeout: float = 120) -> None:
    proc = subprocess.Popen(
        cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + timeout
    try:
        while len(cache.entries()) < entries:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no cache entries appeared"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_a_killed_run_resumes_without_redoing_cached_documents(
    region: Path, pool_run: BatchResult, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    cache = Cache(out / ".cache", PIPELINE_VERSION)
    cli = [sys.executable, "-m", "service.cli", "batch", str(region), "--out", str(out)]
    _kill_after([*cli, "--workers", "2", "--quiet"], cache, entries=5)
    before = {p.name for p in cache.entries()}
    total = len(pool_run.documents)
    assert 5 <= len(before) < total

    resumed = run_batch(region, out, BatchOptions(workers=2, progress=False))
    reused = {cache.path(d.sha256, d.file).name for d in resumed.documents if d.cached}
    assert reused == before
    assert resumed.computed == total - len(before)
    assert resumed.cache_writes == resumed.computed  # the broken file's failure is kept too
    assert outputs(resumed.out) == outputs(pool_run.out)
    assert xlsx_values(resumed.out / "summary.xlsx") == xlsx_values(pool_run.out / "summary.xlsx")

    # Outputs deleted, cache kept: everything is rebuilt from the cache, nothing computed.
    for findings in (out / "boards").glob("*/findings/*.json"):
        findings.unlink()
    (out / "summary.csv").unlink()
    again = run_batch(region, out, BatchOptions(workers=1, progress=False))
    assert again.computed == 0 and again.cache_writes == 0
    assert outputs(again.out) == outputs(pool_run.out)
