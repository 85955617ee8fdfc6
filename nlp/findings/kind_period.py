"""Document kind, period, board and the year a plan's actions are for.

The kind is read from the title, the cover (the first blocks) and the running
headers, in that order: the first kind phrase found wins.

The period is decided by an explicit precedence of sources (`period_sources.RANKS`):
the period printed nearest after the kind phrase ("Annual Report 2017/18", "Business
Plan" / "2017-19" on the next line), then any other period of the title and cover
page, the running headers, a sentence of the first pages naming the document's own
period, for a plan the year its actions are said to be for, a table cell, and last
any mention in the text that is not attributed to another document.

The year a plan's actions are for (`actions_period`): an action column header, or a
heading or caption naming the actions' year ("Actions 2017-18"), outranks the
cover's guess that a plan "refreshed" or "revised" in a month of a year inside its
period has actions for the year that starts then ("2017-19, refreshed March 2018" →
actions 2018-19).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extract.model import Document, Heading, ListItem, Paragraph
from extract.text_rules import collapse_spaces
from nlp.findings.boards import find_board
from nlp.findings.kinds import decide
from nlp.findings.model import Kind, Reading
from nlp.findings.period_sources import (
    PeriodCandidate,
    action_candidates,
    attributed_elsewhere,
    body_candidates,
    candidate,
    cover_candidates,
    cover_page,
    joined,
    quote,
    running_candidates,
    self_candidates,
    spanned,
    table_candidates,
)
from nlp.periods import printed_periods, year_ranges

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
    period_reading: Reading | None = None


def cover_lines(document: Document) -> list[str]:
    """Title, then the first blocks' text (cover page), then running headers."""
    lines = [document.title or ""]
    for block in document.blocks[:_COVER_BLOCKS]:
        if isinstance(block, Heading | Paragraph | ListItem):
            lines.append(collapse_spaces(block.text))
    lines.extend(document.running_text)
    return [line for line in lines if line]


def _sentence(line: str) -> bool:
    """A line that reads as a sentence, not a title: it ends with a full stop or a
    colon, or runs past ten words (guess)."""
    return line.rstrip().endswith((".", ":")) or len(line.split()) > 10


def find_kind_period(document: Document) -> KindPeriod:
    lines = cover_lines(document)
    kind: Kind = "other"
    near: PeriodCandidate | None = None
    reading = None
    in_sentence: tuple[Kind, PeriodCandidate | None, Reading] | None = None
    for i, line in enumerate(lines):
        for k, pattern in _KINDS:
            m = pattern.search(line)
            if m:
                found = (k, _period_near(document, lines, i, m, k))
                if i and _sentence(line):
                    # Guess: a kind phrase inside a sentence of the cover ("Our plan for
                    # 2013/14 set these priorities:") may name another document; it
                    # decides only when title nouns and content say nothing.
                    cue = f"'{m.group(0)}' in a sentence on the cover"
                    in_sentence = in_sentence or (*found, Reading(0.6, cue))
                    continue
                kind, near = found
                reading = Reading(0.95, f"'{m.group(0)}' on the cover")
                break
        if kind != "other":
            break
    body = (collapse_spaces(b.text) for b in document.blocks if isinstance(b, Heading | Paragraph))
    board, board_reading = find_board(lines, body)
    if kind == "other":
        kind, reading = decide(lines, document.blocks, board)
        if kind == "other" and in_sentence:
            kind, near, reading = in_sentence
    chosen, actions, period_reading = decide_period(document, kind, lines, near)
    period = chosen.period if chosen else None
    return KindPeriod(kind, period, actions, board, reading, board_reading, period_reading)


def _line_source(document: Document, lines: list[str], index: int) -> str | None:
    """Which source the line with the kind phrase is: the title (the document's title
    or a line of its cover page), a running header, or None (a line of the text)."""
    if index == 0 and document.title and lines[0] == document.title:
        return "title"
    if index >= len(lines) - len([t for t in document.running_text if t]):
        return "running"
    return "title" if lines[index] in cover_page(document) else None


def _period_near(
    document: Document, lines: list[str], index: int, m: re.Match[str], kind: Kind
) -> PeriodCandidate | None:
    """The first period after the kind phrase on its line or the next two lines of the
    cover page (a cover printing the years under the title, a title wrapped over lines
    or paragraphs), else the last before it on its line."""
    source = _line_source(document, lines, index)
    if source is None:
        return None
    cover = set(cover_page(document)) if source == "title" else set()
    window = [lines[index]]
    for line in lines[index + 1 : index + 3]:
        if line not in cover:
            break
        window.append(line)
    text, starts = joined(window)
    line_end = len(lines[index])
    for p in printed_periods(text):
        if p.start < m.end() - 1:
            continue
        if p.start >= line_end and attributed_elsewhere(text, p, kind):
            continue
        shown = spanned(text, starts, 0, p.end)
        return candidate(p, source, f"{source} '{quote(shown, p.end)}'")
    before = [p for p in printed_periods(lines[index]) if p.start < m.end() - 1]
    if before:
        return candidate(before[-1], source, f"{source} '{quote(lines[index], before[-1].end)}'")
    return None


def decide_period(
    document: Document, kind: Kind, lines: list[str], near: PeriodCandidate | None
) -> tuple[PeriodCandidate | None, str | None, Reading | None]:
    """(the document's period, the actions' period when narrower or other, the reading)
    by the precedence of `period_sources.RANKS`."""
    plan = kind == "business_plan"
    acts = _action_pick(action_candidates(document), plan)
    ordered: list[PeriodCandidate] = [near] if near else []
    ordered += cover_candidates(document, kind) + running_candidates(document, kind)
    ordered += self_candidates(document, kind)
    ordered += [acts] if acts and plan else []
    ordered += table_candidates(document, kind) + body_candidates(document, kind)
    chosen = max(ordered, key=lambda c: c.confidence, default=None)  # first of the best
    if chosen is None:
        return None, None, Reading(0.2, "no period printed in the title, cover, headers or text")
    cue = chosen.cue
    if chosen.source == "actions":
        cue += " (no period on the cover)"
    actions = None
    refresh = _refresh_period(lines, chosen.period)
    if acts is not None and acts.years != chosen.years:
        actions = acts.period
        cue += f"; actions {acts.period}: {acts.cue}"
        if refresh and refresh != acts.period:
            cue += f" (outranks the cover's refresh guess {refresh})"
        elif chosen.years[0] <= acts.years[0] and acts.years[1] <= chosen.years[1]:
            cue += f" (outranks the cover's {chosen.period})"
        else:
            cue += f" (a year other than the document's {chosen.period})"
    elif acts is None and refresh is not None:
        actions = refresh
        cue += f"; actions {refresh}: refreshed in its second year (cover)"
    return chosen, actions, Reading(chosen.confidence, cue)


def _action_pick(found: list[PeriodCandidate], plan: bool) -> PeriodCandidate | None:
    """The actions' year: from the action column headers when any name one (only
    those in a report: a report's headings name the work done), else from headings and
    captions; the most common, the first on a tie."""
    headers = [c for c in found if c.cue.startswith("action column")]
    pool = headers or (found if plan else [])
    if not pool:
        return None
    counts = Counter(c.period for c in pool)
    best = max(counts.values())
    return next(c for c in pool if counts[c.period] == best)


def _refresh_period(lines: list[str], period: str | None) -> str | None:
    """A multi-year plan "refreshed" or "revised" in a year inside its period has
    actions for the year starting then (a guess read from the cover)."""
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
