"""pdfium's text page -> characters with pdfminer's boxes (`Char`), for
`pdfium_words`.

Characters come from pdfium's text page in content order; the characters pdfium
adds itself (spaces and line breaks it guesses) are skipped, so words are split by
geometry alone, as pdfplumber does. A character's box follows pdfminer: from its
origin, its advance across, and, up the page, from the font's descent to the font
size above it; font name, size and descent are read once per text object. Asking
pdfium about one character is a call through ctypes (about 1.5 us): `_Reader` asks
as few as give the same boxes.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c
from pypdfium2_raw.bindings import _libs

from extract.pdf.pdfium_fonts import FontMetrics

TOLERANCE = 3.0
"""pdfplumber's x and y tolerance (pt)."""

# pypdfium2 types the text object as a pointer; as an address it can key a cache.
get_text_object = _libs["pdfium"]["FPDFText_GetTextObject"]
get_text_object.argtypes = [pdfium_c.FPDF_TEXTPAGE, ctypes.c_int]
get_text_object.restype = ctypes.c_void_p


@dataclass(frozen=True, slots=True)
class PageFrame:
    """Where pdfplumber's page coordinates are: the media box, turned by /Rotate."""

    x0: float
    y0: float
    x1: float
    y1: float
    rotation: int

    @property
    def width(self) -> float:
        w, h = self.x1 - self.x0, self.y1 - self.y0
        return h if self.rotation in (90, 270) else w

    @property
    def height(self) -> float:
        w, h = self.x1 - self.x0, self.y1 - self.y0
        return w if self.rotation in (90, 270) else h

    def to_top_left(self, x: float, y: float) -> tuple[float, float]:
        """A point in PDF user space -> (x, distance from the top) on the page as shown."""
        if self.rotation == 90:
            return y - self.y0, x - self.x0
        if self.rotation == 180:
            return self.x1 - x, y - self.y0
        if self.rotation == 270:
            return self.y1 - y, self.x1 - x
        return x - self.x0, self.y1 - y


# text, x0, x1, top, bottom, size, font name, upright
Char = tuple[str, float, float, float, float, float, str, bool]


@dataclass(frozen=True, slots=True)
class Run:
    """What every character of one text object shares."""

    font: str
    size: float
    upright: bool
    top: float
    bottom: float
    advance: float
    """Points across per unit of width in /Widths: font size times the x scale."""
    widths: dict[str, float]


def page_chars(
    textpage: pdfium_c.FPDF_TEXTPAGE, frame: PageFrame, fonts: dict[str, FontMetrics]
) -> list[Char]:
    """The page's characters with pdfminer-style boxes, in content order."""
    count = max(pdfium_c.FPDFText_CountChars(textpage), 0)
    return _Reader(textpage, frame, fonts, page_codes(textpage, count)).chars()


def _maybe_generated(code: int) -> bool:
    """A space or line break, which pdfium may have added itself (or the second half
    of a surrogate pair, or pdfium's line-end hyphen mark): read one by one."""
    return code <= 32 or (code > 126 and chr(code).isspace())


