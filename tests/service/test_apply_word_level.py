"""An edited copy applied word by word, in the real app on real SQLite with Harrowfield's
files: the Chair changes one word of one sentence, adds a paragraph and deletes
another in Word (python-docx here; once more through LibreOffice's own .docx writer).
The compare shows those three changes, the changed one as words struck and inserted;
applying keeps every other sentence of the edited paragraph (its id and sources), puts
the new paragraph after the one it followed and rejects the deleted paragraph's
sentences, each a version with the Chair's name and the time. In a tracked copy, a
suggestion accepted in Word is accepted, one rejected is rejected, the rest stay
pending."""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from drafting.writers.docx.parts import xml_text
from tests.service.conftest import Board

ADDED = "The partners also agreed a joint training offer for schools this year."
WORD = "REVISED"


def _new_draft(board: Board) -> tuple[str, dict[str, Any]]:
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return f"/api/boards/{board.id}/drafts/{data['id']}", data


def _upload(board: Board, url: str, data: bytes) -> Any:
    files = [("files", ("edited.docx", data, "application/octet-stream"))]
    response = board.as_("chair", "POST", url, files=files)
    assert response.status_code == 200, response.text
    return response.json()


def _multi(draft: dict[str, Any], least: int = 3) -> tuple[int, int]:
    """(section, paragraph) of the first body paragraph of `least` or more sentences,
    each cited."""
    for i, section in enumerate(draft["draft"]["sections"]):
        for j, p in enumerate(section["paragraphs"]):
            cited = [s for s in p["sentences"] if s["cites"]]
            if len(p["sentences"]) >= least and len(cited) == len(p["sentences"]):
                return i, j
    raise AssertionError(f"the draft has no paragraph of {least} cited sentences")


def _text(paragraph: dict[str, Any]) -> str:
    body = " ".join(s["text"] for s in paragraph["sentences"])
    return f"{paragraph['lead']} {body}" if paragraph.get("lead") else body


def _to_delete(draft: dict[str, Any], after: int) -> tuple[int, int]:
    """(section, paragraph) of the first drafted, cited paragraph after section `after`."""
    for i, section in enumerate(draft["draft"]["sections"]):
        for j, p in enumerate(section["paragraphs"]):
            if i > after and p["role"] != "placeholder" and all(s["cites"] for s in p["sentences"]):
                return i, j
    raise AssertionError("no paragraph to delete")


def _docx_paragraph(document: Any, text: str) -> Paragraph:
    return next(p for p in document.paragraphs if text[:50] in _xml_text(p))


def _xml_text(paragraph: Paragraph) -> str:
    """With tracked insertions (python-docx's `text` leaves them out)."""
    return xml_text(paragraph._p)


