"""Sentence splitting shared by evidence matching and the draft's quotes."""

from __future__ import annotations

from nlp.sentences import split_sentences


def test_splits_after_a_full_stop_before_a_capital_or_digit() -> None:
    text = "The audit is complete. 18 of 22 objectives were met! Was it enough? Yes."
    assert split_sentences(text) == [
        "The audit is complete.",
        "18 of 22 objectives were met!",
        "Was it enough?",
        "Yes.",
    ]


def test_no_split_after_titles_and_latin_abbreviations() -> None:
    text = "Partners, e.g. Police and Health, attended. Dr. Amara Okafor chaired it."
    assert split_sentences(text) == [
        "Partners, e.g. Police and Health, attended.",
        "Dr. Amara Okafor chaired it.",
    ]


def test_a_closing_quote_stays_with_its_sentence_and_lines_are_apart() -> None:
    text = "She said “we will act.” The Board agreed.\n\nNext line without a stop\nLast."
    assert split_sentences(text) == [
        "She said “we will act.”",
        "The Board agreed.",
        "Next line without a stop",
        "Last.",
    ]


def test_lower_case_after_a_stop_is_not_a_new_sentence() -> None:
    assert split_sentences("Version 2.1 of the plan. see appendix 3.") == [
        "Version 2.1 of the plan. see appendix 3."
    ]


def test_two_closing_marks_stay_with_their_sentence() -> None:
    assert split_sentences("Targets were met (see “Annex A.”) The Board agreed.") == [
        "Targets were met (see “Annex A.”)",
        "The Board agreed.",
    ]
