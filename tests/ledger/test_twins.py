"""A PDF and Word copy of one document are one document even when nothing was found
in them: twins by the whole text's sketch, not only by findings (issue 14). Documents
built here with python-docx; wordings invented for this test."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx

import nlp
from extract import extract
from nlp.findings.model import Findings
from nlp.ledger.dedupe import dedupe

_TEXT = [
    "Thornbeck Safeguarding Adults Board",
    "Yearly Review 2020/21",
    "The board met five times this year and heard from people who use services.",
    "Our work on self-neglect brought housing and health staff together every month.",
    "Next year we will look again at how carers are told about safeguarding enquiries.",
]


def _write(path: Path, lines: list[str]) -> Findings:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    found = nlp.find(extract(path))
    # nothing found in it: only its text can say it is a copy
    return dataclasses.replace(found, sections=(), priorities=(), actions=(), progress=())


def test_copies_with_nothing_found_are_one_document(tmp_path: Path) -> None:
    a = _write(tmp_path / "review.docx", _TEXT)
    b = _write(tmp_path / "review-copy.docx", [*_TEXT, "Page 1 of 1"])
    assert a.document.sha256 != b.document.sha256 and a.document.text_sketch
    kept, notes = dedupe([a, b])
    assert len(kept) == 1 and len(notes) == 1


def test_other_documents_of_the_same_year_stay_two(tmp_path: Path) -> None:
    a = _write(tmp_path / "review.docx", _TEXT)
    other = [
        *_TEXT[:2],
        "A different year's story: the board held a conference on financial abuse.",
        "Trading standards officers trained bank staff to notice scams aimed at older people.",
        "Two reviews were published and their learning shared with every partner.",
    ]
    b = _write(tmp_path / "other.docx", other)
    kept, notes = dedupe([a, b])
    assert len(kept) == 2 and not notes
