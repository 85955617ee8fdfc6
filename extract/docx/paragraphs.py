"""One Word paragraph → a Heading, Paragraph or ListItem (plus its text boxes).

Classification:

- a paragraph in a TOC field or with a TOC style ("toc 1", "TOC Heading") is dropped;
- Heading when its style is Title (level 0) or "Heading N" (level N), or it has an
  outline level (`w:outlineLvl` on the paragraph or its style; level N+1);
- ListItem when it is numbered by Word with a bullet, or its style is a list style
  ("List Paragraph", "List Number", ...) and it carries a number; level is the Word
  list level + 1 (typed numbers: the count of number parts, "3.2" → 2);
- Paragraph otherwise, with `number` when Word numbers it or a number is typed at its
  start ("3.3.1 The sub-group", "3.3.1** ...", "a) ...").

Numbers are stored by `docx_numbering.clean_number`. A paragraph numbered by Word
advances the list counters even when empty (Word shows the number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from extract.docx.bold import RunBold
from extract.docx.numbering import Label, Numbering, clean_number
from extract.docx.styles import Style, Styles, W, int_val, outline_level
from extract.docx.text import Fields, ParaText, paragraph_text
from extract.model import Heading, ListItem, Paragraph, Source

Block = Heading | Paragraph | ListItem

_TYPED = [
    re.compile(r"^(\d{1,3}(?:\.\d{1,3})+\.?)\**(?=\s)"),
    re.compile(r"^(\d{1,3}[.)])\**(?=\s)"),
    re.compile(r"^(\(?[a-zA-Z]\)|\((?:[ivxlc]{1,6}|[IVXLC]{1,6})\)|[ivx]{1,5}\))(?=\s)"),
]
_TYPED_BULLET = re.compile(r"^[•●▪■◦‣∙·\-–](?=\s)")
_QUANTITY = re.compile(
    r"^(million|billion|thousand|per|percent|times|hours?|days?|weeks?|months?|years?)\b",
    re.I,
)


def split_typed(text: str) -> tuple[str | None, str, bool]:
    """(number, rest, is_bullet) for a number or bullet typed at the start of `text`."""
    if _TYPED_BULLET.match(text):
        rest = text[1:].strip()
        return ("•", rest, True) if rest else (None, text, False)
    for i, pattern in enumerate(_TYPED):
        m = pattern.match(text)
        if not m:
            continue
        rest = text[m.end() :].strip()
        if not rest or (i == 0 and "." not in m.group(1)[-1:] and _QUANTITY.match(rest)):
            return None, text, False
        return clean_number(m.group(1)), rest, False
    return None, text, False


@dataclass
class _Props:
    style: Style | None
    style_id: str | None
    num_id: str | None
    ilvl: int
    outline: int | None
    deleted_mark: bool
    section_break: bool


@dataclass
class ParagraphReader:
    """Reads paragraphs in document order, keeping numbering and field state."""

    styles: Styles
    numbering: Numbering
    fields: Fields = field(default_factory=Fields)
    page_breaks: int = 0
    rendered_breaks: int = 0
    chars: int = 0
    cover: list[str] = field(default_factory=list)
    """Leading bold/large paragraphs seen before any heading (title candidates)."""
    cover_open: bool = True
    seen: int = 0
    cell: RunBold | None = None
    """While a table cell is read: whether all its text is bold."""

    def read_cell(self, tc: etree._Element, source: Source) -> tuple[list[Block], bool]:
        """A table cell's blocks, and whether all its text is bold (see `docx_bold`)."""
        self.cell = cell = RunBold()
        try:
            return self.read_container(tc, source), cell.all_bold
        finally:
            self.cell = None

    def read(self, p: etree._Element, source: Source) -> list[Block]:
        """Blocks for one `w:p`: its own (if it has text), then its text boxes'."""
        props = self._props(p)
        text = paragraph_text(p, self.styles, self.fields, props.style_id, self.cell)
        self._count(text, props)
        label = None
        if props.num_id and not props.deleted_mark and not text.in_toc:
            label = self.numbering.next_label(props.num_id, props.ilvl)
        if text.in_toc or (props.style is not None and props.style.is_toc):
            if self.cell is not None:  # its text boxes are not read
                for box in text.text_boxes:
                    self.cell.unread(box, self.styles)
            return []
        blocks: list[Block] = []
        if text.text:
            block = self._block(text.text, props, label, source)
            self._note_cover(block, text)
            blocks.append(block)
        for box in text.text_boxes:
            blocks.extend(self.read_container(box, source))
        return blocks

    def read_container(self, container: etree._Element, source: Source) -> list[Block]:
        """Paragraphs of a text box or a nested table cell, in order, flattened."""
        out: list[Block] = []
        for child in container:
            if child.tag == f"{W}p":
                out.extend(self.read(child, source))
            elif child.tag in (f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdtContent"):
                out.extend(self.read_container(child, source))
            elif child.tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    out.extend(self.read_container(content, source))
            elif self.cell is not None:
                self.cell.unread(child, self.styles)
        return out

    def _props(self, p: etree._Element) -> _Props:
        ppr = p.find(f"{W}pPr")
        style_id = num_id = None
        ilvl = outline = None
        deleted = section = False
        if ppr is not None:
            pstyle = ppr.find(f"{W}pStyle")
            style_id = pstyle.get(f"{W}val") if pstyle is not None else None
            num_pr = ppr.find(f"{W}numPr")
            if num_pr is not None:
                num_el = num_pr.find(f"{W}numId")
                num_id = num_el.get(f"{W}val") if num_el is not None else None
                ilvl = int_val(num_pr.find(f"{W}ilvl"))
            outline_el = ppr.find(f"{W}outlineLvl")
            outline = outline_level(outline_el) if outline_el is not None else None
            deleted = ppr.find(f"{W}rPr/{W}del") is not None
            sect = ppr.find(f"{W}sectPr")
            section = sect is not None and _breaks_page(sect)
        style = self.styles.get(style_id)
        if style is not None and style_id is None:
            style_id = style.style_id
        if num_id is None and style is not None:
            num_id = style.num_id
        if ilvl is None and num_id:
            ilvl = style.ilvl if style is not None and style.ilvl is not None else None
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style_id) or 0
        if outline is None and style is not None:
            outline = style.heading_level
        return _Props(style, style_id, num_id, ilvl or 0, outline, deleted, section)

    def _block(self, text: str, props: _Props, label: Label | None, source: Source) -> Block:
        is_list = props.style is not None and props.style.is_list
        if label is not None:
            number = clean_number(label.number)
            if props.outline is not None:
                return Heading(props.outline, None if label.bullet else number, text, source)
            if label.bullet or is_list:
                return ListItem(label.level + 1, number, text, source)
            return Paragraph(number, text, source)
        number, rest, bullet = split_typed(text)
        if props.outline is not None:
            if bullet:
                return Heading(props.outline, None, text, source)
            return Heading(props.outline, number, rest, source)
        if bullet:
            return ListItem(1, number, rest, source)
        if number is not None and is_list:
            return ListItem(number.count(".") + 1, number, rest, source)
        return Paragraph(number, rest, source)

    def _count(self, text: ParaText, props: _Props) -> None:
        self.page_breaks += text.page_breaks + props.section_break
        self.rendered_breaks += text.rendered_breaks
        self.chars += len(text.text)

    def _note_cover(self, block: Block, text: ParaText) -> None:
        self.seen += 1
        if isinstance(block, Heading) or self.seen > 15:
            self.cover_open = False
        if not self.cover_open:
            return
        if text.prominent and len(text.text.split()) <= 25 and len(self.cover) < 3:
            self.cover.append(text.text)
        elif self.cover:
            self.cover_open = False


def _breaks_page(sect: etree._Element) -> bool:
    kind = sect.find(f"{W}type")
    return kind is None or kind.get(f"{W}val", "nextPage") != "continuous"
