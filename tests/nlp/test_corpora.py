"""Every corpus file read end to end and scored against its truth.json.

Targets from the issue: priorities F1 >= 0.98, actions >= 0.95, progress rows >= 0.95,
status accuracy >= 0.90, kind and period accuracy 1.0, people F1 >= 0.85.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.evaluate import Score, evaluate
from service.cli.evaluate import find_file

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


@pytest.fixture(scope="module")
def score() -> Score:
    return evaluate(CORPORA, find_file)


def test_no_file_fails(score: Score) -> None:
    assert [f.file for f in score.files if f.error] == []


def test_kind_and_period(score: Score) -> None:
    assert score.kind_accuracy == 1.0
    assert score.period_accuracy == 1.0


@pytest.mark.parametrize(
    ("kind", "target"),
    [("priorities", 0.98), ("actions", 0.95), ("progress", 0.95), ("people", 0.85)],
)
def test_f1(score: Score, kind: str, target: float) -> None:
    assert score.counts(kind).f1 >= target


def test_status_accuracy(score: Score) -> None:
    assert score.status_accuracy >= 0.90
