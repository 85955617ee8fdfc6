"""Status vocabularies no earlier rule was written for (issue 14): emoji, negated
progress words, percentages in words, keys with bracketed meanings or symbol-led
entries, codes after a scale word, shadings named by a key's other colour names, and
updates whose opening words or events tell the status. Cells invented here."""

from __future__ import annotations

import pytest

from nlp.findings.colours import shade_name
from nlp.findings.status import from_wording
from nlp.findings.status_cells import from_cell
from nlp.findings.status_key import parse_key


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("✔️", "complete"),
        ("⌛", "in_progress"),
        ("❌", "delayed"),
        ("⚠", "delayed"),
        ("❓", "unknown"),
        ("🟠", "in_progress"),
        ("🟥", "delayed"),
        ("⬜", "planned"),
        ("not yet in hand", "planned"),
        ("Yet to begin", "planned"),
        ("Moving ahead", "in_progress"),
        ("On course", "in_progress"),
        ("Accomplished", "complete"),
        ("No data", "unknown"),
        ("40 per cent", "in_progress"),
        ("30% - behind", "delayed"),
    ],
)
def test_cells_read(cell: str, status: str) -> None:
    decided = from_cell(cell)
    assert decided is not None and decided.status == status, (cell, decided)


def test_key_with_bracketed_meanings() -> None:
    key = parse_key("Codes used: X (all done), Y (going ahead), Z (overdue)")
    assert key == {"x": "complete", "y": "in_progress", "z": "delayed"}


def test_key_of_symbols_each_followed_by_meaning() -> None:
    key = parse_key("■  done in full  ◆  going ahead  ◈  not yet started")
    assert key == {"■": "complete", "◆": "in_progress", "◈": "planned"}


def test_code_after_a_scale_word_read_with_its_key() -> None:
    key = parse_key("Band 3 = finished. Band 2 = on course. Band 1 = overdue.")
    decided = from_cell("Band 2", None, key)
    assert decided is not None and decided.status == "in_progress"


def test_shading_matched_to_a_key_colour_alias() -> None:
    key = parse_key("Violet: completed; Orange: slipping; Green: on target")
    assert shade_name("8E44AD") == "purple"
    violet = from_cell("", shade_name("8E44AD"), key)
    orange = from_cell("", shade_name("E67E22"), key)
    assert violet is not None and violet.status == "complete"
    assert orange is not None and orange.status == "delayed"


@pytest.mark.parametrize(
    ("update", "status"),
    [
        ("Completed: the toolkit went to every school in March.", "complete"),
        ("Delayed. Funding for the helpline came late.", "delayed"),
        ("Not started; the lead is still to be named.", "planned"),
        ("The first draft of the charter went to partners in June.", "in_progress"),
        ("The audit was completed for the first time in June.", "complete"),
        ("Three hubs have signed up so far.", "in_progress"),
        ("The conference was moved back to April.", "delayed"),
        ("Nothing was reported about the hub this year.", "unknown"),
    ],
)
def test_updates_read(update: str, status: str) -> None:
    assert from_wording(update).status == status, (update, from_wording(update))
