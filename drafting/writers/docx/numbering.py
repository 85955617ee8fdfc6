"""Word numbering for the draft: numbered headings and paragraphs ("3", "3.2", "3.2.1")
and numbered lists that restart, written into numbering.xml so Word (and our own
reader) renders the numbers."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

INDENT = 567  # twips: 1 cm
OUTLINE = (("decimal", "%1."), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3"))
SIMPLE = (("decimal", "%1."), ("bullet", "–"))


def add_abstract(document: DocxDocument, levels: tuple[tuple[str, str], ...]) -> int:
    """A new multi-level list definition; returns its abstractNumId."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids, default=0) + 1
    lvls = "".join(_level(k, fmt, text) for k, (fmt, text) in enumerate(levels))
    xml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    element = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(element)
    else:
        numbering.append(element)
    return abstract_id


def _wider(k: int) -> int:
    """Extra twips for a level whose number has three parts ("3.3.1"), so that its
    text lines up after the number."""
    return INDENT // 2 if k >= 2 else 0


def _level(k: int, fmt: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{INDENT * (k + 1) + _wider(k)}" '
        f'w:hanging="{INDENT + _wider(k)}"/></w:pPr></w:lvl>'
    )


def add_num(document: DocxDocument, abstract_id: int, start: int | None = None) -> int:
    """A list instance of `abstract_id` (its own counters); `start` restarts level 0."""
    numbering = document.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(ids, default=0) + 1
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        if start is not None
        else ""
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )
    return num_id


def number(paragraph: Paragraph, num_id: int, level: int) -> None:
    """Give `paragraph` the number of `level` in list `num_id` (numPr in its schema
    place among the paragraph's properties, whatever was set before)."""
    p_pr = paragraph._p.get_or_add_pPr()
    existing = p_pr.find(qn("w:numPr"))
    if existing is not None:
        p_pr.remove(existing)
    num_pr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    p_pr.insert_element_before(num_pr, *NUMPR_SUCCESSORS)


NUMPR_SUCCESSORS = (
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
"""What follows numPr in a w:pPr (ECMA-376 CT_PPr sequence): numPr goes before the first
of these, so after pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl."""
