"""Is all of a table cell's text bold? (one input to the header-row rule)

Tallied while the cell's paragraphs are read (`ParagraphReader.read_cell`), so the
cell's runs are walked once. The rule: a run counts when its `w:t` text (hidden or
not) is not blank; it is bold by its own `w:b`, else by its paragraph's style
(character styles are not consulted); each run is weighed under every paragraph
that holds it, so a text box's runs count under the box's paragraph and under the
paragraph the box is anchored in. Parts of the cell the reader does not read (a
content branch it skips, an element it does not know) are tallied here by walking
them, so the answer does not depend on what the reader reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from extract.docx.styles import Styles, W, on

NO_TEXT = frozenset(
    f"{W}{tag}"
    for tag in ("pPr", "rPr", "tcPr", "trPr", "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr")
)
"""Property elements: they never hold runs or paragraphs."""


@dataclass
class RunBold:
    seen: bool = False
    """A run with text was found."""
    bold: bool = True
    """Every run with text found so far is bold."""

    @property
    def all_bold(self) -> bool:
        return self.seen and self.bold

    def add(self, run: etree._Element, text: str, style_bold: bool) -> None:
        """One run, with its `w:t` text, under a paragraph style's boldness."""
        if not text.strip():
            return
        self.seen = True
        if self.bold:
            bold = on(run.find(f"{W}rPr/{W}b"))
            self.bold = style_bold if bold is None else bold

    def runs(self, el: etree._Element, style_bold: bool) -> None:
        """Every run below `el`, under the enclosing paragraph's style."""
        for run in el.iter(f"{W}r"):
            self.add(run, "".join(t.text or "" for t in run.iterfind(f"{W}t")), style_bold)

    def unread(self, el: etree._Element, styles: Styles, style_bold: bool | None = None) -> None:
        """A part the reader skips: its runs under the enclosing paragraph's style (when
        `el` is inside a paragraph) and under each paragraph inside it."""
        if el.tag in NO_TEXT or not len(el):
            return
        if style_bold is not None:
            self.runs(el, style_bold)
        for p in el.iter(f"{W}p"):
            self.runs(p, paragraph_style_bold(p, styles))

    def text_box(
        self, el: etree._Element, read: list[etree._Element], styles: Styles, style_bold: bool
    ) -> None:
        """A drawing, picture or alternate content anchored in a paragraph, of which the
        reader reads the boxes `read`: every run in it under the anchoring paragraph's
        style, and the paragraphs outside `read` (another branch) under their own."""
        self.runs(el, style_bold)
        for p in el.iter(f"{W}p"):
            if not _inside(p, read, el):
                self.runs(p, paragraph_style_bold(p, styles))


def paragraph_style_bold(p: etree._Element, styles: Styles) -> bool:
    pstyle = p.find(f"{W}pPr/{W}pStyle")
    style = styles.get(pstyle.get(f"{W}val") if pstyle is not None else None)
    return bool(style and style.bold)


def _inside(p: etree._Element, boxes: list[etree._Element], top: etree._Element) -> bool:
    for ancestor in p.iterancestors():
        if ancestor is top:
            return False
        if any(ancestor is box for box in boxes):
            return True
    return False
