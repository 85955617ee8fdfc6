"""Findings precision / recall / F1 against every `corpora/*/truth.json`.

Priorities, actions, progress rows and people matched by text similarity; status,
kind and period accuracy (see `nlp/evaluate.py`). Prints one table and the per-file
misses; returns the scores as a dict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console

from nlp.evaluate import evaluate
from service.cli.evaluate import find_file, print_breakdown, score_table

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def run(verbose: bool = False) -> dict[str, Any]:
    score = evaluate(CORPORA, find_file)
    console = Console()
    console.print(score_table(score, title="findings vs corpora/*/truth.json"))
    if verbose:
        print_breakdown(console, score)
    result: dict[str, Any] = score.to_dict()
    return result


if __name__ == "__main__":
    run(verbose=True)
