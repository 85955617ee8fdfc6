"""Progress rows from progress tables, in their variants:
`Planned Action | Update`, `What we said we would do | What we did`,
`Action | Progress update | Status`, `Ref | Action | Progress update`, `… | RAG`.

A progress table has a column that reads as the action and one that reads as an update
or a status. Header rows, headers repeated after a page break and "Priority n: …"
section rows are not data rows. A row with no action and no ref continues the row
before it (a row cut by a page break that the backend did not stitch). Bullets inside
cells are kept as "- " lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from extract.model import Block, Cell, ListItem, Source
from extract.text_rules import collapse_spaces
from nlp.findings.colours import shade_name
from nlp.findings.columns import Columns
from nlp.findings.model import Reading, Status
from nlp.findings.plan_tables import context_priority
from nlp.findings.priorities import PriorityRegistry
from nlp.findings.status import StatusDecision, classify
from nlp.findings.status_cells import from_cell
from nlp.findings.tables import TableRun
from nlp.findings.text import cell_first_number, cell_lines, split_number


@dataclass
class ProgressRowCandidate:
    """A progress row being read; becomes `nlp.findings.model.Progress` once ids are given."""

    row: int
    number: str | None
    action: str
    update: str
    status_cell: str | None
    shading: str | None
    source: Source
    position: tuple[int, int]
    priority: str | None = None
    decision: StatusDecision = field(default_factory=lambda: StatusDecision("unknown", None))
    reading: Reading | None = None


def is_progress(cols: Columns) -> bool:
    """A progress table: an action column and an update column (judged from header and
    content by `table_reading`)."""
    if cols.kind is not None:
        return cols.kind == "progress"
    return cols.has("action") and (cols.has("update") or cols.has("status"))


def read_progress_run(
    run: TableRun, blocks: tuple[Block, ...], registry: PriorityRegistry
) -> list[ProgressRowCandidate]:
    cols = run.columns
    priority = context_priority(blocks, run.first_block, registry)
    out: list[ProgressRowCandidate] = []
    for row in run.rows:
        if row.section is not None:
            # a "Priority n: …" band names the rows' priority; it is not a priority
            # of this document (a report restates the plan's)
            label, title = row.section
            priority = label or title or priority
            continue
        ref = collapse_spaces(row.text(cols, "ref"))
        action_lines = cell_lines(row.cell(cols, "action"))
        update_lines = cell_lines(row.cell(cols, "update"))
        status_cell = row.cell(cols, "status")
        if out and not ref and _continues(action_lines, out[-1]):
            _extend(out[-1], action_lines, update_lines, status_cell)
            continue
        number, action_text = _action(ref, row.cell(cols, "action"))
        if not action_text and not update_lines:
            continue
        out.append(
            ProgressRowCandidate(
                row=len(out) + 1,
                number=number,
                action=action_text,
                update="\n".join(update_lines),
                status_cell=collapse_spaces(status_cell.text) if status_cell is not None else None,
                shading=_shading(status_cell),
                source=row.row.source,
                position=(row.block, row.index),
                priority=priority,
            )
        )
    for draft in out:
        draft.decision = classify(draft.update, draft.status_cell, draft.shading, run.key)
    _vote_unread_values(out, run.key)
    for draft in out:
        draft.reading = row_reading(cols.reading, draft.decision, run.key_text)
    return out


def read_progress_runs(
    runs: list[TableRun], blocks: tuple[Block, ...], registry: PriorityRegistry
) -> list[ProgressRowCandidate]:
    """Every progress table's rows; the unread status values voted on over all tables
    with the same header (a table per priority holds few rows)."""
    read = [(run, read_progress_run(run, blocks, registry)) for run in runs]
    groups: dict[tuple[str, ...], list[tuple[TableRun, list[ProgressRowCandidate]]]] = {}
    for run, rows in read:
        groups.setdefault(tuple(h.lower() for h in run.columns.header), []).append((run, rows))
    for group in groups.values():
        if len(group) < 2:
            continue
        pooled = [d for _, rows in group for d in rows]
        for run, rows in group:
            for d in rows:  # vote again from the wording, over the whole group
                d.decision = classify(d.update, d.status_cell, d.shading, run.key)
        _vote_unread_values(pooled, group[0][0].key)
        for run, rows in group:
            for d in rows:
                d.reading = row_reading(run.columns.reading, d.decision, run.key_text)
    return [d for _, rows in read for d in rows]


def _vote_unread_values(rows: list[ProgressRowCandidate], key: Mapping[str, Status]) -> None:
    """Guess: a status value that neither a key nor the status families read ("Live",
    "★★") means one thing down the column; rows holding it take the status that most of
    their updates' wording says (at least two rows agreeing, more than half of those
    whose wording decided), at low strength."""
    groups: dict[str, list[ProgressRowCandidate]] = {}
    for draft in rows:
        value = (draft.status_cell or "").strip()
        if value and from_cell(value, draft.shading, key) is None:
            groups.setdefault(value.lower(), []).append(draft)
    for members in groups.values():
        votes = Counter(d.decision.status for d in members if d.decision.status != "unknown")
        if not votes:
            continue
        status, n = votes.most_common(1)[0]
        if n < 2 or n <= sum(votes.values()) / 2:
            continue
        cue = f"{members[0].status_cell} (as {n} of {len(members)} rows' updates read)"
        for d in members:
            d.decision = StatusDecision(status, cue, strength=0.45)


def row_reading(table: Reading | None, decision: StatusDecision, key_text: str) -> Reading:
    """The row's reading: the table's kind, then where its status came from. Less sure
    when the status came from the update's wording than from a status cell."""
    base = table or Reading(0.5, "progress table")
    if decision.cue and decision.cue.endswith("(key)"):
        source = f"status {decision.cue[:-6]!r} read with the key {key_text!r}"
    elif decision.strength >= 1.0:
        source = f"status cell {decision.cue!r}"
    elif decision.rag and decision.cue and ";" in decision.cue:
        source = f"{decision.rag} narrowed by the update's wording ({decision.cue})"
    elif decision.rag or decision.strength >= 0.7:
        source = f"status cell {decision.cue!r}"
    elif decision.cue:
        source = f"the update's wording ({decision.cue!r})"
    else:
        source = "nothing in the row says how far the work got"
    confidence = round(base.confidence * (0.5 + 0.5 * decision.strength), 2)
    return Reading(confidence, f"{base.cue}; {source}")


