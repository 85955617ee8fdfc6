"""Parts every document shares: cover, contents, foreword, numbered sections."""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor

from corpora.layouts import wordkit as wk
from corpora.model import Board, Box, Bullets, Section, Sub


class Writer:
    """A document being written for one board, with its numbering definitions."""

    def __init__(self, board: Board, header: str, footer: str, numbering: str) -> None:
        self.board = board
        self.doc: Document = wk.new_document(board.colour, board.name)
        self.num = wk.Numbering(self.doc)
        self.auto = numbering == "auto"
        self.outline = self.num.instance(
            self.num.abstract(
                [
                    ("decimal", "%1.", 0.0, 0.0),
                    ("decimal", "%1.%2", 1.4, 1.4),
                    ("decimal", "%1.%2.%3", 2.8, 1.4),
                ]
            )
        )
        self.headings: list[str] = []
        wk.running(self.doc, header, footer)

    # --- front matter --------------------------------------------------------

    def cover(self, title: str, subtitle: str, date: str) -> None:
        doc = self.doc
        for _ in range(5):
            doc.add_paragraph()
        band = doc.add_table(rows=1, cols=1)
        cell = band.rows[0].cells[0]
        wk.shade(cell, self.board.colour)
        for text, size, bold in (
            (self.board.name, 16, True),
            (title, 22, True),
            (subtitle, 14, False),
        ):
            p = wk.cell_text(cell, text, bold=bold, size=size)
            p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            p.paragraph_format.space_after = Pt(10)
            p.paragraph_format.left_indent = Cm(0.4)
        for _ in range(8):
            doc.add_paragraph()
        p = doc.add_paragraph(date)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p = doc.add_paragraph(f"Working together to keep children in {self.area} safe")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].italic = True
        wk.page_break(doc)

    @property
    def area(self) -> str:
        return self.board.name.split(" Safeguarding")[0]

    def contents(self, entries: list[str], pages: dict[str, int] | None) -> None:
        self.doc.add_paragraph("Contents", style="Heading 1")
        for entry in entries:
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(
                Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            page = (pages or {}).get(entry, 0)
            p.add_run(f"{entry}\t{page or ''}")
            p.paragraph_format.space_after = Pt(8)
        wk.page_break(self.doc)

    def heading(self, text: str, level: int = 1, in_contents: bool = True) -> None:
        self.doc.add_paragraph(text, style=f"Heading {level}")
        if in_contents and level == 1:
            self.headings.append(text)

    def plain(self, text: str, italic: bool = False) -> None:
        p = self.doc.add_paragraph(text)
        if italic:
            p.runs[0].italic = True

    def bullets(self, items: tuple[str, ...], level: int = 0) -> None:
        for item in items:
            p = self.doc.add_paragraph(item)
            self.num.attach(p, self.num.bullet_num, level)
            p.paragraph_format.space_after = Pt(3)

    def signoff(self, lines: tuple[str, ...]) -> None:
        self.doc.add_paragraph()
        for k, line in enumerate(lines):
            p = self.doc.add_paragraph(line)
            p.paragraph_format.space_after = Pt(0)
            if k == 0:
                p.runs[0].bold = True

    # --- numbered narrative ----------------------------------------------------

    def numbered_sections(self, sections: tuple[Section, ...], first: int = 1) -> None:
        for n, section in enumerate(sections, start=first):
            self._section(n, section)

    def _section(self, n: int, section: Section) -> None:
        if self.auto:
            p = self.doc.add_paragraph(section.heading, style="Heading 1")
            self.num.attach(p, self.outline, 0)
            self.headings.append(f"{n}. {section.heading}")
        else:
            self.heading(f"{n}. {section.heading}")
        para_no, sub_no = 0, 0
        for para in section.paras:
            if isinstance(para, Bullets):
                self.bullets(para.items, level=0)
            elif isinstance(para, Box):
                self.box(para)
            elif isinstance(para, Sub):
                sub_no += 1
                self._numbered(f"{n}.{para_no}.{sub_no}", para.text, 2)
            else:
                para_no, sub_no = para_no + 1, 0
                self._numbered(f"{n}.{para_no}", para, 1)

    def _numbered(self, number: str, text: str, level: int) -> None:
        if self.auto:
            p = self.doc.add_paragraph(text)
            self.num.attach(p, self.outline, level)
            return
        p = self.doc.add_paragraph(f"{number}\t{text}")
        indent = 1.4 * level
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-1.4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))

    def box(self, box: Box) -> None:
        table = self.doc.add_table(rows=2, cols=2)
        table.style = self.doc.styles["Table Grid"]
        top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
        p = wk.cell_text(top, box.title, bold=True, size=12)
        p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        wk.shade(top, self.board.colour)
        for cell, (head, lines) in zip(table.rows[1].cells, (box.left, box.right), strict=True):
            wk.shade(cell, self.board.light)
            wk.cell_text(cell, head, bold=True, size=10.5)
            for line in lines:
                lp = wk.cell_text(cell, line, size=10)
                self.num.attach(lp, self.num.bullet_num, 0)
        wk.widths(table, [8.3, 8.3])
        self.doc.add_paragraph()
