"""Periods as printed ("2017/18", "2017-19", "2018-2019", "April 2019 – March 2020")
turned into years that can be ordered and compared.

A period is (start, end): the calendar years its first and last months fall in, with a
financial year "2017/18" = (2017, 2018). A plan's action year is the start of the
period its actions are for; a report's year is the start of the period it reports on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.findings.model import Findings
from nlp.findings.text import year_ranges

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+((?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True, order=True)
class Period:
    start: int
    end: int

    @property
    def label(self) -> str:
        return f"{self.start}/{str(self.end)[-2:]}"


def parse_period(text: str | None) -> Period | None:
    """The years a printed period covers, or None when it names no year."""
    if not text:
        return None
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    months = _MONTH_YEAR.findall(text)
    if len(months) >= 2:
        first, last = int(months[0][1]), int(months[-1][1])
        if last >= first:
            return Period(first, max(last, first + (1 if last == first else 0)))
    for _m, start, end in year_ranges(text):
        if end > start:
            return Period(start, end)
    m = _YEAR.search(text)
    if m:
        year = int(m.group(1))
        return Period(year, year + 1)
    return None


def document_period(findings: Findings) -> Period | None:
    return parse_period(findings.document.period)


def action_year(findings: Findings) -> int | None:
    """The year a document's actions are for: the start of `action_period`."""
    period = action_period(findings)
    return period.start if period else None


def action_period(findings: Findings) -> Period | None:
    """The period a document's actions are for: `actions_period` when set, else the
    most common period printed on its actions, else the document's period."""
    info = findings.document
    period = parse_period(info.actions_period)
    if period is None:
        counts: dict[Period, int] = {}
        for action in findings.actions:
            p = parse_period(action.period)
            if p is not None:
                counts[p] = counts.get(p, 0) + 1
        if counts:
            period = max(sorted(counts), key=lambda p: counts[p])
    if period is None:
        period = parse_period(info.period)
    return period


def report_year(findings: Findings) -> int | None:
    """The year a document's progress rows report on: the start of its period."""
    period = parse_period(findings.document.period)
    return period.start if period else None


_KIND_ORDER = {"business_plan": 0, "accountability_report": 1, "annual_report": 2, "other": 3}


def order_key(findings: Findings) -> tuple[int, int, int, str, str]:
    """Documents by period (then kind, then name): never by file name first."""
    period = document_period(findings) or Period(9999, 9999)
    info = findings.document
    return (period.start, _KIND_ORDER.get(info.kind, 3), period.end, info.file, info.sha256)
