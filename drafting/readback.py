"""A draft .docx (ours, or a copy a person edited in Word) read back through
`extract.extract` into the parts the draft is made of, keyed the way people refer to
them: the cover (the title heading and the lines under it), the body's sections and
paragraphs, Appendix 1 (the plan's priorities, outcomes and actions), the progress
appendix's rows and the before-you-publish checklist's rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from extract import extract
from extract.model import Block, Document, Heading, ListItem, Paragraph, Row, Table

Form = Literal["numbered", "bullet", "plain"]
COVER = "cover"
"""The section key of the title heading and the lines under it."""
PLAN_HEADING = "Appendix 1"
"""How our writer opens Appendix 1 (the plan carried forward)."""
CHECKLIST_HEAD = "statutory guidance"
"""How the first header cell of our checklist table begins."""
_BULLET = re.compile(r"^\s*[•\-–]\s+")
_NUMBERED = re.compile(r"^([A-Z]{0,3}\d+(?:\.\d+)*)[.)]?\s+(.*)$", re.S)


@dataclass(frozen=True)
class ReadRow:
    priority: str
    number: str
    action: str
    update: str
    status: str


@dataclass(frozen=True)
class ReadParagraph:
    label: str
    """As `ReadBack.paragraphs` keys it: "3.2", or "<section> ¶k"."""
    text: str
    form: Form


@dataclass
class ReadPriority:
    """A priority of Appendix 1 as printed: its heading, outcomes and actions (an
    action's sub-items as "\\n– item" lines, as the draft holds them)."""

    label: str
    outcomes: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadCheck:
    requirement: str
    found: str
    where: str


@dataclass
class ReadBack:
    """What a draft .docx says, keyed the way people refer to it."""

    headings: dict[str, str] = field(default_factory=dict)
    """Section number (or heading text when unnumbered; "cover" for the title) → heading."""
    paragraphs: dict[str, str] = field(default_factory=dict)
    """Paragraph number ("3.2"), or "<section> ¶k" when unnumbered → text."""
    rows: dict[tuple[str, str], ReadRow] = field(default_factory=dict)
    """(priority, action number) → the progress appendix row, in the table's order."""
    sections: dict[str, list[ReadParagraph]] = field(default_factory=dict)
    """Section number (or heading) → its paragraphs in order."""
    title: str = ""
    """The first heading: the report's title, with its period."""
    plan: list[ReadPriority] = field(default_factory=list)
    """Appendix 1's priorities in order."""
    checklist: dict[str, ReadCheck] | None = None
    """Requirement → the checklist's row; None when the copy has no checklist table."""


def read_draft(source: str | Path | bytes | Document) -> ReadBack:
    document = source if isinstance(source, Document) else extract(source)
    out = ReadBack()
    section = "front"
    unnumbered = 0
    in_plan = False
    plan_part = "actions"
    for block in document.blocks:
        if isinstance(block, Heading) and block.level <= 1:
            section = COVER if block.level == 0 and not out.title else block.number or block.text
            out.headings[section] = block.text
            out.title = out.title or block.text
            unnumbered = 0
            in_plan = block.text.startswith(PLAN_HEADING)
        elif in_plan:
            plan_part = _plan_block(out.plan, block, plan_part)
        elif isinstance(block, Paragraph | ListItem) and block.text.strip():
            form: Form = "bullet" if isinstance(block, ListItem) else "plain"
            if isinstance(block, Paragraph) and block.number:
                label, form = block.number, "numbered"
            else:
                unnumbered += 1
                label = f"{section} ¶{unnumbered}"
            out.paragraphs[label] = block.text
            out.sections.setdefault(section, []).append(ReadParagraph(label, block.text, form))
        elif isinstance(block, Table) and _is_appendix(block):
            out.rows.update(_rows(block))
        elif isinstance(block, Table) and _is_checklist(block):
            out.checklist = _checks(block)
    return out


def _plan_block(plan: list[ReadPriority], block: Block, part: str) -> str:
    """Read one block of Appendix 1 into `plan`; returns the part (outcomes or actions)
    the blocks after it belong to."""
    if isinstance(block, Heading):
        if block.level == 2:
            plan.append(ReadPriority(block.text))
            return "actions"
        return "outcomes" if block.text.strip().lower().startswith("outcome") else "actions"
    if not isinstance(block, Paragraph | ListItem) or not block.text.strip() or not plan:
        return part
    text = block.text.strip()
    into = plan[-1].outcomes if part == "outcomes" else plan[-1].actions
    if part == "actions" and isinstance(block, ListItem) and block.level > 1 and into:
        into[-1] += f"\n– {text}"
    else:
        into.append(text)
    return part


def _is_appendix(table: Table) -> bool:
    if table.n_cols != 3 or not table.rows:
        return False
    head = [t.lower() for t in table.rows[0].texts]
    return head[0].startswith("planned action") and head[-1].startswith("status")


def _is_checklist(table: Table) -> bool:
    if table.n_cols != 3 or not table.rows:
        return False
    return table.rows[0].texts[0].lower().startswith(CHECKLIST_HEAD)


def _checks(table: Table) -> dict[str, ReadCheck]:
    out: dict[str, ReadCheck] = {}
    for row in table.rows[1:]:
        texts = [*row.texts, "", "", ""][:3]
        if texts[0].strip():
            out[texts[0].strip()] = ReadCheck(texts[0].strip(), texts[1].strip(), texts[2].strip())
    return out


def _rows(table: Table) -> dict[tuple[str, str], ReadRow]:
    out: dict[tuple[str, str], ReadRow] = {}
    priority = ""
    for k, row in enumerate(table.rows):
        if row.header or (k == 0):
            continue
        if len(row.cells) == 1 or row.cells[0].col_span >= 3:
            priority = row.cells[0].text.strip()
            continue
        out.update(_row(priority, row, k))
    return out


def _row(priority: str, row: Row, k: int) -> dict[tuple[str, str], ReadRow]:
    texts = row.texts + [""] * (3 - len(row.cells))
    action, update, status = texts[0], texts[1], texts[2]
    m = _NUMBERED.match(action.strip())
    number, action = (m.group(1), m.group(2)) if m else (f"row {k}", action)
    action = "\n".join(_BULLET.sub("– ", line) for line in action.splitlines())
    status_line = status.strip().splitlines()[0] if status.strip() else ""
    return {
        (priority, number): ReadRow(priority, number, action.strip(), update.strip(), status_line)
    }
