"""`make eval`: every evaluator against the corpora's ground truth, one table each.

Each module in EVALUATORS has `run() -> dict` and prints its own table; the results
are written to out/eval.json.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

EVALUATORS = ["findings", "links"]


def main() -> int:
    results: dict[str, object] = {}
    for name in EVALUATORS:
        try:
            module = importlib.import_module(f"tests.eval.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"tests.eval.{name}":
                raise
            print(f"(skipped {name}: not written yet)")
            continue
        print(f"\n== {name} ==")
        results[name] = module.run()
    out = Path("out")
    out.mkdir(exist_ok=True)
    (out / "eval.json").write_text(json.dumps(results, indent=2, default=str))
    print("\nresults written to out/eval.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
