"""Render the parsed seed (`tests/seed/parse.py`) to a realistic PDF with reportlab.

Layout, like a council's Word-exported report: a cover-sized title, numbered section
headings in bold, numbered paragraphs with the number in a hanging indent, a running
header and a "Page N of M"-style footer on every page; the plan table (ruled, bold
shaded header, `repeatRows=1`, rows allowed to split across pages) with numbered
lists and dash bullets inside cells; Appendix 3 likewise.

Nothing from the seed is stored here: the text is read at run time.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tests.seed.parse import Item, Seed

RUNNING_HEADER = "Safeguarding Children Board - Accountability Report"
RUNNING_FOOTER = "www.example.org.uk"

_base = getSampleStyleSheet()
BODY = ParagraphStyle("body", _base["Normal"], fontName="Helvetica", fontSize=10.5, leading=13)
PARA = ParagraphStyle("para", BODY, leftIndent=1.4 * cm, bulletIndent=0, spaceAfter=7)
BULLET = ParagraphStyle("bullet", BODY, leftIndent=2.2 * cm, bulletIndent=1.6 * cm, spaceAfter=3)
H1 = ParagraphStyle(
    "h1", BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=8
)
TITLE = ParagraphStyle(
    "title", BODY, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=18
)
CELL = ParagraphStyle("cell", BODY, fontSize=9, leading=11, spaceAfter=3)
CELL_ITEM = ParagraphStyle("cell_item", CELL, leftIndent=14, bulletIndent=0)
CELL_SUB = ParagraphStyle("cell_sub", CELL, leftIndent=26, bulletIndent=14, spaceAfter=1)
CELL_HEAD = ParagraphStyle("cell_head", CELL, fontName="Helvetica-Bold")


def _p(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    return Paragraph(escape(text), style, bulletText=bullet)


def _running(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    width, height = A4
    canvas.drawString(2 * cm, height - 1.2 * cm, RUNNING_HEADER)
    canvas.drawString(2 * cm, 1.0 * cm, RUNNING_FOOTER)
    canvas.drawRightString(width - 2 * cm, 1.0 * cm, f"Page {doc.page}")
    canvas.restoreState()


def _items(items: tuple[Item, ...]) -> list[Paragraph]:
    out = []
    for item in items:
        out.append(_p(item.text, CELL_ITEM, f"{item.number}."))
        out.extend(_p(sub, CELL_SUB, "-") for sub in item.items)
    return out


def _table(data: list[list], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _plan(seed: Seed) -> list:
    head = [_p(h, CELL_HEAD) for h in seed.plan.header]
    rows: list[list] = [head]
    for row in seed.plan.rows:
        rows.append([_p(row.priority, CELL), _items(row.outcomes), _items(row.actions)])
    return [_table(rows, [3.6 * cm, 6.2 * cm, 7.2 * cm])]


def _progress(seed: Seed) -> list:
    head = [_p(h, CELL_HEAD) for h in seed.progress.header]
    rows: list[list] = [head]
    for row in seed.progress.rows:
        cell = [_p(row.action, CELL_ITEM, f"{row.number}.")]
        cell.extend(_p(sub, CELL_SUB, "-") for sub in row.items)
        rows.append([cell, _p(row.update, CELL)])
    return [
        _p("Appendix 3:", H1),
        _p(seed.progress.caption, H1),
        _table(rows, [9 * cm, 8 * cm]),
    ]


def render(seed: Seed) -> bytes:
    """The seed as PDF bytes."""
    story: list = [_p(seed.title, TITLE)]
    for section in seed.sections:
        story.append(_p(f"{section.number}. {section.heading}", H1))
        for para in section.paragraphs:
            story.append(_p(para.text, PARA, para.number))
            story.extend(_p(b, BULLET, "•") for b in para.items)
    story += [PageBreak(), _p("Business Improvement Plan 2017-19", H1), Spacer(1, 6)]
    story += _plan(seed)
    story += [Spacer(1, 12), *_progress(seed)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    doc.build(story, onFirstPage=_running, onLaterPages=_running)
    return buf.getvalue()
