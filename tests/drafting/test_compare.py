"""`same_draft`: is an uploaded or given file a version of the draft, or another document?
(The CLI's `compare` refuses the latter; tests/service/test_cli_compare.py runs it.)"""

from __future__ import annotations

from collections.abc import Sequence

from drafting.compare import SAME_DRAFT, ReadBack, ReadRow, same_draft, shared

HEADINGS = ["Introduction", "Governance", "Priorities", "Training", "Challenges", "Next year"]


def _read(headings: list[str], rows: Sequence[tuple[str, str]] = ()) -> ReadBack:
    return ReadBack(
        headings={str(k): h for k, h in enumerate(headings, start=1)},
        rows={key: ReadRow(key[0], key[1], "action", "update", "status") for key in rows},
    )


def test_an_edited_copy_is_the_same_draft() -> None:
    edited = _read([*HEADINGS[:5], "Looking ahead"])
    assert same_draft(_read(HEADINGS), edited)
    assert shared(_read(HEADINGS), edited) == 5 / 7


def test_another_document_is_not() -> None:
    minutes = _read(["Apologies", "Matters arising", "AOB"])
    assert shared(_read(HEADINGS), minutes) == 0.0
    assert not same_draft(_read(HEADINGS), minutes)


def test_headings_match_by_words_not_number_or_case() -> None:
    renumbered = ReadBack(headings={f"A{k}": h.upper() for k, h in enumerate(HEADINGS)})
    assert shared(_read(HEADINGS), renumbered) == 1.0


def test_appendix_rows_count_by_priority_and_number() -> None:
    rows = [("Priority 1", "1.1"), ("Priority 1", "1.2"), ("Priority 2", "2.1")]
    a = _read(["Introduction"], rows)
    b = _read(["Preface"], [*rows[:2], ("Priority 2", "2.2")])
    assert shared(a, b) == 2 / 6
    assert same_draft(a, b)


def test_threshold_is_inclusive_and_two_empty_reads_agree() -> None:
    a = _read(["One", "Two", "Three", "Four", "Five"])
    b = _read(["One", "Six", "Seven", "Eight", "Nine"])
    assert shared(a, b) < SAME_DRAFT  # 1 of 9
    c = _read(["One", "Two", "Three"])
    d = _read(["One", "Four", "Five"])
    assert shared(c, d) == SAME_DRAFT and same_draft(c, d)  # 1 of 5
    assert same_draft(ReadBack(), ReadBack())