def _edited_copy(data: bytes, sentences: list[dict[str, Any]], deleted: str) -> bytes:
    """One word of the second sentence changed, a paragraph added after it, `deleted`'s
    paragraph removed."""
    document = docx.Document(io.BytesIO(data))
    target = _docx_paragraph(document, sentences[0]["text"])
    word = sentences[1]["text"].split()[2]
    runs = [Run(r, target) for r in target._p.iter(qn("w:r"))]  # tracked ones too
    run = next(r for r in runs if sentences[1]["text"][:30] in r.text)
    run.text = run.text.replace(f" {word} ", f" {WORD} ", 1)
    added = copy.deepcopy(target._p)
    for child in list(added):
        if child.tag != qn("w:pPr"):
            added.remove(child)
    target._p.addnext(added)
    Paragraph(added, target._parent).add_run(ADDED)
    gone = _docx_paragraph(document, deleted)
    gone._p.getparent().remove(gone._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _libreoffice_round_trip(data: bytes, tmp: Path) -> bytes:
    """`data` opened and saved as .docx by LibreOffice (headless)."""
    src = tmp / "in" / "edited.docx"
    src.parent.mkdir()
    src.write_bytes(data)
    out = tmp / "out"
    profile = tmp / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (out / "edited.docx").read_bytes()


def _check_applied(board: Board, url: str, before: dict[str, Any], copy_bytes: bytes) -> None:
    i, j = _multi(before)
    assert len(before["draft"]["sections"][i]["paragraphs"][j]["sentences"]) >= 3
    sentences = before["draft"]["sections"][i]["paragraphs"][j]["sentences"]
    di, dj = _to_delete(before, i)
    deleted = before["draft"]["sections"][di]["paragraphs"][dj]
    shown = _upload(board, f"{url}/compare", copy_bytes)["changes"]
    assert [c["kind"] for c in shown] == ["changed", "added", "removed"], shown
    changed, added, removed = shown
    word = sentences[1]["text"].split()[2]
    assert changed["before"].replace(f" {word} ", f" {WORD} ", 1) == changed["after"]
    assert added["after"] == ADDED and added["anchor"] == changed["after"]
    assert removed["before"] == _text(deleted)

    result = _upload(board, f"{url}/apply", copy_bytes)
    assert len(result["applied"]) == 3 and result["not_applied"] == []
    now = board.as_("chair", "GET", url).json()
    paragraphs = now["draft"]["sections"][i]["paragraphs"]
    kept = paragraphs[j]["sentences"]
    assert [s["id"] for s in kept[:1] + kept[2:]] == [
        s["id"] for s in sentences[:1] + sentences[2:]
    ]
    assert [s["cites"] for s in kept[2:]] == [s["cites"] for s in sentences[2:]]
    assert kept[1]["kind"] == "written" and f" {WORD} " in kept[1]["text"]
    assert kept[1]["text"] == sentences[1]["text"].replace(f" {word} ", f" {WORD} ", 1)
    assert paragraphs[j + 1]["role"] == "written"
    assert [s["text"] for s in paragraphs[j + 1]["sentences"]] == [ADDED]
    left = now["draft"]["sections"][di]["paragraphs"]
    assert all(p["sentences"][0]["id"] != deleted["sentences"][0]["id"] for p in left)
    states = {s["id"]: s["state"] for s in now["suggestions"]}
    assert {states[s["id"]] for s in deleted["sentences"]} == {"rejected"}
    versions = board.as_("chair", "GET", f"{url}/versions").json()
    made = versions[-4:]
    assert [v["change"]["action"] for v in made] == [
        "edit_section",
        "add_paragraph",
        "remove_paragraph",
        "applied_docx",
    ]
    assert all(v["by"].startswith("chair") and v["at"] for v in made)
    assert made[0]["change"]["before"] == changed["before"]
    assert made[1]["change"]["after"] == ADDED


def _edited_draft(board: Board) -> tuple[str, dict[str, Any], bytes]:
    """A new draft, its state, and its .docx edited by the Chair (`_edited_copy`)."""
    url, before = _new_draft(board)
    i, j = _multi(before)
    paragraphs = before["draft"]["sections"][i]["paragraphs"]
    di, dj = _to_delete(before, i)
    deleted = _text(before["draft"]["sections"][di]["paragraphs"][dj])
    data = board.as_("chair", "GET", f"{url}/docx").content
    return url, before, _edited_copy(data, paragraphs[j]["sentences"], deleted)


def test_an_edited_copy_is_applied_word_by_word(board: Board) -> None:
    url, before, edited = _edited_draft(board)
    _check_applied(board, url, before, edited)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_copy_saved_by_libreoffice_is_applied_the_same(board: Board, tmp_path: Path) -> None:
    url, before, edited = _edited_draft(board)
    _check_applied(board, url, before, _libreoffice_round_trip(edited, tmp_path))


def test_tracked_suggestions_accepted_and_rejected_in_word_become_verdicts(board: Board) -> None:
    url, before = _new_draft(board)
    i, j = _multi(before)
    sentences = before["draft"]["sections"][i]["paragraphs"][j]["sentences"]
    document = docx.Document(
        io.BytesIO(board.as_("chair", "GET", f"{url}/docx?tracked=true").content)
    )
    target = _docx_paragraph(document, sentences[0]["text"])
    accepted, rejected = target._p.findall(qn("w:ins"))[:2]
    for child in list(accepted):  # Word's "Accept": the runs stay, no longer tracked
        accepted.addprevious(child)
    accepted.getparent().remove(accepted)
    rejected.getparent().remove(rejected)  # Word's "Reject": the inserted words go
    out = io.BytesIO()
    document.save(out)

    shown = _upload(board, f"{url}/compare", out.getvalue())["changes"]
    assert [c["kind"] for c in shown] == ["changed"]
    result = _upload(board, f"{url}/apply", out.getvalue())
    assert result["accepted"] == [sentences[0]["id"]]
    states = {s["id"]: s["state"] for s in board.as_("chair", "GET", url).json()["suggestions"]}
    assert states[sentences[0]["id"]] == "accepted"
    assert states[sentences[1]["id"]] == "rejected"
    assert {states[s["id"]] for s in sentences[2:]} == {"pending"}
    pending = [s for s in before["suggestions"] if s["state"] == "pending"]
    assert sum(states[s["id"]] == "pending" for s in pending) == len(pending) - 2
    last = board.as_("chair", "GET", f"{url}/versions").json()[-3:]
    assert [v["change"]["action"] for v in last] == [
        "edit_section",
        "accepted_in_word",
        "applied_docx",
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_another_periods_copy_saved_by_libreoffice_is_refused(board: Board, tmp_path: Path) -> None:
    url, this = _new_draft(board)
    other = board.as_(
        "manager", "POST", f"/api/boards/{board.id}/drafts", json={"period": "2022/23"}
    )
    assert other.status_code == 201, other.text
    data = board.as_("chair", "GET", f"/api/boards/{board.id}/drafts/{other.json()['id']}/docx")
    saved = _libreoffice_round_trip(data.content, tmp_path)
    for step in ("compare", "apply"):
        files = [("files", ("edited.docx", saved, "application/octet-stream"))]
        refused = board.as_("chair", "POST", f"{url}/{step}", files=files)
        assert refused.status_code in (400, 422), refused.text
        message = refused.json()["message"]
        assert "draft for 2022/23" in message and this["period"] in message
    assert board.as_("chair", "GET", url).json()["version"] == this["version"]
