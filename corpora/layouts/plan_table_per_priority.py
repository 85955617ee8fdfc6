"""Plan with one table per priority: `Ref | Action | Lead | By when`."""

from __future__ import annotations

from corpora.layouts import wordkit as wk
from corpora.layouts.common import Writer
from corpora.model import Plan, printed_number


def write(w: Writer, plan: Plan) -> None:
    for pri in plan.priorities:
        w.heading(f"Priority {pri.number}: {pri.title}")
        if pri.intro:
            w.plain(pri.intro)
        w.heading("Outcomes we want to see", level=3, in_contents=False)
        w.bullets(pri.outcomes)
        w.heading(plan.actions_heading, level=3, in_contents=False)
        table = w.doc.add_table(rows=1, cols=4)
        table.style = w.doc.styles["Table Grid"]
        wk.header_row(table, ["Ref", "Action", "Lead", "By when"], w.board.light, w.board.colour)
        for k, act in enumerate(pri.actions, start=1):
            row = table.add_row()
            cells = row.cells
            wk.cell_text(cells[0], printed_number(plan, f"A{pri.number}.{k}"), bold=True)
            wk.cell_text(cells[1], act.text)
            for item in act.items:
                w.num.attach(wk.cell_text(cells[1], item), w.num.bullet_num)
            wk.cell_text(cells[2], act.lead or "")
            wk.cell_text(cells[3], act.by or "")
        wk.widths(table, [1.4, 8.6, 4.0, 2.6])
        w.doc.add_paragraph()
