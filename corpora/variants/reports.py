"""Reports: foreword, the board and its people, the priorities of the plan reported
on, and the progress appendix (one table, priority bands, or a table per priority)."""

from __future__ import annotations

import random

from corpora.layouts import wordkit as wk
from corpora.variants.model import Doc, Person, Priority, Row
from corpora.variants.word import Word, cover_name

MONTHS = ("May", "July", "September", "November", "January")


def write_report(w: Word, doc: Doc, rng: random.Random) -> None:
    chair, manager = doc.people[0], doc.people[1]
    heads = doc.style["headings"]
    w.heading(heads["foreword"])
    w.plain(heads["report_foreword"].format(period=doc.period_printed))
    w.signoff(chair.name, chair.role or "")
    w.heading(heads["about"])
    w.plain(
        heads["about_text"].format(
            board=cover_name(w.board), manager_role=manager.role, manager=manager.name
        )
    )
    _people(w, doc, rng)
    _priorities(w, doc, rng)
    _appendix(w, doc)


def _people(w: Word, doc: Doc, rng: random.Random) -> None:
    style, members = doc.style["people_style"], doc.membership
    heads = doc.style["headings"]
    if style in ("membership", "attendance"):
        w.heading(heads["people_table"], 2)
        header = list(doc.style["membership_header"])
        table = w.table(header, [5.0, 6.0, 5.6])
        for p in members:
            name = f"{p.name} ({p.initials})" if style == "attendance" else p.name
            w.row(table, [name, p.role, p.org])
        w.finish(table)
        return
    w.heading(heads["people_prose"], 2)
    for p in members:
        w.plain(_sentence(str(doc.style["people_template"]), p, rng))


def _sentence(template: str, p: Person, rng: random.Random) -> str:
    """One person in prose, from the vocabulary's template for the style."""
    month = rng.choice(MONTHS)
    return template.format(name=p.name, role=p.role, org=p.org, month=month)


def _priorities(w: Word, doc: Doc, rng: random.Random) -> None:
    heads = doc.style["headings"]
    w.heading(heads["priorities"])
    intro = doc.style["intro"].format(
        period=doc.style["plan_period"], count=_count(len(doc.priorities))
    )
    if rng.random() < 0.5:
        w.plain(intro)
        w.bullets([p.title for p in doc.priorities])
        return
    w.plain(intro.rstrip(":") + ".")
    for pri in doc.priorities:
        w.heading(f"{pri.label} {pri.title}", 2)
        w.plain(heads["priority_note"])


def _count(n: int) -> str:
    return ("Three", "Four", "Five")[n - 3]


def _appendix(w: Word, doc: Doc) -> None:
    heads = doc.style["headings"]
    w.heading(heads["appendix"].format(period=doc.style["plan_period"]))
    w.plain(heads["appendix_note"])
    cols = doc.style["columns"]
    scheme = doc.style["scheme"]
    keyed = bool(scheme.key) and any(role == "status" for _, role in cols)
    key_after = scheme.name in KEY_AFTER
    if keyed and not key_after:
        w.plain(scheme.key)
    by_pri: dict[int, list[Row]] = {}
    for row in doc.rows:
        by_pri.setdefault(row.priority, []).append(row)
    priorities = {p.number: p for p in doc.priorities}
    if doc.layout in ("progress_per_priority", "under_headings"):
        for number, rows in by_pri.items():
            w.heading(_title(priorities[number]), 2)
            if doc.layout == "under_headings":  # dev: a lead-in between heading and table
                w.plain(UNDER_HEADING_LEAD.format(count=len(rows)))
            _table(w, cols, rows, None)
    else:
        bands = priorities if doc.layout == "banded" else None
        _table(w, cols, doc.rows, bands, header=doc.layout != "headerless")
    if keyed and key_after:
        w.plain(scheme.key)


# dev only: a key printed after the table(s), and the lead-in of `under_headings`
KEY_AFTER = ("star_key",)
UNDER_HEADING_LEAD = "Partners reported on the {count} actions of this priority as follows."


def _title(pri: Priority) -> str:
    return f"{pri.label} {pri.title}"


def _table(w: Word, cols, rows: list[Row], bands, header: bool = True) -> None:
    sizes = {"action": 6.0, "update": 7.0, "status": 2.2, "lead": 2.8, "ref": 1.3, "timescale": 2.2}
    fixed = sum(sizes[r] for _, r in cols if r not in ("action", "update"))
    scale = (16.6 - fixed) / 13.0
    cms = [sizes[r] * (scale if r in ("action", "update") else 1.0) for _, r in cols]
    table = w.table([label for label, _ in cols], cms)
    if not header:  # dev `headerless`: the columns say what they hold by content alone
        table._tbl.remove(table.rows[0]._tr)
    band = None
    for row in rows:
        if bands is not None and row.priority != band:
            band = row.priority
            w.band(table, _title(bands[band]))
        cells = table.add_row().cells
        for cell, (_, role) in zip(cells, cols, strict=True):
            _cell(w, cell, role, row)
    w.finish(table)


def _cell(w: Word, cell, role: str, row: Row) -> None:
    if role == "action":
        wk.cell_text(cell, row.action)
        w.cell_bullets(cell, row.action_items)
    elif role == "update":
        for part in row.update:
            wk.cell_text(cell, part)
    elif role == "status":
        wk.cell_text(cell, row.status_cell or "", bold=True)
        if row.fill:
            wk.shade(cell, row.fill)
    elif role == "ref":
        wk.cell_text(cell, row.ref or "", bold=True)
    elif role == "lead":
        wk.cell_text(cell, row.lead or "")
    elif role == "timescale":
        wk.cell_text(cell, row.timescale or "")
