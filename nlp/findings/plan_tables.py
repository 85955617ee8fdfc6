"""Planned actions from plan tables, in the shapes boards use:

- one row per priority, outcomes and actions as numbered lists inside the cells;
- one row per action, the priority cell merged down the rows it covers (stored once, so
  later rows have no priority cell and keep the priority above);
- one table per priority (`Ref | Action | Lead | By when`), the priority named by the
  heading before the table or by a "Priority n: …" section row;
- any of these split over pages into several tables or with rows cut in two.

Inside an action cell a numbered item starts an action, bullets and deeper items are its
sub-items, and unnumbered text continues the action before it (a cell cut by a page
break). A cell with no numbers is one action.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extract.model import Block, Cell, CellBlock, Heading, ListItem, Paragraph, Source
from extract.text_rules import collapse_spaces
from nlp.findings.cell_content import is_block_label, is_intention
from nlp.findings.columns import Columns
from nlp.findings.model import Reading
from nlp.findings.priorities import PriorityRegistry, parse_label
from nlp.findings.tables import TableRow, TableRun
from nlp.findings.text import block_line, is_bullet, split_number, strip_bullet
from nlp.periods import periods

_SENTENCE_END = tuple(".!?;)")


@dataclass
class ActionCandidate:
    """An action being read; becomes `nlp.findings.model.Action` once ids are given."""

    priority: str | None
    number: str | None
    text: str
    source: Source
    position: tuple[int, ...]
    items: list[str] = field(default_factory=list)
    lead: str | None = None
    timescale: str | None = None
    period: str | None = None
    reading: Reading | None = None
    """How the action was read: the plan table's kind and columns, or the list and its heading."""


def is_plan(cols: Columns) -> bool:
    """A plan table: judged so from header and content (`table_reading`), with an
    action column; a Status/RAG column does not make it a progress table."""
    if cols.kind is not None:
        return cols.kind == "plan" and cols.has("action")
    return cols.has("action") and not cols.has("update") and not cols.has("status")


def is_priority_table(cols: Columns) -> bool:
    if cols.kind is not None:
        return cols.kind == "plan" and cols.has("priority", "outcome")
    return cols.has("priority", "outcome") and not cols.has("update")


def read_plan_run(
    run: TableRun, blocks: tuple[Block, ...], registry: PriorityRegistry, period: str | None
) -> list[ActionCandidate]:
    cols = run.columns
    period = _header_period(cols, "action") or period
    priority = context_priority(blocks, run.first_block, registry)
    out: list[ActionCandidate] = []
    for row in run.rows:
        if row.section is not None:
            number, title = row.section
            priority = registry.add(number or None, title, _source(row)) if title else priority
            continue
        priority = _row_priority(row, cols, registry, priority)
        if not cols.has("action"):
            continue
        continuing = _is_continuation(row, cols, out)
        candidates = _cell_actions(
            row.cell(cols, "action"), row, priority, out if continuing else []
        )
        for d in candidates:
            d.period = period
            d.reading = cols.reading
            if row.text(cols, "ref"):
                d.number = _ref(row.text(cols, "ref"))
            d.lead = row.text(cols, "lead") or None
            d.timescale = row.text(cols, "timescale") or None
        refs = row.text(cols, "ref").split()
        if len(candidates) > 1 and len(refs) == len(candidates):  # "2 3": one ref per action
            for d, ref in zip(candidates, refs, strict=True):
                d.number = _ref(ref)
        out.extend(candidates)
    return out


def _row_priority(
    row: TableRow, cols: Columns, registry: PriorityRegistry, current: str | None
) -> str | None:
    cell = row.cell(cols, "priority")
    text = collapse_spaces(cell.text) if cell is not None else ""
    outcomes = _outcomes(row.cell(cols, "outcome"))
    if not text:
        if current and outcomes:
            first = outcomes[0]
            if split_number(first)[0] is None and not first[:1].isupper():
                registry.extend_last_outcome(current, first)
                outcomes = outcomes[1:]
            registry.add(current, "", _source(row), [split_number(o)[1] for o in outcomes])
        return current
    label = parse_label(text, loose=True)
    number, title = label if label else split_number(text)
    if label and not title:
        title = collapse_spaces(text[len(text.split()[0]) :]).lstrip("0123456789.: ")
    key = registry.add(number, title, cell.source if cell else _source(row), [])
    registry.add(
        key if number else None, title, _source(row), [split_number(o)[1] for o in outcomes]
    )
    return key


