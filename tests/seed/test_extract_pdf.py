"""The seed report rendered to PDF (tests/seed/to_pdf.py) and read back."""

from __future__ import annotations

import pytest

from extract import extract
from extract.model import Document, ListItem, Paragraph, Table
from tests.seed.parse import load

SEED = load()
pytestmark = pytest.mark.skipif(SEED is None, reason="../shared seed not present")


@pytest.fixture(scope="module")
def doc() -> Document:
    from tests.seed.to_pdf import render

    assert SEED is not None
    return extract(render(SEED), filename="seed.pdf")


def _tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_numbered_paragraphs_all_present_in_order(doc: Document) -> None:
    assert SEED is not None
    expected = [p.number for p in SEED.paragraphs]
    got = [b.number for b in doc.blocks if isinstance(b, Paragraph) and b.number]
    assert got == expected
    assert expected[0] == "1.1" and expected[-1] == "6.6"


def test_paragraph_text_matches_seed(doc: Document) -> None:
    assert SEED is not None
    got = {b.number: b.text for b in doc.blocks if isinstance(b, Paragraph) and b.number}
    for para in SEED.paragraphs:
        assert " ".join(got[para.number].split()) == " ".join(para.text.split())


def test_plan_table_is_one_table_with_three_priorities(doc: Document) -> None:
    plan = _tables(doc)[0]
    assert plan.n_cols == 3
    assert [r.texts for r in plan.header_rows] == [
        ["Strategic Priority", "Outcome", "Actions 2018-19"]
    ]
    body = plan.body_rows
    assert [r.cells[0].text.split(":")[0] for r in body] == [
        "Priority 1",
        "Priority 2",
        "Priority 3",
    ]
    actions = [
        [b for b in r.cells[2].blocks if isinstance(b, ListItem) and b.level == 1] for r in body
    ]
    assert [len(a) for a in actions] == [7, 4, 5]
    assert [b.number for b in actions[0]] == ["1", "2", "3", "4", "5", "6", "7"]
    outcomes = [r.cells[1].blocks for r in body]
    assert [len(o) for o in outcomes] == [5, 3, 1]


def test_plan_sub_bullets_are_level_two(doc: Document) -> None:
    cell = _tables(doc)[0].body_rows[1].cells[2]
    subs = [b.text for b in cell.blocks if isinstance(b, ListItem) and b.level == 2]
    assert SEED is not None
    assert subs[:3] == list(SEED.plan.rows[1].actions[0].items)


def test_progress_table_is_one_table_of_thirteen_rows(doc: Document) -> None:
    progress = _tables(doc)[1]
    assert SEED is not None
    assert progress.n_cols == 2
    assert len(progress.header_rows) == 1 and progress.rows[0].header
    assert progress.header_rows[0].texts == list(SEED.progress.header)
    body = progress.body_rows
    assert len(body) == 13
    numbers = [r.cells[0].blocks[0].number for r in body]
    assert numbers == [str(i) for i in range(1, 14)]
    assert len({r.source.page for r in body}) >= 2  # it really crossed a page


def test_running_header_and_footer_not_in_body(doc: Document) -> None:
    from tests.seed.to_pdf import RUNNING_FOOTER, RUNNING_HEADER

    text = "\n".join(doc.iter_text())
    assert RUNNING_HEADER not in text and RUNNING_FOOTER not in text
    assert "Page 3" not in text
    assert RUNNING_HEADER in doc.running_text and RUNNING_FOOTER in doc.running_text


def test_title_and_sources(doc: Document) -> None:
    assert SEED is not None
    assert doc.title == SEED.title
    for block in doc.blocks:
        assert block.source.page is not None and block.source.bbox is not None
