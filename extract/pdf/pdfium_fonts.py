"""Each font's descent and widths as pdfminer reads them, so pdfium characters get
pdfplumber's boxes.

pdfminer puts a character's box from the font descriptor's /Descent (0 when it is
missing, made negative when written positive; a Type0 font's from its descendant,
a Type3 font's from its /FontBBox). pdfium, when /Ascent and /Descent are both 0,
takes the font program's own metrics instead, which moves whole lines by a few
points; and pdfium's character boxes take the glyph's ink into account, where
pdfminer's run across the advance width in /Widths (here by the character each
code stands for). The font dictionaries are read from the page resources (and the forms they
name), never the content streams; keyed by the base font name without its subset
tag ("CAAAAA+LiberationSans" -> "LiberationSans"), as pdfium names fonts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, resolve1

MAX_FORM_DEPTH = 100
"""Forms nested deeper than this raise RecursionError, as they make pdfminer recurse
without end (the reference backend's HostileFile); a form inside itself is skipped,
as pdfminer skips it."""


@dataclass(frozen=True, slots=True)
class FontMetrics:
    """Descent and advance widths, per 1 pt of font size."""

    descent: float = 0.0
    widths: dict[str, float] = field(default_factory=dict)


class FontTable:
    """Fonts met so far, page by page: {base font name: its metrics}."""

    def __init__(self) -> None:
        self.metrics: dict[str, FontMetrics] = {}
        self._manager = PDFResourceManager()
        self._seen: set[object] = set()

    def add_page(self, page: PDFPage) -> None:
        for objid, spec in _fonts(page.resources, self._seen, ()):
            name = _name(spec.get("BaseFont"))
            if name and name not in self.metrics:
                self.metrics[name] = FontMetrics(
                    _descent(spec), _widths(self._manager, objid, spec)
                )


def _widths(manager: PDFResourceManager, objid: object, spec: dict[str, Any]) -> dict[str, float]:
    try:
        font: PDFFont = manager.get_font(objid, spec)
    except Exception:  # a font pdfminer cannot read: pdfium's boxes are used instead
        return {}
    out: dict[str, float] = {}
    for cid in list(font.widths):
        if isinstance(cid, str):  # a standard font's built-in metrics, by the character
            width = font.widths[cid]
            if len(cid) == 1 and cid not in out and isinstance(width, int | float):
                out[cid] = width * font.hscale
            continue
        try:
            code = int(cid)
            text = font.to_unichr(code)
            width = font.char_width(code)
        except Exception:
            continue
        if len(text) == 1 and text not in out:
            out[text] = width
    return out


def _fonts(
    resources: Any, seen: set[object], forms: tuple[object, ...]
) -> Iterator[tuple[object, dict[str, Any]]]:
    res = resolve1(resources)
    if not isinstance(res, dict):
        return
    if len(forms) > MAX_FORM_DEPTH:
        raise RecursionError("forms nested too deep")
    fonts = resolve1(res.get("Font"))
    if isinstance(fonts, dict):
        for ref in fonts.values():
            key = getattr(ref, "objid", None)
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            font = resolve1(ref)
            if isinstance(font, dict):
                yield key, font
    xobjects = resolve1(res.get("XObject"))
    if isinstance(xobjects, dict):
        for ref in xobjects.values():
            key = getattr(ref, "objid", None)
            if key is not None and (key in forms or ("x", key) in seen):  # drawn inside itself
                continue
            x = resolve1(ref)
            if isinstance(x, PDFStream) and _name(x.attrs.get("Subtype")) == "Form":
                yield from _fonts(x.attrs.get("Resources"), seen, (*forms, key))
            if key is not None:
                seen.add(("x", key))


def _name(value: Any) -> str:
    value = resolve1(value)
    name = getattr(value, "name", value)
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    text = str(name) if name is not None else ""
    return text.split("+", 1)[1] if "+" in text[:8] and text.index("+") == 6 else text


def _descent(font: dict[str, Any]) -> float:
    subtype = _name(font.get("Subtype"))
    if subtype == "Type0":
        descendants = resolve1(font.get("DescendantFonts"))
        if isinstance(descendants, list) and descendants:
            inner = resolve1(descendants[0])
            if isinstance(inner, dict):
                return _descent(inner)
        return 0.0
    if subtype == "Type3":
        box = resolve1(font.get("FontBBox"))
        matrix = resolve1(font.get("FontMatrix"))
        try:
            return float(resolve1(box[1])) * float(resolve1(matrix[3]))
        except (TypeError, ValueError, IndexError):
            return 0.0
    descriptor = resolve1(font.get("FontDescriptor"))
    if not isinstance(descriptor, dict):
        return 0.0
    try:
        descent = float(resolve1(descriptor.get("Descent", 0)))
    except (TypeError, ValueError):
        descent = 0.0
    return -abs(descent) * 0.001
