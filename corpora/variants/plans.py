"""Plan layouts: priorities with their actions, in one of six shapes.

cell_lists      `Priority | Outcome | Actions 2017/18`, one row per priority, actions in the cell
merged_rows     one row per action, priority cell merged down its actions
table_per_priority  a heading and a `Ref | Action | Lead | Timescale` table per priority
headed_lists    a heading per priority, numbered actions, then a labelled block
rag_plan        a table per priority with a RAG/Status column (still a plan)
banded_plan     (held-out only) one table, priority band rows, a labelled block row
"""

from __future__ import annotations

from corpora.layouts import wordkit as wk
from corpora.variants.model import Doc, Priority
from corpora.variants.word import Word

# (prints lead, prints timescale) where a layout leaves them out
PRINTS = {"cell_lists": (False, False), "headed_lists": (True, False)}


def write_plan(w: Word, doc: Doc) -> None:
    cols = doc.style["columns"]
    caption = doc.style["caption"]
    heads = doc.style["headings"]
    if doc.layout in ("merged_rows", "cell_lists"):
        for pri in doc.priorities:
            w.heading(_head(pri), 2)
            w.plain(heads["outcomes_lead"])
            w.bullets(pri.outcomes)
    w.heading(caption if doc.actions_period or doc.style["caption_only"] else heads["actions"])
    WRITERS[doc.layout](w, doc, cols)


def _head(pri: Priority) -> str:
    return f"{pri.label} {pri.title}"


def _number(doc: Doc, text: str, number: str) -> str:
    return f"{number}. {text}" if doc.style["numbers"] == "per_priority" else f"{number} {text}"


def cell_lists(w: Word, doc: Doc, cols) -> None:
    head = doc.style["caption"] if doc.actions_period else cols["action"]
    table = w.table([cols["priority"], cols["outcome"], head], [3.5, 5.0, 8.1])
    for pri in doc.priorities:
        cells = w.row(table, [_head(pri), None, None])
        w.cell_bullets(cells[1], pri.outcomes)
        for act in pri.actions:
            wk.cell_text(cells[2], _number(doc, act.text, act.number))
            w.cell_bullets(cells[2], act.items)
    w.finish(table)


def merged_rows(w: Word, doc: Doc, cols) -> None:
    labels = [cols["priority"], cols["ref"], cols["action"], cols["lead"], cols["timescale"]]
    table = w.table(labels, [3.2, 1.3, 6.7, 3.2, 2.2])
    for pri in doc.priorities:
        first = None
        for act in pri.actions:
            cells = w.row(table, [None, act.number, act.text, act.lead, act.by])
            w.cell_bullets(cells[2], act.items)
            first = first if first is not None else cells[0]
        if first is not None:
            merged = first.merge(table.rows[-1].cells[0])
            wk.cell_text(merged, _head(pri), bold=True)
            wk.shade(merged, w.board.light)
    w.finish(table)


def table_per_priority(w: Word, doc: Doc, cols, status: bool = False) -> None:
    labels = [cols["ref"], cols["action"], cols["lead"], cols["timescale"]]
    sizes = [1.4, 8.6, 4.0, 2.6]
    if status:
        labels.append(cols["status"])
        sizes = [1.4, 7.2, 3.6, 2.2, 2.2]
    for pri in doc.priorities:
        w.heading(_head(pri), 2)
        table = w.table(labels, sizes)
        for act in pri.actions:
            extra = [act.plan_status] if status else []
            cells = w.row(table, [act.number, act.text, act.lead, act.by, *extra])
            w.cell_bullets(cells[1], act.items)
        w.finish(table)
        _block(w, doc, pri)


def rag_plan(w: Word, doc: Doc, cols) -> None:
    table_per_priority(w, doc, cols, status=True)


def headed_lists(w: Word, doc: Doc, cols) -> None:
    auto = bool(doc.style["auto_numbers"]) and doc.style["numbers"] == "per_priority"
    for pri in doc.priorities:
        w.heading(_head(pri), 2)
        w.plain(doc.style["headings"]["plan_lead"])
        entries = [(a.number, a.text, a.items) for a in pri.actions]
        w.numbered(entries, auto)
        leads = [f"{a.number} {a.lead}" for a in pri.actions if a.lead]
        if leads:
            w.plain(f"{cols['lead']}: " + "; ".join(leads) + ".")
        _block(w, doc, pri)


def banded_plan(w: Word, doc: Doc, cols) -> None:
    labels = [cols["ref"], cols["action"], cols["lead"], cols["timescale"]]
    table = w.table(labels, [1.4, 8.6, 4.0, 2.6])
    for pri in doc.priorities:
        w.band(table, _head(pri))
        for act in pri.actions:
            cells = w.row(table, [act.number, act.text, act.lead, act.by])
            w.cell_bullets(cells[1], act.items)
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        wk.cell_text(merged, f"{doc.style['block']}:", bold=True)
        w.cell_bullets(merged, pri.outcomes)
    w.finish(table)


def _block(w: Word, doc: Doc, pri: Priority) -> None:
    """The labelled block after a priority's actions: not actions."""
    w.plain(f"{doc.style['block']}:", bold=True)
    w.bullets(pri.outcomes)


WRITERS = {
    "cell_lists": cell_lists,
    "merged_rows": merged_rows,
    "table_per_priority": table_per_priority,
    "headed_lists": headed_lists,
    "rag_plan": rag_plan,
    "banded_plan": banded_plan,
}
