"""A pdfium text page -> `Word`s through the compiled loop (`pdfium_loop.c`, built
by `pdfium_build`): pdfium asked about every character from C, two calls per page.

The same words as `pdfium_words.words_of(pdfium_chars.page_chars(...))`, to the last
bit: the loop follows `pdfium_chars._Reader` and `words_of` step for step, and what
every character of a text object shares (`pdfium_chars.Run`: font, size, top and
bottom, widths) is still read here, once per text object. A page the loop does not
read (turned by /Rotate, or holding text set at an angle) gives None, and is read
through ctypes.
"""

from __future__ import annotations

import ctypes
from typing import Any

import numpy as np
import pypdfium2.raw as pdfium_c

from extract.pdf.lines import Word, is_bold
from extract.pdf.pdfium_build import library
from extract.pdf.pdfium_chars import (
    PageFrame,
    Run,
    font_name,
    get_text_object,
    make_run,
    page_codes,
)
from extract.pdf.pdfium_fonts import FontMetrics
from extract.pdf.pdfium_words import stored_text

_ADDRESS = {
    name: ctypes.cast(fn, ctypes.c_void_p).value
    for name, fn in (
        ("object", get_text_object),
        ("origin", pdfium_c.FPDFText_GetCharOrigin),
        ("loose", pdfium_c.FPDFText_GetLooseCharBox),
        ("matrix", pdfium_c.FPDFPageObj_GetMatrix),
        ("size", pdfium_c.FPDFTextObj_GetFontSize),
        ("font", pdfium_c.FPDFTextObj_GetFont),
    )
}
MAX_RUNS = 1 << 20


class WidthTables:
    """Each font's /Widths as two sorted arrays (code point, width) for the loop,
    concatenated: a font's are at [start, start + length)."""

    def __init__(self, fonts: dict[str, FontMetrics]) -> None:
        self.fonts = fonts
        self.places: dict[str, tuple[int, int]] = {}
        self._codes: list[int] = []
        self._values: list[float] = []
        self.codes = np.zeros(1, dtype=np.int32)
        self.values = np.zeros(1, dtype=np.float64)

    def place(self, name: str) -> tuple[int, int]:
        found = self.places.get(name)
        if found is None:
            metrics = self.fonts.get(name)
            widths = metrics.widths if metrics else {}
            pairs = sorted((ord(k), float(v)) for k, v in widths.items() if len(k) == 1)
            found = self.places[name] = (len(self._codes), len(pairs))
            self._codes.extend(c for c, _ in pairs)
            self._values.extend(v for _, v in pairs)
            self.codes = np.array(self._codes or [0], dtype=np.int32)
            self.values = np.array(self._values or [0.0], dtype=np.float64)
        return found


def page_words(
    textpage: pdfium_c.FPDF_TEXTPAGE,
    frame: PageFrame,
    fonts: dict[str, FontMetrics],
    tables: WidthTables,
) -> list[Word] | None:
    """The page's words by the compiled loop; None where it cannot read the page."""
    lib = library()
    if lib is None or frame.rotation != 0:
        return None
    count = max(pdfium_c.FPDFText_CountChars(textpage), 0)
    if count == 0:
        return []
    tp = ctypes.cast(textpage, ctypes.c_void_p).value
    codes = _codes(textpage, count)
    kind = np.empty(count, dtype=np.int8)
    slot = np.empty(count, dtype=np.int32)
    objs = np.empty(count, dtype=np.uintp)
    first = np.empty(count, dtype=np.int32)
    n_runs = lib.cf_walk(
        _ADDRESS["object"], tp, _p(codes), count, _p(kind), _p(slot), _p(objs), _p(first), count
    )
    if n_runs < 0:
        return None
    runs = _runs(lib, tp, objs, first, n_runs, frame, fonts)
    if not all(run.upright for run in runs):
        return None
    return _words(lib, tp, frame, codes, kind, slot, runs, tables)


