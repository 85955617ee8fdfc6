"""Word compatibility of every export of a corpus board's draft (Morrowby's 2021/22
draft through the real pipeline, and the same draft as a person edited it in Word: her
cover line, Appendix 1 action, progress row and checklist words): the review copy, the
tracked-changes copy and the approved final copy each open in python-docx, convert to
PDF with LibreOffice, and keep the children of the property elements in
word/document.xml, and of word/settings.xml (where the tracked copy's document variable
goes), in the order the ECMA-376 schema's sequences require (Word refuses or "repairs"
a file whose order is wrong, while LibreOffice and python-docx read it happily, so only
this check catches it)."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from drafting.accessibility import check
from drafting.build import build_draft
from drafting.model import Draft, Sentence
from drafting.writers.docx import numbering
from drafting.writers.docx.parts import shade
from drafting.writers.docx.write import FinalCopy, write_docx
from drafting.writers.text import write_html, write_md
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

SETTINGS = tuple(  # CT_Settings (§17.15.1.78); mathPr is m:, schemaLibrary sl:
    [
        "writeProtection",
        "view",
        "zoom",
        "removePersonalInformation",
        "removeDateAndTime",
        "doNotDisplayPageBoundaries",
        "displayBackgroundShape",
        "printPostScriptOverText",
        "printFractionalCharacterWidth",
        "printFormsData",
        "embedTrueTypeFonts",
        "embedSystemFonts",
        "saveSubsetFonts",
        "saveFormsData",
        "mirrorMargins",
        "alignBordersAndEdges",
        "bordersDoNotSurroundHeader",
        "bordersDoNotSurroundFooter",
        "gutterAtTop",
        "hideSpellingErrors",
        "hideGrammaticalErrors",
        "activeWritingStyle",
        "proofState",
        "formsDesign",
        "attachedTemplate",
        "linkStyles",
        "stylePaneFormatFilter",
        "stylePaneSortMethod",
        "documentType",
        "mailMerge",
        "revisionView",
        "trackRevisions",
        "doNotTrackMoves",
        "doNotTrackFormatting",
        "documentProtection",
        "autoFormatOverride",
        "styleLockTheme",
        "styleLockQFSet",
        "defaultTabStop",
        "autoHyphenation",
        "consecutiveHyphenLimit",
        "hyphenationZone",
        "doNotHyphenateCaps",
        "showEnvelope",
        "summaryLength",
        "clickAndTypeStyle",
        "defaultTableStyle",
        "evenAndOddHeaders",
        "bookFoldRevPrinting",
        "bookFoldPrinting",
        "bookFoldPrintingSheets",
        "drawingGridHorizontalSpacing",
        "drawingGridVerticalSpacing",
        "displayHorizontalDrawingGridEvery",
        "displayVerticalDrawingGridEvery",
        "doNotUseMarginsForDrawingGridOrigin",
        "drawingGridHorizontalOrigin",
        "drawingGridVerticalOrigin",
        "doNotShadeFormData",
        "noPunctuationKerning",
        "characterSpacingControl",
        "printTwoOnOne",
        "strictFirstAndLastChars",
        "noLineBreaksAfter",
        "noLineBreaksBefore",
        "savePreviewPicture",
        "doNotValidateAgainstSchema",
        "saveInvalidXml",
        "ignoreMixedContent",
        "alwaysShowPlaceholderText",
        "doNotDemarcateInvalidXml",
        "saveXmlDataOnly",
        "useXSLTWhenSaving",
        "saveThroughXslt",
        "showXMLTags",
        "alwaysMergeEmptyNamespace",
        "updateFields",
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "mathPr",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    ]
)
EXTENSIONS = ("http://schemas.microsoft.com/office/word/2010/wordml",)
"""Word 2010's own settings (w14:docId ...), after the sequence, ignorable by mc:."""


def settings_order_errors(settings_xml: bytes) -> list[str]:
    """Every schema-order fault of word/settings.xml."""
    root = etree.fromstring(settings_xml)
    children = [c for c in root if isinstance(c.tag, str)]
    ours = [_local(c) for c in children if etree.QName(c).namespace not in EXTENSIONS]
    errors = [
        f"settings: {c} is not in the test's settings list" for c in ours if c not in SETTINGS
    ]
    ranks = [SETTINGS.index(c) for c in ours if c in SETTINGS]
    errors += [
        f"settings: {ours[k]} after {ours[k - 1]}"
        for k in range(1, len(ranks))
        if ranks[k] <= ranks[k - 1]
    ]
    last = max(
        (k for k, c in enumerate(children) if etree.QName(c).namespace not in EXTENSIONS),
        default=-1,
    )
    if any(etree.QName(c).namespace in EXTENSIONS for c in children[:last]):
        errors.append("settings: a Word 2010 setting before the sequence's end")
    return errors


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


