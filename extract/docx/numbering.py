"""Word list numbering resolved through numbering.xml, the way Word renders it.

A numbered paragraph names a `w:num` (numId) and a level (ilvl), directly or through
its paragraph style. The num points at an `w:abstractNum` holding nine level
definitions (start, numFmt, lvlText such as "%1.%2.", isLgl, lvlRestart); the num
may override a level's start (`w:startOverride`) or the whole level (`w:lvl`).

Counting follows Word:

- nums that share an abstractNum and override nothing continue one list;
- a num with any level override is a list of its own, starting at its overrides;
- numbering a level restarts the deeper levels (unless their `w:lvlRestart` says
  otherwise); a level never yet used renders as its start value minus one (Word's
  "0.1" when a Heading 2 comes before any Heading 1);
- `w:isLgl` renders every level of the label as decimal;
- bullets render as "•" whatever symbol font glyph the file uses.

`clean_number` holds the one rule for stored numbers (typed and Word alike): the label
as a reader sees it, whitespace trimmed, minus one trailing "." — "3." → "3",
"3.2." → "3.2", "3.3.1" stays, "a)" and "(iv)" stay, "•" stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from extract.docx.styles import W, int_val
from extract.text_rules import drop_trailing_dot

BULLET = "•"


@dataclass(frozen=True)
class Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = "%1."
    is_lgl: bool = False
    restart: int | None = None
    """`w:lvlRestart`: restart after a level below this (1-based) is used; 0 = never."""
    style: str | None = None


@dataclass
class _Num:
    num_id: str
    abstract_id: str
    overrides: dict[int, Level] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)

    @property
    def counter_key(self) -> str:
        return (
            f"num:{self.num_id}" if (self.overrides or self.starts) else f"abs:{self.abstract_id}"
        )


@dataclass(frozen=True)
class Label:
    number: str
    """As rendered, before `clean_number`."""
    bullet: bool
    level: int
    """0-based ilvl."""


class Numbering:
    """numbering.xml plus the running counters of one document walk."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.warnings: list[str] = []
        if root is not None:
            self._parse(root)

    def _parse(self, root: etree._Element) -> None:
        for el in root.iterfind(f"{W}abstractNum"):
            aid = el.get(f"{W}abstractNumId", "")
            self.abstracts[aid] = {_ilvl(lvl): _level(lvl) for lvl in el.iterfind(f"{W}lvl")}
            link = el.find(f"{W}numStyleLink")
            if link is not None:
                self.style_links[aid] = link.get(f"{W}val", "")
        for el in root.iterfind(f"{W}num"):
            abstract = el.find(f"{W}abstractNumId")
            if abstract is None:
                continue
            num_id = el.get(f"{W}numId", "")
            num = _Num(num_id, abstract.get(f"{W}val", ""))
            for override in el.iterfind(f"{W}lvlOverride"):
                ilvl = _ilvl(override)
                start = int_val(override.find(f"{W}startOverride"))
                if start is not None:
                    num.starts[ilvl] = start
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    num.overrides[ilvl] = _level(lvl)
            self.nums[num_id] = num

    def link_styles(self, numbering_style_num: dict[str, str]) -> None:
        """Resolve `numStyleLink` abstracts: style id → the numId that style carries."""
        for aid, style_id in self.style_links.items():
            num_id = numbering_style_num.get(style_id)
            target = self.nums.get(num_id or "")
            if target is not None and target.abstract_id != aid:
                self.abstracts[aid] = self.abstracts.get(target.abstract_id, {})

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """The level whose `w:pStyle` is this paragraph style (heading numbering)."""
        num = self.nums.get(num_id)
        if num is None or style_id is None:
            return None
        for ilvl, level in self.abstracts.get(num.abstract_id, {}).items():
            if level.style == style_id:
                return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> Label | None:
        """Advance the counters for one numbered paragraph and return its label."""
        if num_id in ("", "0"):
            return None
        num = self.nums.get(num_id)
        if num is None:
            self._warn(f"numbering: paragraph refers to undefined list {num_id}")
            return None
        ilvl = min(max(ilvl, 0), 8)
        level = self._level(num, ilvl)
        if level is None:
            return None
        counts = self._advance(num, ilvl)
        if level.fmt == "bullet":
            return Label(BULLET, True, ilvl)
        if level.fmt == "none" and "%" not in level.text:
            return Label(level.text, False, ilvl) if level.text.strip() else None
        return Label(self._render(num, level, counts), False, ilvl)

    def _level(self, num: _Num, ilvl: int) -> Level | None:
        level = self._level_quiet(num, ilvl)
        if level is None:
            self._warn(f"numbering: list {num.abstract_id} has no level {ilvl}")
        return level

    def _start(self, num: _Num, ilvl: int) -> int:
        if ilvl in num.starts:
            return num.starts[ilvl]
        level = self._level_quiet(num, ilvl)
        return level.start if level else 0

    def _advance(self, num: _Num, ilvl: int) -> list[int]:
        key = num.counter_key
        counts = self.counters.setdefault(key, [None] * 9)
        current = counts[ilvl]
        counts[ilvl] = self._start(num, ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            level = self._level_quiet(num, deeper)
            restart = level.restart if level and level.restart is not None else deeper
            if ilvl < restart:
                counts[deeper] = None
        return [c if c is not None else self._start(num, i) - 1 for i, c in enumerate(counts)]

    def _level_quiet(self, num: _Num, ilvl: int) -> Level | None:
        return num.overrides.get(ilvl) or self.abstracts.get(num.abstract_id, {}).get(ilvl)

    def _render(self, num: _Num, level: Level, counts: list[int]) -> str:
        out: list[str] = []
        text = level.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                ref = int(text[i + 1]) - 1
                ref_level = self._level_quiet(num, ref)
                fmt = "decimal" if level.is_lgl else (ref_level.fmt if ref_level else "decimal")
                out.append(format_number(counts[ref], fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out)

    def _warn(self, message: str) -> None:
        if message not in self.warnings and len(self.warnings) < 50:
            self.warnings.append(message)


def _ilvl(el: etree._Element) -> int:
    try:
        return min(max(int(el.get(f"{W}ilvl", "0")), 0), 8)
    except ValueError:
        return 0


def _level(el: etree._Element) -> Level:
    fmt_el = el.find(f"{W}numFmt")
    text_el = el.find(f"{W}lvlText")
    style_el = el.find(f"{W}pStyle")
    lgl = el.find(f"{W}isLgl")
    return Level(
        start=int_val(el.find(f"{W}start")) or 0,
        fmt=fmt_el.get(f"{W}val", "decimal") if fmt_el is not None else "decimal",
        text=text_el.get(f"{W}val", "") if text_el is not None else "",
        is_lgl=lgl is not None and lgl.get(f"{W}val", "true") not in ("0", "false", "off"),
        restart=int_val(el.find(f"{W}lvlRestart")),
        style=style_el.get(f"{W}val") if style_el is not None else None,
    )


_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]  # fmt: skip


def format_number(value: int, fmt: str) -> str:
    """One level's counter in a Word numFmt."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = (
            "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        )
        return f"{value}{suffix}"
    if fmt == "none":
        return ""
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, digits in _ROMAN:
        while value >= amount:
            out.append(digits)
            value -= amount
    return "".join(out)


def clean_number(label: str) -> str | None:
    """The stored form of a number label (see the module docstring)."""
    return drop_trailing_dot(" ".join(label.split()).rstrip("*").strip()) or None
