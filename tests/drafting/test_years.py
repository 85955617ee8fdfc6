"""Advancing periods and the ordinals tied to them."""

from __future__ import annotations

import pytest

from drafting.build.years import advance_text
from nlp.periods import covers, next_period, parse_period


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2017/18", "2018/19"),
        ("2017-18", "2018-19"),
        ("2017/2018", "2018/2019"),
        ("2019/20", "2020/21"),
        ("1999/00", "2000/01"),
    ],
)
def test_next_period_keeps_the_style(period: str, expected: str) -> None:
    assert next_period(period) == expected


def test_parse_period_spans() -> None:
    assert parse_period("Business Improvement Plan 2017-19") == (2017, 2019)
    assert parse_period("no year here") is None
    assert covers("2017-19", 2018) and not covers("2017-19", 2019)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Accountability Report 2017/18", "Accountability Report 2018/19"),
        ("This is my second Accountability Report", "This is my third Accountability Report"),
        (
            "Overview of Progress – Year One: Plan 2017-19",
            "Overview of Progress – Year Two: Plan 2017-19",
        ),
        ("My second year as Chair", "My third year as Chair"),
        ("Actions 2017-18 of the 2016-18 plan", "Actions 2018-19 of the 2017-19 plan"),
        ("Reporting to my third CEO in 2016", "Reporting to my third CEO in 2016"),
    ],
)
def test_advance_text(text: str, expected: str) -> None:
    assert advance_text(text, "2017/18", "2018/19") == expected


def test_advance_by_two_years() -> None:
    assert advance_text("Year One of my first report", "2017/18", "2019/20") == (
        "Year Three of my third report"
    )
