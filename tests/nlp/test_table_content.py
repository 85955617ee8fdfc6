"""Progress tables read from their cells when nothing else helps (issue 14): no header
row, a table under each priority heading with one key for all, status values no list
knows, reports in the simple past, commands led by an adverb.

The Word documents are written here with wordings invented for these tests (not taken
from corpora/ or the variants' vocabularies).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import nlp
from extract import extract
from nlp.findings import cell_content as content

ROWS = [
    ["Open a weekend helpline for foster carers.", "Volunteers opened the line in May.", "Q"],
    ["Print the carers' handbook in four languages.", "The printer delivered it in June.", "Q"],
    ["Run six workshops on online safety.", "Three of the six planned workshops ran.", "W"],
    ["Recruit two more independent visitors.", "A vacancy freeze held up recruitment.", "E"],
    ["Map every supported lodging provider.", "Officers finished the map in March.", "Q"],
]


Tables = list[tuple[str | None, list[str] | None, list[list[str]]]]


def _doc(path: Path, tables: Tables, lead: tuple[str, ...] = ()) -> Path:
    """A report: a title, paragraphs `lead`, then per table an optional heading and an
    optional header row."""
    document = docx.Document()
    document.add_heading("Coldwater Safeguarding Partnership Yearly Review 2023/24", 0)
    for text in lead:
        document.add_paragraph(text)
    for heading, header, rows in tables:
        if heading:
            document.add_heading(heading, 2)
        table = document.add_table(rows=0, cols=len(rows[0]))
        if header:
            cells = table.add_row().cells
            for cell, text in zip(cells, header, strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
        for values in rows:
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
        document.add_paragraph("")
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Volunteers opened the line in May.", True),
        ("A vacancy freeze held up recruitment.", True),
        ("Three of the six planned workshops ran.", True),
        ("Finished in March, with every provider visited.", True),
        ("Open a weekend helpline for foster carers.", False),
        ("Review the agreed protocol with schools.", False),
        ("Carers feel supported at weekends.", False),
        ("To ensure trained staff attend every panel.", False),
    ],
)
def test_reports_in_the_simple_past_and_part_done(text: str, report: bool) -> None:
    assert content.is_report(text) is report


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Regularly audit the case files of children in care.", True),
        ("Jointly commission an advocacy service.", True),
        ("Early help assessments are led by partners.", False),
        ("Early Help Coordinator", False),
    ],
)
def test_a_manner_adverb_before_a_command(text: str, command: bool) -> None:
    assert content.is_intention(text) is command


def test_a_table_with_no_header_row_is_read_from_its_cells(tmp_path: Path) -> None:
    found = nlp.find(extract(_doc(tmp_path / "bare.docx", [(None, None, ROWS)])))
    assert [p.action for p in found.progress] == [r[0] for r in ROWS]
    assert not found.actions
    assert [p.status for p in found.progress][:4] == [
        "complete",
        "complete",
        "in_progress",
        "delayed",
    ]


def test_unread_status_values_take_their_rows_majority_wording(tmp_path: Path) -> None:
    # "Q" is read nowhere; two of its three rows' updates say complete, so all three
    # are complete — the second ("delivered") too, at a low confidence
    found = nlp.find(
        extract(_doc(tmp_path / "vote.docx", [(None, ["Pledge", "Tale", "Mark"], ROWS)]))
    )
    by_cell = {p.action: p for p in found.progress}
    q_rows = [by_cell[r[0]] for r in ROWS if r[2] == "Q"]
    assert {p.status for p in q_rows} == {"complete"}
    assert all("rows' updates read" in (p.reading.cue if p.reading else "") for p in q_rows)


def test_one_key_serves_a_table_under_each_priority_heading(tmp_path: Path) -> None:
    header = ["Pledge", "Tale", "Mark"]
    first = [[*r[:2], "K1"] for r in ROWS[:2]]
    second = [[*ROWS[2][:2], "K2"], [*ROWS[3][:2], "K3"]]
    tables: Tables = [
        ("Priority 1: Carers", header, first),
        ("Priority 2: Online safety", header, second),
    ]
    # the key printed once before the first table, far from the second one
    lead = ("K1 – complete; K2 – in progress; K3 – delayed.",) + ("Partners met monthly.",) * 2
    path = _doc(tmp_path / "keyed.docx", tables, lead)
    found = nlp.find(extract(path))
    assert [p.status for p in found.progress] == ["complete", "complete", "in_progress", "delayed"]
    last = found.progress[-1].reading
    assert last is not None and "read with the key" in last.cue
