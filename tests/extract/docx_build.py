"""Helpers that build real .docx files with python-docx for the Word backend tests.

Word numbering is written into the package's numbering.xml as Word writes it
(abstractNum + num, lvlOverride/startOverride), and paragraphs get a `w:numPr`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import docx
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph as DocxParagraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'

Level = tuple[str, str, int]
"""(numFmt, lvlText, start) of one list level."""


def new() -> DocxDocument:
    return docx.Document()


def to_bytes(doc: DocxDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def add_abstract(
    doc: DocxDocument,
    levels: Sequence[Level],
    *,
    is_lgl: Sequence[int] = (),
    styles: dict[int, str] | None = None,
) -> int:
    """Append an abstractNum with these levels; return its id."""
    numbering = doc.part.numbering_part.element
    ids = [
        int(a.get(f"{{{W_NS}}}abstractNumId")) for a in numbering.iterfind(f"{{{W_NS}}}abstractNum")
    ]
    abstract_id = max(ids, default=0) + 100
    lvls = []
    for ilvl, (fmt, text, start) in enumerate(levels):
        extra = "<w:isLgl/>" if ilvl in is_lgl else ""
        pstyle = f'<w:pStyle w:val="{styles[ilvl]}"/>' if styles and ilvl in styles else ""
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{pstyle}{extra}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        )
    element = parse_xml(
        f'<w:abstractNum {NSDECL} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(element)
    else:
        numbering.append(element)
    return abstract_id


def add_num(doc: DocxDocument, abstract_id: int, starts: dict[int, int] | None = None) -> int:
    """Append a num pointing at `abstract_id`, with startOverrides; return its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(f"{{{W_NS}}}numId")) for n in numbering.iterfind(f"{{{W_NS}}}num")]
    num_id = max(ids, default=0) + 1
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (starts or {}).items()
    )
    numbering.append(
        parse_xml(
            f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{overrides}</w:num>"
        )
    )
    return num_id


def number(paragraph: DocxParagraph, num_id: int, ilvl: int = 0) -> DocxParagraph:
    """Give a paragraph Word numbering (`w:numPr`)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {NSDECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def style_numbering(
    doc: DocxDocument, style_name: str, num_id: int, ilvl: int | None = None
) -> None:
    """Put numbering on a paragraph style (so its paragraphs inherit it)."""
    style = doc.styles[style_name]
    ppr = style.element.get_or_add_pPr()
    lvl = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    ppr.insert(0, parse_xml(f'<w:numPr {NSDECL}>{lvl}<w:numId w:val="{num_id}"/></w:numPr>'))


def append_xml(doc: DocxDocument, xml: str) -> None:
    """Append a body-level element (declare xmlns:w; it goes before the final sectPr)."""
    doc.element.body.sectPr.addprevious(parse_xml(xml))


def p_xml(inner: str, style: str | None = None) -> str:
    """A `w:p` element string with the w namespace declared."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p {NSDECL}>{ppr}{inner}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """Copy a package, replacing (or, with None, removing) some parts."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename in replace:
                continue
            dst.writestr(info, src.read(info.filename))
        for name, content in replace.items():
            if content is not None:
                dst.writestr(name, content)
    return out.getvalue()
