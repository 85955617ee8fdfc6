"""Links across years with invented wordings (issue 14, links): a board's stock
phrase is not what two actions are about, the opening verb is not content a split
part covers, heads read past "work with partners to" and adverbs, and priorities
named by reworded titles (or by letters and Roman numerals) are one priority."""

from __future__ import annotations

from nlp.ledger import build_ledger
from nlp.ledger.formula import stock_phrases
from nlp.ledger.head import head, verb
from nlp.ledger.priority_titles import title_keys
from nlp.ledger.score import priority_key
from tests.ledger.build import plan

HABIT = "so that every household hears back within a week"


def _lineage(ledger) -> set[tuple[str, str, str]]:
    kinds = ("same", "reworded", "split", "merged")
    return {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind in kinds}


def test_stock_phrase_around_unrelated_objects_is_found() -> None:
    texts = [
        f"Refresh the carers respite directory {HABIT}.",
        f"Map the hospital discharge pathway {HABIT}.",
        f"Commission a befriending scheme for older people {HABIT}.",
        "Pilot the falls prevention clinic in market towns.",
    ]
    stock = stock_phrases(texts)
    assert ("household", "hear") in stock
    assert not any("respit" in pair or "falls" in pair for pair in stock)


def test_topic_list_restated_under_one_subject_is_not_stock() -> None:
    topics = "modern slavery, financial abuse and cuckooing"
    texts = [
        f"Seek assurance on the response to {topics}.",
        f"Seek assurance that partners tackle {topics}.",
        f"Seek assurance about {topics}.",
    ]
    assert stock_phrases(texts) == frozenset()


def test_shared_stock_phrase_does_not_link_other_objects() -> None:
    old = plan(
        "a.pdf",
        "2030/31",
        [
            ("o1", "1", "1.1", f"Refresh the carers respite directory {HABIT}."),
            ("o2", "2", "2.1", f"Map the hospital discharge pathway {HABIT}."),
            ("o3", "3", "3.1", "Pilot the falls prevention clinic in market towns."),
        ],
    )
    new = plan(
        "b.pdf",
        "2031/32",
        [
            ("n1", "1", "1.1", "Publish the carers respite directory with district councils."),
            ("n2", "1", "1.2", f"Commission a befriending scheme for older people {HABIT}."),
            ("n3", "2", "2.1", "Evaluate the hospital discharge pathway with ward managers."),
            ("n4", "3", "3.1", "Pilot the falls prevention clinic in market towns."),
        ],
    )
    links = _lineage(build_ledger([old, new]))
    assert ("o1", "n1", "reworded") in links
    assert ("o2", "n3", "reworded") in links
    assert not any(b == "n2" for _, b, _ in links)


def test_opening_verb_is_not_covered_by_a_noun() -> None:
    old = plan(
        "a.pdf",
        "2030/31",
        [
            ("o1", "1", "1.1", "Audit the carers respite directory."),
            ("o2", "1", "1.2", "Recruit volunteer drivers for hospital appointments."),
        ],
    )
    new = plan(
        "b.pdf",
        "2031/32",
        [
            ("n1", "1", "1.1", "Publish the carers respite directory."),
            ("n2", "1", "1.2", "Agree an audit of carers respite cases."),
            ("n3", "1", "1.3", "Recruit volunteer drivers for hospital appointments."),
        ],
    )
    links = _lineage(build_ledger([old, new]))
    assert ("o1", "n1", "reworded") in links
    assert ("o1", "n2", "split") not in links
    assert ("o2", "n3", "same") in links


def test_head_reads_past_how_the_work_is_done() -> None:
    plain = head("Review the early help strategy.")
    assert head("Work with partners to review the early help strategy.") == plain
    assert head("Jointly review the early help strategy with schools.") == plain
    assert head("Seek to review the early help strategy.") == plain
    assert verb("Work with partners to review the early help strategy.") == "review"
    assert head("Promote the learning from reviews toolkit with GPs.") == (
        "learn",
        "review",
        "toolkit",
    )
    assert head("Deliver support for carers in rural areas.") == ("support", "carer")


def test_priority_keys_of_letters_roman_numerals_and_titles() -> None:
    assert priority_key("Aim B – Tackling loneliness") == priority_key("B") == "b"
    assert priority_key("Area of Focus III: Early help") == priority_key("III") == "iii"
    assert priority_key("Priority 1 Strong Leadership") == priority_key("1") == "1"
    assert priority_key("Strategic Priority Two: Voice") == "2"


def test_reworded_priority_titles_are_one_priority() -> None:
    keys = title_keys(
        [
            ["loneliness", "early help"],
            ["tackling loneliness", "early help makes difference"],
        ]
    )
    assert keys["tackling loneliness"] == keys["loneliness"] == "loneliness"
    assert keys["early help makes difference"] == "early help"
    # two priorities of one plan stay two, however alike
    keys = title_keys([["neglect", "neglect exploitation"], ["neglect"]])
    assert keys["neglect"] != keys["neglect exploitation"]
