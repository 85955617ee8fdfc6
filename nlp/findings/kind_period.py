"""Document kind, period, board and the year a plan's actions are for.

Read from the title, the cover (the first blocks) and the running headers, in that
order: the first kind phrase found wins, and the period is the one printed nearest
after it ("Annual Report 2017/18", "Business Plan 2017-19"). A plan "refreshed" or
"revised" in a month of a year inside its period has actions for the year that starts
then ("2017-19, refreshed March 2018" → actions 2018-19).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.model import Document, Heading, ListItem, Paragraph
from extract.text_rules import collapse_spaces
from nlp.findings.boards import find_board
from nlp.findings.kinds import decide
from nlp.findings.model import Kind, Reading
from nlp.periods import periods, year_ranges

_KINDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("accountability_report", re.compile(r"\baccountability\s+(?:report|statement)\b", re.I)),
    ("annual_report", re.compile(r"\bannual\s+(?:report|review)\b", re.I)),
    (
        "business_plan",
        re.compile(
            r"\b(?:business|improvement|strategic|delivery|work|implementation|three[\s-]year)"
            r"(?:\s+improvement)?\s+plan\b|\bplan\s+(?:for\s+)?(?:19|20)\d\d\b",
            re.I,
        ),
    ),
)
_REFRESH = re.compile(
    r"\b(?:refreshed|revised|updated|refresh|revision)\b[^.\n]{0,30}?\b((?:19|20)\d\d)\b", re.I
)
_COVER_BLOCKS = 14


@dataclass(frozen=True)
class KindPeriod:
    kind: Kind
    period: str | None
    actions_period: str | None
    board: str | None
    kind_reading: Reading | None = None
    board_reading: Reading | None = None


def cover_lines(document: Document) -> list[str]:
    """Title, then the first blocks' text (cover page), then running headers."""
    lines = [document.title or ""]
    for block in document.blocks[:_COVER_BLOCKS]:
        if isinstance(block, Heading | Paragraph | ListItem):
            lines.append(collapse_spaces(block.text))
    lines.extend(document.running_text)
    return [line for line in lines if line]


def find_kind_period(document: Document) -> KindPeriod:
    lines = cover_lines(document)
    kind: Kind = "other"
    period = None
    reading = None
    for i, line in enumerate(lines):
        for k, pattern in _KINDS:
            m = pattern.search(line)
            if m:
                kind, period = k, _period_near(lines, i, m.end())
                reading = Reading(0.95, f"'{m.group(0)}' on the cover")
                break
        if kind != "other":
            break
    if kind == "other":
        kind, reading = decide(lines, document.blocks)
    if period is None:
        period = next((found[0][1] for line in lines if (found := periods(line))), None)
    body = (collapse_spaces(b.text) for b in document.blocks if isinstance(b, Heading | Paragraph))
    board, board_reading = find_board(lines, body)
    return KindPeriod(kind, period, _actions_period(lines, period), board, reading, board_reading)


def _period_near(lines: list[str], index: int, offset: int) -> str | None:
    """The first period after the kind phrase on its line, else before it, else on the
    next two lines (a cover printing the years under the title)."""
    line = lines[index]
    after = [p for pos, p in periods(line) if pos >= offset - 1]
    if after:
        return after[0]
    before = periods(line)
    if before:
        return before[-1][1]
    for nxt in lines[index + 1 : index + 3]:
        found = periods(nxt)
        if found:
            return found[0][1]
    return None


def _actions_period(lines: list[str], period: str | None) -> str | None:
    found = next(year_ranges(period), None) if period and "-" in period else None
    if found is None:
        return None
    _m, first, last = found
    for line in lines:
        m = _REFRESH.search(line)
        if m:
            year = int(m.group(1))
            if first < year <= last:
                return f"{year}-{(year + 1) % 100:02d}" if year < last else None
    return None
