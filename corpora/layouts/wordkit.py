"""Low-level python-docx helpers: numbering, fields, table properties, sections."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

FIXED_DATE = dt.datetime(2024, 1, 1, 9, 0, 0)
FONT = "Arial"


def new_document(colour: str, author: str) -> Document:
    doc = new_docx()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11.5), ("Title", 26)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor.from_string(colour)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            style.element.rPr.rFonts.attrib.pop(qn(attr), None)
    for sec in doc.sections:
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
    return doc


def save(doc: Document, path: Path) -> None:
    """Save with fixed zip timestamps so the same content gives the same bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --- numbering -------------------------------------------------------------------


class Numbering:
    """Writes abstractNum/num definitions into numbering.xml and attaches numPr."""

    def __init__(self, doc: Document) -> None:
        self.root = doc.part.numbering_part.element
        self._next_abstract = 100
        self._next_num = 100
        self.bullet_num = self.instance(self.bullets())

    def abstract(self, levels: list[tuple[str, str, float, float]]) -> int:
        """levels: (numFmt, lvlText, left indent cm, hanging cm) per level."""
        aid = self._next_abstract
        self._next_abstract += 1
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(aid))
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        absn.append(multi)
        for ilvl, (fmt, text, left, hanging) in enumerate(levels):
            absn.append(_level(ilvl, fmt, text, left, hanging))
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.root.append(absn)
        return aid

    def bullets(self) -> int:
        return self.abstract([("bullet", "•", 0.9, 0.5), ("bullet", "–", 1.6, 0.5)])

    def instance(self, abstract_id: int, start: int | None = None) -> int:
        nid = self._next_num
        self._next_num += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(abstract_id))
        num.append(ref)
        if start is not None:
            over = OxmlElement("w:lvlOverride")
            over.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), str(start))
            over.append(so)
            num.append(over)
        self.root.append(num)
        return nid

    @staticmethod
    def attach(paragraph: Paragraph, num_id: int, level: int = 0) -> None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id


def _level(ilvl: int, fmt: str, text: str, left: float, hanging: float) -> OxmlElement:
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    jc = OxmlElement("w:lvlJc")
    jc.set(qn("w:val"), "left")
    lvl.append(jc)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(left * 567)))
    ind.set(qn("w:hanging"), str(int(hanging * 567)))
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


# --- fields, headers, footers ------------------------------------------------------


def add_field(paragraph: Paragraph, instr: str, cached: str = "1") -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
    paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def running(doc: Document, header: str, footer: str, first_page_blank: bool = True) -> None:
    """Running header and footer ("footer | Page n of N") on every page but the cover."""
    sec = doc.sections[0]
    sec.different_first_page_header_footer = first_page_blank
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = 2
    _small(hp, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{footer}    |    Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    fp.alignment = 1
    _small(fp, 8.5)


def _small(p: Paragraph, size: float) -> None:
    for run in p.runs:
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


# --- tables ----------------------------------------------------------------------


def repeat_header(row: _Row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row: _Row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def widths(table: Table, cms: list[float]) -> None:
    """Column widths in the grid (what LibreOffice reads) and on every cell."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), cms, strict=False):
        col.set(qn("w:w"), str(int(w * 567)))
    tblw = tbl.tblPr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tbl.tblPr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(cms) * 567)))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            start = _grid_index(row, tc)
            tc.width = Cm(sum(cms[start : start + span]))


def _grid_index(row: _Row, tc) -> int:
    index = 0
    for other in row._tr.tc_lst:
        if other is tc:
            return index
        index += other.grid_span
    return index


def cell_text(cell: _Cell, text: str, bold: bool = False, size: float = 10) -> Paragraph:
    """Write into the cell's first empty paragraph, or add one."""
    p = cell.paragraphs[-1]
    if p.text or p.runs:
        p = cell.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_row(table: Table, labels: list[str], fill: str, colour: str) -> None:
    row = table.rows[0]
    repeat_header(row)
    cant_split(row)
    for cell, label in zip(row.cells, labels, strict=True):
        p = cell_text(cell, label, bold=True)
        p.runs[0].font.color.rgb = RGBColor.from_string(colour)
        shade(cell, fill)


# --- sections --------------------------------------------------------------------


def landscape(doc: Document) -> None:
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


def page_break(doc: Document) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
