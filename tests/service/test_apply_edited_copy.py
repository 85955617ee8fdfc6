"""Applying a copy edited in Word, in the real app on Harrowfield's files: the Chair
downloads the draft with its suggestions as tracked changes, rejects one in Word,
rewrites a paragraph and a status, and uploads it: the changes become the draft's,
each a version with who and when. A copy of another period's draft is refused."""

from __future__ import annotations

import io
import re
from typing import Any

import docx
from docx.oxml.ns import qn

from drafting.writers.docx.parts import xml_text
from tests.service.conftest import Board, browser_signed_in

NEW_TEXT = "The partnership agreed its new priorities in the spring."


def _new_draft(board: Board, period: str | None = None) -> dict[str, Any]:
    body = {"period": period} if period else {}
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def _xml_text(paragraph: Any) -> str:
    """The paragraph's text with its tracked insertions (python-docx leaves them out)."""
    return xml_text(paragraph._p).lstrip()


def _upload(board: Board, url: str, data: bytes) -> Any:
    files = [("files", ("edited.docx", data, "application/octet-stream"))]
    return board.as_("chair", "POST", url, files=files)


def test_an_edited_tracked_copy_becomes_the_draft(board: Board) -> None:
    draft = _new_draft(board)
    url = f"/api/boards/{board.id}/drafts/{draft['id']}"
    section = draft["draft"]["sections"][1]
    first = section["paragraphs"][0]["sentences"]
    data = board.as_("chair", "GET", f"{url}/docx?tracked=true").content
    document = docx.Document(io.BytesIO(data))
    assert next(document.element.body.iter(qn("w:ins"))) is not None
    target = next(p for p in document.paragraphs if _xml_text(p).startswith(first[0]["text"][:40]))
    for ins in target._p.findall(qn("w:ins")):  # "Reject" in Word: the insertions go
        target._p.remove(ins)
    target.add_run(NEW_TEXT)
    table = document.tables[-2] if len(document.tables) > 1 else document.tables[0]
    status = next(
        row.cells[2] for row in table.rows if row.cells[2].text.startswith("Update needed")
    )
    status.paragraphs[0].runs[0].text = "Complete"
    out = io.BytesIO()
    document.save(out)

    shown = _upload(board, f"{url}/compare", out.getvalue())
    assert shown.status_code == 200, shown.text
    applied = _upload(board, f"{url}/apply", out.getvalue())
    assert applied.status_code == 200, applied.text
    result = applied.json()
    wheres = [c["where"] for c in result["applied"]]
    assert f"paragraph {section['number']}.1" in wheres
    assert any(w.endswith(": status") for w in wheres)
    now = board.as_("chair", "GET", url).json()
    texts = [s["text"] for s in now["draft"]["sections"][1]["paragraphs"][0]["sentences"]]
    assert texts == [NEW_TEXT]
    mine = next(s for s in now["suggestions"] if s["text"] == NEW_TEXT)
    assert mine["state"] == "written"
    assert "complete" in [r["status"] for r in now["draft"]["rows"]]
    versions = board.as_("chair", "GET", f"{url}/versions").json()
    assert versions[-1]["change"]["action"] == "applied_docx"
    assert versions[-1]["change"]["where"] == "edited.docx"
    assert all(v["by"].startswith("chair") for v in versions[-len(wheres) - 1 :])


def test_a_copy_of_another_periods_draft_is_refused(board: Board) -> None:
    this = _new_draft(board)
    other = _new_draft(board, "2021/22")
    copy = board.as_("chair", "GET", f"/api/boards/{board.id}/drafts/{other['id']}/docx").content
    url = f"/api/boards/{board.id}/drafts/{this['id']}/apply"
    refused = _upload(board, url, copy)
    assert refused.status_code in (400, 422), refused.text
    message = refused.json()["message"]
    assert "draft for 2021/22" in message and this["period"] in message
    after = board.as_("chair", "GET", f"/api/boards/{board.id}/drafts/{this['id']}").json()
    assert after["version"] == this["version"]


def test_the_compare_page_shows_word_level_changes_then_applies(board: Board) -> None:
    draft = _new_draft(board)
    url = f"/api/boards/{board.id}/drafts/{draft['id']}"
    words = draft["draft"]["sections"][0]["paragraphs"][0]["sentences"][0]["text"].split()
    document = docx.Document(io.BytesIO(board.as_("chair", "GET", f"{url}/docx").content))
    target = next(p for p in document.paragraphs if p.text.startswith(" ".join(words[:6])))
    run = next(r for r in target.runs if words[3] in r.text)
    run.text = run.text.replace(words[3], "REVISED", 1)
    out = io.BytesIO()
    document.save(out)
    browser = browser_signed_in(board.client, "chair@example.org")
    page = browser.get(f"/boards/{board.id}/drafts/{draft['id']}", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    files = [("files", ("edited.docx", out.getvalue(), "application/octet-stream"))]
    base = f"/boards/{board.id}/drafts/{draft['id']}"
    same_site = {"Accept": "text/html", "Origin": "http://testserver"}
    shown = browser.post(f"{base}/compare", files=files, headers=same_site)
    assert shown.status_code == 200, shown.text
    assert f"<del>{words[3]}</del>" in shown.text and "<ins>REVISED</ins>" in shown.text
    assert " ".join(words[:3]) in shown.text  # unchanged words shown plainly, not struck
    assert 'id="apply"' in shown.text
    applied = browser.post(f"{base}/apply", files=files, headers=same_site, follow_redirects=False)
    assert applied.status_code == 303, applied.text
    now = board.as_("chair", "GET", url).json()
    assert "REVISED" in now["draft"]["sections"][0]["paragraphs"][0]["sentences"][0]["text"]
