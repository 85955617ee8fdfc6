"""The seed parser reads the whole report: every numbered paragraph and both tables."""

from __future__ import annotations

import pytest

from tests.seed.parse import load

SEED = load()
pytestmark = pytest.mark.skipif(SEED is None, reason="seed dump ../shared/seed absent")


def test_sections_and_paragraph_numbers() -> None:
    assert SEED is not None
    assert [s.number for s in SEED.sections] == ["1", "2", "3", "4", "5", "6"]
    counts = [len(s.paragraphs) for s in SEED.sections]
    assert counts == [2, 5, 19, 13, 6, 6]
    numbers = [p.number for p in SEED.paragraphs]
    assert numbers[9:13] == ["3.3", "3.3.1", "3.3.2", "3.3.3"]
    assert len(set(numbers)) == len(numbers)
    bullets = [p for p in SEED.paragraphs if p.items]
    assert [p.number for p in bullets] == ["6.3"] and len(bullets[0].items) == 4


def test_paragraphs_continued_over_page_breaks_are_joined() -> None:
    assert SEED is not None
    by_number = {p.number: p for p in SEED.paragraphs}
    for number in ("4.1", "4.7", "5.1"):
        assert by_number[number].text.endswith(".")


def test_plan_table() -> None:
    assert SEED is not None
    plan = SEED.plan
    assert plan.header == ("Strategic Priority", "Outcome", "Actions 2018-19")
    assert [r.priority_number for r in plan.rows] == ["1", "2", "3"]
    assert [len(r.outcomes) for r in plan.rows] == [5, 3, 1]
    assert [len(r.actions) for r in plan.rows] == [7, 4, 5]
    for row in plan.rows:
        assert [a.number for a in row.actions] == [str(i + 1) for i in range(len(row.actions))]
    assert [len(a.items) for a in plan.rows[1].actions] == [3, 0, 0, 3]


def test_progress_table() -> None:
    assert SEED is not None
    progress = SEED.progress
    assert progress.header == ("Planned Action (2017-19)", "Update (2017-18)")
    assert [r.number for r in progress.rows] == [str(i) for i in range(1, 14)]
    assert all(r.update for r in progress.rows)
    assert [len(r.items) for r in progress.rows][8:10] == [3, 5]


def test_key_functions_are_lettered() -> None:
    assert SEED is not None
    assert [i.number for i in SEED.key_functions] == [f"{c})" for c in "abcdefgh"]