EXPORTS = (
    "review",
    "tracked",
    "final",
    "final-with-sources",
    "edited-review",
    "edited-tracked",
    "edited-final",
)


def edited(draft: Draft) -> Draft:
    """`draft` as a person left it after applying a copy edited in Word: a line under the
    title, an action of her own in Appendix 1, a progress row of her own (no source),
    her words in a checklist row."""
    plan = draft.plan[0]
    mine = replace(plan, actions=(*plan.actions, ("9", "Agree a shared dataset.", None)))
    row = replace(
        draft.rows[0],
        number="9",
        action="Hold a summit on exploitation.",
        items=("Schools", "Colleges"),
        update=(Sentence("Held in March.", "written", id="r-mine"),),
        action_cite=None,
        gap=False,
    )
    checks = (replace(draft.checklist[0], found=True, written="See section 3."),)
    return replace(
        draft,
        cover=("Presented to the partners, July 2022",),
        plan=(mine, *draft.plan[1:]),
        rows=(draft.rows[0], row, *draft.rows[1:]),
        checklist=checks + draft.checklist[1:],
    )


@pytest.fixture(scope="module")
def exports(draft: Draft) -> dict[str, bytes]:
    mine = edited(draft)
    return {
        "review": write_docx(draft),
        "tracked": write_docx(draft, tracked=_every_sentence(draft)),
        "final": write_docx(draft, final=FinalCopy(author="Philippa Lorrimer")),
        "final-with-sources": write_docx(draft, final=FinalCopy(sources=True)),
        "edited-review": write_docx(mine),
        "edited-tracked": write_docx(mine, tracked=_every_sentence(mine)),
        "edited-final": write_docx(mine, final=FinalCopy(sources=True)),
    }


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_the_tracked_export_really_tracks(exports: dict[str, bytes]) -> None:
    """The tracked copy is not the review copy again (else its checks prove nothing),
    and the edited exports print what the person wrote."""
    assert b"<w:ins " in _document_xml(exports["tracked"])
    assert b"<w:ins " not in _document_xml(exports["review"])
    assert b"<w:docVar " in _part(exports["edited-tracked"], "word/settings.xml")
    for name in ("edited-review", "edited-final"):
        xml = _document_xml(exports[name])
        for words in (b"Presented to the partners", b"Agree a shared dataset", b"Held in March"):
            assert words in xml, (name, words)
    assert b"See section 3." in _document_xml(exports["edited-review"])


def _part(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


@pytest.mark.parametrize("name", EXPORTS)
def test_settings_in_schema_order(exports: dict[str, bytes], name: str) -> None:
    assert settings_order_errors(_part(exports[name], "word/settings.xml")) == []


def test_the_settings_check_finds_faults() -> None:
    ns = f'xmlns:w="{W}"'
    assert (
        settings_order_errors(
            f"<w:settings {ns}><w:compat/><w:docVars/><w:rsids/></w:settings>".encode()
        )
        == []
    )
    assert settings_order_errors(f"<w:settings {ns}><w:rsids/><w:docVars/></w:settings>".encode())
    assert settings_order_errors(f"<w:settings {ns}><w:madeUp/></w:settings>".encode())


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
@pytest.mark.parametrize("name", ("review", "tracked", "final", "edited-tracked", "edited-final"))
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


def test_an_edited_draft_writes_to_html_markdown_and_passes_accessibility(
    draft: Draft, exports: dict[str, bytes]
) -> None:
    """A person's rows and actions have no source: the HTML and Markdown writers print
    them without a source number, and the edited Word copies pass the accessibility
    check our drafts pass."""
    mine = edited(draft)
    html, md = write_html(mine), write_md(mine)
    for text in (html, md):
        for words in ("Presented to the partners", "Agree a shared dataset", "Held in March"):
            assert words in text
    assert "See section 3." in html and "See section 3." in md
    for name in ("edited-review", "edited-final"):
        assert check(exports[name]) == [], name
