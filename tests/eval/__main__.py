"""`make eval`: every evaluator against the corpora's ground truth, one table each.

Each module in EVALUATORS has `run() -> dict` and prints its own table; the results
are written to out/eval.json.
"""

from __future__ import annotations

import sys

from tests.runner import run_all

EVALUATORS = ["findings", "links", "variants"]

if __name__ == "__main__":
    sys.exit(run_all("tests.eval", EVALUATORS, "eval.json"))
