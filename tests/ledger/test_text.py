"""The ledger's matching text feeds the hashes people's decisions are keyed on: what it
returns is pinned (values from before the text normalisers were sorted out, #13)."""

from __future__ import annotations

import pytest

from nlp.ledger.text import fold_for_matching, normalise, text_hash


@pytest.mark.parametrize(
    ("text", "folded", "normalised", "hashed"),
    [
        (
            "• 1.2 Review the “Multi-Agency” Safeguarding Hub – by March 2019",
            '1.2 Review the "Multi-Agency" Safeguarding Hub - by March 2019',
            "review multi agency safeguarding hub march",
            "941d26ef1192fc95",
        ),
        (
            "a) Ensure\u00a0all   schools’ DSLs attend training.",
            "Ensure all schools' DSLs attend training.",
            "schools dsls attend training",
            "22bafc7d10834d8e",
        ),
    ],
)
def test_matching_text_and_its_hash_do_not_change(
    text: str, folded: str, normalised: str, hashed: str
) -> None:
    assert fold_for_matching(text) == folded
    assert normalise(text) == normalised
    assert text_hash(text) == hashed
