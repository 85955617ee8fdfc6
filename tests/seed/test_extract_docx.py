"""The seed report, rendered to Word, comes back whole: every number, both tables.

The seed is read from ../shared at run time (skipped when absent) and rendered by
`tests.seed.to_docx`; see that module for which parts use Word numbering and which
typed numbers.
"""

from __future__ import annotations

import pytest

from extract import Document, Heading, ListItem, Paragraph, Table, extract
from tests.seed.parse import Seed, load

SEED = load()
pytestmark = pytest.mark.skipif(SEED is None, reason="seed dump ../shared/seed absent")


@pytest.fixture(scope="module")
def seed() -> Seed:
    assert SEED is not None
    return SEED


@pytest.fixture(scope="module")
def document(seed: Seed) -> Document:
    from tests.seed.to_docx import render

    return extract(render(seed), filename="seed.docx")


def _table(document: Document, first_header: str) -> Table:
    for block in document.blocks:
        if isinstance(block, Table) and block.rows[0].texts[0] == first_header:
            return block
    raise AssertionError(f"no table headed {first_header!r}")


def test_title_and_running_text(seed: Seed, document: Document) -> None:
    assert document.title == seed.title
    assert seed.title in document.running_text
    assert all(
        seed.title != getattr(b, "text", None) or b.type == "heading" for b in document.blocks
    )


def test_section_headings_numbered(seed: Seed, document: Document) -> None:
    headings = [
        (h.number, h.text) for h in document.blocks if isinstance(h, Heading) and h.level == 1
    ]
    expected = [(s.number, s.heading) for s in seed.sections]
    assert headings[: len(expected)] == expected


def test_every_numbered_paragraph_with_its_number_and_text(seed: Seed, document: Document) -> None:
    got = [(p.number, p.text) for p in document.blocks if isinstance(p, Paragraph) and p.number]
    expected = [(p.number, p.text) for p in seed.paragraphs]
    assert len(expected) == 51
    assert got[: len(expected)] == expected


def test_bullets_under_a_numbered_paragraph(seed: Seed, document: Document) -> None:
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.number == "6.3")
    bullets = blocks[at + 1 : at + 5]
    assert all(isinstance(b, ListItem) and b.number == "•" for b in bullets)
    para = next(p for p in seed.paragraphs if p.number == "6.3")
    assert [b.text for b in bullets] == list(para.items)  # type: ignore[union-attr]


def test_plan_table_whole(seed: Seed, document: Document) -> None:
    table = _table(document, seed.plan.header[0])
    assert [r.header for r in table.rows] == [True, False, False, False]
    assert table.rows[0].texts == list(seed.plan.header)
    for row, want in zip(table.body_rows, seed.plan.rows, strict=True):
        priority, outcomes, actions = row.cells
        assert priority.text == want.priority
        got_outcomes = [(b.number, b.text) for b in outcomes.blocks]
        assert got_outcomes == [(o.number, o.text) for o in want.outcomes]
        top = [b for b in actions.blocks if isinstance(b, ListItem) and b.level == 1]
        assert [(b.number, b.text) for b in top] == [(a.number, a.text) for a in want.actions]
        subs = [b.text for b in actions.blocks if isinstance(b, ListItem) and b.level == 2]
        assert subs == [s for a in want.actions for s in a.items]
    assert [len([b for b in r.cells[2].blocks if b.number != "•"]) for r in table.body_rows] == [
        7, 4, 5,
    ]  # fmt: skip


def test_progress_table_whole(seed: Seed, document: Document) -> None:
    table = _table(document, seed.progress.header[0])
    assert table.header_rows[0].texts == list(seed.progress.header)
    assert len(table.header_rows) == 1
    assert len(table.body_rows) == 13  # the header repeated after row 9 is dropped
    for row, want in zip(table.body_rows, seed.progress.rows, strict=True):
        action, update = row.cells
        assert (action.blocks[0].number, action.blocks[0].text) == (want.number, want.action)
        assert [b.text for b in action.blocks[1:]] == list(want.items)
        assert update.text == want.update
        assert row.source.table == table.source.table and action.source.cell == 0


def test_key_functions_keep_their_letters(seed: Seed, document: Document) -> None:
    lettered = [
        (p.number, p.text)
        for p in document.blocks
        if isinstance(p, Paragraph) and p.number and p.number.endswith(")")
    ]
    assert lettered == [(i.number, i.text) for i in seed.key_functions]


def test_pages_estimated(document: Document) -> None:
    assert 4 <= document.pages <= 30
