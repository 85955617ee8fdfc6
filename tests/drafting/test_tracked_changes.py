"""Suggestions exported as tracked changes: Harrowfield's 2020/21 draft through the real
pipeline, every pending sentence a `w:ins` authored by the tool; a Chair's accept and
reject in Word (the OOXML edits Word makes: unwrap the insertion, or drop it) read back
as the text she kept; LibreOffice opens the file."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from drafting.build import build_draft
from drafting.compare import compare, read_draft
from drafting.model import Draft
from drafting.writers.docx.parts import xml_text
from drafting.writers.docx.write import write_docx
from tests.drafting.docx_check import libreoffice_text
from tests.drafting.pipeline import board_run


@pytest.fixture(scope="module")
def draft() -> Draft:
    ledger, _docs = board_run("harrowfield")
    return build_draft(ledger, date="2020-07-01")


def _body_sentences(draft: Draft, section: int) -> list[tuple[str, str]]:
    return [(s.id, s.text) for p in draft.sections[section].paragraphs for s in p.sentences]


def _insertions(data: bytes) -> list[tuple[str, str, str]]:
    body = docx.Document(io.BytesIO(data)).element.body
    return [
        (e.get(qn("w:author")), e.get(qn("w:date")), xml_text(e)) for e in body.iter(qn("w:ins"))
    ]


def test_pending_sentences_are_insertions_by_the_tool(draft: Draft) -> None:
    section = _body_sentences(draft, 1)  # Introduction: last year's prose carried forward
    tracked = frozenset(sid for sid, _t in section[:3])
    data = write_docx(draft, tracked=tracked)
    found = _insertions(data)
    assert [t.strip() for _a, _d, t in found] == [t for _sid, t in section[:3]]
    assert {(a, d) for a, d, _t in found} == {("Carryforward", "2020-07-01T00:00:00Z")}
    ids = [
        e.get(qn("w:id")) for e in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:ins"))
    ]
    assert len(set(ids)) == len(ids)
    assert _insertions(write_docx(draft)) == []  # untracked by default


def test_accept_and_reject_in_word_read_back_as_the_text_kept(draft: Draft) -> None:
    section = _body_sentences(draft, 1)
    tracked = frozenset(sid for sid, _t in section[:2])
    data = write_docx(draft, tracked=tracked)
    document = docx.Document(io.BytesIO(data))
    accepted, rejected = list(document.element.body.iter(qn("w:ins")))[:2]
    for child in list(accepted):  # Word's "Accept": the insertion's runs stay, unwrapped
        accepted.addprevious(child)
    accepted.getparent().remove(accepted)
    rejected.getparent().remove(rejected)  # Word's "Reject": the inserted runs go
    out = io.BytesIO()
    document.save(out)
    changes = compare(read_draft(data), read_draft(out.getvalue()))
    # 2.1 (its one sentence accepted) reads as before; 2.2 lost its rejected sentence
    assert [c.where for c in changes] == ["paragraph 2.2"]
    assert section[1][1] in changes[0].before and section[1][1] not in changes[0].after
    assert changes[0].after == section[2][1]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_tracked_copy_opens_in_libreoffice(draft: Draft, tmp_path: Path) -> None:
    ids = frozenset(sid for sid, _t in _body_sentences(draft, 1))
    text = libreoffice_text(write_docx(draft, tracked=ids), tmp_path, "tracked")
    assert _body_sentences(draft, 1)[0][1] in text
