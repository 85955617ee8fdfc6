"""Whole documents: a plan or a report for one board and year, written to a docx."""

from __future__ import annotations

from docx.document import Document

from corpora.layouts import (
    plan_merged_rows,
    plan_numbered_lists,
    plan_seed_table,
    plan_table_per_priority,
    progress_tables,
)
from corpora.layouts import wordkit as wk
from corpora.layouts.common import Writer
from corpora.model import Board, Plan, Report, Section

PLAN_LAYOUTS = {
    "seed_table": plan_seed_table.write,
    "merged_rows": plan_merged_rows.write,
    "table_per_priority": plan_table_per_priority.write,
    "numbered_lists": plan_numbered_lists.write,
}


def write_plan(
    board: Board, plan: Plan, contents: list[str] | None, pages: dict[str, int] | None
) -> tuple[Document, list[str]]:
    w = Writer(board, f"{board.name} | {plan.title}", board.short, plan.style.numbering)
    if plan.style.cover:
        w.cover(plan.title, _subtitle(plan), "Published by the Safeguarding Partnership")
    if plan.style.contents:
        w.contents(contents or [], pages)
    w.heading("Foreword")
    for para in plan.foreword:
        w.plain(para)
    w.signoff(plan.signoff)
    _plain_sections(w, plan.sections)
    PLAN_LAYOUTS[plan.style.layout](w, plan)
    _plain_sections(w, plan.closing)
    return w.doc, w.headings


def _subtitle(plan: Plan) -> str:
    if plan.actions_period:
        return f"Refreshed for {plan.actions_period}"
    return plan.period.replace("/", "-")


def _plain_sections(w: Writer, sections: tuple[Section, ...]) -> None:
    for section in sections:
        w.heading(section.heading)
        for para in section.paras:
            if isinstance(para, str):
                w.plain(para)
            elif hasattr(para, "items"):
                w.bullets(para.items)
            else:
                w.box(para)


def write_report(
    board: Board,
    report: Report,
    plan: Plan,
    contents: list[str] | None,
    pages: dict[str, int] | None,
) -> tuple[Document, list[str]]:
    w = Writer(board, f"{board.name} | {report.title}", board.short, report.style.numbering)
    if report.style.cover:
        w.cover(report.title, report.period.replace("/", "-"), "Published by the Board")
    if report.style.contents:
        w.contents(contents or [], pages)
    w.numbered_sections(report.sections)
    w.signoff(report.signoff)
    appendix = 1
    if report.membership:
        wk.page_break(w.doc)
        w.heading(f"Appendix {appendix}: Membership of the Board")
        _membership(w, report)
        appendix += 1
    if report.style.landscape_appendix:
        wk.landscape(w.doc)
    else:
        wk.page_break(w.doc)
    w.heading(f"Appendix {appendix}: {report.progress_title}")
    w.plain(report.progress_intro)
    progress_tables.write(w, report, plan, report.style.landscape_appendix)
    return w.doc, w.headings


def _membership(w: Writer, report: Report) -> None:
    table = w.doc.add_table(rows=1, cols=3)
    table.style = w.doc.styles["Table Grid"]
    wk.header_row(table, ["Name", "Role", "Organisation"], w.board.light, w.board.colour)
    for name, role, org in report.membership:
        cells = table.add_row().cells
        for cell, text in zip(cells, (name, role, org), strict=True):
            wk.cell_text(cell, text)
    wk.widths(table, [4.6, 6.0, 6.0])
