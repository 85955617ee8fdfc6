"""Column roles and the table's kind from header words AND the cells' content.

For every grid column two kinds of evidence are scored 0..1 for each role:

- the header: similarity of its words to the role's small vocabulary (`columns.py`);
- the body: what its cells hold (`cell_content.py`): intentions (action), reports of
  what happened (update), short categorical values, symbols, percentages or codes of a
  printed key (status), names, roles and organisations (lead), dates and terms
  (timescale), short distinct references (ref), priority labels or a sparse column
  merged down the rows (priority). Outcomes have no content test of their own.

The two are combined as independent signals, `1 - (1 - 0.6·header)(1 - 0.6·content)`:
either alone gives at most 0.6, both together up to 0.84. Roles are then given greedily,
best score first, one role per column and one column per role; a role needs 0.42
(a guess: a clear header word alone, or most cells clearly of that kind alone).

The table's kind follows from the roles: a **progress** table has an action column and
an update column (reports on what happened); a **plan** has an action column (or
priorities with outcomes) and no update column — a Status/RAG column does not make it
a progress table; anything else is **other**. The decision is kept as a `Reading`
whose cue names the columns and the evidence that decided it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from extract.model import Cell, Row
from extract.text_rules import collapse_spaces
from nlp.findings.cell_content import (
    ColumnContent,
    describe,
    first_line,
    is_person_or_body,
    is_ref,
)
from nlp.findings.columns import Columns, role_scores
from nlp.findings.labels import is_sequence, shape
from nlp.findings.model import Reading
from nlp.findings.priorities import parse_label
from nlp.findings.status_cells import is_status_value
from nlp.findings.text import split_number, strip_bullet

_HEADER_WEIGHT = 0.6
_CONTENT_WEIGHT = 0.6
_MIN_ROLE = 0.42
_HEADER_MIN = 80.0
ROLE_NAMES = {
    "ref": "references",
    "priority": "priorities",
    "outcome": "outcomes",
    "action": "actions",
    "update": "updates",
    "status": "status",
    "lead": "leads",
    "timescale": "timescales",
}


def judge(cols: Columns, body: Sequence[Row], key: Mapping[str, str] | None = None) -> Columns:
    """`cols` (read from the header row) with roles, kind and reading decided from the
    header and the body rows' content (`body`: data rows, section rows excluded)."""
    cells = _cells_by_column(body)
    grid = sorted(set(cols.titles) | set(cells))
    scored: list[tuple[float, int, str, str]] = []
    for col in grid:
        title = cols.titles.get(col, "")
        header = {r: s / 100 for r, s in role_scores(title).items() if s >= _HEADER_MIN}
        content, why = _content_scores(cells.get(col, []), len(body), key or {})
        form = _form(cells.get(col, []), len(body))
        for role in ROLE_NAMES:
            h, c = header.get(role, 0.0), content.get(role, 0.0)
            if h and not c and _contradicts(role, form):
                continue  # the header's word alone, against what the cells hold
            combined = 1 - (1 - _HEADER_WEIGHT * h) * (1 - _CONTENT_WEIGHT * c)
            if combined >= _MIN_ROLE:
                scored.append((combined, col, role, _cue(col, title, role, h, why.get(role))))
    roles: dict[int, str] = {}
    cues: dict[int, str] = {}
    confidence: dict[int, float] = {}
    # Guess: of two columns stating intentions equally (outcome bullets read as
    # commands too: "People in crisis get help quickly."), the one whose cells open
    # with an item number ("1.1 Embed…") holds the actions.
    numbered = {col: _numbered_share(cells.get(col, [])) for col in grid}

    def order(t: tuple[float, int, str, str]) -> tuple[float, float, int]:
        return (-t[0], -numbered[t[1]] if t[2] == "action" else 0.0, t[1])

    for combined, col, role, cue in sorted(scored, key=order):
        if col in roles or role in roles.values():
            continue
        roles[col], cues[col], confidence[col] = role, cue, combined
    _pair_update(roles, cues, confidence, cells, len(body))
    spans = _spans(cols, roles)
    judged = replace(cols, roles=spans, cues=cues, confidence=confidence)
    return replace(judged, kind=_kind(judged), reading=_reading(judged))


# Guess: roles whose cells are sentences, and roles whose cells are short values.
_SENTENCE_ROLES = ("update",)
_VALUE_ROLES = ("lead", "timescale", "ref", "status")


def _form(cells: list[Cell], rows: int) -> ColumnContent:
    return describe([c.text for c in cells if collapse_spaces(c.text)], 0, 0, rows)


