"""Readings that do without our title, priority and board words (issue 14, readers).

The files are dev boards 20–22 of the generator (`vocab_dev.DEV_PLAIN`): titles,
headings and lead-ins with no kind noun and no priority word, keyword-less board names
with acronym-only running headers. The expected values are the generator's own
(`truth.json`). The people sentences are written here, with a surname no gazetteer
holds, and were checked by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlp
from extract import extract
from extract.model import Paragraph, Source
from nlp.findings.people import find_people

DEV = Path(__file__).resolve().parents[2] / "corpora" / "variants" / "dev"
BOARDS = ("wrenfold-hythe", "quillbrook", "sedgecombe-rise")


def _files() -> list[tuple[Path, dict]]:
    out = []
    for board in BOARDS:
        truth = json.loads((DEV / board / "truth.json").read_text(encoding="utf-8"))
        for entry in truth["documents"]:
            out.append((DEV / board / entry["file"], truth | {"entry": entry}))
    return out


FILES = _files()


@pytest.mark.parametrize(
    ("path", "truth"), FILES, ids=[f"{p.parent.name}/{p.name}" for p, _ in FILES]
)
def test_kind_period_board_and_priorities_without_our_words(path: Path, truth: dict) -> None:
    found = nlp.find(extract(path))
    entry = truth["entry"]
    assert found.document.kind == entry["kind"], found.document.kind_reading
    assert found.document.board == truth["board"], found.document.board_reading
    want = {p["title"] for p in truth["priorities"] if p["doc"] == entry["doc"]}
    assert {p.title for p in found.priorities} == want
    assert all(p.reading is not None for p in found.priorities)


PLANS = [p for p, t in FILES if t["entry"]["kind"] == "business_plan"]


@pytest.mark.parametrize("path", PLANS, ids=[f"{p.parent.name}/{p.name}" for p in PLANS])
def test_a_plan_titled_without_a_kind_noun_is_read_from_its_content(path: Path) -> None:
    reading = nlp.find(extract(path)).document.kind_reading
    assert reading is not None and reading.cue.startswith("content: ")
    assert 0.5 <= reading.confidence < 0.9


SRC = Source("t.docx", "0")
SENTENCES = [
    ("Ozren Quaglia has been Chief Nurse since May.", "Chief Nurse"),
    ("Ozren Quaglia stood down as Chief Nurse in May.", "Chief Nurse"),
    ("Ozren Quaglia succeeded Tamsin Orrell as Head of Housing.", "Head of Housing"),
    ("Ozren Quaglia was confirmed as Independent Chair in March.", "Independent Chair"),
    (
        "Ozren Quaglia took over as Designated Doctor at Fenmoor Council in May.",
        "Designated Doctor",
    ),
    (
        "Ozren Quaglia, who is Designated Doctor at Fenmoor Trust, led the audit.",
        "Designated Doctor",
    ),
]


@pytest.mark.parametrize(("sentence", "role"), SENTENCES)
def test_people_from_a_verb_and_a_role(sentence: str, role: str) -> None:
    people = find_people((Paragraph(None, sentence, SRC),))
    assert [(p.name, p.role) for p in people] == [("Ozren Quaglia", role)]


def test_no_person_without_a_role_or_known_name() -> None:
    people = find_people(
        (Paragraph(None, "Ozren Quaglia now chairs the board for partners.", SRC),)
    )
    assert people == ()
