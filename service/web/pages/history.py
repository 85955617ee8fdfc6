"""Where a version-history entry changed the draft, in the words the draft page uses:
"section 2 Introduction, paragraph 3: “…”" rather than the stored "s1.p2.0"."""

from __future__ import annotations

import re

from drafting.model import Draft

_SENTENCE = re.compile(r"^s(\d+)\.p(\d+)\.(\d+)$")
_ROW_SENTENCE = re.compile(r"^r(\d+)\.(\d+)$")
_PARAGRAPH = re.compile(r"^section (\d+) ¶(\d+)$")
_HEADING = re.compile(r"^section (\d+) heading$")
_ROW = re.compile(r"^appendix row (\d+)( status)?$")
QUOTE_CHARS = 90


def place(where: str | None, draft: Draft, texts: dict[str, str]) -> str | None:
    """`where` (a suggestion id or an edit's place) as the page names it; `draft` is the
    draft as stored, `texts` the suggestions' id → sentence text."""
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


def _section(draft: Draft, i: int) -> str:
    if not 0 <= i < len(draft.sections):
        return f"section {i + 1}"
    sec = draft.sections[i]
    return f"section {sec.number or i + 1} {sec.heading}".rstrip()


def _row(draft: Draft, i: int) -> str:
    if not 0 <= i < len(draft.rows) or not draft.rows[i].number:
        return f"appendix row {i + 1}"
    return f"appendix row {i + 1} (action {draft.rows[i].number})"


def _quote(text: str | None) -> str:
    """The sentence in quotes, shortened; or what became of it."""
    if not text:
        return "a sentence since edited"
    short = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{short}”"
