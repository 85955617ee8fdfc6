"""A table cell's "all bold" (one input to the header-row rule) is tallied while the
cell is read (extract/docx_bold.py). Its answer must stay the one the rule gave when it
walked the cell's runs a second time: `_reference` below is that walk, kept as the
specification, and it is checked on hand-made cells and on generated ones that mix the
parts the reader skips (alternate-content fallbacks, moved-from and hidden runs, ruby,
block-level custom XML, text boxes in TOC paragraphs)."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from extract.docx.numbering import Numbering
from extract.docx.paragraphs import ParagraphReader
from extract.docx.styles import Styles, W, on
from extract.model import Source

W_NS = W[1:-1]
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
STYLES = Styles(
    etree.fromstring(
        f'<w:styles {NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="BoldPara"><w:name w:val="Bold Para"/>'
        "<w:rPr><w:b/></w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/>'
        "<w:rPr><w:b/></w:rPr></w:style>"
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>'
        "<w:rPr><w:b/></w:rPr></w:style></w:styles>"
    )
)


def _reference(tc: etree._Element, styles: Styles) -> bool:
    """Every run with text in the cell is bold (directly or by its paragraph style)."""
    seen = False
    for p in tc.iter(f"{W}p"):
        pstyle = p.find(f"{W}pPr/{W}pStyle")
        style = styles.get(pstyle.get(f"{W}val") if pstyle is not None else None)
        style_bold = bool(style and style.bold)
        for run in p.iter(f"{W}r"):
            text = "".join(t.text or "" for t in run.iterfind(f"{W}t"))
            if not text.strip():
                continue
            seen = True
            bold = on(run.find(f"{W}rPr/{W}b"))
            if not (style_bold if bold is None else bold):
                return False
    return seen


def _bold(cell_xml: str) -> bool:
    tc = etree.fromstring(f"<w:tc {NS}>{cell_xml}</w:tc>")
    reader = ParagraphReader(STYLES, Numbering(None))
    _, bold = reader.read_cell(tc, Source(file="t.docx", sha256=""))
    assert bold == _reference(tc, STYLES), cell_xml
    return bold


def _r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


B, PLAIN = "<w:rPr><w:b/></w:rPr>", ""
STRONG = '<w:rPr><w:rStyle w:val="Strong"/></w:rPr>'  # a bold character style: not consulted
MOVED = "<w:moveFrom w:id='1' w:author='a'>{}</w:moveFrom>"
BOX = "<w:txbxContent><w:p>{}</w:p></w:txbxContent>"


@pytest.mark.parametrize(
    ("cell", "bold"),
    [
        (f"<w:p>{_r('Action', B)}</w:p><w:p>{_r(' ', PLAIN)}</w:p>", True),
        (f"<w:p>{_r('Action', B)}{_r('s')}</w:p>", False),
        (f'<w:p><w:pPr><w:pStyle w:val="BoldPara"/></w:pPr>{_r("Lead")}</w:p>', True),
        ("<w:p/>", False),  # no text: not bold
        (f"<w:p>{_r('Strong', STRONG)}</w:p>", False),
        (f"<w:p>{_r('Seen', B)}{_r('hidden', '<w:rPr><w:vanish/></w:rPr>')}</w:p>", False),
        (f"<w:p>{_r('Moved', B)}{MOVED.format(_r('from'))}</w:p>", False),
        (
            f"<w:p>{_r('Box', B)}<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
            f"<wps:txbx>{BOX.format(_r('choice', B))}</wps:txbx></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox>{BOX.format(_r('fallback'))}</v:textbox>"
            "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
            False,
        ),
        (
            f'<w:p><w:pPr><w:pStyle w:val="BoldPara"/></w:pPr><w:r><w:pict><v:shape><v:textbox>'
            f"{BOX.format(_r('in a box'))}</v:textbox></v:shape></w:pict></w:r></w:p>",
            False,  # weighed under the box's own (plain) paragraph too
        ),
        (
            f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{_r("Contents")}<w:r><w:pict><v:shape>'
            f"<v:textbox>{BOX.format(_r('unread box'))}</v:textbox></v:shape></w:pict></w:r></w:p>",
            False,
        ),
        (f"<w:customXml w:element='x'><w:p>{_r('custom')}</w:p></w:customXml>", False),
        (f"<w:p>{_r('Ruby', B)}<w:r><w:ruby><w:rt>{_r('rt')}</w:rt></w:ruby></w:r></w:p>", False),
    ],
)
def test_cell_bold_as_the_rule_says(cell: str, bold: bool) -> None:
    assert _bold(cell) is bold


_PIECES = [
    lambda: _r("bold", B),
    lambda: _r("plain"),
    lambda: _r("off", '<w:rPr><w:b w:val="0"/></w:rPr>'),
    lambda: _r("hid", "<w:rPr><w:b/><w:vanish/></w:rPr>"),
    lambda: MOVED.format(_r("moved", B)),
    lambda: "<w:del w:id='2' w:author='a'><w:r><w:delText>gone</w:delText></w:r></w:del>",
    lambda: f"<w:hyperlink>{_r('link', B)}</w:hyperlink>",
    lambda: f"<w:sdt><w:sdtPr/><w:sdtContent>{_r('sdt', B)}</w:sdtContent></w:sdt>",
    lambda: (
        f"<w:r>{B}<w:ruby><w:rt>{_r('rt')}</w:rt><w:rubyBase>{_r('b', B)}</w:rubyBase>"
        "</w:ruby></w:r>"
    ),
]


def _para(rng: random.Random, depth: int) -> str:
    style = rng.choice(["", "", "BoldPara", "TOC1"])
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    inner = "".join(rng.choice(_PIECES)() for _ in range(rng.randint(0, 3)))
    if depth < 2 and rng.random() < 0.3:
        box = "<w:txbxContent>" + _para(rng, depth + 1) + "</w:txbxContent>"
        other = "<w:txbxContent>" + _para(rng, depth + 1) + "</w:txbxContent>"
        inner += rng.choice(
            [
                f"<w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r>",
                "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>"
                f"{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
                f"<v:textbox>{other}</v:textbox></v:shape></w:pict></mc:Fallback>"
                "</mc:AlternateContent></w:r>",
            ]
        )
    return f"<w:p>{ppr}{inner}</w:p>"


def test_generated_cells_agree_with_the_rule() -> None:
    rng = random.Random(7)
    answers = set()
    for _ in range(400):
        blocks = []
        for _ in range(rng.randint(1, 3)):
            p = _para(rng, 0)
            blocks.append(rng.choice([p, p, f"<w:customXml w:element='x'>{p}</w:customXml>"]))
        answers.add(_bold("".join(blocks)))
    assert answers == {True, False}
