"""Word (.docx) backend: bytes → `Document` with body-level provenance.

The package is opened by `docx_package` (our own zip reading with inflation limits,
XML parsed with DTDs refused and entities off); python-docx is not used to read, so
nothing opens the zip blindly. The body is walked once, in order:

- paragraphs → Heading / Paragraph / ListItem (`docx_paragraphs`), text boxes as
  paragraphs right after the paragraph that anchors them;
- tables → Table (`docx_tables`), list numbers inside cells counted in document order;
- content controls (`w:sdt`) and custom XML are read through, except a table of
  contents control (docPartGallery "Table of Contents"), which is dropped like TOC
  fields and TOC-styled paragraphs;
- headers and footers never enter the body: their text goes to `running_text`;
  comments, footnotes and deleted revisions are not read.

**Numbers.** Word list numbers are resolved through numbering.xml (`docx_numbering`)
and typed numbers are split off the start of the text. Both are stored by one rule:
the label as a reader sees it, minus one trailing "." — "3." → "3", "3.2." → "3.2",
"3.3.1" → "3.3.1", "a)" → "a)", "(iv)" → "(iv)", bullets → "•". Levels are 1-based
(Heading 1 → 1, Title → 0; a first-level list item → 1).

**Source.** `paragraph` is the index of the block among the body's paragraphs and
tables, counted in document order (0-based; each `w:p` and `w:tbl` at body level
counts once, including those inside content controls and those not emitted, such as
empty or TOC paragraphs). Text-box paragraphs carry their anchor's index. Table
content has `table` (0-based index among body tables), `row` and `cell` (the grid
column). `page` and `bbox` are None: Word has no fixed pages.

**Pages.** Word stores no pages, so `pages` is an estimate: the largest of Word's own
count in docProps/app.xml `<Pages>`, the page breaks Word last rendered (or the
explicit page and section breaks) + 1, and the body text length / 3,000 characters
rounded up. The largest is used because generators copy a stale app.xml (python-docx
always says 1) while the text estimate undercounts layouts with much white space.

**Title.** The core-properties title when it reads like a title; else the first
Title-styled paragraph; else the bold or large paragraphs that open the cover
(before any heading); else the first heading.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace

from lxml import etree

from extract.docx.numbering import Numbering
from extract.docx.package import Package, open_package
from extract.docx.paragraphs import ParagraphReader
from extract.docx.styles import Styles, W
from extract.docx.tables import read_table
from extract.docx.text import MC, Fields, paragraph_text
from extract.errors import EmptyFile, TooLarge
from extract.limits import DEFAULT_LIMITS, Limits
from extract.model import Block, Document, Heading, Source, Table
from extract.ratio import check_text_size
from extract.text_rules import collapse_spaces

_DC = "{http://purl.org/dc/elements/1.1/}"
_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
CHARS_PER_PAGE = 3000
_JUNK_TITLE = re.compile(
    r"^(microsoft word - .*|.*\.docx?|document\d*|untitled.*|title|slide \d+|"
    r"powerpoint presentation|template|normal|default)$",
    re.I,
)


def read_docx(data: bytes, *, file: str, sha256: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx held in `data` into a `Document` (see the module docstring)."""
    package = open_package(data, file=file, limits=limits)
    _check_text_size(package.document, len(data), limits, file=file)
    styles = Styles(package.styles)
    numbering = Numbering(package.numbering)
    numbering.link_styles(_numbering_styles(package.styles))
    base = Source(file=file, sha256=sha256)
    reader = ParagraphReader(styles, numbering)
    blocks = _walk_body(package.document, reader, base)
    pages = _pages(package, reader)
    if pages > limits.max_pages:
        raise TooLarge(
            f"the Word document runs to about {pages:,} pages; the limit is {limits.max_pages:,}",
            file=file,
        )
    if not any(_has_text(block) for block in blocks):
        raise EmptyFile("the Word document has no text in its body", file=file)
    return Document(
        file=file,
        sha256=sha256,
        format="docx",
        pages=pages,
        title=_title(package, blocks, reader),
        blocks=tuple(blocks),
        running_text=_running_text(package, styles),
        warnings=tuple(numbering.warnings),
    )


