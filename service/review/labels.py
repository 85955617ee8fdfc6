"""A change of an edited copy named the way a person refers to that place in the
report ("Title", "Cover, line 2", "Paragraph 2.3", "Progress appendix, Priority 1:
…, action 3: update"), for the compare page; `Change.where` stays what applying reads."""

from __future__ import annotations

import re

from drafting.compare import COVER, Change

_PARAGRAPH = re.compile(r"^paragraph (.+?) ¶(\d+)( moved)?$")
_NUMBERED = re.compile(r"^paragraph (\S+)( moved)?$")
_ROW = re.compile(r"^appendix row (.+) / (\S+?)(?:: (\w+))?$")


def change_label(change: Change) -> str:
    where = change.where
    if where == "heading cover":
        return "Title"
    if where.startswith("heading "):
        return f"Heading of section {where.removeprefix('heading ')}"
    if m := _PARAGRAPH.match(where):
        section, k, moved = m.groups()
        place = "Cover" if section == COVER else section
        line = "line" if section == COVER else "paragraph"
        return f"{place}, {line} {k}" + (", moved" if moved else "")
    if m := _NUMBERED.match(where):
        return f"Paragraph {m.group(1)}" + (", moved" if m.group(2) else "")
    if where.startswith("appendix band "):
        return f"Progress appendix, band “{where.removeprefix('appendix band ')}”"
    if m := _ROW.match(where):
        priority, number, column = m.groups()
        row = f"Progress appendix, {priority}, action {number.removeprefix('row ')}"
        return f"{row}: {column}" if column else row
    if where == "checklist":
        return "Checklist (the whole page)"
    if where.startswith("checklist: "):
        return "Checklist, " + where.removeprefix("checklist: ")
    return where
