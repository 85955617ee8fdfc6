"""Progress appendices: `Planned Action | Update`, `What we said we would do | What we
did`, `Action | Progress update | Status`, `Ref | Action | Progress update | RAG`."""

from __future__ import annotations

from docx.shared import RGBColor

from corpora.layouts import wordkit as wk
from corpora.layouts.common import Writer
from corpora.model import Plan, Progress, Report, action_index, printed_number

STATUS_FILLS = {
    "complete": "C6EFCE",
    "completed": "C6EFCE",
    "green": "C6EFCE",
    "g": "C6EFCE",
    "on track": "FFEB9C",
    "in progress": "FFEB9C",
    "amber": "FFEB9C",
    "a": "FFEB9C",
    "delayed": "FFC7CE",
    "red": "FFC7CE",
    "r": "FFC7CE",
}


def row_action(plan: Plan, row: Progress) -> tuple[str, tuple[str, ...]]:
    """The action as the report restates it: its text and items."""
    _, _, act = action_index(plan)[row.actions[0]]
    text = row.text if row.text is not None else act.text
    if row.items is not None:
        return text, row.items
    return text, act.items if row.text is None else ()


def write(w: Writer, report: Report, plan: Plan, landscape: bool) -> None:
    cols = report.progress_columns
    table = w.doc.add_table(rows=1, cols=len(cols))
    table.style = w.doc.styles["Table Grid"]
    wk.header_row(table, list(cols), w.board.light, w.board.colour)
    index = action_index(plan)
    band = None
    for n, row in enumerate(report.progress, start=1):
        pri = index[row.actions[0]][0]
        if report.progress_bands and pri.number != band:
            band = pri.number
            _band(w, table, f"Priority {pri.number}: {pri.title}")
        _row(w, table, plan, n, row)
    total = 25.3 if landscape else 16.6
    w_status = 2.6 if cols[-1] in ("Status", "RAG") else 0.0
    w_ref = 1.4 if cols[0] == "Ref" else 0.0
    rest = total - w_status - w_ref
    sizes = [w_ref] if w_ref else []
    sizes += [rest * 0.45, rest * 0.55]
    sizes += [w_status] if w_status else []
    wk.widths(table, sizes)


def _band(w: Writer, table, text: str) -> None:
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    p = wk.cell_text(merged, text, bold=True)
    p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    wk.shade(merged, w.board.colour)


def _row(w: Writer, table, plan: Plan, n: int, row: Progress) -> None:
    cols = [c.lower() for c in _labels(table)]
    cells = table.add_row().cells
    i = 0
    if cols[0] == "ref":
        wk.cell_text(cells[0], " / ".join(printed_number(plan, k) for k in row.actions), bold=True)
        i = 1
    text, items = row_action(plan, row)
    if cols[i].startswith("planned action"):
        wk.cell_text(cells[i], f"{n}. {text}")
    else:
        wk.cell_text(cells[i], text)
    for item in items:
        w.num.attach(wk.cell_text(cells[i], item), w.num.bullet_num)
    for part in row.update.split("\n"):
        wk.cell_text(cells[i + 1], part)
    if row.status_cell is not None:
        status = cells[i + 2]
        wk.cell_text(status, row.status_cell, bold=True)
        fill = STATUS_FILLS.get(row.status_cell.lower())
        if fill:
            wk.shade(status, fill)


def _labels(table) -> list[str]:
    return [c.text.strip() for c in table.rows[0].cells]
