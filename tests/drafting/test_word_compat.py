"""Word compatibility of every export of a corpus board's draft (Morrowby's 2021/22
draft through the real pipeline): the review copy, the tracked-changes copy and the
approved final copy each open in python-docx, convert to PDF with LibreOffice, and keep
the children of the property elements in word/document.xml in the order the ECMA-376
schema's sequences require (Word refuses or "repairs" a file whose order is wrong, while
LibreOffice and python-docx read it happily, so only this check catches it)."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from drafting.build import build_draft
from drafting.model import Draft
from drafting.writers.docx import numbering
from drafting.writers.docx.parts import shade
from drafting.writers.docx.write import FinalCopy, write_docx
from tests.drafting.docx_check import libreoffice_convert, open_docx
from tests.drafting.pipeline import board_run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# The sequences, written by hand from ECMA-376 Part 1 (5th ed.), Annex A
# (wml.xsd). Each list is the element's xsd:sequence, in order; every child is optional
# unless the test says otherwise. A child missing from its list fails the test: add it,
# in its schema place, when the writer starts emitting it.

PPR = (  # CT_PPr: CT_PPrBase, then rPr, sectPr, pPrChange (§17.3.1.26)
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)

RPR = (  # CT_RPr (EG_RPrBase, §17.3.2.28) and CT_ParaRPr (its ins/del/move lead, §17.3.1.29)
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
)

TBLPR = (  # CT_TblPr: CT_TblPrBase, then tblPrChange (§17.4.60)
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
)

TCPR = (  # CT_TcPr: CT_TcPrBase, then the cell-level change marks (§17.4.70)
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
)

SECTPR = (  # CT_SectPr: EG_HdrFtrReferences, EG_SectPrContents, sectPrChange (§17.6.17)
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)
REFERENCES = {"headerReference", "footerReference"}
"""In a sectPr the header and footer references are one xsd:choice (0..6), so they may
come in any order among themselves, but all before footnotePr."""

BODY_BLOCKS = {  # CT_Body: EG_BlockLevelElts (any order, any number), then one sectPr
    "p",
    "tbl",
    "sdt",
    "customXml",
    "bookmarkStart",
    "bookmarkEnd",
    "commentRangeStart",
    "commentRangeEnd",
    "permStart",
    "permEnd",
    "proofErr",
    "ins",
    "del",
    "moveFrom",
    "moveTo",
}

SEQUENCES = {"pPr": PPR, "rPr": RPR, "tblPr": TBLPR, "tcPr": TCPR, "sectPr": SECTPR}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def order_errors(document_xml: bytes) -> list[str]:
    """Every schema-order fault of word/document.xml, as "where: what"."""
    root = etree.fromstring(document_xml)
    errors: list[str] = []
    for name, sequence in SEQUENCES.items():
        for parent in root.iter(f"{{{W}}}{name}"):
            errors += _sequence_errors(parent, name, sequence)
    body = root.find(f"{{{W}}}body")
    assert body is not None, "no w:body"
    errors += _body_errors(body)
    return errors


def _sequence_errors(parent: etree._Element, name: str, sequence: tuple[str, ...]) -> list[str]:
    where = f"{name} (line {parent.sourceline})"
    children = [_local(c) for c in parent if isinstance(c.tag, str)]
    foreign = [c for c in parent if isinstance(c.tag, str) and etree.QName(c).namespace != W]
    if foreign:
        return [f"{where}: child outside the w: namespace {foreign[0].tag}"]
    unknown = [c for c in children if c not in sequence]
    if unknown:
        return [f"{where}: {unknown[0]} is not in the test's {name} list"]
    errors = []
    ranks = [sequence.index(c) for c in children]
    for k in range(1, len(children)):
        same_choice = name == "sectPr" and {children[k - 1], children[k]} <= REFERENCES
        if ranks[k] < ranks[k - 1] and not same_choice:
            errors.append(f"{where}: {children[k]} after {children[k - 1]} ({children})")
        elif ranks[k] == ranks[k - 1] and not same_choice:
            errors.append(f"{where}: {children[k]} twice")
    return errors


def _body_errors(body: etree._Element) -> list[str]:
    children = [_local(c) for c in body if isinstance(c.tag, str)]
    errors = [
        f"body: {c} is not a block-level element" for c in children[:-1] if c not in BODY_BLOCKS
    ]
    if not children or children[-1] != "sectPr":
        errors.append("body: does not end with its sectPr")
    return errors


# -- the exports ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def draft() -> Draft:
    ledger, _docs = board_run("morrowby")
    return build_draft(ledger, period="2021/22")


def _every_sentence(draft: Draft) -> frozenset[str]:
    ids = [s.id for sec in draft.sections for p in sec.paragraphs for s in p.sentences]
    ids += [s.id for r in draft.rows for s in r.update]
    return frozenset(i for i in ids if i)


EXPORTS = ("review", "tracked", "final", "final-with-sources")


@pytest.fixture(scope="module")
def exports(draft: Draft) -> dict[str, bytes]:
    return {
        "review": write_docx(draft),
        "tracked": write_docx(draft, tracked=_every_sentence(draft)),
        "final": write_docx(draft, final=FinalCopy(author="Philippa Lorrimer")),
        "final-with-sources": write_docx(draft, final=FinalCopy(sources=True)),
    }


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_the_tracked_export_really_tracks(exports: dict[str, bytes]) -> None:
    """The tracked copy is not the review copy again (else its checks prove nothing)."""
    assert b"<w:ins " in _document_xml(exports["tracked"])
    assert b"<w:ins " not in _document_xml(exports["review"])


@pytest.mark.parametrize("name", EXPORTS)
def test_opens_in_python_docx(exports: dict[str, bytes], name: str) -> None:
    document = open_docx(exports[name])
    assert document.paragraphs[0].text == "Annual Report 2021-22"
    assert document.tables and len(document.sections) == 3


@pytest.mark.parametrize("name", EXPORTS)
def test_elements_in_schema_order(exports: dict[str, bytes], name: str) -> None:
    assert order_errors(_document_xml(exports[name])) == []


def _elements(xml: str) -> Iterator[str]:
    yield from order_errors(
        f'<w:document xmlns:w="{W}"><w:body>{xml}<w:sectPr/></w:body></w:document>'.encode()
    )


def test_the_order_check_finds_faults() -> None:
    """The checker itself, on hand-written XML: a sound paragraph passes; numPr before
    pStyle, a shd after vAlign in a cell, an unlisted child and a body whose sectPr is
    not last each fail."""
    assert list(_elements('<w:p><w:pPr><w:pStyle w:val="x"/><w:numPr/><w:jc/></w:pPr></w:p>')) == []
    assert list(_elements('<w:p><w:pPr><w:numPr/><w:pStyle w:val="x"/></w:pPr></w:p>'))
    tc = "<w:tbl><w:tr><w:tc><w:tcPr><w:vAlign/><w:shd/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
    assert list(_elements(tc))
    assert list(_elements("<w:p><w:pPr><w:madeUp/></w:pPr></w:p>"))
    assert list(_elements("<w:p><w:pPr><w:jc/><w:jc/></w:pPr></w:p>"))
    late = f'<w:document xmlns:w="{W}"><w:body><w:sectPr/><w:p/></w:body></w:document>'
    assert order_errors(late.encode())
    refs = "<w:footerReference/><w:headerReference/><w:pgSz/>"
    ok = f'<w:document xmlns:w="{W}"><w:body><w:sectPr>{refs}</w:sectPr></w:body></w:document>'
    assert order_errors(ok.encode()) == []


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
@pytest.mark.parametrize("name", ("review", "tracked", "final"))
def test_converts_to_pdf_with_libreoffice(
    exports: dict[str, bytes], name: str, tmp_path: Path
) -> None:
    pdf_path = libreoffice_convert(exports[name], tmp_path, name, "pdf")
    with pdfplumber.open(pdf_path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) >= 3  # body, landscape appendix, charts: three sections
    assert "Annual Report 2021-22" in pages[0]


def _saved_order_errors(document: DocxDocument) -> list[str]:
    out = io.BytesIO()
    document.save(out)
    return order_errors(_document_xml(out.getvalue()))


def test_numbering_keeps_paragraph_order_whatever_is_set_before() -> None:
    """`numbering.number` on paragraphs that already keep with the next or break the page
    (a heading of an appendix, a band) puts numPr in its place after them."""
    document = docx.Document()
    abstract = numbering.add_abstract(document, numbering.OUTLINE)
    num_id = numbering.add_num(document, abstract)
    styled = document.add_heading("Appendix", level=1)
    styled.paragraph_format.page_break_before = True
    styled.paragraph_format.keep_with_next = True
    plain = document.add_paragraph("A band")
    plain.paragraph_format.keep_with_next = True
    plain.paragraph_format.left_indent = Cm(0.5)
    for paragraph in (styled, plain):
        numbering.number(paragraph, num_id, 0)
        numbering.number(paragraph, num_id, 1)  # renumbered: still one numPr
    assert _saved_order_errors(document) == []
    assert [p._p.pPr.numPr.ilvl.val for p in (styled, plain)] == [1, 1]


def test_shading_keeps_cell_order_whatever_is_set_before() -> None:
    """`shade` on a cell already aligned or sized puts shd before vAlign, after tcW."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    first, second = table.rows[0].cells
    first.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    first.width = Cm(3)
    shade(first, "FFF2CC")
    shade(first, "D9E2F3")  # re-shaded: still one shd
    shade(second, "D9E2F3")
    second.width = Cm(3)
    assert _saved_order_errors(document) == []
    assert len(first._tc.tcPr.findall(qn("w:shd"))) == 1
