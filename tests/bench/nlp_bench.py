"""Findings speed: `nlp.find` time per page on the generated 120-page report, against
extraction time of the same file in the same run.

The ratio is nlp / extraction; the target is <= 0.25 (the findings stage costs at most
25% on top of extraction). The spaCy pipeline is built once before timing, as the CLI
and the service do.

Also extraction in a process holding spaCy (issue 21): the same file extracted in fresh
child processes with no spaCy, with the pipeline loaded (as `get_nlp` leaves it: its
objects frozen out of the garbage collector's reach) and with the pipeline loaded but
unfrozen. Ratios against the spaCy-free child; each child takes its best of 3.

Run: `.venv/bin/python -m tests.bench.nlp_bench`
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import nlp
from extract import extract
from nlp.findings.pipeline import get_nlp
from tests.bench.reports import long_report


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run(pages: int = 120) -> dict[str, Any]:
    get_nlp()
    data = long_report(pages)
    document = extract(data, filename="bench.pdf")
    extract_s = _best(lambda: extract(data, filename="bench.pdf"), 2)
    nlp_s = _best(lambda: nlp.find(document), 3)
    n = max(document.pages, 1)
    result = {
        "pages": n,
        "extract_ms_per_page": round(1000 * extract_s / n, 2),
        "nlp_ms_per_page": round(1000 * nlp_s / n, 2),
        "ratio": round(nlp_s / extract_s, 3),
    }
    print(
        f"{n} pages: extract {result['extract_ms_per_page']} ms/page, "
        f"findings {result['nlp_ms_per_page']} ms/page, "
        f"ratio {result['ratio']} (target <= 0.25)"
    )
    result["extract_beside_spacy"] = extraction_beside_spacy()
    return result


_CHILD = """
import gc, sys, time
from extract import extract
from tests.bench.reports import long_report
data = long_report(int(sys.argv[2]))
if sys.argv[1] != "none":
    from nlp.findings.pipeline import get_nlp
    get_nlp()
    if sys.argv[1] == "unfrozen":
        gc.unfreeze()
best = None
for _ in range(3):
    start = time.perf_counter()
    extract(data, filename="bench.pdf")
    took = time.perf_counter() - start
    best = took if best is None else min(best, took)
print(best)
"""


def _child_seconds(mode: str, pages: int) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(pages)], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def extraction_beside_spacy(pages: int = 60) -> dict[str, float]:
    alone = _child_seconds("none", pages)
    frozen = _child_seconds("frozen", pages)
    unfrozen = _child_seconds("unfrozen", pages)
    result = {
        "pages": pages,
        "alone_s": round(alone, 3),
        "with_spacy_frozen_ratio": round(frozen / alone, 3),
        "with_spacy_unfrozen_ratio": round(unfrozen / alone, 3),
    }
    print(
        f"extraction of {pages} pages beside spaCy, vs a process without it: "
        f"frozen {result['with_spacy_frozen_ratio']}x, "
        f"unfrozen {result['with_spacy_unfrozen_ratio']}x"
    )
    return result


if __name__ == "__main__":
    run()
