"""Generated board-report PDFs (reportlab) for the PDF tests and the benchmark.

`report(sections=3)` lays out, in order:
  page 1  cover: title in 24 pt ("Annual Report of the Example Board 2019/20");
  page 2  "Contents" with dot leaders and page numbers;
  then    numbered sections: bold 14 pt heading "N. Section N", paragraphs "N.1" ..
          "N.3" (number in a hanging indent, 10 pt body), a bulleted list after N.2;
  then    a ruled 3-column table (bold shaded header, 40 rows, `repeatRows=1`) that
          runs over pages; a borderless aligned 4-column table; a two-column page;
          a landscape page with a ruled table.
Every page has a running header and a "Page N" footer. The paragraphs' words come
from a fixed list, so the expected values are exact.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HEADER = "Example Safeguarding Board - Annual Report 2019/20"
FOOTER = "Published by the Example Board"
TITLE = "Annual Report of the Example Board 2019/20"
WORDS = [
    "partners",
    "agreed",
    "safeguarding",
    "practice",
    "review",
    "multi-agency",
    "audit",
    "children",
    "families",
    "board",
    "assurance",
    "learning",
    "training",
    "early",
    "help",
    "neglect",
    "exploitation",
    "schools",
    "police",
    "health",
    "council",
    "priority",
    "outcome",
    "evidence",
    "improvement",
]

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=12.5, spaceAfter=6)
NUMBERED = ParagraphStyle("n", BODY, leftIndent=1.2 * cm, bulletIndent=0)
BULLET = ParagraphStyle("u", BODY, leftIndent=1.8 * cm, bulletIndent=1.2 * cm, spaceAfter=2)
H1 = ParagraphStyle("h", BODY, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=8)
COVER = ParagraphStyle("c", BODY, fontName="Helvetica-Bold", fontSize=24, leading=29)
CELL = ParagraphStyle("t", BODY, fontSize=9, leading=11, spaceAfter=0)
HEAD = ParagraphStyle("th", CELL, fontName="Helvetica-Bold")


def sentence(i: int, n: int = 40) -> str:
    """Deterministic text of `n` words starting at word `i`, ending with a full stop."""
    words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(n)]
    return " ".join(words).capitalize() + "."


def _running(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, height - 1.2 * cm, HEADER)
    canvas.drawString(2 * cm, 1.0 * cm, FOOTER)
    canvas.drawRightString(width - 2 * cm, 1.0 * cm, f"Page {doc.page}")
    canvas.restoreState()


def _templates() -> list[PageTemplate]:
    w, h = A4
    lw, lh = landscape(A4)
    m = 2 * cm
    gutter = 1 * cm
    col = (w - 2 * m - gutter) / 2
    return [
        PageTemplate("normal", [Frame(m, m, w - 2 * m, h - 2 * m)], onPage=_running),
        PageTemplate(
            "two",
            [Frame(m, m, col, h - 2 * m), Frame(m + col + gutter, m, col, h - 2 * m)],
            onPage=_running,
        ),
        PageTemplate(
            "wide", [Frame(m, m, lw - 2 * m, lh - 2 * m)], onPage=_running, pagesize=(lw, lh)
        ),
    ]


def _grid(rows: list[list], widths: list[float], ruled: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if ruled else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ]
    table.setStyle(TableStyle(style))
    return table


def _section(n: int) -> list:
    out: list = [Paragraph(f"{n}. Section {n}", H1)]
    for k in range(1, 4):
        out.append(Paragraph(sentence(n * 10 + k, 60), NUMBERED, bulletText=f"{n}.{k}"))
        if k == 2:
            out += [Paragraph(f"Point {j} of section {n}", BULLET, bulletText="•") for j in (1, 2)]
    return out


def _contents(sections: int) -> list:
    lines = [Paragraph("Contents", H1)]
    for n in range(1, sections + 1):
        lines.append(Paragraph(f"{n}. Section {n} " + "." * 60 + f" {n + 2}", BODY))
    return [*lines, PageBreak()]


def _ruled_table(rows: int) -> Table:
    data: list[list] = [[Paragraph(h, HEAD) for h in ("Ref", "Action", "Update")]]
    for i in range(1, rows + 1):
        data.append(
            [str(i), Paragraph(sentence(i, 12), CELL), Paragraph(sentence(i + 50, 8), CELL)]
        )
    return _grid(data, [1.5 * cm, 8 * cm, 7.5 * cm])


def _aligned_table() -> Table:
    data: list[list] = [[Paragraph(h, HEAD) for h in ("Measure", "2018", "2019", "2020")]]
    for i, name in enumerate(("Referrals", "Assessments", "Plans", "Reviews")):
        data.append([name, str(100 + i), str(120 + i), str(140 + i)])
    return _grid(data, [6 * cm, 3 * cm, 3 * cm, 3 * cm], ruled=False)


def story(sections: int) -> list:
    out: list = [Spacer(1, 6 * cm), Paragraph(TITLE, COVER), PageBreak()]
    out += _contents(sections)
    for n in range(1, sections + 1):
        out += _section(n)
    out += [Paragraph("Progress table", H1), _ruled_table(40), Spacer(1, 12)]
    out += [Paragraph("Key figures", H1), _aligned_table()]
    out += [NextPageTemplate("two"), PageBreak(), Paragraph("Two columns", H1)]
    out += [Paragraph(sentence(200 + i, 70), BODY) for i in range(8)]
    out += [NextPageTemplate("wide"), PageBreak(), Paragraph("Landscape plan", H1)]
    out += [_grid([["Priority", "Lead", "Due"], ["Neglect", "Police", "March"]], [8 * cm] * 3)]
    return out


def report(sections: int = 3) -> bytes:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=_templates(), title=TITLE)
    doc.build(story(sections))
    return buf.getvalue()


# Measured: the fixed parts (cover, table, two-column and landscape pages) take about
# 7.5 pages, each section about 0.455 of a page (its text plus its contents line).
FIXED_PAGES = 7.5
PAGES_PER_SECTION = 0.455


def long_report(pages: int) -> bytes:
    """About `pages` pages (within 10%, at least 9): sections repeated."""
    return report(sections=max(1, round((pages - FIXED_PAGES) / PAGES_PER_SECTION)))