def _contradicts(role: str, c: ColumnContent) -> bool:
    """Guess: a header word alone does not give a column a role its cells' form rules
    out. Updates are reports in sentences: a column of short values (nine in ten cells
    of at most four words, none reporting) holds no updates, whatever its header says
    ("Progress rating", "Current position" over "Level 3"). Leads, timescales,
    references and status are short values: a column whose cells are mostly sentences
    of more than eight words that report or intend something holds none of them
    ("Response" over reports on each action)."""
    if c.cells < 2:
        return False
    if role in _SENTENCE_ROLES:
        return c.share(c.short) >= 0.9 and not c.reports
    if role in _VALUE_ROLES:
        return c.long_text * 2 > c.cells and (c.reports + c.intentions) * 2 > c.cells
    return False


_PAIR_MIN = 0.5


def _pair_update(
    roles: dict[int, str],
    cues: dict[int, str],
    confidence: dict[int, float],
    cells: Mapping[int, list[Cell]],
    rows: int,
) -> None:
    """Guess: a table that has an action column but no update column, and another
    column of sentences of which at least half report past or ongoing work, reports on
    those actions: that column is its update column (the content alone, even below the
    bar a lone column needs). A plan's outcome column states results in the present
    ("Families get support earlier") and reads as no report."""
    if "action" not in roles.values() or "update" in roles.values():
        return
    best: tuple[float, int, str] | None = None
    for col, col_cells in cells.items():
        if roles.get(col) not in (None, "outcome"):
            continue
        texts = [c.text for c in col_cells if collapse_spaces(c.text)]
        c = describe(texts, 0, 0, rows)
        share = c.share(c.reports)
        sentences = c.long_text or c.share(c.short) < 0.5
        if c.cells >= 2 and share >= _PAIR_MIN and c.reports > c.intentions and sentences:
            reason = f"{c.reports} of {c.cells} cells report past or ongoing work"
            if best is None or share > best[0]:
                best = (share, col, reason)
    if best is not None:
        share, col, reason = best
        roles[col], confidence[col] = "update", round(_CONTENT_WEIGHT * share, 2)
        cues[col] = f"column {col + 1} as updates ({reason}, beside the actions)"


def _cells_by_column(body: Sequence[Row]) -> dict[int, list[Cell]]:
    out: dict[int, list[Cell]] = {}
    for row in body:
        for cell in row.cells:
            out.setdefault(cell.col, []).append(cell)
    return out


def _spans(cols: Columns, roles: dict[int, str]) -> dict[int, str]:
    """A header cell spanning several grid columns gives its role to all of them."""
    out = dict(roles)
    for col, role in roles.items():
        title = cols.titles.get(col)
        for other, t in cols.titles.items():
            if t == title and title and other not in out:
                out[other] = role
    return out


def _content_scores(
    cells: list[Cell], rows: int, key: Mapping[str, str]
) -> tuple[dict[str, float], dict[str, str]]:
    texts = [cell.text for cell in cells if collapse_spaces(cell.text)]
    shaded = sum(1 for cell in cells if not collapse_spaces(cell.text) and cell.shading)
    labels = sum(1 for t in texts if parse_label(first_line(t) or t, loose=True))
    if not labels:
        labels = _label_sequence(texts)
    c = describe(texts, shaded, labels, rows)
    if not c.cells:
        return {}, {}
    scores: dict[str, float] = {}
    why: dict[str, str] = {}

    def put(role: str, score: float, reason: str) -> None:
        if score > 0:
            scores[role], why[role] = min(1.0, score), reason

    n = c.cells
    put("action", c.share(c.intentions), f"{c.intentions} of {n} cells state intentions")
    categorical = _categorical(c)
    if not categorical:
        # Guess: updates are sentences; a few short values repeating down a column
        # ("Not yet started", "Complete") are a scale even when they are worded as reports.
        put("update", c.share(c.reports), f"{c.reports} of {n} cells report past or ongoing work")
    status = _status_values(texts, key) + shaded
    if status:
        put("status", status / n, f"{status} of {n} cells are status values")
    elif categorical or _short_codes(texts):
        # Guess: short values repeating down a column, with no key and no word the
        # families read, are a board's own status scale (0.75: enough alone)
        put("status", 0.75, f"{c.distinct} distinct short values")
    # A priority label ("Theme 1: Transitions to Adulthood") is Title Case like a role,
    # but it is not a person or body.
    named = sum(
        1 for t in texts if is_person_or_body(collapse_spaces(t)) and not shape(first_line(t))
    )
    people = 0.0 if status >= n / 2 else c.share(named)
    put("lead", people, f"{c.people} of {n} cells name people, roles or bodies")
    put("timescale", c.share(c.dates), f"{c.dates} of {n} cells are dates or terms")
    keyed = sum(1 for t in texts if collapse_spaces(t).lower().strip(".") in key)
    unique = len({collapse_spaces(t).lower() for t in texts}) == len(texts)
    if c.share(c.refs) >= 0.8 and keyed < n / 2 and (unique or _in_sequence(texts)):
        put("ref", c.share(c.refs), f"{c.refs} of {n} cells are short references")
    if labels:
        put("priority", labels / n, f"{labels} of {n} cells are priority labels")
    elif rows >= 3 and n <= 0.6 * rows and c.long_text <= n / 2 and not c.dates:
        put("priority", 0.5, f"merged down the rows ({n} cells for {rows} rows)")
    return scores, why


