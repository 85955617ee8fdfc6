"""PDF cell shading: `Cell.shading` from the filled rectangles under a cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract
from extract.model import Table
from extract.pdf.tables import to_hex

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


@pytest.mark.parametrize(
    ("color", "hex_"),
    [
        ((0.7764705882, 0.9372549019, 0.8078431372), "C6EFCE"),
        ((0.5,), "808080"),
        (0.0, "000000"),
        ((0.0, 0.0, 1.0, 0.0), "FFFF00"),
        ("pattern", None),
    ],
)
def test_colour_to_hex(color: object, hex_: str | None) -> None:
    assert to_hex(color) == hex_


def test_rag_cells_carry_their_colour() -> None:
    """The RAG column's Green/Amber/Red cells came out with no shading."""
    path = CORPORA / "harrowfield" / "2019-20_accountability_report.pdf"
    tables = [b for b in extract(path).blocks if isinstance(b, Table)]
    colours: dict[str, set[str | None]] = {}
    for t in tables:
        for row in t.rows:
            if row.header:
                continue
            for c in row.cells:
                text = " ".join(b.text for b in c.blocks)
                if text in ("Green", "Amber", "Red"):
                    colours.setdefault(text, set()).add(c.shading)
                elif c.col == 0:
                    assert c.shading is None
    assert colours["Green"] == {"C6EFCE"}
    assert colours["Amber"] == {"FFEB9C"}
    assert colours.get("Red", {"FFC7CE"}) == {"FFC7CE"}
