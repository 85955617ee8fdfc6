"""Where a document prints its period: candidates, each with its source and confidence.

`kind_period` decides between them by rank (`RANKS`, strongest first):

- **title**: the period printed with the kind phrase ("Annual Report 2017/18"), or
  anywhere in the title; a title wrapped over lines or paragraphs is read joined
  ("Annual Report" / "April 2016 to March 2017");
- **cover**: any other line of the cover page (the first page of a PDF; the short
  lines before the first sentence of a Word file, a cover box's cells included);
- **running**: the running headers and footers;
- **self**: a sentence of the first pages naming the document's own period ("This
  report covers …", "for the reporting year …");
- **actions**: an action column header or a heading or caption naming the actions' year
  ("Actions 2017-18", "Our actions for 2018/19"); the plan's `actions_period`, and the
  period of a plan that prints no other;
- **table**: a table cell;
- **body**: any other mention, lowest.

Outside the title, a period that its words attribute to another document is never a
candidate ("progress against the 2015-17 plan" in a report, "last year's report
2016/17"): see `attributed_elsewhere`. Ranks, confidences and the cue words are
guesses (nlp/README.md, "Periods").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from extract.model import Block, Document, Heading, ListItem, Paragraph, Table
from extract.text_rules import collapse_spaces
from nlp.findings.columns import column_role
from nlp.findings.kinds import PLAN_NOUNS, REPORT_NOUNS
from nlp.findings.model import Kind
from nlp.findings.plan_tables import is_plan, is_priority_table
from nlp.findings.tables import table_runs
from nlp.periods import Printed, printed_periods

RANKS: dict[str, float] = {
    "title": 0.95,
    "cover": 0.9,
    "running": 0.85,
    "self": 0.8,
    "actions": 0.7,
    "table": 0.5,
    "body": 0.4,
}
"""Source kind -> confidence of a period read from it, strongest first (a guess)."""

_COVER_BLOCKS = 14
_SHORT_LINE = 12
_FIRST_PAGES = 3
_FIRST_BLOCKS = 40
_CUE_CHARS = 80

# Guess: words that put a period on another document than this one.
_OTHER = frozenset(
    {"last", "previous", "prior", "preceding", "former", "earlier", "next", "new", "old"}
)
# Guess: a sentence naming the document itself or its year.
_SELF = re.compile(
    r"\bthis\s+(?:[\w'’-]+\s+){0,3}?(?:report|plan|document|strategy|review|statement|"
    r"summary|edition)\b|\b(?:reporting|financial)\s+(?:year|period)\b|"
    r"\bperiod\s+(?:covered|of\s+this)\b|\byear\s+(?:ending|ended)\b|\bcover(?:s|ing)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


@dataclass(frozen=True)
class PeriodCandidate:
    period: str
    """Normalised, as the contract prints it: "2017/18", "2017-19"."""
    source: str
    """A key of `RANKS`."""
    cue: str
    years: tuple[int, int]

    @property
    def confidence(self) -> float:
        return RANKS[self.source]


def candidate(printed: Printed, source: str, cue: str) -> PeriodCandidate:
    return PeriodCandidate(printed.period, source, cue, printed.years)


def quote(text: str, end: int | None = None) -> str:
    """A cue's quotation of `text`, shortened to what ends at offset `end` (a period's
    end) when long, so the period stays in it."""
    text = collapse_spaces(text) if end is None else text
    if len(text) <= _CUE_CHARS:
        return text
    if end is not None and end > _CUE_CHARS - 1:
        return "…" + text[max(0, end - _CUE_CHARS + 1) : end].lstrip()
    return text[: _CUE_CHARS - 1] + "…"


# --- where the cover is ---------------------------------------------------------


def cover_page(document: Document) -> list[str]:
    """The cover page's lines: the blocks of a PDF's first page, or a Word file's short
    lines before its first sentence (the cells of a cover box included)."""
    blocks = document.blocks[:_COVER_BLOCKS]
    first_page = next((b.source.page for b in blocks), None)
    out: list[str] = []
    for block in blocks:
        if first_page is not None and block.source.page != first_page:
            break
        lines = _lines(block)
        if first_page is None and any(_is_sentence(line) for line in lines):
            break
        out.extend(lines)
    return [line for line in out if line]


def _lines(block: Block) -> list[str]:
    if isinstance(block, Table):
        return [
            collapse_spaces(b.text) for row in block.rows for cell in row.cells for b in cell.blocks
        ]
    if isinstance(block, Heading | Paragraph | ListItem):
        return [collapse_spaces(block.text)]
    return []


def _is_sentence(line: str) -> bool:
    return len(line.split()) > _SHORT_LINE or line.endswith(".")


def joined(lines: Sequence[str]) -> tuple[str, list[int]]:
    """The lines joined with one space, and where each line starts in the joined text:
    a period wrapped over two lines ("1st April 2017 –" / "31st March 2018") reads whole."""
    starts, text = [], ""
    for line in lines:
        starts.append(len(text) + (1 if text else 0))
        text = f"{text} {line}" if text else line
    return text, starts


def spanned(text: str, starts: list[int], a: int, b: int) -> str:
    """The whole lines of a joined text that the characters a..b fall on."""
    first = max(k for k, s in enumerate(starts) if s <= a)
    last = max(k for k, s in enumerate(starts) if s < b)
    end = starts[last + 1] - 1 if last + 1 < len(starts) else len(text)
    return text[starts[first] : end]


# --- what a period is said to be of ----------------------------------------------


def attributed_elsewhere(text: str, printed: Printed, kind: Kind, *, title: bool = False) -> bool:
    """Whether the words around a period give it to another document: a word such as
    "last", "previous" or "next" near it, or a document noun of the other kind ("the
    2015-17 plan" in a report, "the 2016/17 report" in a plan). A guess from four words
    before the period and three after; a noun of the document's own kind does not
    count ("this plan 2017-19", "the 2017-19 plan" in that plan). In the document's own
    `title` only the noun counts: "Next Steps for Partners 2017/18" names itself (guess)."""
    before = [w.lower() for w in _WORD.findall(text[: printed.start])][-4:]
    after = [w.lower() for w in _WORD.findall(text[printed.end :])][:3]
    near = before + after
    if not title and _OTHER & set(near):
        return True
    own = PLAN_NOUNS if kind == "business_plan" else REPORT_NOUNS if kind != "other" else set()
    other = (PLAN_NOUNS | REPORT_NOUNS) - own
    return bool(other & set(near))


def _unattributed(
    lines: Iterable[str], kind: Kind, *, title: bool = False
) -> Iterator[tuple[str, Printed]]:
    for line in lines:
        for p in printed_periods(line):
            if not attributed_elsewhere(line, p, kind, title=title):
                yield line, p


# --- the sources ----------------------------------------------------------------


def cover_candidates(document: Document, kind: Kind) -> list[PeriodCandidate]:
    """Periods of the title (from the document's title) and of the cover page, read with
    the cover's lines joined."""
    out = [
        candidate(p, "title", f"title '{quote(line, p.end)}'")
        for line, p in _unattributed([collapse_spaces(document.title or "")], kind, title=True)
    ]
    lines = cover_page(document)
    text, starts = joined(lines)
    for p in printed_periods(text):
        if not attributed_elsewhere(text, p, kind):
            out.append(
                candidate(p, "cover", f"cover '{quote(spanned(text, starts, p.start, p.end))}'")
            )
    return out


def running_candidates(document: Document, kind: Kind) -> list[PeriodCandidate]:
    return [
        candidate(p, "running", f"running header '{quote(line, p.end)}'")
        for line, p in _unattributed(document.running_text, kind)
    ]


def self_candidates(document: Document, kind: Kind) -> list[PeriodCandidate]:
    """Sentences of the first pages that name the document's own period."""
    out = []
    for block in _first_pages(document.blocks):
        for sentence in re.split(r"(?<=[.!?])\s+", collapse_spaces(block.text)):
            if not _SELF.search(sentence):
                continue
            for _line, p in _unattributed([sentence], kind):
                cue = f"sentence naming the document '{quote(sentence, p.end)}'"
                out.append(candidate(p, "self", cue))
    return out


def _first_pages(blocks: Sequence[Block]) -> Iterator[Heading | Paragraph | ListItem]:
    for k, block in enumerate(blocks):
        page = block.source.page
        if (page is not None and page > _FIRST_PAGES) or (page is None and k >= _FIRST_BLOCKS):
            return
        if isinstance(block, Heading | Paragraph | ListItem):
            yield block


def action_candidates(document: Document) -> list[PeriodCandidate]:
    """The year the actions are for, as a plan table's action column header names it
    (first), or a heading or caption naming actions ("Actions 2014-15", "What we will
    do in 2018/19": its words, the period taken out, read as an action column header)."""
    out: list[PeriodCandidate] = []
    for run in table_runs(document.blocks):
        cols = run.columns
        if not (is_plan(cols) or is_priority_table(cols)):
            continue
        col = cols.col("action")
        title = cols.titles.get(col, "") if col is not None else ""
        for p in printed_periods(title):
            if not _other_year(title, p):
                cue = f"action column header '{quote(title, p.end)}'"
                out.append(candidate(p, "actions", cue))
    for block in document.blocks:
        if not isinstance(block, Heading | Paragraph) or _is_sentence(collapse_spaces(block.text)):
            continue
        line = collapse_spaces(block.text)
        found = [p for p in printed_periods(line) if not _other_year(line, p)]
        if found and _names_actions(line, found):
            what = "heading" if isinstance(block, Heading) else "caption"
            out.extend(candidate(p, "actions", f"{what} '{quote(line, p.end)}'") for p in found)
    return out


def _other_year(text: str, printed: Printed) -> bool:
    near = [w.lower() for w in _WORD.findall(text[: printed.start])][-4:]
    return bool(_OTHER & set(near))


def _names_actions(line: str, found: list[Printed]) -> bool:
    rest = line
    for p in sorted(found, reverse=True):
        rest = rest[: p.start] + " " + rest[p.end :]
    rest = collapse_spaces(re.sub(r"\b(?:for|in|during)\s*$", "", rest.strip(" :–-")))
    return bool(rest) and column_role(rest) == "action"


def table_candidates(document: Document, kind: Kind) -> list[PeriodCandidate]:
    out = []
    for block in document.blocks:
        if isinstance(block, Table):
            for line, p in _unattributed(_lines(block), kind):
                out.append(candidate(p, "table", f"table cell '{quote(line, p.end)}'"))
    return out


def body_candidates(document: Document, kind: Kind) -> list[PeriodCandidate]:
    lines = (collapse_spaces(b.text) for b in document.blocks if not isinstance(b, Table))
    return [
        candidate(p, "body", f"the text '{quote(line, p.end)}'")
        for line, p in _unattributed(lines, kind)
    ]
