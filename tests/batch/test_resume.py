"""A run killed mid-way (SIGKILL to its whole process group, at a fixed point: inside
the write of its sixth cache entry) resumes: the restarted run sweeps the half-written
file, reuses every cached document, computes only the rest, and its outputs are the
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
from service.batch.tables_out import PARTIAL_WRITE
from service.batch.version import PIPELINE_VERSION
from tests.batch.conftest import outputs, xlsx_values

STOP_AT_WRITE = '''
"""The batch command, stopped for good inside `write_atomic` of its Nth cache entry:
the temporary file written, not yet moved into place (os.replace held)."""
import os, runpy, sys, time

real_replace, writes = os.replace, [0]


def replace(src, dst, *args, **kwargs):
    if str(dst).endswith(".json") and "/.cache/" in str(dst):
        writes[0] += 1
        if writes[0] == int(os.environ["STOP_AT"]):
            open(os.environ["MARKER"], "w").close()
            time.sleep(3600)
    return real_replace(src, dst, *args, **kwargs)


if __name__ == "__main__":  # not in the pool's spawned workers
    os.replace = replace
    sys.argv = ["carryforward", *sys.argv[1:]]
    runpy.run_module("service.cli", run_name="__main__")
'''
STOP_AT = 6
"""The cache write the run is killed in: 5 entries are whole, the 6th a `.tmp`."""


def _kill_in_write(args: list[str], tmp_path: Path, timeout: float = 180) -> None:
    """Run the batch command and SIGKILL its process group at a fixed point: inside
    `write_atomic` of cache entry `STOP_AT`, its temporary file on disk."""
    script, marker = tmp_path / "stop_at_write.py", tmp_path / "stopped"
    script.write_text(STOP_AT_WRITE)
    env = dict(os.environ, STOP_AT=str(STOP_AT), MARKER=str(marker))
    proc = subprocess.Popen(
        [sys.executable, str(script), *args],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + timeout
    try:
        while not marker.exists():
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run never reached the write"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_a_killed_run_resumes_without_redoing_cached_documents(
    region: Path, pool_run: BatchResult, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    cache = Cache(out / ".cache", PIPELINE_VERSION)
    _kill_in_write(["batch", str(region), "--out", str(out), "--workers", "2", "--quiet"], tmp_path)
    before = {p.name for p in cache.entries()}
    total = len(pool_run.documents)
    assert len(before) == STOP_AT - 1 < total
    assert len(list(out.rglob(PARTIAL_WRITE))) == 1  # the entry killed mid-write

    resumed = run_batch(region, out, BatchOptions(workers=2, progress=False))
    reused = {cache.path(d.sha256, d.file).name for d in resumed.documents if d.cached}
    assert reused == before
    assert resumed.computed == total - len(before)
    assert resumed.cache_writes == resumed.computed  # the broken file's failure is kept too
    assert not list(out.rglob(PARTIAL_WRITE)), "a killed write's .tmp outlived the resume"
    assert outputs(resumed.out) == outputs(pool_run.out)
    assert xlsx_values(resumed.out / "summary.xlsx") == xlsx_values(pool_run.out / "summary.xlsx")

    # Outputs deleted, cache kept: everything is rebuilt from the cache, nothing computed.
    for findings in (out / "boards").glob("*/findings/*.json"):
        findings.unlink()
    (out / "summary.csv").unlink()
    again = run_batch(region, out, BatchOptions(workers=1, progress=False))
    assert again.computed == 0 and again.cache_writes == 0
    assert outputs(again.out) == outputs(pool_run.out)
