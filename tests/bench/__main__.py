"""`make bench`: every benchmark, each a ratio against a baseline run in the same process.

Each module in BENCHES has `run() -> dict` and prints its own table; the results are
written to out/bench.json.
"""

from __future__ import annotations

import sys

from tests.runner import run_all

BENCHES = [
    "extract_bench",
    "nlp_bench",
    "ledger_bench",
    "pipeline_bench",
    "batch_bench",
    "service_bench",
]

if __name__ == "__main__":
    sys.exit(run_all("tests.bench", BENCHES, "bench.json"))
