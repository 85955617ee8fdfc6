"""Render the parsed seed (`tests.seed.parse.Seed`) into a realistic .docx.

The point is to exercise what Word files really do, so the same kinds of content are
written in different ways:

- sections 1-3: headings and numbered paragraphs numbered by Word only (one
  multi-level list: "%1." / "%1.%2" / "%1.%2.%3"; the text holds no number);
- sections 4-6: numbers typed into the text, in the three ways seen in the wild:
  "4.1<tab>text", "5.1** text", "6.1 text"; section 6.3's bullets use List Bullet;
- the plan table: a bold header row marked to repeat (`w:tblHeader`), outcomes and
  actions as Word-numbered lists inside cells (each cell restarts at 1 through a
  `startOverride`), action sub-bullets one level down; Priority 3's single outcome
  is typed ("1. ...");
- Appendix 2's key functions typed "a) ...";
- Appendix 3: a two-column table with a `w:tblHeader` row, physically repeated after
  row 9 (as when a converter copies the header at a page break), action numbers
  typed, action bullets as List Bullet paragraphs;
- a running header (the report title) and footer on every page.

`render(seed) -> bytes`; nothing of the seed is stored in the repository.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.table import Table as DocxTable

from tests.extract import docx_build as b
from tests.seed.parse import Item, Seed

SECTION_LEVELS = [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("decimal", "%1.%2.%3", 1)]
CELL_LEVELS = [("decimal", "%1.", 1), ("bullet", "\uf0b7", 1)]
TYPED_STYLES = {"4": "{n}\t{t}", "5": "{n}** {t}", "6": "{n} {t}"}
FOOTER = "Independent Chair's Accountability Report"


def render(seed: Seed) -> bytes:
    doc = docx.Document()
    doc.styles.add_style("Numbered Para", WD_STYLE_TYPE.PARAGRAPH)
    section = doc.sections[0]
    section.header.paragraphs[0].text = seed.title
    section.footer.paragraphs[0].text = FOOTER
    doc.add_paragraph(seed.title, style="Title")
    _sections(doc, seed)
    _page_break(doc)
    doc.add_heading("Appendix 1: Business Improvement Plan", 1)
    _plan(doc, seed)
    _page_break(doc)
    doc.add_heading("Appendix 2: Key Functions", 1)
    for item in seed.key_functions:
        doc.add_paragraph(f"{item.number} {item.text}")
    _page_break(doc)
    doc.add_heading(f"Appendix 3: {seed.progress.caption}", 1)
    _progress(doc, seed)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _page_break(doc: DocxDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _sections(doc: DocxDocument, seed: Seed) -> None:
    num = b.add_num(doc, b.add_abstract(doc, SECTION_LEVELS))
    for section in seed.sections:
        typed = TYPED_STYLES.get(section.number)
        if typed is None:
            b.number(doc.add_heading(section.heading, 1), num, 0)
        else:
            doc.add_heading(f"{section.number}. {section.heading}", 1)
        for para in section.paragraphs:
            ilvl = para.number.count(".")
            if typed is None:
                b.number(doc.add_paragraph(para.text, style="Numbered Para"), num, ilvl)
            else:
                doc.add_paragraph(typed.format(n=para.number, t=para.text))
            for bullet in para.items:
                doc.add_paragraph(bullet, style="List Bullet")


def _table(doc: DocxDocument, header: tuple[str, ...], rows: int) -> DocxTable:
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = doc.styles["Table Grid"]
    _mark_header(table, 0)
    for c, text in enumerate(header):
        table.cell(0, c).paragraphs[0].add_run(text).bold = True
    return table


def _mark_header(table: DocxTable, row: int) -> None:
    table.rows[row]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {b.NSDECL}/>"))


def _plan(doc: DocxDocument, seed: Seed) -> None:
    abstract = b.add_abstract(doc, CELL_LEVELS)
    table = _table(doc, seed.plan.header, len(seed.plan.rows))
    for r, row in enumerate(seed.plan.rows, start=1):
        table.cell(r, 0).text = row.priority
        if len(row.outcomes) == 1:
            table.cell(r, 1).text = f"{row.outcomes[0].number}. {row.outcomes[0].text}"
        else:
            _cell_list(doc, table, r, 1, row.outcomes, abstract)
        _cell_list(doc, table, r, 2, row.actions, abstract)


def _cell_list(
    doc: DocxDocument, table: DocxTable, r: int, c: int, items: tuple[Item, ...], abstract: int
) -> None:
    num = b.add_num(doc, abstract, {0: 1})
    cell = table.cell(r, c)
    first = True
    for item in items:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        para.style = doc.styles["List Paragraph"]
        para.add_run(item.text)
        b.number(para, num, 0)
        first = False
        for bullet in item.items:
            b.number(cell.add_paragraph(bullet, style="List Paragraph"), num, 1)


def _progress(doc: DocxDocument, seed: Seed) -> None:
    rows = list(seed.progress.rows)
    repeat_after = min(9, len(rows))
    table = _table(doc, seed.progress.header, len(rows) + 1)
    r = 1
    for i, row in enumerate(rows):
        if i == repeat_after:
            for c, text in enumerate(seed.progress.header):
                table.cell(r, c).paragraphs[0].add_run(text).bold = True
            r += 1
        cell = table.cell(r, 0)
        cell.text = f"{row.number}. {row.action}"
        for bullet in row.items:
            cell.add_paragraph(bullet, style="List Bullet")
        table.cell(r, 1).text = row.update
        r += 1
