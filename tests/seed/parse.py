"""Parse the seed text dump into a structure that test fixtures can render.

The seed (`../shared/seed/000_ecdbad72cb690afc.txt`) is a text dump of a board's
2017/18 Independent Chair's Accountability Report plus its refreshed Business
Improvement Plan. Its sentences are never copied into this repository: fixtures read
the dump at run time (`load()` returns None when it is absent, so tests can skip) and
render it to .docx (`tests/seed/to_docx.py`) or PDF (`tests/seed/to_pdf.py`).

The tests in this folder are an extra: they run when the seed is there and skip
otherwise. Everything they check is also checked on the committed corpora (see
tests/corpus.py), so a plain clone runs every other test.

API::

    seed = load()                      # Seed | None
    seed.title                         # first line of the dump
    seed.sections                      # Section(number="3", heading=..., paragraphs=...)
    seed.sections[2].paragraphs[3]     # Para(number="3.3.1", text=..., items=())
    seed.plan.header                   # ("Strategic Priority", "Outcome", "Actions 2018-19")
    seed.plan.rows[0].priority         # "Priority 1: ..."; .priority_number == "1"
    seed.plan.rows[0].outcomes         # tuple[Item]; Item(number="1", text=..., items=())
    seed.plan.rows[1].actions[0].items # sub-bullets ("Childhood Neglect", ...)
    seed.progress.header               # ("Planned Action (2017-19)", "Update (2017-18)")
    seed.progress.rows[8]              # ProgressRow(number="9", action=..., items=..., update=...)
    seed.key_functions                 # Appendix 2 "a) ..." items: Item(number="a)", ...)

Numbers follow the extraction rule (see `extract/docx.py`): the label as a reader sees
it, minus one trailing "." ("1." -> "1", "3.3.1" stays, "a)" stays).

How the dump is read:

- numbered sections are lines ``N. Heading``; their paragraphs are lines
  ``- N.M** text`` (the ``**`` is a dump artefact); a plain line following a paragraph
  that does not end a sentence continues it (the dump broke it at a page end);
  ``- text`` lines after a paragraph are its bullets;
- tables are tab-separated lines under a header line. Where the header repeats after
  a page break and the next row's first cell is empty, that row continues the cells
  of the row before. Cells hold HTML-ish fragments: ``<ol>`` with inline ``1. .. 2.``
  items, ``<p>`` paragraphs (a ``<p>`` that does not start with a number continues
  the previous item), ``<ul>`` with inline `` - `` bullets (sub-items of the previous
  numbered item), and inline ``<i>`` markup (dropped). A sentence written after
  the last inline bullet (Appendix 3 row 9) stays in that bullet: the dump has no
  marker to split it by.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

SEED_NAME = "000_ecdbad72cb690afc.txt"
SEED_PATH = Path(
    os.environ.get("CARRYFORWARD_SEED")
    or Path(__file__).resolve().parents[3] / "shared" / "seed" / SEED_NAME
)
"""The dump: ../shared/seed next to the project, or the file CARRYFORWARD_SEED names (a
git worktree's ../shared is elsewhere)."""


@dataclass(frozen=True)
class Item:
    """A numbered item in a table cell (or a lettered item); `items` are its bullets."""

    number: str
    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Para:
    """A numbered paragraph of a section ("3.3.1")."""

    number: str
    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    number: str
    heading: str
    paragraphs: tuple[Para, ...]


@dataclass(frozen=True)
class PlanRow:
    priority: str
    priority_number: str
    outcomes: tuple[Item, ...]
    actions: tuple[Item, ...]


@dataclass(frozen=True)
class PlanTable:
    header: tuple[str, ...]
    rows: tuple[PlanRow, ...]


@dataclass(frozen=True)
class ProgressRow:
    number: str
    action: str
    items: tuple[str, ...]
    update: str


@dataclass(frozen=True)
class ProgressTable:
    caption: str
    header: tuple[str, ...]
    rows: tuple[ProgressRow, ...]


@dataclass(frozen=True)
class Seed:
    title: str
    sections: tuple[Section, ...]
    plan: PlanTable
    progress: ProgressTable
    key_functions: tuple[Item, ...] = field(default=())

    @property
    def paragraphs(self) -> tuple[Para, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)


def load(path: Path = SEED_PATH) -> Seed | None:
    """Parse the seed dump, or return None when it is not there."""
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))


def parse(text: str) -> Seed:
    lines = text.splitlines()
    title = next(line.strip() for line in lines if line.strip())
    return Seed(
        title=title,
        sections=_sections(lines),
        plan=_plan(lines),
        progress=_progress(lines),
        key_functions=_key_functions(lines),
    )


# --- sections and numbered paragraphs ---------------------------------------------

_HEADING = re.compile(r"^(\d+)\.\s+(\S.*)$")
_PARA = re.compile(r"^-\s+(\d+(?:\.\d+)+)\*\*\s*(.*)$")
_BULLET = re.compile(r"^\s*-\s+(.*)$")
_SENTENCE_END = tuple(".!?:;\"'”’)")


