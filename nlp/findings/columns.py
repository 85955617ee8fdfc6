"""What a table column holds, judged from its header cell by meaning, not exact words.

Each role has a small vocabulary of phrases boards use for it; a header cell is scored
against every phrase with rapidfuzz (token-based, so word order and extra words such as
"(2017-19)" do not matter) and gets the best-scoring role above a threshold. The
vocabularies are general English for planning tables, not one corpus's headers; new
wordings that share a key word ("Progress to date", "Who leads") still score.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extract.model import Row, Table
from extract.text_rules import collapse_spaces
from nlp.findings.model import Reading
from nlp.findings.text import cell_text

ROLES: dict[str, tuple[str, ...]] = {
    "ref": ("ref", "reference", "no", "number", "#", "item", "id"),
    "priority": (
        "priority",
        "strategic priority",
        "our priority",
        "priority area",
        "theme",
        "strategic aim",
        "aim",
        "area of focus",
        "key area",
        "workstream",
    ),
    "outcome": (
        "outcome",
        "outcomes",
        "expected outcome",
        "what difference will it make",
        "what will success look like",
        "success measure",
        "success criteria",
        "impact",
        "measures of success",
        "what we want to achieve",
    ),
    "action": (
        "action",
        "actions",
        "planned action",
        "key action",
        "what we said we would do",
        "what we will do",
        "we will",
        "objective",
        "task",
        "activity",
        "commitment",
        "deliverable",
        "how we will do it",
    ),
    "update": (
        "update",
        "progress",
        "progress update",
        "what we did",
        "what happened",
        "what we have done",
        "commentary",
        "comments",
        "achievements",
        "evidence",
        "position",
    ),
    "status": ("status", "rag", "rag rating", "rating", "rag status", "current status"),
    "lead": ("lead", "owner", "responsible", "who", "lead officer", "accountable", "by whom"),
    "timescale": (
        "by when",
        "timescale",
        "deadline",
        "date",
        "target date",
        "when",
        "completion date",
        "due",
        "timeframe",
    ),
}
_THRESHOLD = 80.0
_YEARS = re.compile(r"\(?\b(?:19|20)\d{2}(?:\s*[/\-–]\s*\d{2,4})?\)?")


def vocabulary_scores(
    text: str, vocabulary: Mapping[str, Sequence[str]], score: Callable[[str, str], float]
) -> dict[str, float]:
    """A header's best `score(text, phrase)` (0-100) for each role of a vocabulary (role
    -> the phrases boards use for it), in the vocabulary's order. Used for planning
    tables' columns here and for membership tables' (`people_roles.member_columns`)."""
    return {
        role: max([0.0, *(score(text, phrase) for phrase in phrases)])
        for role, phrases in vocabulary.items()
    }


def role_scores(header: str) -> dict[str, float]:
    """Best similarity of `header` to each role's phrases (0-100)."""
    text = collapse_spaces(_YEARS.sub(" ", header)).lower().strip(" :.")
    if not text:
        return {}
    return vocabulary_scores(text, ROLES, _phrase_score)


def _phrase_score(text: str, phrase: str) -> float:
    if len(phrase) <= 3:  # short tokens ("no", "#", "rag") must be whole words
        return 100.0 if phrase in re.split(r"[\s/()]+", text) else 0.0
    if len(text) <= 3:
        return 0.0
    return max(fuzz.ratio(text, phrase), _word_score(text, phrase))


def _word_score(text: str, phrase: str) -> float:
    """The phrase appears as whole words inside a longer header ("Progress update to
    March 2018"): a slightly lower score than an exact match, shrinking with length."""
    if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
        extra = max(0, len(text.split()) - len(phrase.split()))
        return max(_THRESHOLD, 98.0 - 3.0 * extra)
    return fuzz.token_set_ratio(text, phrase) * 0.9


def column_role(header: str) -> str | None:
    scores = role_scores(header)
    if not scores:
        return None
    role, best = max(scores.items(), key=lambda kv: kv[1])
    return role if best >= _THRESHOLD else None


@dataclass(frozen=True)
class Columns:
    """Grid column -> role, read from a header row."""

    roles: dict[int, str]
    header: tuple[str, ...]
    titles: dict[int, str]
    """Grid column -> its header text."""
    kind: str | None = None
    """"plan", "progress" or "other" once judged from header and content
    (`table_reading.judge`); None when only the header was read."""
    reading: Reading | None = None
    """How the kind was decided: confidence and the columns' evidence."""
    cues: dict[int, str] = field(default_factory=dict)
    """Grid column -> why it has its role."""
    confidence: dict[int, float] = field(default_factory=dict)
    guessed: bool = False
    """The header row was taken for its form (a flagged row of short cells), not its
    words: content must confirm the roles."""
    headerless: bool = False
    """The table has no header row: every role comes from the cells' content."""

    def col(self, role: str) -> int | None:
        for col, r in sorted(self.roles.items()):
            if r == role:
                return col
        return None

    def has(self, *roles: str) -> bool:
        return all(self.col(r) is not None for r in roles)


