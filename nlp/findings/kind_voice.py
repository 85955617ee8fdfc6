"""Accountability report or annual report, from how the report speaks (issue 14, kind).

When no title word names the kind of a report, real boards' reports still tell it by
their content. An accountability report is the independent Chair's (or Scrutineer's)
own assessment: it speaks in the first person singular ("I have", "my view"), and the
Chair signs it at the end of its body. An annual report speaks in the board's voice
("we", "our", "the board …" as the subject) and has the board's own sections: its
subgroups, its data (a table of figures, or sentences of counts) and its statutory
duties. The cues are English grammar and layout, never a board's or a generator's words:

- **voice**: paragraphs with a first-person singular pronoun (I, my, me) against those
  with a first-person plural one (we, our, us) or the board as a sentence's subject
  ("The board …", "The partnership …": the head noun of the board's own name, or its
  acronym). A Chair's signed foreword that opens an annual report speaks in the first
  person too, so the paragraphs up to and including an opening signature (in the first
  third of the text) are not counted;
- **signature**: a line that is only a person's name, then a line with a role word,
  after the first 60% of the text (the body's end, before any appendix);
- **sections** of an annual report: a table of figures (a column of numbers, no column
  of statements), two or more paragraphs of counts, a heading naming groups
  (subgroups, panels) or a paragraph whose subject is a named group, a
  heading naming statutory or legal duties.

Every share, count and word here is a guess, each named in `nlp/README.md`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.model import Block, Heading, ListItem, Paragraph, Table
from extract.text_rules import collapse_spaces
from nlp.findings.model import Kind, Reading
from nlp.findings.people import NAME, TITLE
from nlp.findings.people_roles import has_role_word
from nlp.findings.text import cell_text

# Guess: "I" before a lower-case word or a contraction is the pronoun (a heading's roman
# numeral "Area of Focus I:" is not); "my", "me", "myself" in any case.
_SINGULAR = re.compile(r"\bI(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|\b(?i:my|me|myself)\b")
_PLURAL = re.compile(r"\b(?i:we|our|ours|ourselves)\b|\bus\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_SIGNER = re.compile(rf"(?:{TITLE}\s+)?{NAME}(?:\s+[A-Z]{{2,4}})*")
# Guess: group nouns that name a board's subgroups, in a heading or a named subject
_GROUP = re.compile(r"\b(?i:sub-?groups?|groups?|panels?)\b")
_NAMED_GROUP = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+)*?(?:[A-Z][\w'’-]*\s+)(?i:sub-?group|group|panel)"
    r"\b"
)
# Guess: words of a heading over statutory duties
_STATUTORY = re.compile(r"\b(?i:statutory|duty|duties|law|legal|legislation)\b")
# a count: a number with a thousands comma, or of 2-3 digits (a 4-digit number may be a year)
_COUNT = re.compile(r"(?<![\d/.,-])(?:\d{1,3}(?:,\d{3})+|\d{2,3})(?![\d/,-]|\.\d)")
_NUMBER_CELL = re.compile(r"[£$]?\d[\d,.]*\s*%?")
_OPENING_SHARE = 1 / 3  # an opening signature is in the first third of the text (guess)
_LATE_SHARE = 0.6  # a closing signature comes after 60% of the text (guess)
_STATEMENT_WORDS = 5  # a column whose cells average this many words holds statements


@dataclass(frozen=True)
class Voice:
    singular: int  # paragraphs in the first person singular (after an opening signature)
    collective: int  # paragraphs in the board's voice (same span)
    late_signature: str | None  # the role of a signature at the end of the body
    sections: tuple[str, ...]  # annual report sections found: subgroups, data, statutory


def _text_blocks(blocks: tuple[Block, ...]) -> list[tuple[int, Heading | Paragraph | ListItem]]:
    return [(i, b) for i, b in enumerate(blocks) if isinstance(b, Heading | Paragraph | ListItem)]


def signatures(blocks: tuple[Block, ...]) -> list[tuple[int, str]]:
    """(index among the text blocks, the role) of each signature: a line that is only
    a name, then a short line with a role word."""
    text = _text_blocks(blocks)
    out = []
    for k, (_, block) in enumerate(text[:-1]):
        line = collapse_spaces(block.text)
        if not isinstance(block, Paragraph) or not _SIGNER.fullmatch(line):
            continue
        role = collapse_spaces(text[k + 1][1].text)
        if has_role_word(role) and len(role.split()) <= 8 and not role.endswith("."):
            out.append((k, role))
    return out


def _board_subject(board: str | None) -> re.Pattern[str] | None:
    """A sentence whose subject is the board: "The <head noun of its name>" or its
    acronym, at the sentence's start."""
    if not board:
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", board)
    head = words[-1] if words and not words[-1].isupper() else None
    acronym = re.search(r"\(([A-Z]{2,8})\)", board)
    parts = [rf"The\s+{re.escape(head)}\b"] if head else []
    parts += [rf"{re.escape(acronym.group(1))}\b"] if acronym else []
    return re.compile(rf"^(?:{'|'.join(parts)})", re.I) if parts else None


