"""The PDF backend on a generated report (tests/bench/reports.py) with known layout.

Expected values worked out from the generator: 3 sections of 3 numbered paragraphs,
a contents page (2), a 40-row ruled table over pages 4-6, a borderless 4-column table,
a two-column page (7-8) and a landscape page (9)."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from extract import extract
from extract.model import Document, Heading, ListItem, Paragraph, Table
from extract.pdf.text import join_lines, squash, vocabulary
from tests.bench.reports import FOOTER, HEADER, TITLE, long_report, report, sentence


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract(report(3), filename="example.pdf")


def _tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_title_pages_and_contents(doc: Document) -> None:
    assert doc.title == TITLE
    assert doc.pages == 9
    assert doc.contents_pages == (2,)
    assert not any(b.source.page == 2 for b in doc.blocks)


def test_headings_numbers_and_levels(doc: Document) -> None:
    heads = [(b.level, b.number, b.text) for b in doc.blocks if isinstance(b, Heading)]
    assert heads[1:4] == [(1, "1", "Section 1"), (1, "2", "Section 2"), (1, "3", "Section 3")]
    assert (1, None, "Progress table") in heads and (1, None, "Landscape plan") in heads


def test_numbered_paragraphs_text_and_bullets(doc: Document) -> None:
    paras = [b for b in doc.blocks if isinstance(b, Paragraph) and b.number]
    assert [p.number for p in paras] == [f"{n}.{k}" for n in (1, 2, 3) for k in (1, 2, 3)]
    assert paras[0].text == sentence(11, 60)
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    assert [(i.number, i.text) for i in items[:2]] == [
        ("•", "Point 1 of section 1"),
        ("•", "Point 2 of section 1"),
    ]


def test_running_text_removed(doc: Document) -> None:
    assert doc.running_text == (HEADER, FOOTER)
    body = "\n".join(doc.iter_text())
    assert HEADER not in body and FOOTER not in body and "Page 4" not in body


def test_ruled_table_stitched_over_pages(doc: Document) -> None:
    table = _tables(doc)[0]
    assert table.n_cols == 3
    assert [r.texts for r in table.header_rows] == [["Ref", "Action", "Update"]]
    body = table.body_rows
    assert [r.cells[0].text for r in body] == [str(i) for i in range(1, 41)]
    assert body[4].cells[1].text == sentence(5, 12)
    assert table.source.page == 4
    assert {r.source.page for r in body} == {4, 5, 6}
    cell = body[-1].cells[2]
    assert cell.source.page == 6 and cell.source.bbox is not None


def test_borderless_table(doc: Document) -> None:
    table = _tables(doc)[1]
    assert [r.texts for r in table.rows] == [
        ["Measure", "2018", "2019", "2020"],
        ["Referrals", "100", "120", "140"],
        ["Assessments", "101", "121", "141"],
        ["Plans", "102", "122", "142"],
        ["Reviews", "103", "123", "143"],
    ]
    assert table.rows[0].header and not table.rows[1].header


def test_two_columns_read_column_by_column(doc: Document) -> None:
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.source.page in (7, 8)]
    assert texts == [sentence(200 + i, 70) for i in range(8)]


def test_landscape_page_table(doc: Document) -> None:
    table = _tables(doc)[2]
    assert table.source.page == 9
    assert [r.texts for r in table.rows] == [
        ["Priority", "Lead", "Due"],
        ["Neglect", "Police", "March"],
    ]


def test_squash_ligatures_and_spaces() -> None:
    assert (
        squash("ef\ufb01cient \ufb02ow\u00a0of\u2009sta\ufb00\u200b") == "efficient flow of staff"
    )
    assert squash(" \u2003(cid:127)\tone\u00a0\u00a0two ") == "• one two"


@pytest.mark.parametrize(
    ("left", "right", "vocab", "joined"),
    [
        ("the safe-", "guarding board", [], "the safeguarding board"),
        ("a multi-", "agency audit", [], "a multi-agency audit"),
        ("the Multi-", "Agency group", [], "the Multi-Agency group"),
        ("in 2017-", "18 we", [], "in 2017-18 we"),
        ("a deci-", "sion", ["decision"], "a decision"),
        ("the child-", "centred way", ["child-centred"], "the child-centred way"),
        ("help –", "early", [], "help – early"),
        ("courses, e-", "learning and", [], "courses, e-learning and"),
        ("an x-", "ray", ["xray"], "an x-ray"),
    ],
)
def test_hyphenation_rule(left: str, right: str, vocab: list[str], joined: str) -> None:
    assert join_lines(left, right, vocabulary(vocab)) == joined


@pytest.mark.parametrize("asked", [12, 120])
def test_bench_reports_have_the_pages_asked(asked: int) -> None:
    """The bench's "12" and "120" page reports came out as 16 and 173 pages."""
    with pdfplumber.open(io.BytesIO(long_report(asked))) as pdf:
        assert abs(len(pdf.pages) - asked) <= max(2, asked // 10)


CORPORA = Path(__file__).resolve().parents[2] / "corpora"


@pytest.mark.parametrize("name", ["2017-18_business_plan.pdf", "2019-20_business_plan.pdf"])
def test_single_letter_prefix_hyphen_kept_at_line_end(name: str) -> None:
    """ "e-" at a line end and "learning" on the next came out as "elearning"."""
    path = CORPORA / "harrowfield" / name
    text = " ".join(extract(path).iter_text())
    assert "e-learning" in text
    assert "elearning" not in text


@pytest.mark.parametrize("name", ["2017-18_business_plan.pdf", "2018-19_business_plan.pdf"])
def test_row_broken_across_page_joined(name: str) -> None:
    """LibreOffice splits the Priority 1 row over pages 2-3 (header repeated on 3);
    its cells came out as two rows, each cell's text cut at the page break."""
    path = CORPORA / "harrowfield" / name
    table = _tables(extract(path))[0]
    first = table.rows[1]
    texts = [" ".join(b.text for b in c.blocks) for c in first.cells]
    assert texts[0] == "Priority 1: Strong Leadership and Shared Accountability"
    assert first.cells[1].blocks[0].text.startswith("Partners keep improving how they work")
    assert first.cells[2].blocks[0].text.startswith("The HSCB and partners deliver the Business")
    assert table.rows[2].cells[0].blocks[0].text.startswith("Priority 2")


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (
            "kestrelvale/2020-21_business_plan.pdf",
            ["Joanna Pilbeam", "Chief Superintendent Marcus Hollin", "Siân Corrigan"],
        ),
        (
            "harrowfield/2017-18_business_plan.pdf",
            [
                "Rosalind Ashworth-Kerr",
                "Independent Chair",
                "Harrowfield Safeguarding Children Board",
            ],
        ),
    ],
)
def test_signature_lines_are_separate_paragraphs_not_headings(name: str, lines: list[str]) -> None:
    """A bold signatory's name became a heading, and name/role/organisation lines
    ran together into one paragraph."""
    path = CORPORA / name
    blocks = [b for b in extract(path).blocks if not isinstance(b, Table)]
    texts = [b.text for b in blocks]
    i = texts.index(lines[0])
    assert texts[i : i + 3] == lines
    assert all(isinstance(b, Paragraph) for b in blocks[i : i + 3])
