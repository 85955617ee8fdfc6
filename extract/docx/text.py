"""The text a reader sees in one Word paragraph.

Kept: runs, inserted revisions (`w:ins`, `w:moveTo`), hyperlinks, smart tags, inline
content controls, and the displayed result of fields (simple and complex). Dropped:
deleted revisions (`w:del` / `w:delText`, `w:moveFrom`), field instructions, hidden
runs (`w:vanish`), comment marks, footnote references. Text boxes anchored in the
paragraph are returned separately so the caller can place their paragraphs after it.

Complex fields can span paragraphs, so a `Fields` state object is threaded through a
document walk; a paragraph inside a TOC field is flagged `in_toc`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from extract.docx.bold import NO_TEXT, RunBold
from extract.docx.styles import Styles, W, on
from extract.text_rules import collapse_spaces

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_CONTAINERS = {
    f"{W}hyperlink",
    f"{W}ins",
    f"{W}moveTo",
    f"{W}smartTag",
    f"{W}customXml",
    f"{W}fldSimple",
    f"{W}sdtContent",
    f"{W}dir",
    f"{W}bdo",
}
_TEXT_BOXES = (f"{W}drawing", f"{W}pict", f"{W}object", f"{MC}AlternateContent")


@dataclass
class Fields:
    """Complex fields open across paragraphs: [instruction, past the separator]."""

    stack: list[list] = field(default_factory=list)

    @property
    def in_result(self) -> bool:
        return all(f[1] for f in self.stack)

    @property
    def in_toc(self) -> bool:
        return any(_is_toc(f[0]) for f in self.stack)


@dataclass
class ParaText:
    text: str = ""
    text_boxes: list[etree._Element] = field(default_factory=list)
    in_toc: bool = False
    prominent: bool = False
    """All of its text bold, or 16pt or larger (a cover title candidate)."""
    page_breaks: int = 0
    """Explicit page breaks (`w:br w:type="page"`)."""
    rendered_breaks: int = 0
    """Page breaks Word recorded when it last laid the document out."""


class _Collector:
    def __init__(
        self, styles: Styles, fields: Fields, para_style: str | None, cell: RunBold | None
    ) -> None:
        self.styles = styles
        self.cell = cell
        self.fields = fields
        self.parts: list[str] = []
        self.boxes: list[etree._Element] = []
        self.in_toc = fields.in_toc
        self.page_breaks = 0
        self.rendered_breaks = 0
        style = styles.get(para_style)
        self.style_bold = bool(style and style.bold)
        self.style_size = (style.size if style else None) or 0
        self.all_bold = True
        self.max_size = 0

    def walk(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child)
            elif tag in _CONTAINERS:
                if tag == f"{W}fldSimple" and _is_toc(child.get(f"{W}instr", "")):
                    self.in_toc = True
                self.walk(child)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.walk(content)
            elif tag in _TEXT_BOXES:
                self.text_boxes(child)
            else:
                self.unread(child)

    def run(self, run: etree._Element) -> None:
        rpr = run.find(f"{W}rPr")
        hidden = rpr is not None and on(rpr.find(f"{W}vanish"))
        start = len(self.parts)
        raw: list[str] = []  # all its `w:t` text, shown or not (for the cell's tally)
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                raw.append(child.text or "")
                if self.fields.in_result and not hidden:
                    self.parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab", f"{W}cr"):
                self.parts.append("\t")
            elif tag == f"{W}br":
                if child.get(f"{W}type") == "page":
                    self.page_breaks += 1
                self.parts.append(" ")
            elif tag == f"{W}noBreakHyphen":
                self.parts.append("-")
            elif tag == f"{W}lastRenderedPageBreak":
                self.rendered_breaks += 1
            elif tag in (f"{W}fldChar", f"{W}instrText"):
                self.field(child)
            elif tag in _TEXT_BOXES:
                self.text_boxes(child)
            else:
                self.unread(child)
        if "".join(self.parts[start:]).strip():
            self.weigh(rpr)
        if self.cell is not None:
            self.cell.add(run, "".join(raw), self.style_bold)

    def unread(self, el: etree._Element) -> None:
        """An element this walk does not read: tallied for the cell, when in one."""
        if self.cell is not None and len(el) and el.tag not in NO_TEXT:
            self.cell.unread(el, self.styles, self.style_bold)

    def field(self, el: etree._Element) -> None:
        stack = self.fields.stack
        if el.tag == f"{W}instrText":
            if stack:
                stack[-1][0] += el.text or ""
                self.in_toc = self.in_toc or self.fields.in_toc
            return
        kind = el.get(f"{W}fldCharType")
        if kind == "begin":
            stack.append(["", False])
        elif kind == "separate" and stack:
            stack[-1][1] = True
        elif kind == "end" and stack:
            stack.pop()

    def weigh(self, rpr: etree._Element | None) -> None:
        bold: bool | None = None
        size = 0
        if rpr is not None:
            bold = on(rpr.find(f"{W}b"))
            size_el = rpr.find(f"{W}sz")
            if size_el is not None and size_el.get(f"{W}val", "").isdigit():
                size = int(size_el.get(f"{W}val", "0"))
            char_style = rpr.find(f"{W}rStyle")
            if bold is None and char_style is not None:
                style = self.styles.get(char_style.get(f"{W}val"))
                bold = style.bold if style else None
        self.all_bold = self.all_bold and (self.style_bold if bold is None else bold)
        self.max_size = max(self.max_size, size or self.style_size)

    def text_boxes(self, el: etree._Element) -> None:
        boxes = _boxes(el)
        self.boxes.extend(boxes)
        if self.cell is not None:
            self.cell.text_box(el, boxes, self.styles, self.style_bold)


def _boxes(el: etree._Element) -> list[etree._Element]:
    """The text boxes to read in a drawing, picture, object or alternate content (of
    which the first choice, else the fallback), not those inside another box."""
    if el.tag == f"{MC}AlternateContent":
        choice = el.find(f"{MC}Choice")
        branch = choice if choice is not None else el.find(f"{MC}Fallback")
        if branch is None:
            return []
        el = branch
    return [box for box in el.iter(f"{W}txbxContent") if not _nested_box(box, el)]


def _nested_box(box: etree._Element, top: etree._Element) -> bool:
    """True when `box` sits inside another text box below `top` (read with that one)."""
    for ancestor in box.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == f"{W}txbxContent":
            return True
    return False


def _is_toc(instr: str) -> bool:
    return instr.lstrip().upper().startswith("TOC")


def paragraph_text(
    p: etree._Element,
    styles: Styles,
    fields: Fields,
    style_id: str | None,
    cell: RunBold | None = None,
) -> ParaText:
    """Read one `w:p`; `fields` carries complex-field state to the next paragraph.
    Inside a table cell, `cell` tallies whether its runs are bold."""
    collector = _Collector(styles, fields, style_id, cell)
    collector.walk(p)
    text = collapse_spaces("".join(collector.parts))
    return ParaText(
        text=text,
        text_boxes=collector.boxes,
        in_toc=collector.in_toc or fields.in_toc,
        prominent=bool(text) and (collector.all_bold or collector.max_size >= 32),
        page_breaks=collector.page_breaks,
        rendered_breaks=collector.rendered_breaks,
    )