def _continues(action_lines: list[str], last: ProgressRowCandidate) -> bool:
    if not action_lines:
        return True
    first = action_lines[0]
    number, _ = split_number(first)
    return number is None and first[:1].islower()


def _extend(
    last: ProgressRowCandidate,
    action_lines: list[str],
    update_lines: list[str],
    status: Cell | None,
) -> None:
    if action_lines:
        last.action = _join(last.action, action_lines)
    if update_lines:
        last.update = _join(last.update, update_lines)
    if status is not None and collapse_spaces(status.text) and not last.status_cell:
        last.status_cell = collapse_spaces(status.text)
        last.shading = _shading(status)


def _join(text: str, lines: list[str]) -> str:
    """Joins the continuation of a cut cell: a cut sentence runs on, a new line stays."""
    if text and not lines[0].startswith("- ") and not text.rstrip().endswith((".", ":", ";")):
        return text + " " + "\n".join(lines)
    return "\n".join([text, *lines]) if text else "\n".join(lines)


def _action(ref: str, cell: Cell | None) -> tuple[str | None, str]:
    """(number, text): the number from the Ref column, else the action's own label."""
    lines = cell_lines(cell)
    number = cell_first_number(cell)
    if lines and number is not None:
        first = cell.blocks[0] if cell is not None else None
        if isinstance(first, ListItem) or (first is not None and first.number):
            lines[0] = collapse_spaces(first.text)
        else:
            lines[0] = split_number(lines[0])[1]
    text = "\n".join(lines)
    if ref:
        return split_number(ref + " x")[0] or ref.rstrip("."), text
    return number, text


def _shading(cell: Cell | None) -> str | None:
    """The colour name of a Status/RAG cell's shading, when the backend gives one."""
    if cell is None:
        return None
    return shade_name(cell.shading) if cell.shading else None
