"""Plan as headed sections with numbered action lists.

With `numbering="auto"` the priority headings and actions are one Word multi-level
list ("Priority %1:" then "%1.%2"), so neither number is in the paragraph text.
With `numbering="typed"` the numbers are typed."""

from __future__ import annotations

from docx.shared import Cm

from corpora.layouts.common import Writer
from corpora.model import Plan, printed_number


def write(w: Writer, plan: Plan) -> None:
    auto = plan.style.numbering == "auto"
    outline = w.num.instance(
        w.num.abstract([("decimal", "Priority %1:", 0.0, 0.0), ("decimal", "%1.%2", 1.3, 1.3)])
    )
    for pri in plan.priorities:
        if auto:
            p = w.doc.add_paragraph(pri.title, style="Heading 1")
            w.num.attach(p, outline, 0)
            w.headings.append(f"Priority {pri.number}: {pri.title}")
        else:
            w.heading(f"Priority {pri.number}: {pri.title}")
        if pri.intro:
            w.plain(pri.intro)
        w.heading("What we want to achieve", level=3, in_contents=False)
        w.bullets(pri.outcomes)
        w.heading(plan.actions_heading, level=3, in_contents=False)
        for k, act in enumerate(pri.actions, start=1):
            _action(w, plan, auto, outline, f"A{pri.number}.{k}", act)


def _action(w: Writer, plan: Plan, auto: bool, outline: int, key: str, act) -> None:
    if auto:
        p = w.doc.add_paragraph(act.text)
        w.num.attach(p, outline, 1)
    else:
        p = w.doc.add_paragraph(f"{printed_number(plan, key)}\t{act.text}")
        p.paragraph_format.left_indent = Cm(1.3)
        p.paragraph_format.first_line_indent = Cm(-1.3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.3))
    w.bullets(act.items, level=1)
    details = []
    if act.lead:
        details.append(f"Lead: {act.lead}")
    if act.by:
        details.append(f"Timescale: {act.by}")
    if details:
        d = w.doc.add_paragraph("; ".join(details))
        d.paragraph_format.left_indent = Cm(1.3)
        d.runs[0].italic = True
