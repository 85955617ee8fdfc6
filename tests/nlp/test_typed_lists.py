"""Headed lists of actions (issue 14): paragraphs with typed labels ("P1.1 …", "2a …",
"1 …") under an intro such as "We will:" are list items when their labels form a
sequence; every listed action carries a Reading naming the list and its heading.
Documents are written by the test with python-docx, in wordings invented for it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx

import nlp
from extract import extract
from extract.model import Paragraph, Source
from nlp.findings.model import Findings
from nlp.findings.plan_lists import typed_items, typed_label


def _plan(path: Path, sections: Sequence[tuple[str, Sequence[str]]], *, title: str) -> Findings:
    document = docx.Document()
    document.add_paragraph("Wexcombe Safeguarding Children Board")
    document.add_paragraph(title)
    document.add_paragraph(
        "The partners agreed these priorities after hearing from families and staff, "
        "and this document sets out the work."
    )
    for heading, lines in sections:
        document.add_heading(heading, 2)
        for line in lines:
            if line.startswith("* "):
                document.add_paragraph(line[2:], style="List Bullet")
            elif line.startswith("# "):
                document.add_paragraph(line[2:], style="List Number")
            else:
                document.add_paragraph(line)
    document.save(str(path))
    return nlp.find(extract(path))


def _actions(found: Findings) -> list[tuple[str | None, str | None, str]]:
    return [(a.priority, a.number, a.text) for a in found.actions]


def test_typed_labels_in_sequence_under_an_intro_are_actions(tmp_path: Path) -> None:
    found = _plan(
        tmp_path / "plan.docx",
        [
            (
                "Priority 1: Safer Journeys",
                [
                    "We will:",
                    "S1.1 Map the routes children take to school with the transport team.",
                    "S1.2 Train bus drivers to spot and report concerns.",
                    "* a short film",
                    "* a pocket card",
                    "S1.3 Hold a summit on safer journeys with young people.",
                    "Lead: S1.1 Travel Officer; S1.2 Training Lead; S1.3 Youth Worker.",
                    "How we will check:",
                    "* Drivers report concerns within a day",
                ],
            ),
            (
                "Priority 2: Online Harm",
                ["We will:", "S2.1 Run sessions for parents on gaming chats."],
            ),
        ],
        title="Business Plan 2030/31",
    )
    assert _actions(found) == [
        ("1", "S1.1", "Map the routes children take to school with the transport team."),
        ("1", "S1.2", "Train bus drivers to spot and report concerns."),
        ("1", "S1.3", "Hold a summit on safer journeys with young people."),
        ("2", "S2.1", "Run sessions for parents on gaming chats."),
    ]
    first, second, third, lone = found.actions
    assert second.items == ("a short film", "a pocket card")
    assert third.items == ()  # the labelled block's bullets are not the last action's
    assert [a.lead for a in (first, second, third)] == [
        "Travel Officer",
        "Training Lead",
        "Youth Worker",
    ]
    assert first.reading is not None
    assert first.reading.cue == (
        "typed labels in sequence ('S1.1') under 'Priority 1: Safer Journeys' heading, "
        "after 'We will:'"
    )
    # a lone label that starts a sequence counts under the intro, less surely
    assert lone.reading is not None and lone.reading.confidence < first.reading.confidence
    assert {a.period for a in found.actions} == {"2030/31"}


def test_letter_and_bare_labels_in_sequence_are_actions(tmp_path: Path) -> None:
    found = _plan(
        tmp_path / "plan.docx",
        [
            (
                "Priority 1: Young Carers",
                ["1a Find young carers through school nurses.", "1b Offer each a named contact."],
            ),
            (
                "Priority 2: Private Fostering",
                ["1 Raise awareness in faith groups.", "2 Check every notification within a week."],
            ),
        ],
        title="Business Plan 2030/31",
    )
    assert [(a.priority, a.number) for a in found.actions] == [
        ("1", "1a"),
        ("1", "1b"),
        ("2", "1"),
        ("2", "2"),
    ]
    assert all(a.reading is not None for a in found.actions)


def test_numbered_lists_get_a_reading_with_their_heading(tmp_path: Path) -> None:
    found = _plan(
        tmp_path / "plan.docx",
        [("Priority 2: Neglect", ["# Adopt one neglect screening tool.", "# Audit cases yearly."])],
        title="Business Plan 2030/31",
    )
    assert len(found.actions) == 2
    reading = found.actions[0].reading
    assert reading is not None
    assert reading.cue == "numbered list under 'Priority 2: Neglect' heading"


def test_typed_numbers_out_of_sequence_are_not_a_list(tmp_path: Path) -> None:
    found = _plan(
        tmp_path / "plan.docx",
        [
            (
                "Priority 1: Safer Journeys",
                [
                    "3 Schools joined the scheme in the first term of the year.",
                    "17 Drivers completed the course before the summer.",
                ],
            )
        ],
        title="Business Plan 2030/31",
    )
    assert found.actions == ()


def test_typed_items_need_a_sequence_or_a_start() -> None:
    def para(text: str) -> Paragraph:
        return Paragraph(None, text, Source("f", "0"))

    blocks = (
        para("2.3 Review the escalation policy."),  # lone, does not start a sequence
        para("Intro line"),
        para("3.1 Extend the panel."),  # lone start: counts (not in sequence)
        para("Intro line"),
        para("1 Bare number alone."),  # lone bare number: never
        para("Intro line"),
        para("4.2 Draft a protocol."),
        para("4.3 Test the protocol."),
        para("5.1 Publish it."),  # a new priority restarts at 1: still the sequence
    )
    found = typed_items(blocks)
    assert sorted(found) == [2, 6, 7, 8]
    assert found[2][0] is False and all(found[i][0] for i in (6, 7, 8))
    assert typed_label("2b Offer a contact.") == ("2b", "Offer a contact.", False)
    assert typed_label("1st April") is None