def _check_text_size(document: etree._Element, size: int, limits: Limits, *, file: str) -> None:
    """The body's text runs counted before any block is built, refused past the
    text-per-byte ratio or the characters-per-document cap (`extract.ratio`)."""
    chars = 0
    for run in document.iter(f"{W}t"):
        chars += len(run.text or "")
        if chars > limits.max_document_chars:
            break
    check_text_size(chars, size, limits, file=file)


def _has_text(block: Block) -> bool:
    if isinstance(block, Table):
        return any(cell.blocks for row in block.rows for cell in row.cells)
    return bool(block.text)


def _walk_body(document: etree._Element, reader: ParagraphReader, base: Source) -> list[Block]:
    body = document.find(f"{W}body")
    if body is None:
        return []
    blocks: list[Block] = []
    counter = {"paragraph": 0, "table": 0}
    _walk(body, reader, base, blocks, counter)
    return blocks


def _walk(
    parent: etree._Element,
    reader: ParagraphReader,
    base: Source,
    blocks: list[Block],
    counter: dict[str, int],
) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            source = replace(base, paragraph=counter["paragraph"])
            counter["paragraph"] += 1
            blocks.extend(reader.read(child, source))
        elif tag == f"{W}tbl":
            source = replace(base, paragraph=counter["paragraph"], table=counter["table"])
            counter["paragraph"] += 1
            counter["table"] += 1
            blocks.append(read_table(child, reader, source))
        elif tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is None:
                continue
            if _is_toc_control(child):
                counter["paragraph"] += sum(1 for _ in _body_items(content))
                continue
            _walk(content, reader, base, blocks, counter)
        elif tag == f"{W}customXml":
            _walk(child, reader, base, blocks, counter)
        elif tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                _walk(choice, reader, base, blocks, counter)


def _body_items(parent: etree._Element) -> Iterator[etree._Element]:
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _body_items(child)


def _is_toc_control(sdt: etree._Element) -> bool:
    pr = sdt.find(f"{W}sdtPr")
    if pr is None:
        return False
    for gallery in pr.iter(f"{W}docPartGallery"):
        if "table of contents" in gallery.get(f"{W}val", "").lower():
            return True
    return False


def _numbering_styles(styles: etree._Element | None) -> dict[str, str]:
    """Numbering styles (type="numbering") → the numId they carry (for numStyleLink)."""
    out: dict[str, str] = {}
    if styles is None:
        return out
    for style in styles.iterfind(f"{W}style"):
        if style.get(f"{W}type") != "numbering":
            continue
        num = style.find(f"{W}pPr/{W}numPr/{W}numId")
        style_id = style.get(f"{W}styleId")
        if num is not None and style_id:
            out[style_id] = num.get(f"{W}val", "")
    return out


def _pages(package: Package, reader: ParagraphReader) -> int:
    stated = 0
    if package.app is not None:
        pages_el = package.app.find(f"{_APP}Pages")
        if pages_el is not None and (pages_el.text or "").strip().isdigit():
            stated = int((pages_el.text or "0").strip())
    breaks = max(reader.rendered_breaks, reader.page_breaks) + 1
    by_text = math.ceil(reader.chars / CHARS_PER_PAGE)
    return max(stated, breaks, by_text, 1)


def _title(package: Package, blocks: list[Block], reader: ParagraphReader) -> str | None:
    if package.core is not None:
        el = package.core.find(f"{_DC}title")
        title = collapse_spaces(el.text or "") if el is not None else ""
        if len(title) >= 4 and any(c.isalpha() for c in title) and not _JUNK_TITLE.match(title):
            return title
    headings = [b for b in blocks if isinstance(b, Heading)]
    for heading in headings:
        if heading.level == 0:
            return heading.text
    if reader.cover:
        return " ".join(reader.cover)
    return headings[0].text if headings else None


def _running_text(package: Package, styles: Styles) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for root in package.headers:
        fields = Fields()
        for p in root.iter(f"{W}p"):
            if any(a.tag == f"{MC}Fallback" for a in p.iterancestors()):
                continue
            text = paragraph_text(p, styles, fields, None).text
            if text:
                seen.setdefault(text, None)
    return tuple(seen)
