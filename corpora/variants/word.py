"""A Word document being written for one invented board: cover, running header and
footer with page numbers, headings, bullets, numbered lists, tables, shading.
Builds on corpora/layouts/wordkit.py (numbering.xml, fields, fixed zip dates)."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor
from docx.table import Table

from corpora.layouts import wordkit as wk
from corpora.variants.model import Board


def cover_name(board: Board) -> str:
    return {
        "plain": board.name,
        "acronym": f"{board.name} ({board.short})",
        "caps_acronym": f"{board.name.upper()} ({board.short})",
        "with_the": f"The {board.name}",
    }[board.name_style]


class Word:
    def __init__(self, board: Board, header: str) -> None:
        self.board = board
        self.doc = wk.new_document(board.colour, board.name)
        self.num = wk.Numbering(self.doc)
        footer = board.short if board.part == "dev" else cover_name(board)
        wk.running(self.doc, header, footer)

    def cover(self, lines: tuple[str, ...], wrap: bool, date: str) -> None:
        for _ in range(4):
            self.doc.add_paragraph()
        self._big(cover_name(self.board), 18)
        if wrap and self.board.part == "heldout":
            p = self.doc.add_paragraph()
            for k, line in enumerate(lines):
                run = p.add_run(line)
                run.bold, run.font.size = True, Pt(26)
                if k < len(lines) - 1:
                    run.add_break(WD_BREAK.LINE)
        elif wrap:
            for line in lines:
                self._big(line, 26)
        else:
            self._big(" ".join(lines), 26)
        for _ in range(6):
            self.doc.add_paragraph()
        p = self.doc.add_paragraph(date)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        wk.page_break(self.doc)

    def _big(self, text: str, size: float) -> None:
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(size)
        run.font.color.rgb = RGBColor.from_string(self.board.colour)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_paragraph(text, style=f"Heading {level}")

    def plain(self, text: str, bold: bool = False) -> None:
        p = self.doc.add_paragraph()
        p.add_run(text).bold = bold

    def bullets(self, items, level: int = 0) -> None:
        for item in items:
            p = self.doc.add_paragraph(item)
            self.num.attach(p, self.num.bullet_num, level)
            p.paragraph_format.space_after = Pt(2)

    def numbered(self, entries: list[tuple[str, str, tuple[str, ...]]], auto: bool) -> None:
        """(printed number, text, items) as a list; Word numbering when `auto`."""
        nid = self.num.instance(
            self.num.abstract([("decimal", "%1.", 0.9, 0.7), ("bullet", "–", 1.6, 0.5)])
        )
        for number, text, items in entries:
            if auto:
                self.num.attach(self.doc.add_paragraph(text), nid, 0)
            else:
                self.doc.add_paragraph(f"{number}\t{text}")
            self.bullets(items, level=1)

    def signoff(self, name: str, role: str) -> None:
        self.doc.add_paragraph()
        self.plain(name, bold=True)
        self.plain(role)

    def table(self, labels: list[str], cms: list[float]) -> Table:
        table = self.doc.add_table(rows=1, cols=len(labels))
        table.style = self.doc.styles["Table Grid"]
        wk.header_row(table, labels, self.board.light, self.board.colour)
        table._cf_widths = cms  # type: ignore[attr-defined]
        return table

    def row(self, table: Table, values: list[str | tuple[str, ...] | None]) -> list:
        """Add a row: a string per cell, or a tuple (paragraphs), None for empty."""
        row = table.add_row()
        for cell, value in zip(row.cells, values, strict=True):
            for part in (value,) if isinstance(value, str) else (value or ()):
                wk.cell_text(cell, part)
        return row.cells

    def cell_bullets(self, cell, items) -> None:
        for item in items:
            self.num.attach(wk.cell_text(cell, item), self.num.bullet_num)

    def band(self, table: Table, text: str) -> None:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        p = wk.cell_text(merged, text, bold=True)
        p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        wk.shade(merged, self.board.colour)

    def finish(self, table: Table) -> None:
        wk.widths(table, table._cf_widths)  # type: ignore[attr-defined]
        self.doc.add_paragraph()
