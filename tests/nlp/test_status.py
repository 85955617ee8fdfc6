"""Status cues on sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from nlp.findings.status import classify, from_wording


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ("The new toolkit was launched at the spring conference.", "complete"),
        ("Guidance has been published and circulated to all schools.", "complete"),
        ("A multi-agency protocol is now in place.", "complete"),
        ("Partners are currently piloting the new referral form.", "in_progress"),
        ("The audit is being carried out by the quality group.", "in_progress"),
        ("Recruitment is underway and on track.", "in_progress"),
        ("A thematic review will report to the board in the autumn.", "planned"),
        ("The training needs analysis is scheduled for next spring.", "planned"),
        ("Evaluation is included in the 2024/25 audit programme.", "planned"),
        ("Not started.", "planned"),
        ("The launch was put back to June because of staff shortages.", "delayed"),
        ("Publication has slipped into the next quarter.", "delayed"),
        ("The review was postponed pending the inspection outcome.", "delayed"),
        ("Ongoing.", "unknown"),
        ("", "unknown"),
    ],
)
def test_wording(update: str, expected: str) -> None:
    assert from_wording(update).status == expected


def test_mixed_update_is_the_action_as_a_whole() -> None:
    decided = from_wording("The leaflet was printed in May. An evaluation is planned for March.")
    assert decided.status == "in_progress"
    # both halves are named in the cue: "was printed" (complete: was + past participle)
    # and "planned for" (planned)
    assert decided.cue == "was printed … planned for"


def test_future_passive_is_not_complete() -> None:
    assert from_wording("The findings are to be presented in July.").status == "planned"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Complete", "complete"),
        ("On track", "in_progress"),
        ("Delayed", "delayed"),
        ("Not started", "planned"),
        ("Blue", "complete"),
        ("Red", "delayed"),
    ],
)
def test_status_column_words(cell: str, expected: str) -> None:
    assert classify("Some words about the work.", cell).status == expected


def test_rag_colour_narrows_and_wording_picks() -> None:
    assert classify("The plan was signed off in June.", "Green").status == "complete"
    assert classify("A pilot is running in two areas.", "Green").status == "in_progress"
    assert classify("The second phase is scheduled for May.", "Amber").status == "planned"
    assert classify("The policy was approved.", "Amber").status == "in_progress"
    decided = classify("Nothing to report.", "Amber")
    assert decided.status == "in_progress" and decided.rag == "Amber"


def test_shading_without_text() -> None:
    assert classify("Work carries on.", "", shading="red").status == "delayed"
