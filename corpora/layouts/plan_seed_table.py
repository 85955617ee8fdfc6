"""Seed-like plan: one `Strategic Priority | Outcome | Actions` table, one row per
priority, numbered lists inside cells; long rows break across pages."""

from __future__ import annotations

from docx.shared import Pt

from corpora.layouts import wordkit as wk
from corpora.layouts.common import Writer
from corpora.model import Plan, Priority, printed_number


def write(w: Writer, plan: Plan) -> None:
    w.heading("Our Priorities")
    w.plain(
        f"The key priorities agreed by the {w.board.short} for {plan.actions_period or plan.period}"
        " are:"
    )
    for pri in plan.priorities:
        p = w.doc.add_paragraph(f"Priority {pri.number}: {pri.title}")
        p.runs[0].bold = True
    w.plain(
        "The table below sets out, for each priority, the outcomes we are working towards"
        " and the specific actions partners have agreed to deliver this year."
    )
    table = w.doc.add_table(rows=1, cols=3)
    table.style = w.doc.styles["Table Grid"]
    wk.header_row(
        table,
        ["Strategic Priority", "Outcome", plan.actions_heading],
        w.board.light,
        w.board.colour,
    )
    for pri in plan.priorities:
        _priority_row(w, table, plan, pri)
    wk.widths(table, [3.6, 6.0, 7.0])
    w.doc.add_paragraph()


def _priority_row(w: Writer, table, plan: Plan, pri: Priority) -> None:
    cells = table.add_row().cells
    wk.cell_text(cells[0], f"Priority {pri.number}: {pri.title}", bold=True)
    auto = plan.style.numbering == "auto"
    decimal = w.num.abstract([("decimal", "%1.", 0.6, 0.6), ("bullet", "-", 1.2, 0.5)])
    outcome_list = w.num.instance(decimal, start=1)
    for k, outcome in enumerate(pri.outcomes, start=1):
        if auto:
            w.num.attach(wk.cell_text(cells[1], outcome), outcome_list)
        else:
            wk.cell_text(cells[1], f"{k}. {outcome}")
    keys = [f"A{pri.number}.{k}" for k in range(1, len(pri.actions) + 1)]
    start = int(printed_number(plan, keys[0])) if keys else 1
    action_list = w.num.instance(decimal, start=start)
    for key, act in zip(keys, pri.actions, strict=True):
        if auto:
            w.num.attach(wk.cell_text(cells[2], act.text), action_list)
        else:
            wk.cell_text(cells[2], f"{printed_number(plan, key)}. {act.text}")
        for item in act.items:
            p = wk.cell_text(cells[2], item)
            if auto:
                w.num.attach(p, action_list, 1)
            else:
                p.runs[0].text = f"- {item}"
                p.paragraph_format.left_indent = Pt(18)
