"""Periods: the one reading of the years a document, a plan or an action is for.

A period is a `Period(start, end)`: the years whose financial years it covers, end
excluded, so "2017/18" is (2017, 2018) and the plan period "2017-19" is (2017, 2019),
covering the years starting in 2017 and 2018. Every stage reads periods here:

- `printed_periods(text)` finds the periods *printed* in a document for the findings,
  in every style `parse_period` reads: pairs of years ("Business Plan 2017-19",
  "2017-2019", "2017 – 2019"), date ranges ("April 2017 to March 2018", "1st April
  2009 – 31st October 2010") and "the year ending 31 March 2018"; each normalised
  ("2017/18", "2017-19"). It is strict (one to three years) because a document prints
  many pairs of numbers that are not periods. `periods(text)` gives (offset,
  normalised) pairs of the same;
- `parse_period(text)` turns a period as stored or typed into years, for the ledger
  (ordering documents, matching plans to reports) and drafting (the year to draft):
  "2017/18", "2017-19", "2017-2019", "2018–2019", "2017 to 2018", a date range
  "April 2017 to March 2018", or a lone year "2021" (that year's financial year);
- `format_period`, `next_period`, `covers` and `report_year` do the arithmetic.

A date range counts whole years from its first month, rounded up: "April 2017 to
March 2018" and "1 April 2019 – 1 April 2020" are one year, "1st April 2009 – 31st
October 2010" runs seven months into a second financial year, so it is the financial
years 2009/10 and 2010/11, (2009, 2011). A pair that runs backwards ("2019/17") or
further than `MAX_SPAN` years is not a period.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from nlp.findings.model import Findings

MAX_SPAN = 5
"""A pair of years further apart than this is not a period (a range of years cited)."""

YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*([/\-–—]|\s+to\s+)\s*((?:19|20)?\d{2})(?!\d)")
"""Two years as a period is printed: "2017/18", "2017-2019", "2017 – 18", "2017 to 2018".
Groups: first year, separator, second year."""

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
DATE_RANGE = re.compile(
    r"\b((?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTHS + r"\s+)(\d{4})"
    r"(\s*(?:to|until|through|–|—|-)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTHS + r"\s+)"
    r"(\d{4})\b",
    re.IGNORECASE,
)
"""A range of dates: "April 2022 to March 2023", "1st April 2009 – 31st October 2010".
Groups: text before the first year (day and month), first year, text before the
second year (joiner, day and month), second year."""

YEAR_ENDING = re.compile(
    r"\byear\s+(?:ending|ended|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTHS + r"\s+(\d{4})\b",
    re.IGNORECASE,
)
"""A twelve-month year named by its last month: "the year ending 31 March 2018" is
2017/18 (a guess: the financial year that ends then). Group: the year it ends in."""
MAX_PRINTED_SPAN = 3
"""A printed period runs one to three years; longer pairs are ranges of years cited."""

_MONTH = re.compile(MONTHS, re.IGNORECASE)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FOUR_DIGITS = re.compile(r"\d{4}")


class Period(NamedTuple):
    start: int
    end: int


class Printed(NamedTuple):
    """A period as printed in a text: where it stands, its words and its years."""

    start: int
    end: int
    text: str
    period: str
    """Normalised: "2017/18", "2017-19"."""
    years: Period


def year_range(first: str, second: str) -> tuple[int, int]:
    """(start, end) years of a printed pair: ("2017", "18") → (2017, 2018). A two-digit
    second year is in the first's century, or the next one when that would run
    backwards ("1999/00" → (1999, 2000)). The pair is returned as printed otherwise,
    so callers check that it runs forward."""
    start = int(first)
    if len(second) == 4:
        return start, int(second)
    end = start // 100 * 100 + int(second)
    return start, end + 100 if end < start else end


def year_ranges(text: str) -> Iterator[tuple[re.Match[str], int, int]]:
    """Every printed pair of years in `text`: (match, start, end)."""
    for m in YEAR_RANGE.finditer(text):
        yield (m, *year_range(m.group(1), m.group(3)))


def periods(text: str) -> list[tuple[int, str]]:
    """Every period printed in `text` as (offset, normalised), in order
    (`printed_periods`)."""
    return [(p.start, p.period) for p in printed_periods(text)]


def printed_periods(text: str) -> list[Printed]:
    """Every period printed in `text`, in order, normalised: "2017/18", "2017-19".

    A pair of years keeps its slash; a dash, en dash or "to" becomes "-"; the second
    year is written with two digits ("2017-2019" and "2017 – 2019" are "2017-19"). A
    date range or a "year ending …" is written "2017/18" for one year and "2017-19"
    for more. Periods that do not run forward by one to three years are not periods
    (page ranges, phone numbers, years cited); the years inside a date range are not
    read again as a pair.
    """
    if _FOUR_DIGITS.search(text) is None:
        return []  # every pattern below needs a year of four digits
    out: list[Printed] = []
    for m in DATE_RANGE.finditer(text):
        years = _date_range_period(m)
        if years is not None and years.end - years.start <= MAX_PRINTED_SPAN:
            joiner = "/" if years.end - years.start == 1 else "-"
            out.append(_printed(m, years, joiner))
    for m in YEAR_ENDING.finditer(text):
        end = int(m.group(1))
        out.append(_printed(m, Period(end - 1, end), "/"))
    taken = [(p.start, p.end) for p in out]
    for m, first, last in year_ranges(text):
        if not 1 <= last - first <= MAX_PRINTED_SPAN:
            continue
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue  # the years of a date range already read
        joiner = "/" if m.group(2).strip() == "/" else "-"
        out.append(_printed(m, Period(first, last), joiner))
    return sorted(out)


def _printed(m: re.Match[str], years: Period, joiner: str) -> Printed:
    normalised = f"{years.start}{joiner}{years.end % 100:02d}"
    return Printed(m.start(), m.end(), m.group(0), normalised, years)


def parse_period(text: str | None) -> Period | None:
    """The years of the first period in `text` (a date range or a pair of years), else
    of a lone year; None when it names no period."""
    if not text:
        return None
    found = [(m.start(), _date_range_period(m)) for m in DATE_RANGE.finditer(text)]
    found += [(m.start(), Period(start, end)) for m, start, end in year_ranges(text)]
    if not found:
        year = _YEAR.search(text)
        return Period(int(year.group(1)), int(year.group(1)) + 1) if year else None
    return next(
        (
            p
            for _pos, p in sorted(found, key=lambda pos_p: pos_p[0])
            if p is not None and 0 < p.end - p.start <= MAX_SPAN
        ),
        None,
    )


def _date_range_period(m: re.Match[str]) -> Period | None:
    """The financial years a date range runs into, counted from its first month."""
    start, end = int(m.group(2)), int(m.group(4))
    months = (end - start) * 12 + _month_number(m.group(3)) - _month_number(m.group(1))
    if months < 0:
        return None
    return Period(start, start + max(1, math.ceil(months / 12)))


def _month_number(text: str) -> int:
    found = _MONTH.search(text)
    assert found is not None  # DATE_RANGE matched a month name in this group
    return _MONTH_NAMES.index(found.group(0)[:3].lower())


def format_period(start: int, end: int, like: str = "2000/01") -> str:
    """Write (start, end) in the style of `like` (separator and width of the end year)."""
    m = YEAR_RANGE.search(like)
    sep = m.group(2) if m else "/"
    long_end = bool(m and len(m.group(3)) == 4)
    end_text = f"{end}" if long_end else f"{end % 100:02d}"
    return f"{start}{sep}{end_text}"


def next_period(period: str) -> str:
    """The period after `period`, as long and in the same style ("2017/18" → "2018/19")."""
    parsed = parse_period(period)
    if parsed is None:
        raise ValueError(f"not a period: {period!r}")
    start, end = parsed
    span = end - start
    return format_period(start + span, end + span, like=period)


def covers(period: str | None, year_start: int) -> bool:
    """Whether `period` includes the year starting in `year_start`."""
    parsed = parse_period(period)
    return parsed is not None and parsed.start <= year_start < parsed.end


def report_year(findings: Findings) -> int | None:
    """The year a document reports on (and its progress rows report on): the start of
    its period."""
    period = parse_period(findings.document.period)
    return period.start if period else None
