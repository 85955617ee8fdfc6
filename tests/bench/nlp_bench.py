"""Findings speed: `nlp.find` time per page on the generated 120-page report, against
extraction time of the same file in the same run.

The ratio is nlp / extraction; the target is <= 0.25 (the findings stage costs at most
25% on top of extraction). The spaCy pipeline is built once before timing, as the CLI
and the service do.

Run: `.venv/bin/python -m tests.bench.nlp_bench`
"""

from __future__ import annotations

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
    return result


if __name__ == "__main__":
    run()
