"""Small Word building blocks: runs for sourced sentences, page-number fields, cell
shading, repeated header rows, section orientation, deterministic packaging."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section as DocxSection
from docx.shared import Pt, RGBColor
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from drafting.model import Sentence
from drafting.writers.docx.comments import (
    AUTHOR,
    add_comment,
    add_sources,
    describe,
    is_tracked,
    notes_shown,
)

GREY = RGBColor(0x59, 0x59, 0x59)
PLACEHOLDER_NOTE = "For the report's author to write: nothing here is drafted from the documents."
GAP_NOTE = "Nothing found in the documents for this: check, then write or delete."
SELF_NOTE = "Drafted by Carryforward from this draft's own appendices; no source document."
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
REVISION_BASE = 9000


def add_sentences(
    document: DocxDocument,
    paragraph: Paragraph,
    sentences: Sequence[Sentence],
    date: dt.datetime | None,
    *,
    lead: str | None = None,
    size: float | None = None,
) -> None:
    """Write the sentences as runs, each with its source comment (or a note saying why
    it has none), placeholders and notes highlighted."""
    if lead:
        run = paragraph.add_run(lead + " ")
        run.bold = True
        _size(run, size)
    if not notes_shown():
        sentences = [s for s in sentences if s.kind not in ("placeholder", "note")]
    for k, sentence in enumerate(sentences):
        text = sentence.text + (" " if k < len(sentences) - 1 else "")
        run = paragraph.add_run(text)
        _size(run, size)
        if sentence.kind in ("placeholder", "note"):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            run.italic = sentence.kind == "note"
            note = PLACEHOLDER_NOTE if sentence.kind == "placeholder" else GAP_NOTE
            add_comment(document, [run], [note], date)
        elif sentence.revise and notes_shown():
            lines = [f"To revise: {sentence.revise}", *(describe(c) for c in sentence.cites)]
            add_comment(document, [run], lines, date)
        elif sentence.cites:
            add_sources(document, [run], sentence.cites, date)
        elif sentence.kind == "written":
            pass  # a person's own words: nothing to source
        else:
            add_comment(document, [run], [SELF_NOTE], date)
        if is_tracked(sentence.id):
            track_insertion(run, date)


def track_insertion(run: Run, date: dt.datetime | None) -> None:
    """Wrap `run` in a tracked insertion by the tool (`w:ins`), for Word to accept or
    reject; ids are numbered per document."""
    body = run._r.getroottree().getroot()
    taken = [int(e.get(qn("w:id"))) for e in body.iter(qn("w:ins"))]
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(max(taken, default=REVISION_BASE) + 1))
    ins.set(qn("w:author"), AUTHOR)
    if date is not None:
        ins.set(qn("w:date"), date.strftime("%Y-%m-%dT%H:%M:%SZ"))
    run._r.addprevious(ins)
    ins.append(run._r)


PERIOD_HYPHEN = re.compile(r"(?<=\b\d{4})-(?=\d{2}(?:\d{2})?\b)")
"""The hyphen of a period ("2019-20", "2017-2020"), never a place to break the line."""


def keep_periods_whole(element: BaseOxmlElement) -> None:
    """Every period's hyphen in the text under `element` as Word's non-breaking hyphen
    (`w:noBreakHyphen`), so "2023-24" is never split over two lines. Word, python-docx
    and our reader all read it as "-"; `xml_text` does too."""
    for t in list(element.iter(qn("w:t"))):
        pieces = PERIOD_HYPHEN.split(t.text or "")
        if len(pieces) == 1:
            continue
        t.text = pieces[0]
        t.set(qn("xml:space"), "preserve")
        at = t
        for piece in pieces[1:]:
            hyphen = OxmlElement("w:noBreakHyphen")
            at.addnext(hyphen)
            text = OxmlElement("w:t")
            text.text = piece
            text.set(qn("xml:space"), "preserve")
            hyphen.addnext(text)
            at = text


def xml_text(element: BaseOxmlElement) -> str:
    """The text under `element` as Word shows it: its `w:t`, tracked insertions included,
    and its non-breaking hyphens."""
    return "".join(
        "-" if e.tag == qn("w:noBreakHyphen") else e.text or ""
        for e in element.iter(qn("w:t"), qn("w:noBreakHyphen"))
    )


def _size(run: object, size: float | None) -> None:
    if size is not None:
        run.font.size = Pt(size)  # type: ignore[attr-defined]


def page_field(paragraph: Paragraph, instruction: str) -> None:
    """A PAGE or NUMPAGES field, updated by Word (and LibreOffice) when shown."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(
        parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instruction} </w:instrText>')
    )
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tc_pr.insert_element_before(shd, *SHD_SUCCESSORS)


SHD_SUCCESSORS = (
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
)
"""What follows shd in a w:tcPr (ECMA-376 CT_TcPr sequence): shd goes before the first
of these, so after tcW, gridSpan, hMerge, vMerge, tcBorders."""


def repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))


def no_split(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:cantSplit {nsdecls("w")} w:val="true"/>'))


def orient(section: DocxSection, landscape: bool) -> None:
    width, height = section.page_width, section.page_height
    if width is None or height is None:
        return
    if landscape != (width > height):
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def deterministic(data: bytes) -> bytes:
    """Re-pack the .docx with fixed entry times and order, so the same draft gives the
    same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def grey(paragraph: Paragraph, size: float = 9) -> None:
    for run in paragraph.runs:
        run.font.color.rgb = GREY
        run.font.size = Pt(size)
