"""Table kinds and column roles from content as well as header words (issue 14).

The Word documents here are written by the tests with headers and wordings invented
for them (not taken from corpora/ or the variants' vocabularies): the readers must find
the columns from what the cells hold.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import nlp
from extract import extract
from extract.model import ListItem, Paragraph, Source
from nlp.findings import cell_content as content
from nlp.findings.plan_tables import label_of, numbered_lines


def _table(document: docx.document.Document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text


PLEDGES = [
    [
        "Set up a drop-in clinic for young carers.",
        "The clinic opened in May and sees ten carers a week.",
        "X",
    ],
    [
        "Publish a leaflet on online grooming for parents.",
        "Printing is under way; copies reach schools in June.",
        "Y",
    ],
    [
        "Hold two listening events with care leavers.",
        "One event was held; the second was cancelled twice.",
        "Z",
    ],
    [
        "Agree a protocol with the ambulance trust.",
        "The protocol was signed by both chief officers in March.",
        "X",
    ],
]


def _report(path: Path, *, key: str | None) -> Path:
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Yearly Review 2023/24", 0)
    document.add_heading("How we did against our pledges", 1)
    if key:
        document.add_paragraph(key)
    _table(document, ["Pledge", "How it went", "Grade"], PLEDGES)
    document.save(str(path))
    return path


def test_progress_table_read_from_content_with_unknown_headers(tmp_path: Path) -> None:
    key = "Grade: X = done; Y = under way; Z = running late."
    found = nlp.find(extract(_report(tmp_path / "review.docx", key=key)))
    assert [p.action for p in found.progress] == [row[0] for row in PLEDGES]
    assert [p.status for p in found.progress] == ["complete", "in_progress", "delayed", "complete"]
    assert not found.actions  # a progress table's actions are not the plan's
    reading = found.progress[0].reading
    assert reading is not None
    assert reading.cue.startswith("progress table: ")
    assert "column 2 as updates" in reading.cue and "report past or ongoing work" in reading.cue
    assert "read with the key" in reading.cue


def test_status_from_wording_is_less_certain_than_from_a_key(tmp_path: Path) -> None:
    keyed = nlp.find(
        extract(_report(tmp_path / "keyed.docx", key="X = done; Y = under way; Z = late"))
    )
    # without a key the letters mean nothing: the update's wording decides
    bare = nlp.find(extract(_report(tmp_path / "bare.docx", key=None)))
    assert [p.status for p in bare.progress] == ["complete", "in_progress", "delayed", "complete"]
    for with_key, without in zip(keyed.progress, bare.progress, strict=True):
        assert with_key.reading and without.reading
        assert with_key.reading.confidence > without.reading.confidence


TASKS = [
    [
        "T1",
        "Commission an audit of missing-from-home interviews.",
        "Head of Quality",
        "Q2 2025",
        "Amber",
    ],
    [
        "T2",
        "Refresh the escalation policy with the health trusts.",
        "Named Nurse",
        "March 2025",
        "Green",
    ],
    ["T3", "Train every housing officer on cuckooing.", "Housing Lead", "Autumn 2024", "Red"],
]


def test_plan_table_with_a_rag_column_stays_a_plan(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Delivery Plan 2024/25", 0)
    document.add_heading("Priority 1: Exploitation", 1)
    _table(document, ["No.", "Task", "Owner", "Due", "RAG"], TASKS)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    found = nlp.find(extract(path))
    assert not found.progress
    assert [(a.number, a.text) for a in found.actions] == [(t[0], t[1]) for t in TASKS]
    assert [a.lead for a in found.actions] == [t[2] for t in TASKS]
    assert [a.timescale for a in found.actions] == [t[3] for t in TASKS]
    reading = found.actions[0].reading
    assert reading is not None and reading.cue.startswith("plan table: ")
    assert "status" in reading.cue


def test_plan_table_with_unknown_action_header(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Delivery Plan 2024/25", 0)
    document.add_heading("Priority 2: Neglect", 1)
    rows = [
        ["Adopt one neglect screening tool across agencies.", "Early Help Manager", "June 2025"],
        ["To audit twenty neglect cases every quarter.", "Quality Officer", "Ongoing"],
        ["Ensure health visitors use the tool at every visit.", "Named Nurse", "By Sept"],
    ]
    _table(document, ["Promise", "Person accountable", "Target"], rows)
    path = tmp_path / "plan2.docx"
    document.save(str(path))
    found = nlp.find(extract(path))
    assert [a.text for a in found.actions] == [r[0] for r in rows]
    assert [a.timescale for a in found.actions] == [r[2] for r in rows]
    assert not found.progress


def test_other_tables_are_not_plans(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Yearly Review 2023/24", 0)
    _table(
        document,
        ["Member", "Job", "Body"],
        [
            ["Ada Fenwick", "Chief Constable", "Brackenholt Police"],
            ["Tom Ellery", "Director", "Brackenholt Council"],
        ],
    )
    path = tmp_path / "members.docx"
    document.save(str(path))
    found = nlp.find(extract(path))
    assert not found.actions and not found.progress


@pytest.mark.parametrize(
    ("text", "intention", "report"),
    [
        ("Develop a shared chronology template.", True, False),
        ("To widen the use of family group conferences.", True, False),
        ("We will map the routes into county lines.", True, False),
        ("Embed the toolkit in supervision.", True, False),
        ("The template was agreed in October.", False, True),
        ("Completed. Forty staff attended.", False, True),
        ("Recruitment is continuing and two posts are filled.", False, True),
        ("Good progress has been made with the pilot.", False, True),
        ("Head of Children's Services", False, False),
    ],
)
def test_cell_content_features(text: str, intention: bool, report: bool) -> None:
    assert content.is_intention(text) is intention
    assert content.is_report(text) is report


@pytest.mark.parametrize(
    "text", ["Q3 2025", "March 2026", "Ongoing", "By Sept", "End of year", "Spring term"]
)
def test_dates_and_terms(text: str) -> None:
    assert content.is_date(text)


@pytest.mark.parametrize("text", ["1.2", "P1.3", "A4", "12", "3b"])
def test_short_references(text: str) -> None:
    assert content.is_ref(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Signs it has worked:", True),
        ("What families should notice:", True),
        ("We will:", False),
        ("Review the protocol:", False),
        ("3. Signs it has worked:", False),
    ],
)
def test_block_labels(text: str, label: bool) -> None:
    assert content.is_block_label(text) is label


# Invented for these tests: a header naming a person over reports on each promise, and a
# header naming progress over a column of short grades (issue 14, dev boards 23-32).
ANSWERS = [
    [
        "Open a weekend helpline for foster carers.",
        "The helpline opened in July and took forty calls by March.",
        "Band 4",
    ],
    [
        "Train pharmacy staff to spot coercion.",
        "Sessions are under way in three of the five districts.",
        "Band 3",
    ],
    [
        "Map every respite bed in the county.",
        "The map of respite beds needs a named owner.",  # no report: 3 of 4 cells report
        "Band 2",
    ],
    [
        "Review the transport policy for disabled pupils.",
        "The review was finished in January and the policy was reissued.",
        "Band 4",
    ],
]


def test_a_person_header_over_reports_holds_the_updates(tmp_path: Path) -> None:
    """'Owner reply' reads as a lead by its words; its cells are reports in sentences,
    so they are the updates and the table is a progress table, not a plan."""
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Yearly Review 2023/24", 0)
    document.add_heading("How we did against our pledges", 1)
    _table(document, ["Promise", "Owner reply"], [row[:2] for row in ANSWERS])
    path = tmp_path / "review.docx"
    document.save(str(path))
    found = nlp.find(extract(path))
    assert not found.actions
    assert [p.action for p in found.progress] == [row[0] for row in ANSWERS]
    assert [p.update for p in found.progress] == [row[1] for row in ANSWERS]


def test_a_progress_header_over_short_grades_is_not_the_updates(tmp_path: Path) -> None:
    """'Progress grade' reads as updates by its words; its cells are short values, so a
    column of reports beside it under a header no rule knows holds the updates."""
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Yearly Review 2023/24", 0)
    document.add_heading("How we did against our pledges", 1)
    _table(document, ["Promise", "Where things stand", "Progress grade"], ANSWERS)
    path = tmp_path / "review.docx"
    document.save(str(path))
    found = nlp.find(extract(path))
    assert [p.update for p in found.progress] == [row[1] for row in ANSWERS]
    reading = found.progress[0].reading
    assert reading is not None and "column 2 as updates" in reading.cue


def test_a_plan_with_a_progress_header_over_grades_stays_a_plan(tmp_path: Path) -> None:
    """A plan's own tracking column headed like updates ('Progress stage') over one
    repeated short value does not make its table a progress table."""
    document = docx.Document()
    document.add_heading("Brackenholt Safeguarding Partnership Delivery Plan 2024/25", 0)
    document.add_heading("Priority 1: Exploitation", 1)
    rows = [[t[0], t[1], t[2], t[3], "Stage 1"] for t in TASKS]
    _table(document, ["No.", "Task", "Owner", "Due", "Progress stage"], rows)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    found = nlp.find(extract(path))
    assert not found.progress
    assert [a.text for a in found.actions] == [t[1] for t in TASKS]


def test_numbered_items_joined_in_one_cell_are_split() -> None:
    """Invented cell lines as a PDF join them: two bare-numbered items in one paragraph,
    and a bullet that runs on into the next item."""
    src = Source("invented.pdf", "0" * 64, page=1)
    blocks = [
        Paragraph(None, "3 Recruit two mentors for care leavers. 4 Survey the mentees.", src),
        Paragraph(None, "5 Pilot a text reminder service, including:", src),
        ListItem(1, "•", "a consent form 6 Close the old paper diary.", src),
    ]
    lines = [label_of(b) for b in numbered_lines(blocks)]
    assert lines == [
        ("3", "Recruit two mentors for care leavers."),
        ("4", "Survey the mentees."),
        ("5", "Pilot a text reminder service, including:"),
        (None, "a consent form"),  # a sub-item of item 5
        ("6", "Close the old paper diary."),
    ]
