"""Where a version-history entry changed the draft, in the words the draft page uses:
"section 2 Introduction, paragraph 3: “…”" rather than the stored "s1.p2.0"."""

from __future__ import annotations

import re
from typing import Any

_SENTENCE = re.compile(r"^s(\d+)\.p(\d+)\.(\d+)$")
_ROW_SENTENCE = re.compile(r"^r(\d+)\.(\d+)$")
_PARAGRAPH = re.compile(r"^section (\d+) ¶(\d+)$")
_HEADING = re.compile(r"^section (\d+) heading$")
_ROW = re.compile(r"^appendix row (\d+)( status)?$")
QUOTE_CHARS = 90


def place(where: str | None, draft: dict[str, Any], texts: dict[str, str]) -> str | None:
    """`where` (a suggestion id or an edit's place) as the page names it; `draft` is the
    draft as stored (to_dict), `texts` the suggestions' id → sentence text."""
    if not where:
        return None
    if m := _SENTENCE.match(where):
        i, j = int(m.group(1)), int(m.group(2))
        return f"{_section(draft, i)}, paragraph {j + 1}: {_quote(texts.get(where))}"
    if m := _ROW_SENTENCE.match(where):
        return f"{_row(draft, int(m.group(1)))}, update: {_quote(texts.get(where))}"
    if m := _PARAGRAPH.match(where):
        return f"{_section(draft, int(m.group(1)))}, paragraph {int(m.group(2)) + 1}"
    if m := _HEADING.match(where):
        return f"{_section(draft, int(m.group(1)))}, heading"
    if m := _ROW.match(where):
        return _row(draft, int(m.group(1))) + (", status" if m.group(2) else "")
    return where


def _section(draft: dict[str, Any], i: int) -> str:
    sections = draft.get("sections", [])
    if not 0 <= i < len(sections):
        return f"section {i + 1}"
    sec = sections[i]
    return f"section {sec.get('number') or i + 1} {sec.get('heading', '')}".rstrip()


def _row(draft: dict[str, Any], i: int) -> str:
    rows = draft.get("rows", [])
    if not 0 <= i < len(rows) or not rows[i].get("number"):
        return f"appendix row {i + 1}"
    return f"appendix row {i + 1} (action {rows[i]['number']})"


def _quote(text: str | None) -> str:
    """The sentence in quotes, shortened; or what became of it."""
    if not text:
        return "a sentence since edited"
    short = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{short}”"
