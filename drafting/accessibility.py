"""A Word file checked for what makes it accessible, as Word's own Accessibility Checker
and the UK public sector accessibility regulations ask: a title and a language, headings
in order, table header rows that repeat, alt text on pictures, pictures in line with
text, no meaning carried by a colour alone, no blank paragraphs used for spacing, link
text that says where it goes.

`check(path_or_bytes)` returns the problems found, each with its severity ("error":
Word's errors, the document must not be published so; "warning"), the rule broken,
where it is (in words a Word user finds: the heading above it, the table's first cell)
and what to do. Reads the package with lxml, entities and network off.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

from extract.errors import CorruptFile, TooLarge, UnsupportedFormat
from extract.limits import DEFAULT_LIMITS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DC = "http://purl.org/dc/elements/1.1/"
NS = {"w": W, "wp": WP, "dc": DC}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_BLANK_RUN = 3
"""Consecutive empty paragraphs that count as spacing by blank lines."""
_PLAIN_FILLS = {"", "auto", "FFFFFF", "ffffff"}

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    severity: Severity
    rule: str
    where: str
    advice: str

    def line(self) -> str:
        return f"{self.severity}: {self.rule} — {self.where}: {self.advice}"


def check(path_or_bytes: str | Path | bytes, *, file: str | None = None) -> list[Problem]:
    """Every accessibility problem of one .docx file, errors first."""
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    name = file or (Path(path_or_bytes).name if not isinstance(path_or_bytes, bytes) else "")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body = _xml(package, "word/document.xml", name)
            styles = _xml(package, "word/styles.xml", name, required=False)
            core = _xml(package, "docProps/core.xml", name, required=False)
    except zipfile.BadZipFile as exc:
        raise UnsupportedFormat("this is not a Word .docx file", file=name) from exc
    assert body is not None  # a required part: `_xml` raises when it is missing
    problems = [
        *_properties(core, styles),
        *_headings(body, _heading_levels(styles)),
        *_tables(body),
        *_pictures(body),
        *_colour_alone(body),
        *_blank_paragraphs(body),
        *_links(body),
    ]
    return sorted(problems, key=lambda p: p.severity != "error")


def _xml(
    package: zipfile.ZipFile, part: str, file: str, *, required: bool = True
) -> etree._Element | None:
    if part not in package.namelist():
        if required:
            raise UnsupportedFormat(f"this is not a Word .docx file (no {part})", file=file)
        return None
    if package.getinfo(part).file_size > DEFAULT_LIMITS.max_part_bytes:
        raise TooLarge(f"{part} is too large to check", file=file)
    try:
        return etree.fromstring(package.read(part), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise CorruptFile(f"{part} is damaged and cannot be checked", file=file) from exc


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


def _properties(core: etree._Element | None, styles: etree._Element | None) -> list[Problem]:
    out = []
    title = core.findtext("dc:title", namespaces=NS) if core is not None else None
    if not (title or "").strip():
        out.append(
            Problem(
                "error",
                "document title",
                "File > Info > Properties",
                "give the document a title (screen readers announce it first)",
            )
        )
    language = core.findtext("dc:language", namespaces=NS) if core is not None else None
    default = (
        styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS) if styles is not None else None
    )
    if not (language or "").strip() and (default is None or not default.get(f"{{{W}}}val")):
        out.append(
            Problem(
                "error",
                "document language",
                "Review > Language",
                "set the document's language (e.g. English (United Kingdom)) so it is read aloud "
                "correctly",
            )
        )
    return out


def _heading_levels(styles: etree._Element | None) -> dict[str, int]:
    """Style id -> heading level (1 = Heading 1), from the styles' names or outline
    levels."""
    levels: dict[str, int] = {}
    if styles is None:
        return levels
    for style in styles.iterfind("w:style", NS):
        style_id = style.get(f"{{{W}}}styleId") or ""
        named = style.find("w:name", NS)
        name = (named.get(f"{{{W}}}val") or "") if named is not None else ""
        outline = style.find("w:pPr/w:outlineLvl", NS)
        match = re.fullmatch(r"heading ([1-9])", name.strip().lower())
        if match:
            levels[style_id] = int(match.group(1))
        elif outline is not None and (outline.get(f"{{{W}}}val") or "").isdigit():
            level = int(outline.get(f"{{{W}}}val") or "9") + 1
            if level <= 9:
                levels[style_id] = level
    return levels


def _paragraph_level(paragraph: etree._Element, levels: dict[str, int]) -> int | None:
    style = paragraph.find("w:pPr/w:pStyle", NS)
    if style is not None and style.get(f"{{{W}}}val") in levels:
        return levels[style.get(f"{{{W}}}val") or ""]
    outline = paragraph.find("w:pPr/w:outlineLvl", NS)
    if outline is not None and (outline.get(f"{{{W}}}val") or "").isdigit():
        level = int(outline.get(f"{{{W}}}val") or "9") + 1
        return level if level <= 9 else None
    return None


def _headings(body: etree._Element, levels: dict[str, int]) -> list[Problem]:
    out = []
    previous = 0
    paragraphs = list(body.iter(f"{{{W}}}p"))
    for paragraph in paragraphs:
        level = _paragraph_level(paragraph, levels)
        if level is None:
            continue
        text = _text(paragraph)
        if not text:
            out.append(Problem("warning", "empty heading", _quote(paragraph, body), "remove it"))
            continue
        if level > previous + 1:
            out.append(
                Problem(
                    "error",
                    "heading levels in order",
                    f"heading '{_short(text)}'",
                    f"it is Heading {level} after Heading {previous or 'none'}: "
                    "do not skip a level",
                )
            )
        previous = level
    if len(paragraphs) > 40 and not any(_paragraph_level(p, levels) for p in paragraphs):
        out.append(
            Problem(
                "error",
                "headings",
                "the whole document",
                "use Word's heading styles so readers can move by heading",
            )
        )
    return out


def _tables(body: etree._Element) -> list[Problem]:
    out = []
    for table in body.iter(f"{{{W}}}tbl"):
        rows = table.findall("w:tr", NS)
        if len(rows) < 2:
            continue
        header = rows[0].find("w:trPr/w:tblHeader", NS)
        repeats = header is not None and header.get(f"{{{W}}}val", "true") not in ("0", "false")
        if not repeats:
            out.append(
                Problem(
                    "error",
                    "table header row",
                    f"table starting '{_short(_text(rows[0]))}'",
                    "mark the first row as a header row that repeats "
                    "(Table Properties > Row > Repeat as header row)",
                )
            )
    return out


def _pictures(body: etree._Element) -> list[Problem]:
    out = []
    for shape in body.iter(f"{{{WP}}}inline", f"{{{WP}}}anchor"):
        prop = shape.find("wp:docPr", NS)
        name = prop.get("name", "picture") if prop is not None else "picture"
        described = prop is not None and (prop.get("descr") or prop.get("title") or "").strip()
        where = f"{name} {_quote(shape, body)}"
        if not described:
            out.append(
                Problem(
                    "error",
                    "alt text",
                    where,
                    "describe the picture (right-click > View Alt Text)",
                )
            )
        if shape.tag == f"{{{WP}}}anchor":
            out.append(
                Problem("warning", "picture in line with text", where, "set Wrap Text to In Line")
            )
    return out


def _colour_alone(body: etree._Element) -> list[Problem]:
    out = []
    for cell in body.iter(f"{{{W}}}tc"):
        shading = cell.find("w:tcPr/w:shd", NS)
        fill = shading.get(f"{{{W}}}fill", "") if shading is not None else ""
        if fill not in _PLAIN_FILLS and not _text(cell):
            out.append(
                Problem(
                    "error",
                    "meaning by colour alone",
                    f"a shaded cell near {_quote(cell, body)}",
                    "write the status in words in the cell as well as its colour",
                )
            )
    return out


def _blank_paragraphs(body: etree._Element) -> list[Problem]:
    out = []
    run = 0
    container = body.find("w:body", NS)
    for child in container if container is not None else []:
        blank = (
            child.tag == f"{{{W}}}p"
            and not _text(child)
            and child.find(".//w:drawing", NS) is None
            and child.find(".//w:br", NS) is None
        )
        run = run + 1 if blank else 0
        if run == _BLANK_RUN:
            out.append(
                Problem(
                    "warning",
                    "blank paragraphs for spacing",
                    _quote(child, body),
                    "use paragraph spacing instead of empty paragraphs",
                )
            )
    return out


def _links(body: etree._Element) -> list[Problem]:
    out = []
    for link in body.iter(f"{{{W}}}hyperlink"):
        text = _text(link)
        if re.match(r"(?i)^(https?://|www\.)\S+$", text) or text.lower() in ("click here", "here"):
            out.append(
                Problem(
                    "warning",
                    "link text",
                    f"link '{_short(text)}'",
                    "let the link's words say where it goes",
                )
            )
    return out


def _quote(element: etree._Element, body: etree._Element) -> str:
    """Where `element` is, as the nearest heading or text before it."""
    last = ""
    around = {*element.iterancestors(), *element.iter()}
    for paragraph in body.iter(f"{{{W}}}p"):
        if paragraph in around:
            break
        text = _text(paragraph)
        if text:
            last = text
    return f"after '{_short(last)}'" if last else "at the start"


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
