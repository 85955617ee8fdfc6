"""Name the colour of a shaded cell, so a RAG cell coloured but left empty still reads."""

from __future__ import annotations

import colorsys

# Hue bands (degrees) as RAG ratings are usually coloured. A guess about how boards
# colour cells: pale tints count by hue as long as they are not near-white or grey.
_HUE_BANDS: tuple[tuple[float, float, str], ...] = (
    (0, 18, "red"),
    (18, 50, "amber"),
    (50, 70, "yellow"),
    (70, 170, "green"),
    (170, 260, "blue"),
    # purple and violet: no RAG meaning, only a printed key gives one (guess)
    (260, 330, "purple"),
    (330, 360, "red"),
)


def colour_name(hex_fill: str) -> str | None:
    """ "FF0000" → "red"; None for greys, white, black and colours outside the bands."""
    try:
        r, g, b = (int(hex_fill[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except (ValueError, IndexError):
        return None
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.25 or lightness > 0.93 or lightness < 0.08:
        return None
    degrees = hue * 360
    for low, high, name in _HUE_BANDS:
        if low <= degrees < high:
            return name
    return None


# Colour names a key may use for the same hue band (guess: "orange" and "amber" are
# one band, as are "yellow" and "amber" when a key has only one of them).
ALIASES: dict[str, tuple[str, ...]] = {
    "amber": ("orange", "yellow"),
    "yellow": ("amber",),
    "purple": ("violet", "lilac", "mauve"),
    "grey": ("gray", "silver"),
}


def shade_name(hex_fill: str) -> str | None:
    """Like `colour_name`, and names the neutral fills too ("D9D9D9" → "grey",
    "FFFFFF" → "white", "000000" → "black"), which only a printed key gives a meaning."""
    named = colour_name(hex_fill)
    if named:
        return named
    try:
        r, g, b = (int(hex_fill[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except (ValueError, IndexError):
        return None
    _hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if lightness > 0.97:
        return "white"
    if lightness < 0.08:
        return "black"
    return "grey" if saturation < 0.25 else None
