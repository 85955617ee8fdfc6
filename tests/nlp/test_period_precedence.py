"""A document's period by an explicit precedence of sources (issue 14): title and
cover, running headers, a sentence naming the document's own period, the actions'
year (for plans), table cells, the text; and every date style `nlp.periods` reads
found in documents, not only parsed. Documents are written by the test with python-docx,
in wordings invented for it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
import pytest

import nlp
from extract import extract
from nlp.findings.model import Findings
from nlp.findings.period_sources import RANKS
from nlp.periods import printed_periods

BOARD = "Thornleigh Safeguarding Adults Board"


def _write(
    path: Path,
    cover: Sequence[str],
    body: Sequence[str] = (),
    *,
    header: str | None = None,
    table: Sequence[Sequence[str]] | None = None,
    tail: Sequence[str] = (),
) -> Findings:
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for line in cover:
        document.add_paragraph(line)
    for line in body:
        if line.startswith("# "):
            document.add_heading(line[2:], 2)
        else:
            document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            for cell, text in zip(grid.add_row().cells, row, strict=True):
                cell.text = text
    for line in tail:
        document.add_paragraph(line)
    document.save(str(path))
    return nlp.find(extract(path))


_OPENING = (
    "The partners met eleven times and agreed a new way of hearing from residents, "
    "which this document describes in full."
)


# --- date styles found in documents ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Annual Report April 2025 to March 2026", "2025/26"),
        ("Annual Report 1st April 2025 – 31st March 2026", "2025/26"),
        ("Annual Report 1st April 2009 – 31st October 2010", "2009-11"),
        ("Annual Report 2009-2010", "2009-10"),
        ("Business Plan 2025-2027", "2025-27"),
        ("Business Plan 2025 – 2027", "2025-27"),
        ("Business Plan 2025–26", "2025-26"),
        ("Annual Report 2025/26", "2025/26"),
    ],
)
def test_every_date_style_is_found_on_a_cover(tmp_path: Path, title: str, period: str) -> None:
    found = _write(tmp_path / "d.docx", [BOARD, title], [_OPENING])
    assert found.document.period == period
    reading = found.document.period_reading
    assert reading is not None and reading.cue.startswith("title") and title in reading.cue


def test_printed_periods_normalise_every_style() -> None:
    assert [p.period for p in printed_periods("from April 2031 to March 2032")] == ["2031/32"]
    assert [p.period for p in printed_periods("for the year ending 31 March 2032")] == ["2031/32"]
    assert [p.period for p in printed_periods("1st April 2009 – 31st October 2010")] == ["2009-11"]
    # the years inside a date range are not read again as a pair of years
    assert len(printed_periods("April 2031 – March 2032")) == 1
    # ranges longer than three years are years cited, not a period
    assert printed_periods("between April 2020 and March 2031") == []


# --- (a) the title, joined across the cover's lines -------------------------------


def test_a_title_wrapped_over_two_paragraphs_is_read_whole(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report", "1st April 2026 –", "31st March 2027"],
        [_OPENING],
    )
    assert found.document.period == "2026/27"
    reading = found.document.period_reading
    assert reading is not None and reading.confidence == RANKS["title"]
    assert "1st April 2026 – 31st March 2027" in reading.cue


def test_the_cover_outranks_a_running_header_and_the_text(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report", "2026/27"],
        [_OPENING, "During 2024/25 the partners began the work."],
        header="Thornleigh SAB | 2025/26",
    )
    assert found.document.period == "2026/27"


# --- (b) running headers ------------------------------------------------------------


def test_a_running_header_gives_the_period_when_the_cover_has_none(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report"],
        [_OPENING, "During 2024/25 the partners began the work."],
        header="Thornleigh SAB | Annual Report 2026/27",
    )
    assert found.document.period == "2026/27"
    reading = found.document.period_reading
    assert reading is not None and reading.cue.startswith("running header")


# --- (c) a sentence naming the document's own period ------------------------------


def test_a_sentence_naming_the_document_itself_outranks_tables_and_text(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report"],
        [
            "Our earlier work in 2023/24 is described elsewhere.",
            "This report covers the work of the partners from April 2028 to March 2029.",
        ],
        table=[["Year", "Referrals"], ["2027/28", "312"]],
    )
    assert found.document.period == "2028/29"
    reading = found.document.period_reading
    assert reading is not None and reading.confidence == RANKS["self"]
    assert reading.cue.startswith("sentence naming the document") and "covers" in reading.cue


def test_the_year_ending_is_the_documents_own_year(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report"],
        ["It tells residents what the partners did in the year ending 31 March 2029."],
    )
    assert found.document.period == "2028/29"


# --- (d) the actions' year ---------------------------------------------------------


def _actions_table(header: str) -> list[list[str]]:
    return [
        ["Priority", "Ref", header, "Lead"],
        ["Priority 1: Hearing from Residents", "1.1", "Set up a residents' panel.", "Chair"],
        ["", "1.2", "Publish a plain-English summary of each review.", "Board Manager"],
    ]


def test_an_action_column_header_outranks_the_covers_refresh_guess(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Business Plan 2026-28", "Revised in May 2027"],
        [_OPENING],
        table=_actions_table("Actions 2026–27"),
    )
    info = found.document
    assert info.period == "2026-28"
    assert info.actions_period == "2026-27"
    assert {a.period for a in found.actions} == {"2026-27"}
    assert info.period_reading is not None
    assert "action column header 'Actions 2026–27'" in info.period_reading.cue
    assert "outranks the cover's refresh guess 2027-28" in info.period_reading.cue


def test_the_refresh_guess_stands_when_nothing_names_the_actions_year(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Business Plan 2026-28", "Revised in May 2027"],
        [_OPENING],
        table=_actions_table("Actions"),
    )
    assert found.document.actions_period == "2027-28"


def test_a_plan_with_its_year_only_in_a_caption_takes_it(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Business Plan", "Published June 2027"],
        [_OPENING, "Our actions for 2027/28"],
        table=_actions_table("Action"),
    )
    info = found.document
    assert info.period == "2027/28" and info.actions_period is None
    assert {a.period for a in found.actions} == {"2027/28"}
    assert info.period_reading is not None
    assert info.period_reading.cue.startswith("caption 'Our actions for 2027/28'")
    assert info.period_reading.confidence == RANKS["actions"]


def test_a_heading_naming_the_actions_date_range_is_their_year(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Business Plan 2026-28"],
        [_OPENING, "# What we will do from April 2027 to March 2028"],
        table=_actions_table("Action"),
    )
    assert found.document.period == "2026-28"
    assert found.document.actions_period == "2027/28"


# --- (e) table cells and (f) the text ---------------------------------------------


def test_a_year_only_in_a_table_cell_is_read_with_low_confidence(tmp_path: Path) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report"],
        [_OPENING],
        table=[["Reporting year", "Referrals"], ["2029/30", "287"]],
    )
    assert found.document.period == "2029/30"
    reading = found.document.period_reading
    assert reading is not None and reading.confidence == RANKS["table"]


def test_the_text_never_gives_a_period_it_attributes_to_another_document(
    tmp_path: Path,
) -> None:
    found = _write(
        tmp_path / "d.docx",
        [BOARD, "Annual Report"],
        [
            "It sets out progress against the 2026-29 plan in detail, line by line.",
            "Last year's report 2026/27 set a high bar for the partners to meet.",
            "During 2027/28 partners met eleven times and heard from residents.",
        ],
    )
    assert found.document.period == "2027/28"
    reading = found.document.period_reading
    assert reading is not None and reading.confidence == RANKS["body"]


def test_no_period_anywhere_is_said_so(tmp_path: Path) -> None:
    found = _write(tmp_path / "d.docx", [BOARD, "Annual Report"], [_OPENING])
    assert found.document.period is None
    reading = found.document.period_reading
    assert reading is not None and reading.confidence < RANKS["body"]


def test_ranks_run_from_the_title_down_to_the_text() -> None:
    order = ["title", "cover", "running", "self", "actions", "table", "body"]
    assert sorted(RANKS, key=RANKS.__getitem__, reverse=True) == order
