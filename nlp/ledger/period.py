"""The ledger's reading of a document's years: which year a plan's actions are for,
and the order documents are linked in. Periods themselves are read by `nlp.periods`.
"""

from __future__ import annotations

import re
from collections import Counter

from nlp.findings.model import Findings
from nlp.periods import Period, parse_period

_MONTH_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_EARLY = ("jan", "feb", "mar")


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


_KIND_ORDER = {"business_plan": 0, "accountability_report": 1, "annual_report": 2, "other": 3}


def order_key(findings: Findings) -> tuple[int, int, int, str, str]:
    """Documents by period (then kind, then name): never by file name first."""
    info = findings.document
    period = parse_period(info.period) or Period(9999, 9999)
    return (period.start, _KIND_ORDER.get(info.kind, 3), period.end, info.file, info.sha256)


def timescale_year(findings: Findings) -> int | None:
    """The year a plan's actions are for, read from their deadlines ("March 2015",
    "July 2014"): each deadline falls in the financial year starting that April (a
    January–March deadline in the one before); the most common year wins, the earlier
    on a tie. None when fewer than two actions print a month and year.

    *Guess*: boards' plans run April to March and their actions are due within the
    plan's year. Used by the ledger only where the plan's own period says nothing (no
    period, or a multi-year period that another plan of the board shares)."""
    years: Counter[int] = Counter()
    dated = 0
    for action in findings.actions:
        found = _MONTH_YEAR.findall(action.timescale or "")
        if not found:
            continue
        dated += 1
        for month, year in found[:1]:
            years[int(year) - (month.lower()[:3] in _EARLY)] += 1
    if dated < 2 or not years:
        return None
    return max(sorted(years), key=lambda y: years[y])
