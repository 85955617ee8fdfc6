"""A RAG column whose cells are only coloured (no words) still gives each row its status."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import nlp
from extract import extract

ROWS = [
    ("1. Publish the neglect strategy.", "Strategy drafted; consultation ran over.", "FF0000"),
    (
        "2. Train school leads on the new threshold guidance.",
        "Sessions held for 80 leads.",
        "00B050",
    ),
    ("3. Review the early help offer.", "Review started in June.", "FFC000"),
]


def _shade(cell: docx.table._Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _report(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Larkhill Safeguarding Partnership Annual Report 2021/22", 0)
    document.add_heading("Appendix: Progress against our plan", 1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Action", "Progress update", "RAG"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for action, update, fill in ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = action, update
        _shade(cells[2], fill)
    document.save(str(path))
    return path


def test_word_cell_shading_is_kept(tmp_path: Path) -> None:
    document = extract(_report(tmp_path / "report.docx"))
    table = next(b for b in document.blocks if b.type == "table")
    assert [r.cells[2].shading for r in table.body_rows] == ["FF0000", "00B050", "FFC000"]
    assert table.rows[0].cells[2].shading is None


def test_status_read_from_colour_alone(tmp_path: Path) -> None:
    findings = nlp.find(extract(_report(tmp_path / "report.docx")))
    rags = [(p.rag, p.status) for p in findings.progress]
    # red → delayed; green with "held" → complete; amber with "started" → in progress
    assert rags == [("Red", "delayed"), ("Green", "complete"), ("Amber", "in_progress")]


def test_status_words_outrank_the_cells_colour() -> None:
    from nlp.findings.status import classify

    # "Complete" written in a green cell is complete, whatever the update's wording says
    assert classify("Work continues with partners.", "Complete", "green").status == "complete"
    # an empty red cell falls back to its colour
    assert classify("Work continues with partners.", "", "red").rag == "Red"
