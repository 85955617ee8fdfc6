"""The tracked-changes round trip, in the real app on real SQLite with Harrowfield's
files: the copy downloaded with its suggestions tracked says so only in a document
variable (its subject and other visible properties name the report alone); the Chair
accepts and rejects suggestions in Word (the XML edits Word makes) and uploads it, and
the draft follows: each accepted one accepted, each rejected one rejected, each left
undecided still pending, with who and when. Deciding every one in Word leaves no
tracked change in the file, and the copy is still known for what it is."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from docx.oxml.ns import qn

from drafting.writers.docx.comments import AUTHOR, TRACKED_SUBJECT
from drafting.writers.docx.parts import xml_text
from tests.drafting import word_edits as edit
from tests.service.conftest import Board


def _text(insertion: Any) -> str:
    return xml_text(insertion).strip()


def _states(board: Board, url: str) -> dict[str, str]:
    now = board.as_("chair", "GET", url).json()
    return {s["text"]: s["state"] for s in now["suggestions"]}


def test_the_tracked_copy_is_marked_out_of_sight(board: Board) -> None:
    url, _draft_json = board.new_draft()
    data = board.as_("chair", "GET", f"{url}/docx?tracked=true").content
    package = zipfile.ZipFile(io.BytesIO(data))
    assert TRACKED_SUBJECT.encode() not in package.read("docProps/core.xml")
    assert b'w:name="CarryforwardCopy"' in package.read("word/settings.xml")
    plain = board.as_("chair", "GET", f"{url}/docx").content
    assert b"CarryforwardCopy" not in zipfile.ZipFile(io.BytesIO(plain)).read("word/settings.xml")


@pytest.mark.parametrize("leave", [0, 2], ids=["every-one-decided", "two-left"])
def test_accepted_and_rejected_in_word_become_the_drafts(board: Board, leave: int) -> None:
    url, _draft_json = board.new_draft()
    before = _states(board, url)
    data = board.as_("chair", "GET", f"{url}/docx?tracked=true").content
    document = edit.opened(data)
    tracked = [
        e for e in document.element.body.iter(qn("w:ins")) if e.get(qn("w:author")) == AUTHOR
    ]
    assert len(tracked) > 6
    rejected = [_text(e) for e in tracked[1:4:2]]  # the second and the fourth
    left = [_text(e) for e in tracked[len(tracked) - leave :]]
    accepted = [_text(e) for e in tracked if _text(e) not in rejected + left]
    for e in tracked:
        if _text(e) in rejected:
            edit.reject(e)
        elif _text(e) in accepted:
            edit.accept(e)
    edited = edit.saved(document)
    still = list(edit.opened(edited).element.body.iter(qn("w:ins")))
    assert len(still) == leave

    result = board.send_copy(f"{url}/apply", edited, "tracked.docx")
    assert result["not_applied"] == []
    states = _states(board, url)
    assert {states[t] for t in accepted} == {"accepted"}
    assert {states[t] for t in rejected} == {"rejected"}
    assert {states[t] for t in left} <= {"pending"}
    assert {t for t, s in before.items() if s == "pending"} >= set(accepted + rejected + left)
    versions = board.as_("chair", "GET", f"{url}/versions").json()
    mine = [v for v in versions if v["change"]["action"] == "accepted_in_word"]
    assert len(mine) == 1 and mine[0]["by"].startswith("chair")
    assert len(mine[0]["change"]["ids"]) == len(accepted)
