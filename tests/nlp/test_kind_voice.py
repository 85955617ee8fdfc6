"""Accountability report or annual report by its voice (nlp/findings/kind_voice.py).

Paragraphs invented here (not from any corpus or generator pool): a report whose cover
names no kind, told apart by first-person singular voice and a closing signature, or
by the board's voice and its own sections.
"""

from __future__ import annotations

from extract.model import Heading, Paragraph, Source
from nlp.findings.kind_voice import voice_kind
from nlp.findings.kinds import decide

SRC = Source("t.docx", "0")
BOARD = "Fernleigh Safeguarding Children Board"
COVER = [BOARD, "Keeping Watch: a Review 2019/20"]  # a report noun, no kind of report


def _blocks(items: list[tuple[str, str]]) -> tuple:
    return tuple(
        Heading(1, None, t, SRC) if k == "h" else Paragraph(None, t, SRC) for k, t in items
    )


FOREWORD = [
    ("h", "Opening words"),
    ("p", "It has been a demanding twelve months for everyone who works with children."),
    ("p", "Rosalind Amberley"),
    ("p", "Independent Chair"),
]
CHAIRS_OWN = _blocks(
    [
        *FOREWORD,
        ("h", "Where things stand"),
        ("p", "I sat in on case audits in three localities and spoke to social workers."),
        ("p", "My main worry is the time taken to hold child protection conferences."),
        ("p", "I have asked the police to share their missing-child data more quickly."),
        ("p", "Schools told me they want clearer feedback after a referral."),
        ("p", "The board met five times."),
        ("h", "In closing"),
        ("p", "I am grateful to colleagues for the candour shown throughout."),
        ("p", "Rosalind Amberley"),
        ("p", "Independent Chair"),
        ("h", "Annex"),
        ("p", "Attendance at meetings is listed below."),
    ]
)
BOARDS_OWN = _blocks(
    [
        *FOREWORD,
        ("h", "Who sits on the board"),
        ("p", "The Board draws its members from the council, the police and health bodies."),
        ("p", "We agreed a new threshold document and trained 300 staff in its use."),
        ("h", "Our sub-groups"),
        ("p", "The Case Learning Sub-group met every month and shared its findings with us."),
        ("h", "Meeting our legal duties"),
        ("p", "Every agency returned its safeguarding self-audit on time."),
        ("p", "Referrals rose to 1,420 from 1,310 the year before."),
        ("p", "Contacts handled by the hub came to 4,870."),
    ]
)


def test_the_chairs_own_assessment_signed_at_the_end_is_an_accountability_report() -> None:
    found = voice_kind(CHAIRS_OWN, BOARD)
    assert found is not None
    kind, reading = found
    assert kind == "accountability_report"
    assert "signed at the end by the Independent Chair" in reading.cue
    assert decide(COVER, CHAIRS_OWN, BOARD)[0] == "accountability_report"


def test_the_boards_voice_with_its_sections_is_an_annual_report() -> None:
    found = voice_kind(BOARDS_OWN, BOARD)
    assert found is not None and found[0] == "annual_report"
    assert {"subgroups", "statutory", "data"} <= set(found[1].cue.replace(",", " ").split())


def test_a_first_person_foreword_alone_does_not_make_an_accountability_report() -> None:
    """A Chair's signed foreword in the first person opens many annual reports."""
    blocks = _blocks(
        [
            ("h", "Opening words"),
            ("p", "I am pleased to introduce this account of the partners' year."),
            ("p", "My thanks go to every practitioner."),
            ("p", "Rosalind Amberley"),
            ("p", "Independent Chair"),
            ("h", "Who sits on the board"),
            ("p", "We met six times and our groups met monthly."),
            ("p", "The Board agreed its budget."),
            ("p", "Nothing else was decided."),
        ]
    )
    found = voice_kind(blocks, BOARD)
    assert found is not None and found[0] == "annual_report"


def test_title_words_outrank_the_voice() -> None:
    cover = [BOARD, "Scrutiny: a Review 2019/20"]
    assert decide(cover, BOARDS_OWN, BOARD)[0] == "accountability_report"


def test_nothing_to_decide_is_an_annual_report_at_low_confidence() -> None:
    blocks = _blocks([("h", "Contents"), ("p", "Progress is set out in the table.")])
    kind, reading = decide(COVER, blocks, BOARD)
    assert kind in ("annual_report", "other")
    assert reading.confidence <= 0.5
