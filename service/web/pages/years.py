"""Periods shown in one style on every page: "2019-20", "2019/20" and "2019/2020" all
read "2019/20" (`nlp.periods` reads them; anything it cannot read is shown as given)."""

from __future__ import annotations

from nlp.periods import format_period, parse_period

STYLE = "2000/01"


def one_style(period: str | None) -> str:
    if not period:
        return ""
    parsed = parse_period(period)
    return format_period(parsed.start, parsed.end, like=STYLE) if parsed else period
