"""A document's kind from what it holds, when its title names no kind.

Titles need not name a kind ("Keeping Families Safe 2017/18"), so the content is
scored on its own, with English grammar only (no board's words):

1. a table with an update column (a progress table) makes a report;
2. table cells that report past or ongoing work (`cell_content.is_report`): a
   report's progress table pairs each action with what was done, whatever its
   headers say, so reporting cells at least `_REPORT_SHARE` of the stating cells make
   a report; a plan's cells state intentions and rarely report;
3. plan tables (actions, no update column), or at least three intentions (imperative
   or "We will…" cells, list items and paragraphs) with almost no reporting cells
   (one, or a tenth), make a plan;
4. last, the prose's tense: past forms ("was", "were", "has been") outnumbering
   future ones ("will", "shall") two to one make a report, and the reverse a plan.

Guesses, each named in `nlp/README.md`: the shares and counts, that table cells
outrank prose (a plan's foreword looks back on last year), and the tense words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.model import Block, ListItem, Paragraph, Table
from nlp.findings.cell_content import is_intention, is_report
from nlp.findings.plan_tables import is_plan
from nlp.findings.tables import table_runs
from nlp.findings.text import block_line, cell_text

_REPORT_SHARE = 0.3  # reporting cells among the stating cells of a report (guess)
_PLAN_SHARE = 0.1  # at most this share (or one) of reporting cells in a plan (guess)
_MIN_STATEMENTS = 3
_MIN_WORDS = 4  # shorter cells are values (status, dates, names), not statements
_FUTURE = re.compile(r"\b(?:will|shall)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|(?:has|have)\s+been)\b", re.I)


@dataclass(frozen=True)
class ContentKind:
    kind: str  # "plan" | "report"
    confidence: float
    cue: str


@dataclass
class _Counts:
    cells_reporting: int = 0
    cells_intending: int = 0
    items_intending: int = 0  # list items and paragraphs stating an intention
    past: int = 0
    future: int = 0


def _count(blocks: tuple[Block, ...]) -> _Counts:
    counts = _Counts()
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows[1:]:
                for cell in row.cells:
                    text = cell_text(cell)
                    if len(text.split()) < _MIN_WORDS:
                        continue
                    counts.cells_reporting += is_report(text)
                    counts.cells_intending += is_intention(text)
        elif isinstance(block, ListItem | Paragraph):
            text = block_line(block)
            if len(text.split()) < _MIN_WORDS:
                continue
            counts.items_intending += is_intention(text)
            if isinstance(block, Paragraph):
                counts.past += len(_PAST.findall(text))
                counts.future += len(_FUTURE.findall(text))
    return counts


def content_kind(blocks: tuple[Block, ...]) -> ContentKind | None:
    """The kind the content shows (signals 1–4 of the module), or None."""
    plan_table = progress_table = False
    for run in table_runs(blocks):
        if run.columns.has("update"):
            progress_table = True
        elif is_plan(run.columns):
            plan_table = True
    if progress_table:
        return ContentKind("report", 0.65, "progress table (update column)")
    c = _count(blocks)
    stating = c.cells_reporting + c.cells_intending
    if c.cells_reporting >= _MIN_STATEMENTS and c.cells_reporting >= _REPORT_SHARE * stating:
        cue = f"{c.cells_reporting} of {stating} table statements report past or ongoing work"
        return ContentKind("report", 0.6, cue)
    intending = c.cells_intending + c.items_intending
    few_reports = c.cells_reporting <= max(1.0, _PLAN_SHARE * stating)
    if plan_table and few_reports:
        return ContentKind("plan", 0.65, "plan tables")
    if intending >= _MIN_STATEMENTS and few_reports:
        return ContentKind("plan", 0.6, f"{intending} statements of intended actions")
    if c.past >= 2 and c.past >= 2 * c.future:
        return ContentKind("report", 0.5, f"prose in the past ({c.past} past, {c.future} future)")
    if c.future >= 2 and c.future >= 2 * c.past:
        cue = f"prose in the future ({c.future} future, {c.past} past)"
        return ContentKind("plan", 0.5, cue)
    return None
