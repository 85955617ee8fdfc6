"""Where a version-history entry changed the draft, in the words the draft page uses:
"section 2 Introduction, paragraph 3: “…”" rather than the stored sentence id."""

from __future__ import annotations

import re

from drafting.model import Draft

SENTENCE_ID = re.compile(r"^[sr][0-9a-f]{10}$")
_PARAGRAPH = re.compile(r"^section (\d+) ¶(\d+)$")
_HEADING = re.compile(r"^section (\d+) heading$")
_ROW = re.compile(r"^appendix row (\d+)( status)?$")
QUOTE_CHARS = 90


def place(
    where: str | None, draft: Draft, texts: dict[str, str], then: Draft | None = None
) -> str | None:
    """`where` (a sentence id or an edit's place) as the page names it; `draft` is the
    draft as stored now, `texts` the suggestions' id → sentence text, `then` the draft
    as that version left it (where a sentence since edited away is found)."""
    if not where:
        return None
    if SENTENCE_ID.match(where):
        found = _sentence_at(draft, where) or (_sentence_at(then, where) if then else None)
        return f"{found or 'a sentence'}: {_quote(texts.get(where))}"
    if m := _PARAGRAPH.match(where):
        return f"{_section(draft, int(m.group(1)))}, paragraph {int(m.group(2)) + 1}"
    if m := _HEADING.match(where):
        return f"{_section(draft, int(m.group(1)))}, heading"
    if m := _ROW.match(where):
        return _row(draft, int(m.group(1))) + (", status" if m.group(2) else "")
    return where


def _sentence_at(draft: Draft, sentence_id: str) -> str | None:
    for i, section in enumerate(draft.sections):
        for j, p in enumerate(section.paragraphs):
            if any(s.id == sentence_id for s in p.sentences):
                return f"{_section(draft, i)}, paragraph {j + 1}"
    for i, row in enumerate(draft.rows):
        if any(s.id == sentence_id for s in row.update):
            return f"{_row(draft, i)}, update"
    return None


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
