"""Reports: foreword, the board and its people, the priorities of the plan reported
on, and the progress appendix (one table, priority bands, or a table per priority).

When the vocabulary gives the report's kind a voice (`Vocab.report_voices`), the report
speaks in it, where a real one does: an accountability report has the Chair's own
introduction and addressees after the foreword, and the Chair's assessment, closing and
signature at the end of the body, before the appendix; an annual report has a board-voice
foreword and opening, then subgroup, data and statutory sections before the appendix.
The voices are drawn from a generator of their own, so the other draws (and truth) are
those of a report without voices."""

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
    voice = _Voice(w, doc)
    if doc.kind == "annual_report":
        voice.say("foreword")
    w.signoff(chair.name, chair.role or "")
    if doc.kind == "accountability_report" and voice.parts:
        voice.heading("intro_heading")
        voice.say("addressees")
        voice.say("opening")
    w.heading(heads["about"])
    w.plain(
        heads["about_text"].format(
            board=cover_name(w.board), manager_role=manager.role, manager=manager.name
        )
    )
    if doc.kind == "annual_report":
        voice.say("opening")
    _people(w, doc, rng)
    _priorities(w, doc, rng)
    if doc.kind == "annual_report" and voice.parts:
        voice.annual_sections()
    if doc.kind == "accountability_report" and voice.parts:
        voice.heading("assessment_heading")
        voice.say("voice", 3, 4)
        voice.say("closing")
        w.signoff(chair.name, chair.role or "")  # the Chair signs at the end of the body
    _appendix(w, doc)


class _Voice:
    """The report kind's voice parts (`vocab.VOICE_PARTS`), drawn and written."""

    def __init__(self, w: Word, doc: Doc) -> None:
        self.w, self.doc = w, doc
        self.parts: dict[str, tuple[str, ...]] = doc.style.get("voices") or {}  # type: ignore[assignment]
        self.rng = random.Random(f"{w.board.seed}/{doc.doc_id}/voices")
        self.values = {
            "board": cover_name(w.board),
            "place": w.board.place,
            "period": doc.period_printed,
        }

    def draw(self, part: str, low: int = 1, high: int = 1) -> list[str]:
        choices = self.parts.get(part, ())
        if not choices:
            return []
        n = min(len(choices), self.rng.randint(low, high))
        return self.rng.sample(choices, n)

    def text(self, template: str, **more: str) -> str:
        return template.format(**self.values, **more)

    def heading(self, part: str) -> None:
        for text in self.draw(part):
            self.w.heading(self.text(text))

    def say(self, part: str, low: int = 1, high: int = 1) -> None:
        for text in self.draw(part, low, high):
            self.w.plain(self.text(text))

    def annual_sections(self) -> None:
        """Subgroups, the year's data, statutory duties: the board's sections."""
        self.heading("subgroup_heading")
        groups = self.draw("subgroups", 2, 3)
        texts = self.draw("subgroup_text", len(groups), len(groups))  # each its own if it can
        for k, group in enumerate(groups):
            self.w.plain(self.text(texts[k % len(texts)], group=group))
        self.heading("data_heading")
        header = self.draw("data_header")
        measures = [self.text(m) for m in self.draw("measures", 3, 4)]
        if header and "|" in header[0]:  # a small table: header row, one row a measure
            labels = [c.strip() for c in self.text(header[0]).split("|")]
            first = 16.6 - 3.0 * (len(labels) - 1)
            table = self.w.table(labels, [first] + [3.0] * (len(labels) - 1))
            for m in measures:
                self.w.row(table, [c.strip() for c in m.split("|")])
            self.w.finish(table)
        else:  # a lead-in line, then each measure a sentence of its own
            for text in header:
                self.w.plain(self.text(text))
            for m in measures:
                self.w.plain(m)
        self.heading("statutory_heading")
        self.say("statutory", 2, 2)


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
