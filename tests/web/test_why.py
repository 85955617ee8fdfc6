"""A link's reason in words: every reason shape the ledger writes (scored, split or
merged, a row over several actions, evidence, a person's decision) becomes sentences
with no scorer's figures. Expected sentences written by hand."""

from __future__ import annotations

import re

import pytest

from service.web.pages.why import strength, why

FIGURES = re.compile(r"\b\d\.\d\d\b|words \d|wording \d")


@pytest.mark.parametrize(
    ("kind", "reason", "said"),
    [
        (
            "same",
            "words 1.00, wording 1.00, shared phrase",
            "Worded the same, with a phrase in common.",
        ),
        (
            "reworded",
            "words 0.60, wording 0.74",
            "Shares many words.",
        ),
        (
            "merged",
            "merged: parts cover 77% of the whole (best one 58%); words 0.31, wording 0.58, "
            "same priority, same number",
            "Several actions became one: together they cover 77% of it. Shares many words, "
            "with the same priority and the same number.",
        ),
        (
            "reported_by",
            "one row reports on several actions (cover 80%); words 0.40, wording 0.45",
            "One row reports on several actions: together they cover 80% of it. Shares some words.",
        ),
        (
            "evidence",
            "5.1 Early Help: shares 'refresh early', covers 77% of the action",
            "The section \u201c5.1 Early Help\u201d uses most of the action's own words.",
        ),
        (
            "same",
            "words 1.00, wording 1.00; confirmed by m@example.org on 2026-12-02",
            "Worded the same. Confirmed by m@example.org on 2026-12-02.",
        ),
    ],
)
def test_reasons_read_as_sentences(kind: str, reason: str, said: str) -> None:
    words = why({"kind": kind, "reason": reason})
    assert words == said
    assert not FIGURES.search(words)


def test_strength_in_words() -> None:
    assert [strength(s) for s in (1.0, 0.9, 0.75, 0.4)] == [
        "Strong match",
        "Strong match",
        "Likely match",
        "Possible match",
    ]
