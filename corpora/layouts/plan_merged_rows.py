"""Plan with one row per action and the priority cell merged down its actions:
`Priority | Ref | Action | Lead | Timescale`."""

from __future__ import annotations

from corpora.layouts import wordkit as wk
from corpora.layouts.common import Writer
from corpora.model import Plan, printed_number


def write(w: Writer, plan: Plan) -> None:
    w.heading("Our Priorities and Outcomes")
    for pri in plan.priorities:
        w.heading(f"Priority {pri.number}: {pri.title}", level=2)
        if pri.intro:
            w.plain(pri.intro)
        w.plain("What we want to achieve:")
        w.bullets(pri.outcomes)
    w.heading(plan.actions_heading)
    w.plain(
        "Each action has a named lead, who reports progress to the Partnership's Business"
        " Group every quarter."
    )
    table = w.doc.add_table(rows=1, cols=5)
    table.style = w.doc.styles["Table Grid"]
    wk.header_row(
        table, ["Priority", "Ref", "Action", "Lead", "Timescale"], w.board.light, w.board.colour
    )
    for pri in plan.priorities:
        first = None
        for k, act in enumerate(pri.actions, start=1):
            row = table.add_row()
            wk.cant_split(row)
            cells = row.cells
            if first is None:
                first = cells[0]
            wk.cell_text(cells[1], printed_number(plan, f"A{pri.number}.{k}"), bold=True)
            wk.cell_text(cells[2], act.text)
            for item in act.items:
                w.num.attach(wk.cell_text(cells[2], item), w.num.bullet_num)
            wk.cell_text(cells[3], act.lead or "")
            wk.cell_text(cells[4], act.by or "")
        merged = first.merge(table.rows[-1].cells[0]) if first is not None else None
        if merged is not None:
            wk.cell_text(merged, f"Priority {pri.number}: {pri.title}", bold=True)
            wk.shade(merged, w.board.light)
    wk.widths(table, [3.2, 1.2, 6.8, 3.2, 2.2])
    w.doc.add_paragraph()
