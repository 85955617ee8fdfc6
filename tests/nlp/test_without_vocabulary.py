"""Readings from structure when the vocabulary is unknown (header ablation, issue 14).

Tables, titles and board names here use words no product list holds ("Zorbel",
"Almanac", "Protection Forum"), invented for these tests.
"""

from __future__ import annotations

from extract.model import Cell, Document, Heading, Paragraph, Row, Source, Table
from nlp.findings.boards import find_board
from nlp.findings.columns import header_of
from nlp.findings.kind_period import find_kind_period
from nlp.findings.tables import table_runs

SRC = Source("t.docx", "0")


def _cell(col: int, text: str, span: int = 1) -> Cell:
    return Cell(col, (Paragraph(None, text, SRC),), SRC, col_span=span)


def _row(*texts: str, header: bool = False) -> Row:
    return Row(tuple(_cell(i, t) for i, t in enumerate(texts)), SRC, header=header)


ROWS = [
    (
        "Open a drop-in clinic for young carers in every town.",
        "The clinic has opened and now sees ten carers each week.",
    ),
    (
        "Publish a leaflet on online grooming for parents and carers.",
        "Printing is under way and copies will reach schools in June.",
    ),
    (
        "Hold two listening events with care leavers this year.",
        "One event was held in autumn; the second was postponed twice.",
    ),
]


def _doc(*blocks, title: str | None = None, running: tuple[str, ...] = ()) -> Document:
    return Document("t.docx", "0", "docx", 1, title, tuple(blocks), running_text=running)


def test_unflagged_short_first_row_over_sentences_is_the_header() -> None:
    table = Table((_row("Zorbel", "Quint"), *(_row(*r) for r in ROWS)), SRC, 2)
    assert header_of(table) is not None
    run = next(table_runs((table,)))
    assert run.columns.kind == "progress"


def test_a_band_row_across_the_table_is_not_the_header() -> None:
    band = Row((_cell(0, "Strand 1: Carers", span=2),), SRC, header=True)
    table = Table((_row("Zorbel", "Quint", header=True), band, *(_row(*r) for r in ROWS)), SRC, 2)
    index, _cols = header_of(table) or (None, None)
    assert index == 0


def test_a_plan_sentence_on_the_cover_does_not_outrank_a_progress_table() -> None:
    table = Table((_row("Zorbel", "Quint"), *(_row(*r) for r in ROWS)), SRC, 2)
    doc = _doc(
        Paragraph(None, "Brackenholt Almanac 2023/24", SRC),
        Heading(1, None, "Our priorities", SRC),
        Paragraph(None, "Our plan for 2023/24 set three priorities:", SRC),
        table,
        title="Brackenholt Almanac 2023/24",
    )
    assert find_kind_period(doc).kind == "annual_report"


def test_a_board_with_an_unknown_keyword_is_the_name_the_cover_repeats() -> None:
    cover = ["Brackenholt Protection Forum", "Almanac 2023/24", "BPF | Page 1"]
    body = ["The Brackenholt Protection Forum brings partners together.", "Jo Bloggs"]
    name, reading = find_board(cover, body)
    assert name == "Brackenholt Protection Forum"
    assert reading is not None and "acronym" in reading.cue


def test_no_board_from_a_person_or_a_role() -> None:
    name, _ = find_board(["Almanac 2023/24", "Jo Bloggs", "Independent Chair"], ["Jo Bloggs"])
    assert name is None
