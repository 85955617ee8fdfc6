"""`make bench`: every benchmark, each a ratio against a baseline run in the same process.

Each module in BENCHES has `run() -> dict` and prints its own table.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

BENCHES = ["extract_bench", "nlp_bench", "ledger_bench", "batch_bench", "service_bench"]


def main() -> int:
    results: dict[str, object] = {}
    for name in BENCHES:
        try:
            module = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"tests.bench.{name}":
                raise
            print(f"(skipped {name}: not written yet)")
            continue
        print(f"\n== {name} ==")
        results[name] = module.run()
    out = Path("out")
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2, default=str))
    print("\nresults written to out/bench.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
