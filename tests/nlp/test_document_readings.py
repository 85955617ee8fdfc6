"""Document-level readings (issue 14): priorities from label sequences, numbered
headings and introduced lists; kind from title nouns and content; board names
normalised; people from role appositions, appointments and tables read by content.

Every document is built here with python-docx; the wordings are invented for these
tests (not taken from corpora/ or the variants' vocabularies)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import nlp
from extract import extract
from nlp.findings.boards import board_names, find_board
from nlp.findings.kinds import head_noun
from nlp.findings.labels import shape
from nlp.findings.model import Findings
from nlp.findings.report_priorities import intro_count


def _build(path: Path, parts: list[tuple[str, object]]) -> Findings:
    """parts: ("title"|"h1"|"h2"|"p"|"bullet"|"number", text) or ("table", rows)."""
    d = docx.Document()
    for kind, value in parts:
        if kind == "title":
            d.add_heading(str(value), level=0)
        elif kind in ("h1", "h2"):
            d.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(str(value))
        elif kind == "bullet":
            d.add_paragraph(str(value), style="List Bullet")
        elif kind == "number":
            d.add_paragraph(str(value), style="List Number")
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    d.save(str(path))
    return nlp.find(extract(path))


def _titles(f: Findings) -> list[str]:
    return [p.title for p in f.priorities]


# --- priorities ----------------------------------------------------------------


def test_letter_labels_in_sequence_are_priorities(tmp_path: Path) -> None:
    f = _build(
        tmp_path / "plan.docx",
        [
            ("title", "Thornbeck Safeguarding Adults Board Business Plan 2021-22"),
            ("h2", "Aim A: Safer Homes for Older Residents"),
            ("number", "Map the home visits made by each partner."),
            ("h2", "Aim B: Listening to Carers"),
            ("number", "Hold four carers' forums a year."),
        ],
    )
    assert _titles(f) == ["Safer Homes for Older Residents", "Listening to Carers"]
    assert [p.number for p in f.priorities] == ["A", "B"]
    reading = f.priorities[0].reading
    assert reading is not None and "Aim A" in reading.cue and "sequence" in reading.cue


def test_roman_and_word_enumerators() -> None:
    a, b = shape("Area of Focus II: Healthy Minds"), shape("Goal Three – Digital Safety")
    assert a is not None and (a.word, a.number, a.title) == ("area of focus", "II", "Healthy Minds")
    assert 2 in a.ordinals
    assert b is not None and (b.word, b.number, b.title) == ("goal", "3", "Digital Safety")
    assert shape("Goal 3 is to reduce harm") is None  # a sentence, not a label


def test_a_single_label_or_a_structural_sequence_is_not_a_priority(tmp_path: Path) -> None:
    f = _build(
        tmp_path / "report.docx",
        [
            ("title", "Annual Report 2020/21"),
            ("h2", "Appendix 1: Membership"),
            ("p", "Members are listed below."),
            ("h2", "Appendix 2: Budget"),
            ("p", "The budget is shown below."),
            ("h2", "Focus 4: A one-off heading"),
            ("p", "Nothing else is numbered this way."),
        ],
    )
    assert f.priorities == ()


def test_numbered_headings_holding_actions_are_priorities(tmp_path: Path) -> None:
    header = ("Ref", "Action", "Lead", "By when")
    f = _build(
        tmp_path / "plan.docx",
        [
            ("title", "Partnership Delivery Plan 2022-23"),
            ("h1", "1 Safer Streets"),
            (
                "table",
                [
                    header,
                    ("1.1", "Train taxi drivers to spot exploitation.", "Police", "June 2022"),
                ],
            ),
            ("h1", "2 Early Support for Families"),
            ("table", [header, ("2.1", "Open two family hubs.", "Council", "March 2023")]),
        ],
    )
    assert _titles(f) == ["Safer Streets", "Early Support for Families"]
    reading = f.priorities[0].reading
    assert reading is not None and reading.confidence < 0.95


def test_list_after_a_line_that_counts_the_priorities(tmp_path: Path) -> None:
    f = _build(
        tmp_path / "report.docx",
        [
            ("title", "Annual Report 2019/20"),
            ("p", "Three priorities were agreed by the partners for 2019/20:"),
            ("bullet", "Safer Online Lives"),
            ("bullet", "Tackling Isolation"),
            ("bullet", "Better Transitions"),
            ("bullet", "This fourth bullet is about something else entirely."),
        ],
    )
    assert _titles(f) == ["Safer Online Lives", "Tackling Isolation", "Better Transitions"]
    reading = f.priorities[0].reading
    assert reading is not None and reading.cue.startswith("list after 'Three priorities")


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Two aims were set for 2018-2019:", 2),
        ("whose objectives are:", 0),
        ("Our 5 themes for 2020/21", 5),
        ("We met six times in 2019/20.", None),
        ("The priority was agreed in 2019.", None),
    ],
)
def test_intro_lines(line: str, count: int | None) -> None:
    assert intro_count(line) == count


# --- kind ------------------------------------------------------------------------

_PROGRESS = [
    ("Commitment", "Progress to date", "RAG"),
    ("Open two family hubs.", "Both hubs opened in May and are busy.", "Green"),
]


@pytest.mark.parametrize(
    ("title", "content", "kind"),
    [
        ("Partnership Delivery Plan 2021-23", [], "business_plan"),
        ("Yearly Review 2020/21", _PROGRESS, "annual_report"),
        ("Chair's Report on Effectiveness 2020/21", _PROGRESS, "accountability_report"),
        ("Thornbeck Partnership 2020/21", _PROGRESS, "annual_report"),
    ],
)
def test_kind_from_title_noun_and_content(
    tmp_path: Path, title: str, content: list[tuple[str, ...]], kind: str
) -> None:
    parts: list[tuple[str, object]] = [("title", title), ("p", "Introduction text.")]
    if content:
        parts.append(("table", content))
    f = _build(tmp_path / "doc.docx", parts)
    assert f.document.kind == kind
    assert f.document.kind_reading is not None and f.document.kind_reading.cue


def test_head_noun() -> None:
    assert head_noun("Strategic Framework for 2020-23") == "plan"
    assert head_noun("Review of the Strategy") == "report"
    assert head_noun("Thornbeck Partnership") is None


# --- boards ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "THORNBECK SAFEGUARDING CHILDREN PARTNERSHIP (TSCP)",
        "The Thornbeck Safeguarding Children Partnership",
        "Annual Report of the Thornbeck Safeguarding Children Partnership 2020/21",
    ],
)
def test_one_board_however_printed(line: str) -> None:
    assert board_names(line)[0][0] == "Thornbeck Safeguarding Children Partnership"


def test_acronym_only_header_names_the_board_in_the_text() -> None:
    name, reading = find_board(
        ["Yearly Review", "LWSAB | Page 2 of 9"],
        ["Welcome from the Chair", "Lower Wend Safeguarding Adults Board (LWSAB) met five times."],
    )
    assert name == "Lower Wend Safeguarding Adults Board"
    assert reading is not None and "LWSAB" in reading.cue


def test_board_reading_on_the_document(tmp_path: Path) -> None:
    f = _build(
        tmp_path / "doc.docx",
        [("title", "THORNBECK SAFEGUARDING ADULTS BOARD"), ("p", "Annual Report 2020/21")],
    )
    assert f.document.board == "Thornbeck Safeguarding Adults Board"
    assert f.document.board_reading is not None


# --- people ----------------------------------------------------------------------


def test_people_from_appositions_and_appointments(tmp_path: Path) -> None:
    f = _build(
        tmp_path / "report.docx",
        [
            ("title", "Annual Report 2020/21"),
            ("p", "The partnership is supported by its Business Manager, Orla Treharne."),
            ("p", "Director of Public Health for Wendmouth Council, Idris Mawdsley, joined us."),
            ("p", "In June the partners appointed Tamsin Oyelaran as Independent Scrutineer Lead."),
        ],
    )
    people = {p.name: (p.role, p.organisation) for p in f.people}
    assert people["Orla Treharne"] == ("Business Manager", None)
    assert people["Idris Mawdsley"] == ("Director of Public Health", "Wendmouth Council")
    assert people["Tamsin Oyelaran"][0] == "Independent Scrutineer Lead"


def test_people_table_read_by_its_cells(tmp_path: Path) -> None:
    rows = [
        ("Who", "Post", "On behalf of"),
        ("Ffion Rastrick (FR)", "Head of Adult Social Care", "Wendmouth Council"),
        ("Dr Oswin Pethybridge", "Designated Doctor", "Wendmouth NHS Trust"),
        ("Marisol Quennell", "Detective Inspector", "Wend Valley Police"),
    ]
    f = _build(tmp_path / "report.docx", [("title", "Annual Report 2020/21"), ("table", rows)])
    people = {p.name: (p.role, p.organisation) for p in f.people}
    assert people["Ffion Rastrick"] == ("Head of Adult Social Care", "Wendmouth Council")
    assert people["Oswin Pethybridge"] == ("Designated Doctor", "Wendmouth NHS Trust")
    assert "Marisol Quennell" in people
