"""A list of actions ends at a new labelled block ("Label:" on its own line), even when
the label is not styled as a heading, under a priority heading and inside a cell.
Documents written by the test, with wordings invented for it."""

from __future__ import annotations

from pathlib import Path

import docx

import nlp
from extract import extract


def _plan(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Fenwold Safeguarding Partnership Business Plan 2024/25", 0)
    document.add_heading("Priority 1: Safer Sleep", 2)
    document.add_paragraph("1. Run a winter campaign on safe sleeping with midwives.")
    document.add_paragraph("2. Train health visitors to talk about co-sleeping risks.")
    document.add_paragraph("Signs it has worked:")  # a plain paragraph, not a heading
    document.add_paragraph("Fewer sudden infant deaths are reported", style="List Bullet")
    document.add_paragraph("Parents recall the advice", style="List Bullet")
    document.add_heading("Priority 2: Neglect", 2)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Priority", "Outcome", "Actions"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    cells = table.add_row().cells
    cells[0].text = "Priority 2: Neglect"
    cells[1].text = "Neglect is noticed sooner."
    cells[2].text = "1. Adopt a shared neglect screening tool."
    cells[2].add_paragraph("2. Audit twenty neglect cases each quarter.")
    cells[2].add_paragraph("What families should notice:")
    cells[2].add_paragraph("Earlier help", style="List Bullet")
    document.save(str(path))
    return path


def test_labelled_block_is_not_the_last_actions_sub_items(tmp_path: Path) -> None:
    found = nlp.find(extract(_plan(tmp_path / "plan.docx")))
    actions = [(a.priority, a.number, a.text, a.items) for a in found.actions]
    assert actions == [
        ("1", "1", "Run a winter campaign on safe sleeping with midwives.", ()),
        ("1", "2", "Train health visitors to talk about co-sleeping risks.", ()),
        ("2", "1", "Adopt a shared neglect screening tool.", ()),
        ("2", "2", "Audit twenty neglect cases each quarter.", ()),
    ]
