"""`make bench` (batch): documents per second with 1 and 2 local workers over a region
of at least 200 pages (the three corpora boards copied three times: 9 boards, 60
documents, 255 pages), the speedup, and peak memory per worker.

Every run starts with an empty output folder, so nothing comes from the cache (the
copies have the same bytes, but a run never shares work between its own documents).
Times are wall clock for the whole `run_batch` (pool start, every document, every
board's ledger and draft, the summary) and for the documents alone. The first run in a
process pays for cold imports and file caches (measured: 2 workers took 24 s cold and
19 s warm), so a one-board warm-up run comes first, then the 1- and 2-worker runs
alternate for ROUNDS rounds and the fastest of each counts. Peak memory per
worker is the larger of the worker process's peak RSS and the peak RSS of the child it
forks per document (`ru_maxrss`; the child's count includes pages it shares with the
worker). Other work on the machine slows the 2-worker run most: the load average is
printed with the result.
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from service.batch.run import BatchOptions, BatchResult, run_batch
from tests.conftest import CORPORA

BOARDS = ("harrowfield", "kestrelvale", "morrowby")
COPIES = 3
ROUNDS = 2
MIN_PAGES = 200
TARGET_SPEEDUP = 1.7


def make_region(root: Path, copies: int = COPIES) -> Path:
    region = root / f"region-{copies}"
    for copy in range(1, copies + 1):
        for board in BOARDS:
            target = region / f"{board}-{copy}"
            target.mkdir(parents=True)
            for path in (CORPORA / board).iterdir():
                if path.suffix in (".pdf", ".docx"):
                    shutil.copy2(path, target / path.name)
    return region


def _peak_per_worker(result: BatchResult) -> dict[int, int]:
    peaks: dict[int, int] = {}
    for job in result.documents:
        worker = (job.result or {}).get("worker") or {}
        if worker:
            peak = max(worker["maxrss_kb"], worker["child_maxrss_kb"])
            peaks[worker["pid"]] = max(peaks.get(worker["pid"], 0), peak)
    return peaks


def _cpu() -> float:
    """CPU seconds of this process and every finished descendant (pool workers and the
    children they fork per document)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _measure(region: Path, out: Path, workers: int) -> dict[str, Any]:
    before = _cpu()
    start = time.perf_counter()
    result = run_batch(region, out, BatchOptions(workers=workers, progress=False))
    wall = time.perf_counter() - start
    cpu = _cpu() - before
    docs = len(result.documents)
    assert not result.failed, result.failures
    assert result.computed == docs
    pages = sum(
        int(j.result["findings"]["document"]["pages"]) for j in result.documents if j.result
    )
    peaks = _peak_per_worker(result)
    return {
        "workers": workers,
        "documents": docs,
        "pages": pages,
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "documents_seconds": result.documents_seconds,
        "docs_per_s": round(docs / wall, 3),
        "docs_per_s_documents_only": round(docs / result.documents_seconds, 3),
        "peak_rss_mb_per_worker": sorted(round(kb / 1024) for kb in peaks.values()),
    }


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        root = Path(tmp)
        region = make_region(root)
        load = os.getloadavg()[0]
        _measure(make_region(root, copies=1), root / "warm-up", 2)
        runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
        for round_ in range(ROUNDS):
            for workers in (1, 2):
                runs[workers].append(_measure(region, root / f"out-{round_}-{workers}", workers))
        one, two = (min(runs[w], key=lambda r: r["seconds"]) for w in (1, 2))
    pages = one.pop("pages")
    two.pop("pages")
    assert pages >= MIN_PAGES, pages
    speedup = round(two["docs_per_s"] / one["docs_per_s"], 2)
    speedup_docs = round(two["docs_per_s_documents_only"] / one["docs_per_s_documents_only"], 2)
    result = {
        "cpus": os.cpu_count(),
        "rounds": ROUNDS,
        "load_average_before": round(load, 2),
        "pages": pages,
        "one_worker": one,
        "two_workers": two,
        "speedup": speedup,
        "speedup_documents_only": speedup_docs,
        "target_speedup": TARGET_SPEEDUP,
        "meets_target": speedup >= TARGET_SPEEDUP,
    }
    print(
        f"region: {one['documents']} documents, {pages} pages; {os.cpu_count()} CPUs, "
        f"load average {load:.2f} before the runs; fastest of {ROUNDS} rounds after a warm-up"
    )
    for r in (one, two):
        print(
            f"{r['workers']} worker(s): {r['seconds']:.1f} s ({r['cpu_seconds']:.0f} s CPU), "
            f"{r['docs_per_s']:.2f} docs/s "
            f"({r['docs_per_s_documents_only']:.2f} docs/s for the documents alone); "
            f"peak RSS per worker {r['peak_rss_mb_per_worker']} MB"
        )
    print(
        f"speedup 2 vs 1 worker: {speedup}x (documents alone {speedup_docs}x); "
        f"target >= {TARGET_SPEEDUP}x: {'met' if result['meets_target'] else 'NOT met'}"
    )
    return result


if __name__ == "__main__":
    run()
