"""Run a list of measurement modules (`make bench`, `make eval`) and keep their results.

Each module has `run() -> dict` and prints its own table; all results go to one JSON
file under out/.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path


def run_all(package: str, names: list[str], out_file: str) -> int:
    results: dict[str, object] = {}
    for name in names:
        print(f"\n== {name} ==")
        results[name] = importlib.import_module(f"{package}.{name}").run()
    out = Path("out")
    out.mkdir(exist_ok=True)
    (out / out_file).write_text(json.dumps(results, indent=2, default=str))
    print(f"\nresults written to out/{out_file}")
    return 0
