"""Status families, keys printed near a table, and the wording errors of issue 14, on
values and sentences written for these tests (not from corpora/ or the variants)."""

from __future__ import annotations

import pytest

from nlp.findings.status import classify, from_wording
from nlp.findings.status_cells import from_cell
from nlp.findings.status_key import parse_key


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Achieved", "complete"),
        ("Partially achieved", "in_progress"),
        ("Part met", "in_progress"),
        ("Not achieved", "delayed"),
        ("Not yet met", "delayed"),
        ("On track", "in_progress"),
        ("At risk", "delayed"),
        ("Off track", "delayed"),
        ("Not started", "planned"),
        ("Not known", "unknown"),
        ("100% complete", "complete"),
        ("35% complete", "in_progress"),
        ("0%", "planned"),
        ("✓", "complete"),
        ("✗", "delayed"),
        ("◐", "in_progress"),
        ("B", "complete"),
        ("R", "delayed"),
    ],
)
def test_status_cell_families(cell: str, expected: str) -> None:
    decided = from_cell(cell)
    assert decided is not None and decided.status == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Key: 1 = Complete; 2 = On track; 3 = Late; 4 = Not begun", {"1", "2", "3", "4"}),
        ("A – fully met, B – partly met, C – not met", {"a", "b", "c"}),
        ("✓ Done  ◐ Partly done  ✗ Not done", {"✓", "◐", "✗"}),
        (
            "Blue: finished. Green: on target. Amber: slipping. Grey: not begun.",
            {"blue", "green", "amber", "grey"},
        ),
    ],
)
def test_keys_are_parsed_generally(text: str, expected: set[str]) -> None:
    assert set(parse_key(text)) == expected


def test_prose_is_not_a_key() -> None:
    assert parse_key("The table below sets out what each agency did during the year.") == {}


def test_a_key_decides_codes_and_outranks_the_letters_default() -> None:
    key = parse_key("A = finished; B = under way; C = late; D = not begun")
    # without the key "A" would be read as Amber
    assert classify("Some words.", "A", key=key).status == "complete"
    assert classify("Some words.", "D", key=key).status == "planned"
    assert classify("Some words.", "A").rag == "Amber"


def test_grey_shading_means_what_the_key_says() -> None:
    key = parse_key("Green: complete. Amber: in progress. Grey: not started.")
    assert classify("Nothing yet.", "", "grey", key).status == "planned"


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ("The police lead has been asked for an update on the pilot.", "unknown"),
        ("No return was received from the trust before the deadline.", "unknown"),
        (
            "The guidance was issued in May. Partners will evaluate its impact next spring.",
            "complete",
        ),
        (
            "This has been achieved; the panel will review the difference it makes in June.",
            "complete",
        ),
        ("The survey has not yet started and is scheduled for the autumn term.", "planned"),
        ("Good progress has been made and the remaining work moves into next year.", "in_progress"),
        ("Around 60% complete at year end.", "in_progress"),
        # still true: part done and an evaluation to come is the action as a whole
        ("The leaflet was printed in May. An evaluation is planned for March.", "in_progress"),
        ("The hub has not started because the post is vacant.", "delayed"),
    ],
)
def test_wording_errors_fixed(update: str, expected: str) -> None:
    assert from_wording(update).status == expected


def test_wording_is_weaker_than_a_cell() -> None:
    cell = classify("The guidance was issued in May.", "Achieved")
    words = classify("The guidance was issued in May.")
    assert cell.status == words.status == "complete"
    assert cell.strength > words.strength
