"""Skew and ruling lines found on a page image drawn here: a 3x4 grid of thin grey
rules with text between, turned by a known angle and speckled."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw

from extract.pdf.scan_rules import ruling_edges, skew_angle, straighten

DPI = 300


def _page(angle: float) -> Image.Image:
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    for y in (400, 700, 1000, 1300):  # four horizontal rules
        draw.line((300, y, 2200, y), fill=150, width=2)
    for x in (300, 1000, 2200):  # three vertical rules
        draw.line((x, 400, x, 1300), fill=150, width=2)
    for i in range(40):  # lines of "text" below the table, which must not count
        y = 1500 + 40 * i
        for x in range(300, 2100, 60):
            draw.rectangle((x, y, x + 40, y + 20), fill=0)
    turned = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
    rnd = random.Random(3)
    pixels = turned.load()
    for _ in range(turned.width * turned.height // 200):
        pixels[rnd.randrange(turned.width), rnd.randrange(turned.height)] = rnd.choice((0, 255))
    return turned


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.2])
def test_the_skew_is_found(angle: float) -> None:
    assert skew_angle(_page(angle)) == pytest.approx(-angle, abs=0.15)


def test_the_rules_of_a_straightened_page_are_found_in_points() -> None:
    edges = ruling_edges(straighten(_page(0.7)), DPI)
    horizontal = sorted(e["top"] for e in edges if e["orientation"] == "h")
    vertical = sorted(e["x0"] for e in edges if e["orientation"] == "v")
    assert len(horizontal) == 4 and len(vertical) == 3
    to_points = 72 / DPI
    for found, drawn in zip(horizontal, (400, 700, 1000, 1300), strict=True):
        assert found == pytest.approx(drawn * to_points, abs=4)
    for found, drawn in zip(vertical, (300, 1000, 2200), strict=True):
        assert found == pytest.approx(drawn * to_points, abs=4)
