"""What a scanned page image holds besides its words: the angle it was scanned at, and
the ruling lines of its tables, as the edges a text-layer PDF gives (so ruled tables on
scans are found by the same table reader).

Skew: the angle (within ±3°: half degrees, then tenths around the best) at which the
image's dark pixels line up best in rows (the sum of squared row totals is largest),
found on a small black-and-white copy.
Ruling lines: runs of dark pixels at least half an inch long in a row (horizontal) or a
column (vertical) — letters never make runs that long — with runs on neighbouring rows
or columns joined into one line.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image

SKEW_STEP = 0.1
_COARSE_STEP = 0.5
_SMALL_WIDTH = 1000
_DARK = 128
_INK = 200
"""Rules are thin and drawn grey by anti-aliasing: any pixel this dark is ink."""
_MIN_RULE_INCHES = 0.5
_JOIN_PX = 4
"""Runs closer than this (pixels, across the line) are one ruling line's thickness."""


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, PIL's counter-clockwise sense) that straightens `image`."""
    gray = image.convert("L")
    scale = _SMALL_WIDTH / max(gray.width, 1)
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))))
    small = small.point(lambda v: 0 if v < _DARK else 255)

    def score(angle: float) -> float:
        # Black and white turned without resampling: every angle keeps the same dark
        # pixels, only their rows change.
        turned = small.rotate(angle, fillcolor=255, resample=Image.Resampling.NEAREST)
        rows = (np.asarray(turned) < _DARK).sum(axis=1).astype(np.float64)
        return float((rows**2).sum())

    coarse = [i * _COARSE_STEP for i in range(-6, 7)]  # ±3° in half degrees
    best = max(coarse, key=score)
    fine = [best + i * SKEW_STEP for i in range(-4, 5)]
    best = max(fine, key=score)
    return round(best, 1)


def straighten(image: Image.Image) -> Image.Image:
    """`image` turned by its skew angle (white where the turn uncovers the page)."""
    angle = skew_angle(image)
    if angle == 0:
        return image
    return image.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)


def ruling_edges(image: Image.Image, dpi: float) -> list[dict[str, Any]]:
    """The page's ruling lines as pdfplumber-style edges, in points."""
    ink = np.asarray(image.convert("L")) < _INK
    min_run = round(_MIN_RULE_INCHES * dpi)
    scale = 72.0 / dpi
    out = []
    for y, x0, x1 in _lines(_runs(_close(ink), min_run)):
        out.append(_edge("h", x0 * scale, x1 * scale, y * scale, y * scale))
    for x, y0, y1 in _lines(_runs(_close(ink.T), min_run)):
        out.append(_edge("v", x * scale, x * scale, y0 * scale, y1 * scale))
    return out


def _close(ink: np.ndarray) -> np.ndarray:
    """Ink with one-pixel gaps along each row filled (a thin grey rule breaks up)."""
    closed = ink.copy()
    closed[:, 1:-1] |= ink[:, :-2] & ink[:, 2:]
    return closed


def _runs(dark: np.ndarray, min_run: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of dark pixels at least `min_run` long."""
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    changes = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(changes == 1)
    _rows_e, ends = np.nonzero(changes == -1)
    keep = (ends - starts) >= min_run
    return list(zip(rows_s[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True))


def _lines(runs: list[tuple[int, int, int]]) -> list[tuple[float, int, int]]:
    """Runs on neighbouring rows that overlap, joined: (mean row, start, end)."""
    lines: list[list[float]] = []  # [first row, last row, start, end, row sum, count]
    for row, start, end in sorted(runs):
        joined = False
        for line in reversed(lines):
            if row - line[1] > _JOIN_PX:
                break
            if start <= line[3] + _JOIN_PX and end >= line[2] - _JOIN_PX:
                line[1] = row
                line[2], line[3] = min(line[2], start), max(line[3], end)
                line[4] += row
                line[5] += 1
                joined = True
                break
        if not joined:
            lines.append([row, row, start, end, row, 1])
    return [(line[4] / line[5], int(line[2]), int(line[3])) for line in lines]


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict[str, Any]:
    return {
        "object_type": "line",
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
    }
