"""Word styles resolved through their `basedOn` chains.

Only what the reader needs: a paragraph style's display name, heading level (from
the name "Heading N" / "Title" or an outline level), its numbering (`numPr`), and
whether its text is bold or large. Character styles give bold only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
_TOC_NAME = re.compile(r"^(toc\s*\d|toc heading|table of figures|contents\s*\d?)$", re.I)


@dataclass(frozen=True)
class Style:
    style_id: str
    name: str
    heading_level: int | None = None
    """0 for Title, 1-9 for Heading 1-9 or an outline level; None for body text."""
    num_id: str | None = None
    ilvl: int | None = None
    bold: bool | None = None
    size: int | None = None
    """Font size in half-points."""

    @property
    def is_toc(self) -> bool:
        return bool(_TOC_NAME.match(self.name))

    @property
    def is_list(self) -> bool:
        """A list style by name: "List Paragraph", "List Number 2", "List Bullet"."""
        return "list" in self.name.lower()


def on(element: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: absent → None, else its truth."""
    if element is None:
        return None
    return element.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


class Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self._raw: dict[str, etree._Element] = {}
        self._resolved: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        for el in root.iterfind(f"{W}style"):
            style_id = el.get(f"{W}styleId")
            if style_id is None:
                continue
            self._raw[style_id] = el
            if el.get(f"{W}type") == "paragraph" and on(el.find(f"{W}default")):
                self.default_paragraph = style_id

    def get(self, style_id: str | None) -> Style | None:
        if style_id is None:
            style_id = self.default_paragraph
        if style_id is None or style_id not in self._raw:
            return None
        if style_id not in self._resolved:
            self._resolved[style_id] = self._resolve(style_id, depth=0)
        return self._resolved[style_id]

    def _resolve(self, style_id: str, depth: int) -> Style:
        el = self._raw[style_id]
        name_el = el.find(f"{W}name")
        name = name_el.get(f"{W}val", style_id) if name_el is not None else style_id
        parent = self._parent(el, style_id, depth)
        own = _own(el)
        level = _name_level(name)
        if level is None:
            level = own.pop("outline", None)
        else:
            own.pop("outline", None)
        if level is None and parent is not None:
            level = parent.heading_level
        values: dict[str, Any] = {
            "num_id": parent.num_id if parent else None,
            "ilvl": parent.ilvl if parent else None,
            "bold": parent.bold if parent else None,
            "size": parent.size if parent else None,
        }
        values.update({k: v for k, v in own.items() if v is not None})
        return Style(style_id, name, level, **values)

    def _parent(self, el: etree._Element, style_id: str, depth: int) -> Style | None:
        based = el.find(f"{W}basedOn")
        parent_id = based.get(f"{W}val") if based is not None else None
        if parent_id is None or parent_id == style_id or parent_id not in self._raw:
            return None
        if depth > 20:  # a basedOn cycle or an absurd chain
            return None
        if parent_id in self._resolved:
            return self._resolved[parent_id]
        return self._resolve(parent_id, depth + 1)


def _name_level(name: str) -> int | None:
    if name.lower() == "title":
        return 0
    m = _HEADING_NAME.match(name.strip())
    return int(m.group(1)) if m else None


def _own(el: etree._Element) -> dict[str, Any]:
    """Properties set on the style element itself (not inherited)."""
    out: dict[str, Any] = {}
    ppr = el.find(f"{W}pPr")
    if ppr is not None:
        outline = ppr.find(f"{W}outlineLvl")
        if outline is not None:
            out["outline"] = outline_level(outline)
        num_pr = ppr.find(f"{W}numPr")
        if num_pr is not None:
            num = num_pr.find(f"{W}numId")
            lvl = num_pr.find(f"{W}ilvl")
            out["num_id"] = num.get(f"{W}val") if num is not None else None
            out["ilvl"] = int_val(lvl)
    rpr = el.find(f"{W}rPr")
    if rpr is not None:
        out["bold"] = on(rpr.find(f"{W}b"))
        out["size"] = int_val(rpr.find(f"{W}sz"))
    return out


def outline_level(element: etree._Element) -> int | None:
    """Heading level (1-9) of a `w:outlineLvl`; level 9 ("body text") gives None."""
    value = int_val(element)
    if value is None or not 0 <= value <= 8:
        return None
    return value + 1


def int_val(element: etree._Element | None) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(f"{W}val", ""))
    except ValueError:
        return None
