"""A draft's sources in a Word document are named as a Word user finds them (issue 19):
the table as Word counts tables, its row and column, never the body's block index
("paragraph 42") that Word shows nowhere. Real files: Harrowfield's 2019-20 Word plan
and PDF report through the whole pipeline; the named cell is looked up in the Word
file with python-docx, as a person would count in Word."""

from __future__ import annotations

import re

from docx import Document as open_word

from drafting.build import build_draft
from drafting.writers.docx.write import write_docx
from drafting.writers.text import write_md
from tests.drafting.docx_check import comment_texts, open_docx
from tests.drafting.pipeline import board_dir, files_run

PLAN = "2019-20_business_plan.docx"
PLACE = re.compile(r"\(" + re.escape(PLAN) + r"\), ([^:]+): “([^”]+)")
TABLE_PLACE = re.compile(r"table (\d+), row (\d+), column (\d+)")


def _words(text: str) -> str:
    return " ".join(text.split())


def test_word_sources_are_named_by_table_row_and_column() -> None:
    ledger, _ = files_run("harrowfield", PLAN, "2019-20_accountability_report.pdf")
    draft = build_draft(ledger)
    comments = [c for c in comment_texts(open_docx(write_docx(draft))) if f"({PLAN})" in c]
    markdown = [line for line in write_md(draft).splitlines() if f"({PLAN})" in line]
    assert comments and markdown, "the draft cites the Word plan"
    word = open_word(str(board_dir("harrowfield") / PLAN))
    checked = 0
    for text in comments + markdown:
        place, quote = PLACE.search(text).groups()  # type: ignore[union-attr]
        assert not re.search(r"paragraph \d", place), text
        cell = TABLE_PLACE.fullmatch(place)
        assert cell or place == "the paragraph quoted", text
        if cell:
            table, row, column = (int(n) - 1 for n in cell.groups())
            shown = _words(word.tables[table].rows[row].cells[column].text)
            assert _words(quote.rstrip("…"))[:60] in shown, (place, quote)
            checked += 1
    assert checked > 3
