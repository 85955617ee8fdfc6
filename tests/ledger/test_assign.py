"""The global one-to-one assignment beats greedy where greedy strands an item."""

from __future__ import annotations

import numpy as np

from nlp.ledger.assign import assign


def test_hungarian_beats_greedy() -> None:
    scores = np.array([[0.90, 0.88], [0.87, 0.10]])
    pairs = {(i, j) for i, j, _ in assign(scores, 0.5).pairs}
    assert pairs == {(0, 1), (1, 0)}


def test_threshold_forbidden_and_rectangular() -> None:
    scores = np.array([[0.9, 0.2, 0.0], [0.1, 0.3, 0.8]])
    assert {(i, j) for i, j, _ in assign(scores, 0.5).pairs} == {(0, 0), (1, 2)}
    assert {(i, j) for i, j, _ in assign(scores, 0.5, forbidden=[(0, 0)]).pairs} == {(1, 2)}
    assert assign(np.zeros((0, 3)), 0.5).pairs == ()


def test_large_component_falls_back_to_greedy() -> None:
    rng = np.random.default_rng(1)
    scores = rng.uniform(0.6, 1.0, size=(30, 30))
    result = assign(scores, 0.5, exact_limit=10)
    assert result.greedy_components == 1
    assert len(result.pairs) == 30
    exact = assign(scores, 0.5)
    assert sum(s for *_, s in exact.pairs) >= sum(s for *_, s in result.pairs) - 1e-9
