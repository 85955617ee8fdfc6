"""The wide tables of the draft: the progress appendix and the before-you-publish
checklist, with sources as comments on every cell."""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from drafting.build.appendix import STATUS_LABELS
from drafting.model import AppendixRow, ChecklistItem, Draft, Sentence
from drafting.writers.docx.comments import add_comment, add_sources, describe, notes_shown
from drafting.writers.docx.parts import GAP_NOTE, add_sentences, no_split, repeat_header, shade

BAND = "D9E2F3"
HEAD = "1F4E79"
GAP_FILL = "FFF2CC"
PROGRESS_WIDTHS = (Cm(9.3), Cm(12.0), Cm(3.9))
CHECK_WIDTHS = (Cm(6.0), Cm(2.6), Cm(8.0))
CELL_PT = 9.5


def _header(table: Table, titles: tuple[str, ...]) -> None:
    row = table.rows[0]
    repeat_header(row)
    for cell, title in zip(row.cells, titles, strict=True):
        run = cell.paragraphs[0].add_run(title)
        run.bold = True
        run.font.size = Pt(CELL_PT + 0.5)
        run.font.color.rgb = None
        shade(cell, BAND)


def _widths(table: Table, widths: tuple[Cm, ...]) -> None:
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=False):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def progress_table(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> Table:
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    _header(table, draft.appendix_columns)
    priority = None
    for row in draft.rows:
        if row.priority != priority:
            priority = row.priority
            _band(document, table, row, date)
        _action_row(document, table, row, date)
    _widths(table, PROGRESS_WIDTHS)
    return table


def _band(document: DocxDocument, table: Table, row: AppendixRow, date: dt.datetime | None) -> None:
    cells = table.add_row().cells
    merged = cells[0].merge(cells[2])
    merged.paragraphs[0].paragraph_format.keep_with_next = True
    run = merged.paragraphs[0].add_run(row.priority)
    run.bold = True
    run.font.size = Pt(CELL_PT + 0.5)
    shade(merged, BAND)
    if row.action_cite is not None:
        add_sources(document, [run], [row.action_cite], date)


def _action_row(
    document: DocxDocument, table: Table, row: AppendixRow, date: dt.datetime | None
) -> None:
    added = table.add_row()
    no_split(added)
    action, update, status = added.cells
    _action_cell(document, action, row, date)
    add_sentences(document, update.paragraphs[0], row.update, date, size=CELL_PT)
    if row.gap and notes_shown():
        shade(update, GAP_FILL)
    _status_cell(document, status, row, date)


def _action_cell(
    document: DocxDocument, cell: _Cell, row: AppendixRow, date: dt.datetime | None
) -> None:
    paragraph = cell.paragraphs[0]
    prefix = f"{row.number}. " if row.number else ""
    run = paragraph.add_run(prefix + row.action)
    run.font.size = Pt(CELL_PT)
    if row.action_cite is None:
        pass  # a row a person added: nothing to source
    elif notes_shown():
        lines = [describe(row.action_cite)]
        if row.history:
            lines += ["Carried over. History:", *row.history]
        add_comment(document, [run], lines, date)
    else:
        add_sources(document, [run], [row.action_cite], date)
    for item in row.items:
        p = cell.add_paragraph()
        item_run = p.add_run(f"– {item}")
        item_run.font.size = Pt(CELL_PT)
        p.paragraph_format.left_indent = Cm(0.5)


def _status_cell(
    document: DocxDocument, cell: _Cell, row: AppendixRow, date: dt.datetime | None
) -> None:
    label = STATUS_LABELS[row.shown_status]
    run = cell.paragraphs[0].add_run(label)
    run.bold = True
    run.font.size = Pt(CELL_PT)
    if not notes_shown():
        return
    if row.status_unset or row.status_review == "to_confirm":
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        shade(cell, GAP_FILL)
    add_comment(document, [run], _status_note(row, label), date)
    cue = cell.add_paragraph().add_run(f"Cue: {row.status_cue}")
    cue.italic = True
    cue.font.size = Pt(CELL_PT - 1.5)


def _status_note(row: AppendixRow, label: str) -> list[str]:
    """The comment on a status: what it rests on, and whether a person confirmed it."""
    if row.status_unset:
        return [GAP_NOTE]
    if row.status_review == "to_confirm":
        return [f"The suggested status was rejected ({row.status_cue}): set it before publishing."]
    said = "Status confirmed" if row.status_review == "confirmed" else "Suggested status"
    sources = [describe(c) for s in row.update for c in s.cites]
    return [f"{said}: {label}; cue: {row.status_cue}.", *sources]


def checklist_table(
    document: DocxDocument, items: tuple[ChecklistItem, ...], date: dt.datetime | None
) -> Table:
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    _header(table, ("Statutory guidance expects", "In the evidence?", "Where"))
    for item in items:
        req, found, where = table.add_row().cells
        req.paragraphs[0].add_run(item.requirement).font.size = Pt(CELL_PT)
        mark = found.paragraphs[0].add_run("Found" if item.found else "Not found")
        mark.bold = True
        mark.font.size = Pt(CELL_PT)
        if not item.found:
            mark.font.highlight_color = WD_COLOR_INDEX.YELLOW
            shade(found, GAP_FILL)
        sentences = [
            Sentence(f"{c.document}: “{_short(c.quote)}”", "quoted", (c,)) for c in item.where
        ]
        if not sentences:
            sentences = [Sentence("Not found in the documents for this year.", "note")]
        if item.written is not None:
            sentences = [Sentence(item.written, "written")]
        if item.last_year and item.written is None:
            c = item.last_year[0]
            sentences.append(Sentence(f"Last year: “{_short(c.quote)}”", "quoted", (c,)))
        if item.note and item.written is None:
            sentences.append(Sentence(item.note, "note"))
        add_sentences(document, where.paragraphs[0], sentences, date, size=CELL_PT - 0.5)
        add_comment(document, [mark], [describe(c) for c in item.where] or [GAP_NOTE], date)
    _widths(table, CHECK_WIDTHS)
    return table


def _short(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