def _codes(textpage: pdfium_c.FPDF_TEXTPAGE, count: int) -> np.ndarray:
    """`pdfium_chars.page_codes`, its checks made on the whole array at once."""
    buffer = np.zeros(count + 1, dtype=np.uint16)
    written = pdfium_c.FPDFText_GetText(
        textpage, 0, count, buffer.ctypes.data_as(ctypes.POINTER(ctypes.c_ushort))
    )
    codes = buffer[:count].astype(np.int32)
    if written != count + 1 or bool(((codes >= 0xD800) & (codes <= 0xDFFF)).any()):
        return np.array(page_codes(textpage, count), dtype=np.int32)
    codes[codes == 0xFFFE] = 2
    return codes


def _runs(
    lib: ctypes.CDLL,
    tp: int | None,
    objs: np.ndarray,
    first: np.ndarray,
    n: int,
    frame: PageFrame,
    fonts: dict[str, FontMetrics],
) -> list[Run]:
    """`pdfium_chars.read_run` of each text object, pdfium asked from C."""
    values = np.zeros(6 * n, dtype=np.float64)
    handles = np.zeros(n, dtype=np.uintp)
    lib.cf_runs(
        _ADDRESS["matrix"],
        _ADDRESS["size"],
        _ADDRESS["font"],
        _ADDRESS["origin"],
        tp,
        _p(objs),
        _p(first),
        n,
        _p(values),
        _p(handles),
    )
    names: dict[int, str] = {}  # a page's fonts are few
    runs = []
    flat = values.tolist()
    for s, handle in enumerate(handles.tolist()):
        name = names.get(handle)
        if name is None:
            font = ctypes.cast(ctypes.c_void_p(handle), pdfium_c.FPDF_FONT)
            name = names[handle] = font_name(font) if handle else ""
        v = flat[6 * s : 6 * s + 6]
        runs.append(
            make_run((v[0], v[1], v[2], v[3], v[4], v[5]), name, handle or None, frame, fonts)
        )
    return runs


def _words(
    lib: ctypes.CDLL,
    tp: int | None,
    frame: PageFrame,
    codes: np.ndarray,
    kind: np.ndarray,
    slot: np.ndarray,
    runs: list[Run],
    tables: WidthTables,
) -> list[Word]:
    count = len(codes)
    font_ids: dict[str, int] = {}
    places = [tables.place(run.font.rsplit("@", 1)[0]) for run in runs]
    run_arrays: list[np.ndarray] = [
        np.array([run.top for run in runs], dtype=np.float64),
        np.array([run.bottom for run in runs], dtype=np.float64),
        np.array([run.size for run in runs], dtype=np.float64),
        np.array([run.advance for run in runs], dtype=np.float64),
        np.array([font_ids.setdefault(run.font, len(font_ids)) for run in runs], dtype=np.int32),
        np.array([start for start, _ in places], dtype=np.int32),
        np.array([length for _, length in places], dtype=np.int32),
    ]
    ints = [np.empty(count, dtype=np.int32) for _ in range(3)]
    floats = [np.empty(count, dtype=np.float64) for _ in range(4)]
    text = np.empty(count, dtype=np.int32)
    n = lib.cf_words(
        _ADDRESS["origin"],
        _ADDRESS["loose"],
        tp,
        frame.x0,
        _p(codes),
        count,
        _p(kind),
        _p(slot),
        *[_p(a) for a in run_arrays],
        _p(tables.codes),
        _p(tables.values),
        *[_p(a) for a in ints],
        *[_p(a) for a in floats],
        _p(text),
    )
    if n < 0:
        raise MemoryError("the compiled pdfium loop ran out of memory")
    starts, lengths, slots = (a[:n].tolist() for a in ints)
    x0s, x1s, tops, bottoms = (a[:n].tolist() for a in floats)
    end = starts[-1] + lengths[-1] if n else 0
    joined = text[:end].tobytes().decode("utf-32-le", "surrogatepass")
    styles = [(round(run.size, 1), is_bold(run.font)) for run in runs]
    squashed: dict[str, str] = {}  # a page repeats its words: each squashed once
    out: list[Word] = []
    for start, length, slot, x0, x1, top, bottom in zip(
        starts, lengths, slots, x0s, x1s, tops, bottoms, strict=True
    ):
        word = stored_text(joined[start : start + length], squashed)
        if word:
            size, bold = styles[slot]
            out.append(Word(word, x0, x1, top, bottom, size, bold))
    return out


def _p(array: np.ndarray) -> Any:
    return array.ctypes.data