def _sections(lines: list[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    number, heading = "", ""
    paras: list[list] = []  # [number, text, bullets]
    started = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        head = _HEADING.match(line)
        if head and "\t" not in raw and (not started or int(head.group(1)) == int(number) + 1):
            if started:
                sections.append(_section(number, heading, paras))
            number, heading, paras, started = head.group(1), head.group(2).strip(), [], True
            continue
        if not started:
            continue
        para = _PARA.match(line)
        if para:
            paras.append([para.group(1), _clean(para.group(2)), []])
        elif paras and (bullet := _BULLET.match(raw)):
            paras[-1][2].append(_clean(bullet.group(1)))
        elif paras and not paras[-1][2] and not paras[-1][1].endswith(_SENTENCE_END):
            paras[-1][1] = _clean(paras[-1][1] + " " + line)
        else:
            break
    if started:
        sections.append(_section(number, heading, paras))
    return tuple(sections)


def _section(number: str, heading: str, paras: list[list]) -> Section:
    return Section(number, heading, tuple(Para(n, t, tuple(b)) for n, t, b in paras))


def _key_functions(lines: list[str]) -> tuple[Item, ...]:
    out = []
    for line in lines:
        m = re.match(r"^-\s+([a-z]\))\s+(.*)$", line.strip())
        if m:
            out.append(Item(m.group(1), _clean(m.group(2))))
    return tuple(out)


# --- tables ---------------------------------------------------------------------


def _table_rows(lines: list[str], header_start: str) -> tuple[tuple[str, ...], list[list[str]]]:
    """Rows of the tab-separated table whose header starts with `header_start`.

    Repeated headers (and the caption lines repeated above them) are dropped; a row
    whose first cell is empty continues the row before, cell by cell.
    """
    header: tuple[str, ...] = ()
    rows: list[list[str]] = []
    captions: set[str] = set()
    started = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if raw.startswith(header_start):
            if not header:
                header = tuple(c.strip() for c in raw.rstrip("\t").split("\t"))
                captions = {x.strip() for x in lines[max(0, i - 6) : i] if x.strip()}
            started = True
            continue
        if not started or not line:
            continue
        if "\t" not in raw:
            if line not in captions:
                break
            continue
        cells = (raw.split("\t") + [""] * len(header))[: len(header)]
        if rows and not cells[0].strip():
            rows[-1] = [a + " " + b for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    return header, rows


_TAG = re.compile(r"<(/?)(ol|ul|p|li)\b[^>]*>", re.I)
_INLINE_TAG = re.compile(r"</?(i|b|em|strong|u|span)\b[^>]*>", re.I)


def _pieces(cell: str) -> list[tuple[str, str, str]]:
    """Split a cell into ("item", number, text) / ("bullet", "", text) / ("text", "", text)."""
    cell = _INLINE_TAG.sub("", cell)
    out: list[tuple[str, str, str]] = []
    context, pos = "", 0
    for m in [*_TAG.finditer(cell), None]:
        end = m.start() if m else len(cell)
        segment = cell[pos:end].strip()
        if segment:
            out.extend(_segment(context, segment))
        if m is None:
            break
        pos = m.end()
        closing, tag = m.group(1), m.group(2).lower()
        context = "" if closing else tag
    return out


def _segment(context: str, text: str) -> list[tuple[str, str, str]]:
    if context == "ul":
        return [("bullet", "", _clean(b)) for b in re.split(r"(?:^|\s)-\s+", text) if b.strip()]
    m = re.match(r"^(\d+)\.\s+", text)
    if not m:
        return [("text", "", _clean(text))]
    out = []
    n = int(m.group(1))
    start = m.end()
    while True:
        nxt = re.search(rf"\s{n + 1}\.\s", text[start:])
        if not nxt:
            out.append(("item", str(n), _clean(text[start:])))
            return out
        out.append(("item", str(n), _clean(text[start : start + nxt.start()])))
        start += nxt.end()
        n += 1


def _fold(pieces: list[tuple[str, str, str]]) -> tuple[str, list[Item]]:
    """Fold pieces into (leading text, items): text continues the previous item."""
    lead: list[str] = []
    items: list[list] = []  # [number, text, bullets]
    for kind, number, text in pieces:
        if kind == "item":
            items.append([number, text, []])
        elif kind == "bullet" and items:
            items[-1][2].append(text)
        elif items:
            items[-1][1] = _clean(items[-1][1] + " " + text)
        else:
            lead.append(text)
    return " ".join(lead), [Item(n, t, tuple(b)) for n, t, b in items]


def _plan(lines: list[str]) -> PlanTable:
    header, rows = _table_rows(lines, "Strategic Priority\tOutcome\t")
    out = []
    for priority_cell, outcome_cell, action_cell in rows:
        priority, _ = _fold(_pieces(priority_cell))
        _, outcomes = _fold(_pieces(outcome_cell))
        _, actions = _fold(_pieces(action_cell))
        m = re.match(r"Priority\s+(\d+)", priority)
        out.append(PlanRow(priority, m.group(1) if m else "", tuple(outcomes), tuple(actions)))
    return PlanTable(header, tuple(out))


def _progress(lines: list[str]) -> ProgressTable:
    header, rows = _table_rows(lines, "Planned Action (2017-19)\tUpdate")
    caption = ""
    for i, line in enumerate(lines):
        if line.startswith("Planned Action (2017-19)\t"):
            caption = next(x.strip() for x in reversed(lines[:i]) if x.strip())
            break
    out = []
    for action_cell, update_cell in rows:
        _, items = _fold(_pieces(action_cell))
        update, _ = _fold(_pieces(update_cell))
        item = items[0]
        out.append(ProgressRow(item.number, item.text, item.items, update))
    return ProgressTable(caption, header, tuple(out))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
