"""Every drafted sentence has a stable id: from what it is, not where it is; unique in
its draft; the same on every run; never printed by the writers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drafting.build import build_draft
from drafting.build.ids import all_sentences, new_sentence, with_sentence_ids
from drafting.model import Draft, DraftParagraph, DraftSection, Sentence
from drafting.writers.docx.write import write_docx
from drafting.writers.text import write_html, write_md
from tests.drafting.pipeline import board_run

BOARDS = ("harrowfield", "kestrelvale", "morrowby")


def _draft(board: str) -> Draft:
    return build_draft(board_run(board)[0])


def _ids(draft: Draft) -> list[str]:
    return [s.id for s in all_sentences(draft)]


def _without_ids(draft: Draft) -> Draft:
    sections = tuple(
        replace(
            sec,
            paragraphs=tuple(
                replace(p, sentences=tuple(replace(s, id="") for s in p.sentences))
                for p in sec.paragraphs
            ),
        )
        for sec in draft.sections
    )
    rows = tuple(replace(r, update=tuple(replace(s, id="") for s in r.update)) for r in draft.rows)
    return replace(draft, sections=sections, rows=rows)


@pytest.mark.parametrize("board", BOARDS)
def test_every_sentence_has_a_unique_id_the_same_on_every_run(board: str) -> None:
    ids = _ids(_draft(board))
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(i[0] in "sr" for i in ids)
    assert ids == _ids(_draft(board))


def test_ids_do_not_follow_positions() -> None:
    """A section and a sentence put in front of the others change none of their ids."""
    draft = _draft("harrowfield")
    bare = _without_ids(draft)
    first = bare.sections[0]
    added = Sentence("A sentence put first.", "assembled")
    paragraph = replace(first.paragraphs[0], sentences=(added, *first.paragraphs[0].sentences))
    moved = replace(first, paragraphs=(paragraph, *first.paragraphs[1:]))
    extra = DraftSection("0", "A new first section", (DraftParagraph("carried", (added,)),))
    shifted = replace(bare, sections=(extra, moved, *bare.sections[1:]))
    again = with_sentence_ids(shifted)
    new_ids = _ids(again)
    assert set(_ids(draft)) <= set(new_ids)
    assert len(set(new_ids)) == len(new_ids) == len(_ids(draft)) + 2


def test_a_written_sentence_gets_an_id_no_other_has() -> None:
    draft = _draft("kestrelvale")
    taken = set(_ids(draft))
    for part in (draft.sections[0], draft.rows[0]):
        written = new_sentence(draft, part, "The Chair's own words.")
        assert written.id and written.id not in taken
        assert written.id[0] == ("r" if part is draft.rows[0] else "s")


@pytest.mark.parametrize("board", BOARDS)
def test_writers_print_no_ids(board: str) -> None:
    draft = _draft(board)
    bare = _without_ids(draft)
    assert write_html(draft) == write_html(bare)
    assert write_md(draft) == write_md(bare)
    assert write_docx(draft) == write_docx(bare)
    assert not any(i in write_html(draft) for i in _ids(draft))