def _voices(blocks: tuple[Block, ...], start: int, board: str | None) -> tuple[int, int]:
    subject = _board_subject(board)
    singular = collective = 0
    for _, block in _text_blocks(blocks)[start:]:
        if not isinstance(block, Paragraph):
            continue
        text = collapse_spaces(block.text)
        if _SINGULAR.search(text):
            singular += 1
        elif _PLURAL.search(text) or (
            subject is not None and any(subject.match(s) for s in _SENTENCE.split(text))
        ):
            collective += 1
    return singular, collective


def _data_table(table: Table) -> bool:
    """A table of figures: a column of numbers and no column of statements."""
    columns: dict[int, list[str]] = {}
    for row in table.body_rows:
        for cell in row.cells:
            columns.setdefault(cell.col, []).append(cell_text(cell))
    if len(table.body_rows) < 2:
        return False
    numeric = statement = False
    for texts in columns.values():
        filled = [t for t in texts if t]
        if not filled:
            continue
        if sum(bool(_NUMBER_CELL.fullmatch(t)) for t in filled) >= 0.6 * len(filled):
            numeric = True
        if sum(len(t.split()) for t in filled) / len(filled) >= _STATEMENT_WORDS:
            statement = True
    return numeric and not statement


def _sections(blocks: tuple[Block, ...], board: str | None) -> tuple[str, ...]:
    found: list[str] = []
    counts = 0
    board_low = (board or "").lower()
    for block in blocks:
        if isinstance(block, Table):
            if _data_table(block):
                found.append("data")
            continue
        text = collapse_spaces(block.text)
        if isinstance(block, Heading) and board_low and board_low in text.lower():
            continue  # the board's own name ("… Safeguarding Committee") is no group
        if isinstance(block, Heading):
            if _GROUP.search(text):
                found.append("subgroups")
            if _STATUTORY.search(text):
                found.append("statutory")
        elif isinstance(block, Paragraph):
            if _NAMED_GROUP.match(text) and not (board and text.startswith(board)):
                found.append("subgroups")
            counts += len(_COUNT.findall(text)) > 0
    if counts >= 2:
        found.append("data")
    return tuple(dict.fromkeys(found))


def read_voice(blocks: tuple[Block, ...], board: str | None = None) -> Voice:
    signed = signatures(blocks)
    last = max(1, len(_text_blocks(blocks)) - 1)
    opening = [k for k, _ in signed if k / last <= _OPENING_SHARE]
    start = opening[0] + 2 if opening else 0  # after the signed foreword's role line
    late = next((role for k, role in reversed(signed) if k / last >= _LATE_SHARE), None)
    singular, collective = _voices(blocks, start, board)
    return Voice(singular, collective, late, _sections(blocks, board))


def voice_kind(blocks: tuple[Block, ...], board: str | None = None) -> tuple[Kind, Reading] | None:
    """The report's kind by its voice, or None when the voice says nothing. Guesses:
    two singular paragraphs outnumbering the board's voice make the Chair's own
    assessment (surer when signed at the end); the board's sections, or its voice
    in two paragraphs with fewer singular ones, make an annual report; a signature at
    the end alone, a weak accountability report."""
    v = read_voice(blocks, board)
    said = f"{v.singular} paragraphs in the first person singular, {v.collective} in the board's"
    signed = f"signed at the end by the {v.late_signature}" if v.late_signature else ""
    if v.singular >= 2 and v.singular > v.collective:
        cue = f"{said}" + (f"; {signed}" if signed else "")
        return "accountability_report", Reading(0.85 if signed else 0.75, cue)
    if signed and v.singular >= 1 and len(v.sections) < 2:
        return "accountability_report", Reading(0.65, f"{said}; {signed}")
    if v.sections or v.collective >= 2:
        parts = f"{', '.join(v.sections)} sections" if v.sections else "no board sections"
        confidence = 0.8 if len(v.sections) >= 2 else 0.7
        return "annual_report", Reading(confidence, f"{said}; {parts}")
    if signed:
        return "accountability_report", Reading(0.55, signed)
    return None
