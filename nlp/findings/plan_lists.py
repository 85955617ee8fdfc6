"""Planned actions and outcomes written as lists under a heading per priority.

    Priority 2: Continuous Improvement of Practice      (heading or short paragraph)
    Outcomes                                            (optional sub-heading)
      1. …
    What we will do in 2018-19                          (optional sub-heading)
      1. …                                              ← an action
         • …                                            ← its sub-item

A numbered list under a priority is read as actions when a sub-heading says so
(action words: "actions", "we will", "what we will do"), or in a plan when no
sub-heading says otherwise; under an outcome sub-heading it is outcomes. Lists in a
report's narrative are not actions unless an action sub-heading introduces them
(a guess that keeps reports' numbered paragraphs out of the plan).

Priorities listed after an introducing line ("Our priorities were: 1. … 2. …") are
read in `report_priorities.py`.
"""

from __future__ import annotations

import re

from extract.model import Block, Heading, ListItem, Paragraph, Table
from extract.text_rules import collapse_spaces
from nlp.findings.cell_content import is_block_label
from nlp.findings.columns import column_role
from nlp.findings.plan_tables import ActionCandidate, is_sub_item, label_of
from nlp.findings.priorities import PriorityRegistry, parse_label
from nlp.findings.text import block_line, strip_bullet
from nlp.periods import periods

_SUBHEAD_WORDS = 12


def read_plan_lists(
    blocks: tuple[Block, ...], registry: PriorityRegistry, *, is_plan: bool, period: str | None
) -> list[ActionCandidate]:
    out: list[ActionCandidate] = []
    priority: str | None = None
    mode: str | None = None  # "action" | "outcome" | "block" (a labelled block) | None
    level = 0  # the list level of the last action
    list_period = period
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            priority, mode = None, None
            continue
        if out and priority is not None and _lead_line(block, out[-1]):
            continue
        label = parse_label(block_line(block)) if not isinstance(block, ListItem) else None
        if label and _is_heading_like(block):
            priority, mode = registry.add(label[0], label[1], block.source), None
            continue
        if priority is None:
            continue
        if _is_heading_like(block) and not isinstance(block, ListItem):
            listing = mode is not None or bool(out and out[-1].priority == priority)
            mode = _subheading_mode(
                block.text, mode, heading=isinstance(block, Heading), listing=listing
            )
            found = periods(block.text) if mode == "action" else []
            list_period = found[0][1] if found else list_period
            if isinstance(block, Heading) and mode is None and block.level <= 2:
                priority = None
            continue
        if not isinstance(block, ListItem | Paragraph):
            continue
        number, text = label_of(block)
        wanted = mode == "action" or (mode is None and is_plan)
        listed = isinstance(block, ListItem) or bool(block.number)
        if mode == "outcome" and listed:
            registry.add(priority, "", block.source, [strip_bullet(text)])
        elif wanted and is_sub_item(block, level) and out and out[-1].priority == priority:
            out[-1].items.append(strip_bullet(text))
        elif wanted and number is not None and listed:
            level = block.level if isinstance(block, ListItem) else 0
            out.append(
                ActionCandidate(priority, number, text, block.source, (i,), period=list_period)
            )
    return out


_FIELD = re.compile(r"([A-Z][\w ]{1,25}?)\s*:\s*([^;]+)")


def _lead_line(block: Block, action: ActionCandidate) -> bool:
    """ "Lead: Head of Early Help; Timescale: June 2022" under an action: its fields."""
    if not isinstance(block, Paragraph) or block.number:
        return False
    fields = _FIELD.findall(collapse_spaces(block.text))
    roles = {column_role(k): v.strip(" .") for k, v in fields}
    if not fields or not ({"lead", "timescale"} & set(roles)):
        return False
    action.lead = roles.get("lead", action.lead)
    action.timescale = roles.get("timescale", action.timescale)
    return True


def _is_heading_like(block: Block) -> bool:
    if isinstance(block, Heading):
        return True
    if isinstance(block, Paragraph) and not block.number:
        words = collapse_spaces(block.text).split()
        return 0 < len(words) <= _SUBHEAD_WORDS and not block.text.rstrip().endswith(".")
    return False


def _subheading_mode(
    text: str, mode: str | None, *, heading: bool = False, listing: bool = False
) -> str | None:
    role = column_role(collapse_spaces(text).rstrip(":"))
    if role == "action":
        return "action"
    if role == "outcome":
        return "outcome"
    if listing and is_block_label(text, heading=heading):
        return "block"  # a new labelled block ends the list: its items are not actions'
    return mode
