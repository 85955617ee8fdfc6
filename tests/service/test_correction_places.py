"""The corrections history names a correction's place in the document's own words: a
PDF's page and the first words there, a Word file's heading and the row's or
paragraph's words; never "table 1, row 3" or an item id. Real corpus files."""

from __future__ import annotations

from pathlib import Path

from extract import extract
from extract.codec import encode
from nlp.corrections import Target, read
from nlp.corrections.locate import fingerprint
from service.web.store.correction_places import correction_place
from tests.corrections.misread import misread_plan

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def test_a_pdf_rows_place_is_its_page_and_first_words() -> None:
    f = read(extract(CORPORA / "morrowby" / "2019-20_annual_report.pdf"))
    table = next(t for t in f.tables if t.rows)
    row = table.rows[0]
    target = Target(f.document.sha256, table=row.table, row=row.row)
    place = correction_place("section_row", encode(target), f)
    first = row.text.replace("|", " ").split()[0]
    assert place.startswith(f"the table on page {table.source.page}, the row beginning")
    assert first in place and "row " + str(row.row + 1) not in place.replace("the row", "")
    p = f.progress[0]
    item = correction_place("progress_status", encode(Target(f.document.sha256, item=p.id)), f)
    assert p.action.split()[0] in item and f"page {p.source.page}" in item
    assert p.id not in item


def test_a_word_columns_place_is_its_heading_and_header(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(misread_plan())
    f = read(extract(path))
    table = f.tables[0]
    column = table.columns[4]
    target = Target(f.document.sha256, table=table.table, col=column.col)
    place = correction_place("column_role", encode(target), f)
    assert place.startswith("the table under \u201c")
    assert place.endswith(f"column 5 \u201c{column.title}\u201d")
    words = fingerprint("Nothing like any header here")
    gone = Target(f.document.sha256, table=9, col=1, fingerprint=words)
    place = correction_place("column_role", encode(gone), f)
    assert place == f"where the words were \u201c{words}\u201d"