def _outcomes(cell: Cell | None) -> list[str]:
    """Numbered outcomes (or one per paragraph); unnumbered text continues the last."""
    if cell is None:
        return []
    out: list[str] = []
    for block in cell.blocks:
        number, text = label_of(block)
        text = strip_bullet(text)
        if not text:
            continue
        if out and number is None and not text[:1].isupper():
            out[-1] = collapse_spaces(out[-1] + " " + text)
        else:
            out.append(text)
    return out


def _is_continuation(row: TableRow, cols: Columns, done: list[ActionCandidate]) -> bool:
    """The row carries on the last action: a page break cut it (no ref, no priority,
    and the text starts in lower case or the last action had not finished)."""
    if not done or row.text(cols, "ref") or row.text(cols, "priority"):
        return False
    cell = row.cell(cols, "action")
    if cell is None or not cell.blocks:
        return False
    number, text = label_of(cell.blocks[0])
    if number is not None:
        return False
    unfinished = not done[-1].text.endswith(_SENTENCE_END) and not done[-1].items
    return text[:1].islower() or (row.first and unfinished)


def _cell_actions(
    cell: Cell | None, row: TableRow, priority: str | None, carry: list[ActionCandidate]
) -> list[ActionCandidate]:
    """Actions in one cell; `carry` holds the previous row's actions when this row
    continues them (unnumbered text then extends the last of them)."""
    if cell is None:
        return []
    out: list[ActionCandidate] = []
    blocks = numbered_lines(cell.blocks)
    base = base_level(blocks)
    numbered = any(label_of(b)[0] is not None for b in blocks)
    for k, block in enumerate(b for b in blocks if collapse_spaces(b.text)):
        number, text = label_of(block)
        if number is None and (out or carry) and is_block_label(text):
            break  # a labelled block ("Signs of success:") ends the cell's actions
        last = out[-1] if out else (carry[-1] if carry else None)
        if is_sub_item(block, base) and last is not None:
            last.items.append(strip_bullet(text))
        elif number is not None or last is None or _another_action(last, text, numbered):
            src = block.source
            out.append(
                ActionCandidate(priority, number, text, src, (row.block, row.index, cell.col, k))
            )
        else:  # unnumbered text continues the action before it
            last.text = collapse_spaces(last.text + " " + text)
    return out


def _another_action(last: ActionCandidate, text: str, numbered: bool) -> bool:
    """In a cell without numbers, a new line that states an intention after a finished
    sentence is a second action (two rows a PDF backend merged), not a continuation.
    A guess: one action's text rarely runs over two paragraphs each opening with a verb."""
    return not numbered and last.text.endswith(_SENTENCE_END) and is_intention(text)


_BARE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=[A-Z])")


def numbered_lines(blocks: Sequence[CellBlock]) -> list[CellBlock]:
    """A cell's lines with typed numbers made explicit, as a reader sees them:

    - bare numbers ("1 Evaluate…", "2 Test…") count as labels when at least two
      lines of the cell start with one, or one line holds two in order (`_bare_numbers`);
    - a line holding two numbered items run together ("…case files. P1.4 Launch…",
      as a PDF line join leaves them) is split before the second label when that label
      has the first's shape and a higher number.

    Both are guesses about typed lists; a number inside a sentence ("in 2 localities")
    is never a label (a label follows a sentence end and precedes a capital)."""
    bare = sum(_bare_numbers(b) for b in blocks if isinstance(b, Paragraph))
    if bare == 1:  # the next number may sit in a bullet that ran on into it
        bare += any(
            _bare_numbers(b) and _next_in(b, blocks) for b in blocks if isinstance(b, Paragraph)
        )
    out: list[CellBlock] = []
    last = 0
    for block in blocks:
        if isinstance(block, ListItem) and is_bullet(block.number) and bare >= 2 and last:
            out.extend(_bullet_run_on(block, last))
            last = _last_number(out[-1], last)
            continue
        if not isinstance(block, Paragraph) or block.number:
            out.append(block)
            continue
        number, text = split_number(block.text)
        m = _BARE_NUMBER.match(block.text) if number is None and bare >= 2 else None
        if m:
            number, text = m.group(1), block.text[m.end() :].strip()
        if number is None:
            out.append(block)
            continue
        out.extend(_split_run_on(number, text, block))
        last = _last_number(out[-1], last)
    return out