class _Reader:
    """One text page's characters, with as few calls into pdfium as give the same
    boxes as asking for every character.

    A text object's characters are contiguous in pdfium's text page (only the spaces
    and line breaks pdfium adds come between them, and those are read one by one), so
    where a text object's run of characters ends is found by searching, not by asking
    for every character's object. Across a word of an upright run, each character
    starts where the one before ends (its advance width from the font's /Widths, as
    pdfminer puts it); only the word's first and last characters' origins are asked
    for, and where the last one is not where the widths put it (kerning, character
    spacing, a width the font does not give) every character of the word is asked for."""

    def __init__(
        self,
        textpage: pdfium_c.FPDF_TEXTPAGE,
        frame: PageFrame,
        fonts: dict[str, FontMetrics],
        codes: list[int],
    ) -> None:
        self.textpage = textpage
        self.frame = frame
        self.fonts = fonts
        self.codes = codes
        self.text = "".join([_piece_char(code) for code in codes])
        self.runs: dict[int, Run] = {}
        self.out: list[Char] = []
        self.box = pdfium_c.FS_RECTF()
        self.ox, self.oy = ctypes.c_double(), ctypes.c_double()

    def chars(self) -> list[Char]:
        textpage, codes, count = self.textpage, self.codes, len(self.codes)
        straight = self.frame.rotation == 0
        i = 0
        while i < count:
            if _maybe_generated(codes[i]):
                self._one(i)
                i += 1
                continue
            obj = get_text_object(textpage, i)
            if not obj:
                i += 1
                continue
            end = self._run_end(i, obj)
            run = self._run_of(i, obj)
            if run.upright and straight:
                self._upright(i, end, run)
            else:
                for k in range(i, end + 1):
                    if _maybe_generated(codes[k]):
                        self._one(k)
                    else:
                        self._turned(k, run)
            i = end + 1
        return self.out

    def _run_end(self, i: int, obj: int) -> int:
        """The last index from `i` on of `obj`'s run: doubling steps, then halving."""
        textpage, count = self.textpage, len(self.codes)
        lo, step = i, 1
        while True:
            probe = lo + step
            if probe >= count:
                hi = count
                break
            if get_text_object(textpage, probe) != obj:
                hi = probe
                break
            lo, step = probe, step * 2
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if get_text_object(textpage, mid) == obj:
                lo = mid
            else:
                hi = mid
        return lo

    def _run_of(self, i: int, obj: int) -> Run:
        run = self.runs.get(obj)
        if run is None:
            run = self.runs[obj] = read_run(self.textpage, i, obj, self.frame, self.fonts)
        return run

    def _one(self, i: int) -> None:
        """One character, asked for everything."""
        obj = get_text_object(self.textpage, i)
        if not obj or self.codes[i] == _PAIRED:  # a space or line break pdfium guessed
            return
        run = self._run_of(i, obj)
        if run.upright and self.frame.rotation == 0:
            self._exact(i, i, run)
        else:
            self._turned(i, run)

    def _upright(self, i: int, end: int, run: Run) -> None:
        k = i
        for piece in _PIECE.finditer(self.text, i, end + 1):
            for gap in range(k, piece.start()):
                self._one(gap)
            self._word(piece.start(), piece.end() - 1, run)
            k = piece.end()
        for gap in range(k, end + 1):
            self._one(gap)

    def _origin_x(self, i: int) -> float:
        _origin(self.textpage, i, self.ox, self.oy)
        return self.ox.value - self.frame.x0

    def _word(self, p: int, q: int, run: Run) -> None:
        """Characters `p`..`q` of one run, none a space: placed by their widths from
        the first one's origin, the last one's origin asked for; what is left between
        the two (the rounding of each glyph's place, as LibreOffice writes them) spread
        evenly over the characters between."""
        widths, advance = run.widths, run.advance
        word = self.text[p : q + 1]
        try:
            ends = [widths[c] * advance for c in word]
        except KeyError:
            self._exact(p, q, run)
            return
        starts = list(itertools.accumulate(ends[:-1], initial=self._origin_x(p)))
        if q > p:
            drift = self._origin_x(q) - starts[-1]
            if abs(drift) > _DRIFT:
                self._exact(p, q, run)
                return
            if drift:
                step = drift / (q - p)
                starts = [x + n * step for n, x in enumerate(starts)]
        ends = [x + w for x, w in zip(starts, ends, strict=True)]
        n = len(word)
        self.out.extend(
            zip(
                word,
                starts,
                ends,
                itertools.repeat(run.top, n),
                itertools.repeat(run.bottom, n),
                itertools.repeat(run.size, n),
                itertools.repeat(run.font, n),
                itertools.repeat(True, n),
                strict=False,
            )
        )

    def _exact(self, p: int, q: int, run: Run) -> None:
        """Characters `p`..`q` of one upright run, each origin asked for."""
        textpage, box, codes, left = self.textpage, self.box, self.codes, self.frame.x0
        for k in range(p, q + 1):
            text = _char_text(codes[k])
            x0 = self._origin_x(k)
            width = run.widths.get(text)
            if width is None:
                _loose_box(textpage, k, box)
                x1 = box.right - left
            else:
                x1 = x0 + width * run.advance
            self.out.append((text, x0, x1, run.top, run.bottom, run.size, run.font, True))

    def _turned(self, i: int, run: Run) -> None:
        _loose_box(self.textpage, i, self.box)
        self.out.append(_turned_char(_char_text(self.codes[i]), self.box, run, self.frame))


_DRIFT = 0.25
"""How far (pt) a word's last character may start from where the widths put it and
still have the characters between placed by their widths. A guess: on our corpora
almost every word's last character is within 0.1 pt (the most LibreOffice's rounding
of each glyph's place adds up to), and a gap wide enough to split a word (3 pt) or a
step back could only hide behind it if another step in the same word took it back."""
_origin = pdfium_c.FPDFText_GetCharOrigin
_loose_box = pdfium_c.FPDFText_GetLooseCharBox