def read_columns(row: Row) -> Columns | None:
    """The roles of a row's cells, when at least two cells read as header words."""
    roles: dict[int, str] = {}
    titles: dict[int, str] = {}
    texts = []
    for cell in row.cells:
        text = cell_text(cell)
        texts.append(text)
        if len(text) > 60:
            return None
        role = column_role(text)
        if role in roles.values():
            role = None  # a second "Action" column: the first one wins
        for col in range(cell.col, cell.col + max(1, cell.col_span)):
            titles.setdefault(col, text)
            if role:
                roles.setdefault(col, role)
    distinct = set(roles.values())
    if len(distinct) < 2 and not (distinct and row.header):
        return None
    return Columns(roles, tuple(texts), titles)


def header_of(table: Table) -> tuple[int, Columns] | None:
    """(index of the header row, its columns): the first of the first three rows that
    reads as a header by its words, else the first flagged header row of short cells
    (its roles then come from the cells below it: `table_reading.judge`)."""
    for i, row in enumerate(table.rows[:3]):
        if _band(row, table):
            continue  # "Area of Focus I: Neglect" across the table: a band, not a header
        cols = read_columns(row)
        if cols is not None:
            return i, cols
    for i, row in enumerate(table.rows[:3]):
        if row.header and not _band(row, table) and i + 1 < len(table.rows):
            return (i, cols) if (cols := _header_by_form(row)) else None
    # No row flagged (band rows aside) and no header words: the first row by its shape.
    first = table.rows[0] if table.rows else None
    if first is not None and not _band(first, table) and len(table.rows) >= 2:
        body = [r for r in table.rows[1:] if not _band(r, table)]
        if _labels_over_sentences(first, body):
            return (0, cols) if (cols := _header_by_form(first)) else None
    return None


def _labels_over_sentences(first: Row, body: Sequence[Row]) -> bool:
    """An unflagged first row of short labels (at most six words each) over a body
    with sentences (some cell of more than eight words in at least half the rows): a
    header row by its shape alone, whatever its words or formatting. A guess."""
    texts = [cell_text(c) for c in first.cells]
    if sum(1 for t in texts if t) < 2 or any(len(t.split()) > 6 for t in texts):
        return False
    long_rows = sum(1 for r in body if any(len(cell_text(c).split()) > 8 for c in r.cells))
    return long_rows >= max(1, len(body) / 2)


def _band(row: Row, table: Table) -> bool:
    """A row of one cell across a table of several columns (a priority band or a
    caption; a guess: a header row names each column)."""
    return table.n_cols >= 2 and len(row.cells) == 1 and row.cells[0].col_span >= table.n_cols


def _header_by_form(row: Row) -> Columns | None:
    """A flagged header row of at least two short cells, whatever its words. A guess:
    a shaded or bold first row of short labels is a header row."""
    titles: dict[int, str] = {}
    texts = [cell_text(c) for c in row.cells]
    if sum(1 for t in texts if t) < 2 or any(len(t) > 60 or t.endswith(".") for t in texts):
        return None
    for cell, text in zip(row.cells, texts, strict=True):
        for col in range(cell.col, cell.col + max(1, cell.col_span)):
            titles.setdefault(col, text)
    return Columns({}, tuple(texts), titles, guessed=True)


def is_repeat_of(row: Row, cols: Columns) -> bool:
    """A header row repeated inside the body (after a page break)."""
    texts = [cell_text(c) for c in row.cells]
    if not any(texts):
        return False
    same = sum(
        1 for t in texts if t and any(fuzz.ratio(t.lower(), h.lower()) >= 90 for h in cols.header)
    )
    return same >= max(1, len([t for t in texts if t]) - 0)


def no_header(table: Table) -> Columns | None:
    """Columns for a table with no header row (all from content, `table_reading`):
    at least two rows and two columns, and no row a band across the table."""
    if table.n_cols < 2 or len(table.rows) < 2 or any(_band(r, table) for r in table.rows[:1]):
        return None
    return Columns({}, (), {}, guessed=True, headerless=True)