def _next_in(block: Paragraph, blocks: Sequence[CellBlock]) -> bool:
    """The cell holds, after `block`'s bare number n, the number n + 1 before a capital."""
    m = _BARE_NUMBER.match(block.text)
    text = " ".join(b.text for b in blocks)
    return bool(m and re.search(rf"\s{int(m.group(1)) + 1}\s+(?=[A-Z])", text))


def _last_number(block: CellBlock, last: int) -> int:
    """The bare item number a Paragraph carries ("6"), else `last`."""
    if isinstance(block, Paragraph) and block.number and block.number.isdigit():
        return int(block.number)
    return last


def _bullet_run_on(block: ListItem, last: int) -> list[CellBlock]:
    """A bullet that runs on into the cell's next bare-numbered item ("• an e-learning
    module 6 Commission the…", a PDF line join after a sub-item with no full stop): the
    bullet, then the item. A guess: only the number after the last item seen, before
    a capital, splits."""
    m = re.search(rf"\s+{last + 1}\s+(?=[A-Z])", block.text)
    if not m:
        return [block]
    item = Paragraph(str(last + 1), block.text[m.end() :].strip(), block.source)
    head = replace(block, text=block.text[: m.start()].strip())
    return [head, *_split_run_on(str(last + 1), item.text, item)]


def _bare_numbers(block: Paragraph) -> int:
    """1 when the paragraph opens with a bare number ("1 Launch…"), 2 when the next
    number follows a sentence end in it too ("1 Launch…. 2 Commission…": a PDF joined
    the cell's numbered lines into one paragraph). A guess: a sentence does not end
    and go on with the next whole number and a capital by chance."""
    m = _BARE_NUMBER.match(block.text)
    if not m:
        return 0
    following = rf"(?<=[.;!?])\s+{int(m.group(1)) + 1}\s+(?=[A-Z])"
    return 2 if re.search(following, block.text) else 1


def _split_run_on(number: str, text: str, block: Paragraph) -> list[CellBlock]:
    shape = re.sub(r"\d+", r"\\d{1,3}", re.escape(number))
    pattern = re.compile(rf"(?<=[.;!?])\s+({shape})[.)]?\s+(?=[A-Z])")
    out: list[CellBlock] = []
    while True:
        later = [m for m in pattern.finditer(text) if _key(m.group(1)) > _key(number)]
        if not later:
            out.append(replace(block, number=number, text=text))
            return out
        m = later[0]
        out.append(replace(block, number=number, text=text[: m.start()].strip()))
        number, text = m.group(1), text[m.end() :].strip()


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", number))


def label_of(block: ListItem | Paragraph) -> tuple[str | None, str]:
    if isinstance(block, ListItem):
        if is_bullet(block.number):
            return None, collapse_spaces(block.text)
        return block.number, collapse_spaces(block.text)
    if block.number:
        return block.number, collapse_spaces(block.text)
    return split_number(block.text)


def base_level(blocks: Sequence[Block]) -> int:
    """The level of the outermost numbered list items (levels may start at 0 or 1)."""
    levels = [b.level for b in blocks if isinstance(b, ListItem) and not is_bullet(b.number)]
    return min(levels, default=0)


def is_sub_item(block: ListItem | Paragraph, base: int = 0) -> bool:
    """A sub-item: a bulleted or deeper list item, or a line starting with a dash."""
    if isinstance(block, ListItem):
        return is_bullet(block.number) or block.level > base
    return bool(re.match(r"^\s*[-–•▪◦]\s+\S", block.text))


def _ref(text: str) -> str:
    number, _rest = split_number(text + " x")
    return number if number else collapse_spaces(text).rstrip(".")


def _header_period(cols: Columns, role: str) -> str | None:
    """The period a column's header names ("Actions 2018-19")."""
    col = cols.col(role)
    found = periods(cols.titles.get(col, "")) if col is not None else []
    return found[0][1] if found else None


def context_priority(
    blocks: tuple[Block, ...], index: int, registry: PriorityRegistry
) -> str | None:
    """The priority named by a heading or short paragraph before block `index`,
    looking back no further than the previous table or section heading."""
    for block in reversed(blocks[max(0, index - 8) : index]):
        if not isinstance(block, Heading | Paragraph | ListItem):
            return None
        label = parse_label(block_line(block))
        if label:
            return registry.add(label[0], label[1], block.source)
    return None


def _source(row: TableRow) -> Source:
    return row.row.source