_PAIRED = -1  # the second half of a surrogate pair, read with the first


def page_codes(textpage: pdfium_c.FPDF_TEXTPAGE, count: int) -> list[int]:
    """Every character's code point, read in one call (`FPDFText_GetText`, UTF-16);
    one call per character (`FPDFText_GetUnicode`) where a character lies outside
    the Basic Multilingual Plane, as a surrogate pair would shift the indexes. The
    bulk text writes pdfium's line-end hyphen mark (2) as U+FFFE: put back as 2."""
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    codes = list(buffer[:count])
    if written != count + 1 or any(0xD800 <= code <= 0xDFFF for code in codes):
        get_unicode = pdfium_c.FPDFText_GetUnicode
        return _paired([get_unicode(textpage, i) for i in range(count)])
    return [2 if code == 0xFFFE else code for code in codes]


def _paired(codes: list[int]) -> list[int]:
    """A character outside the Basic Multilingual Plane (an emoji) is two of pdfium's
    characters, its UTF-16 surrogates: the first becomes the whole code point, the
    second `_PAIRED` (skipped), as pdfminer reads it as one character."""
    for i in range(len(codes) - 1):
        high, low = codes[i], codes[i + 1]
        if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
            codes[i] = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            codes[i + 1] = _PAIRED
    return codes


_PIECE = re.compile(r"[^\x00-\x20\s]+")
"""A run of characters none of which pdfium may have added (see `_maybe_generated`)."""


def _piece_char(code: int) -> str:
    """The character as `_PIECE` sees it: as read where it is in a piece, a control
    character (one by one) where `_maybe_generated` reads it one by one."""
    if code <= 32:
        return "\x00"
    return chr(code) if code < 0x110000 else "\ufffd"


def _char_text(code: int) -> str:
    if code == 2:  # pdfium's mark for a hyphen ending a line: the hyphen it was
        return "-"
    return chr(code) if 0 < code < 0x110000 else "\ufffd"


def _turned_char(text: str, box: pdfium_c.FS_RECTF, run: Run, frame: PageFrame) -> Char:
    """A character on a turned page or set at an angle: its box as pdfium bounds it."""
    ax, atop = frame.to_top_left(box.left, box.top)
    bx, btop = frame.to_top_left(box.right, box.bottom)
    x0, x1 = min(ax, bx), max(ax, bx)
    top, bottom = min(atop, btop), max(atop, btop)
    size = (bottom - top) if run.upright else (x1 - x0)
    return (text, x0, x1, top, bottom, size, run.font, run.upright)


def read_run(
    textpage: pdfium_c.FPDF_TEXTPAGE,
    i: int,
    obj: int,
    frame: PageFrame,
    fonts: dict[str, FontMetrics],
) -> Run:
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(handle, matrix)
    fs = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(handle, fs)
    font = pdfium_c.FPDFTextObj_GetFont(handle)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
    values = (matrix.a, matrix.b, matrix.c, matrix.d, fs.value, oy.value)
    return make_run(values, font_name(font), ctypes.cast(font, ctypes.c_void_p).value, frame, fonts)


def make_run(
    values: tuple[float, float, float, float, float, float],
    name: str,
    font_address: int | None,
    frame: PageFrame,
    fonts: dict[str, FontMetrics],
) -> Run:
    """A text object's `Run` from what pdfium says of it: its matrix (a, b, c, d), font
    size, the origin's y of the character it was first met at, its font's name and
    address."""
    a, b, c, d, fs, oy = values
    if frame.rotation in (90, 270):  # pdfminer turns the page through the CTM
        a, b, c, d = b, -a, d, -c
    elif frame.rotation == 180:
        a, b, c, d = -a, -b, -c, -d
    size = fs * abs(d) if b == 0 and c == 0 else fs
    metrics = fonts.get(name) or FontMetrics()
    bottom = frame.y1 - oy - metrics.descent * size
    # the font's address: pdfplumber splits words where the font changes
    key = f"{name}@{font_address}"
    upright = a * d > 0 and b * c <= 0
    return Run(key, size, upright, bottom - size, bottom, fs * a, metrics.widths)


def font_name(font: pdfium_c.FPDF_FONT) -> str:
    if not font:
        return ""
    n = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer(n)
    pdfium_c.FPDFFont_GetBaseFontName(font, buf, n)
    return buf.value.decode("utf-8", "replace")