def _label_sequence(texts: list[str]) -> int:
    """Cells labelled by one word in sequence ("Theme 1: …", "Theme 2: …"), whatever
    the word (as `labels.py` reads labels in the text): the count, else 0."""
    shapes = [shape(first_line(t)) for t in texts]
    words = {lab.word for lab in shapes if lab}
    ordinals = [lab.ordinals for lab in shapes if lab]
    if len(words) != 1 or not is_sequence(ordinals) or len(ordinals) < 2:
        return 0
    return len(ordinals)


def _numbered_share(cells: list[Cell]) -> float:
    """The share of non-empty cells whose first line opens with an item number."""
    texts = [c.text for c in cells if collapse_spaces(c.text)]
    lines = [collapse_spaces(t.split("\n", 1)[0]) for t in texts]
    return sum(1 for x in lines if split_number(strip_bullet(x))[0]) / len(lines) if lines else 0.0


def _status_values(texts: list[str], key: Mapping[str, str]) -> int:
    return sum(
        1 for t in texts if collapse_spaces(t).lower().strip(".") in key or is_status_value(t)
    )


def _categorical(c: ColumnContent) -> bool:
    """Short values repeating from a small set, not people or dates."""
    return (
        c.cells >= 3
        and c.share(c.short) >= 0.9
        and c.distinct <= max(2, c.cells // 3)
        and c.share(c.people) < 0.5
        and c.share(c.dates) < 0.5
    )


def _short_codes(texts: list[str]) -> bool:
    """Codes of at most three characters ("Q", "T2", "★★"), some repeated: not
    references, which are distinct or numbered in runs."""
    values = [collapse_spaces(t) for t in texts]
    return (
        len(values) >= 3
        and all(0 < len(v) <= 3 for v in values)
        and len(set(values)) < len(values)
        and not _in_sequence(texts)
    )


def _in_sequence(texts: list[str]) -> bool:
    """References numbered in runs ("1, 2, 3, 1, 2"): restarting per priority."""
    numbers = []
    for t in texts:
        digits = "".join(ch for ch in collapse_spaces(t).split(".")[-1] if ch.isdigit())
        if not digits or not is_ref(t):
            return False
        numbers.append(int(digits))
    steps = sum(1 for a, b in pairwise(numbers) if b == a + 1 or b == 1)
    return len(numbers) >= 2 and steps >= 0.7 * (len(numbers) - 1)


def _cue(col: int, title: str, role: str, header: float, content: str | None) -> str:
    parts = []
    if header:
        parts.append(f"header {title!r}")
    if content:
        parts.append(content)
    name = f"column {col + 1}"
    return f"{name} as {ROLE_NAMES[role]} ({'; '.join(parts)})"


def _kind(cols: Columns) -> str:
    if cols.guessed and len(set(cols.roles.values())) < 2:
        return "other"  # a header taken for its form needs two roles from the content
    if cols.has("action", "update"):
        return "progress"
    if cols.has("action") or cols.has("priority", "outcome"):
        return "plan"
    return "other"


def _reading(cols: Columns) -> Reading:
    kind = _kind(cols)
    if kind == "progress":
        deciding = ["action", "update", "status"]
    elif kind == "plan":
        deciding = ["action", "priority", "status"] if cols.has("action") else ["priority"]
    else:
        return Reading(0.5, "other table: no column reads as actions")
    found = [c for r in deciding if (c := cols.col(r)) is not None]
    confidence = min(cols.confidence.get(c, 0.5) for c in found[:2])
    cues = "; ".join(cols.cues[c] for c in found if c in cols.cues)
    if kind == "plan" and cols.has("status"):
        cues += "; no column reports on the work, so the status column is the plan's own"
    return Reading(round(confidence, 2), f"{kind} table: {cues}")
