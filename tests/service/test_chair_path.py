"""The chair's path: edit a section and an appendix row, accept and reject
suggestions, approve; an approved draft is frozen. Every change is a version."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest

from tests.service.conftest import HARROWFIELD, Board


@pytest.fixture(scope="module")
def draft(board: Board) -> dict[str, Any]:
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert response.status_code == 201
    data: dict[str, Any] = response.json()
    return data


def url(board: Board, draft: dict[str, Any], tail: str = "") -> str:
    return f"/api/boards/{board.id}/drafts/{draft['id']}{tail}"


def test_chair_edits_reviews_and_approves(board: Board, draft: dict[str, Any]) -> None:
    edited = board.as_(
        "chair",
        "PATCH",
        url(board, draft, "/sections/0"),
        json={"paragraph": 0, "text": "The Chair's own opening words.", "version": 1},
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["version"] == 2
    section = edited.json()["draft"]["sections"][0]
    assert section["paragraphs"][0]["sentences"][0]["text"] == "The Chair's own opening words."

    row = board.as_(
        "chair",
        "PATCH",
        url(board, draft, "/rows/0"),
        json={"update": "Done and evaluated.", "status": "complete"},
    ).json()
    assert row["draft"]["rows"][0]["status"] == "complete"

    pending = [s for s in row["suggestions"] if s["state"] == "pending"]
    rejected, accepted = pending[-1], pending[-2]
    after = board.as_("chair", "POST", url(board, draft, f"/suggestions/{accepted['id']}/accept"))
    assert after.status_code == 200
    after = board.as_("chair", "POST", url(board, draft, f"/suggestions/{rejected['id']}/reject"))
    texts = [s["text"] for r in after.json()["draft"]["rows"] for s in r["update"]]
    assert rejected["text"] not in texts or texts.count(rejected["text"]) < sum(
        1 for s in row["draft"]["rows"] for t in s["update"] if t["text"] == rejected["text"]
    )

    approved = board.as_("chair", "POST", url(board, draft, "/approve"))
    assert approved.status_code == 200 and approved.json()["status"] == "approved"

    versions = board.as_("chair", "GET", url(board, draft, "/versions")).json()
    assert [v["change"]["action"] for v in versions] == [
        "generated",
        "edit_section",
        "edit_row",
        "accepted",
        "rejected",
        "approved",
    ]
    assert versions[1]["by"] == "chair@example.org"
    assert versions[1]["change"]["after"] == "The Chair's own opening words."
    assert versions[0]["by"] == "manager@example.org"


def test_approved_draft_is_frozen(board: Board, draft: dict[str, Any]) -> None:
    before = board.as_("chair", "GET", url(board, draft)).json()
    assert before["status"] == "approved"
    for method, tail, body in (
        ("PATCH", "/sections/0", {"paragraph": 0, "text": "too late"}),
        ("PATCH", "/rows/0", {"status": "delayed"}),
        ("POST", "/approve", None),
        ("POST", f"/suggestions/{before['suggestions'][0]['id']}/accept", None),
    ):
        response = board.as_("chair", method, url(board, draft, tail), json=body)
        assert response.status_code == 409, (tail, response.text)
        assert "approved" in response.json()["message"]
    assert board.as_("chair", "GET", url(board, draft)).json() == before


def test_download_and_compare_an_edited_docx(board: Board, draft: dict[str, Any]) -> None:
    got = board.as_("chair", "GET", url(board, draft, "/docx"))
    document = docx.Document(io.BytesIO(got.content))
    paragraph = next(p for p in document.paragraphs if "opening words" in p.text)
    paragraph.runs[0].text = paragraph.runs[0].text.replace("opening", "closing")
    for run in paragraph.runs[1:]:
        run.text = run.text.replace("opening", "closing")
    out = io.BytesIO()
    document.save(out)
    files = [("files", ("edited.docx", out.getvalue(), "application/octet-stream"))]
    response = board.as_("chair", "POST", url(board, draft, "/compare"), files=files)
    assert response.status_code == 200, response.text
    changes = response.json()["changes"]
    assert any("closing" in (c["after"] or "") for c in changes), changes


def test_compare_refuses_a_docx_that_is_not_this_draft(board: Board, draft: dict[str, Any]) -> None:
    plan = HARROWFIELD / "2019-20_business_plan.docx"
    files = [("files", (plan.name, plan.read_bytes(), "application/octet-stream"))]
    response = board.as_("chair", "POST", url(board, draft, "/compare"), files=files)
    assert response.status_code == 422, response.text
    message = response.json()["message"]
    assert "does not look like a version of this draft" in message and plan.name in message


def test_stale_version_is_a_conflict(board: Board) -> None:
    fresh = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    first = board.as_(
        "chair", "PATCH", url(board, fresh, "/rows/1"), json={"status": "delayed", "version": 1}
    )
    assert first.status_code == 200
    second = board.as_(
        "chair", "PATCH", url(board, fresh, "/rows/1"), json={"status": "planned", "version": 1}
    )
    assert second.status_code == 409
    assert "version 2" in second.json()["message"]


def test_manager_cannot_approve(board: Board) -> None:
    fresh = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    response = board.as_("manager", "POST", url(board, fresh, "/approve"))
    assert response.status_code == 403
    assert response.json()["error"] == "Forbidden"


def _placed_sentences(draft: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(section, paragraph, id) of every drafted sentence in the body but placeholders."""
    return [
        (i, j, s["id"])
        for i, section in enumerate(draft["sections"])
        for j, p in enumerate(section["paragraphs"])
        for s in p["sentences"]
        if s["kind"] != "placeholder"
    ]


def test_two_tabs_may_decide_different_sentences_also_after_an_edit(board: Board) -> None:
    """Sentences are named by id, not position: a verdict from a tab opened before an
    edit still reaches its sentence, unless the edit replaced that sentence (409)."""
    fresh = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    placed = _placed_sentences(fresh["draft"])
    (i, j, edited), (_, _, kept) = placed[0], next(p for p in placed if p[:2] != placed[0][:2])
    seen = fresh["version"]  # both tabs loaded this version
    first = board.as_(
        "chair", "POST", url(board, fresh, f"/suggestions/{kept}/reject"), json={"version": seen}
    )
    assert first.status_code == 200, first.text
    same = board.as_(
        "chair", "POST", url(board, fresh, f"/suggestions/{kept}/accept"), json={"version": seen}
    )
    assert same.status_code == 409  # would silently reverse the other tab's reject
    edit = {"paragraph": j, "text": "Rewritten.", "version": first.json()["version"]}
    done = board.as_("chair", "PATCH", url(board, fresh, f"/sections/{i}"), json=edit)
    assert done.status_code == 200, done.text
    states = {s["id"]: s["state"] for s in done.json()["suggestions"]}
    assert states[kept] == "rejected" and edited not in states  # nothing shifted
    others = [sid for _, _, sid in _placed_sentences(done.json()["draft"])]
    elsewhere = next(sid for sid in others if sid != kept and states[sid] == "pending")
    late = board.as_(
        "chair",
        "POST",
        url(board, fresh, f"/suggestions/{elsewhere}/accept"),
        json={"version": seen},
    )
    assert late.status_code == 200, late.text  # the edit was elsewhere
    states = {s["id"]: s["state"] for s in late.json()["suggestions"]}
    assert (states[kept], states[elsewhere]) == ("rejected", "accepted")
    gone = board.as_(
        "chair", "POST", url(board, fresh, f"/suggestions/{edited}/accept"), json={"version": seen}
    )
    assert gone.status_code == 409 and "reload" in gone.json()["message"]


def test_manager_edits_chair_approves_and_reopens(board: Board) -> None:
    """Roles (issue 17): the business manager edits, only the Chair approves and
    reopens an approved draft; the reopening is in the history with who and when, and
    the draft can be edited again."""
    fresh = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    edit = {"paragraph": 0, "text": "Written by the business manager."}
    edited = board.as_("manager", "PATCH", url(board, fresh, "/sections/0"), json=edit)
    assert edited.status_code == 200, edited.text
    assert board.as_("manager", "POST", url(board, fresh, "/reopen")).status_code == 403
    not_yet = board.as_("chair", "POST", url(board, fresh, "/reopen"))
    assert not_yet.status_code == 409 and "not approved" in not_yet.json()["message"]
    assert board.as_("chair", "POST", url(board, fresh, "/approve")).status_code == 200
    refused = board.as_("manager", "POST", url(board, fresh, "/reopen"))
    assert refused.status_code == 403 and "reopen" in refused.json()["message"]
    reopened = board.as_("chair", "POST", url(board, fresh, "/reopen"), json={"version": 3})
    assert reopened.status_code == 200, reopened.text
    assert reopened.json()["status"] == "draft"
    history = board.as_("manager", "GET", url(board, fresh, "/versions")).json()
    assert [v["change"]["action"] for v in history][-3:] == ["edit_section", "approved", "reopened"]
    assert history[-1]["by"] == "chair@example.org" and history[-1]["change"]["approved"]
    again = board.as_(
        "manager", "PATCH", url(board, fresh, "/sections/0"), json=edit | {"text": "Again."}
    )
    assert again.status_code == 200, again.text
    sentence = again.json()["draft"]["sections"][0]["paragraphs"][0]["sentences"][0]
    assert sentence["text"] == "Again."


def test_reopen_through_the_page(board: Board) -> None:
    from tests.service.conftest import browser_signed_in

    fresh = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    assert board.as_("chair", "POST", url(board, fresh, "/approve")).status_code == 200
    browser = browser_signed_in(board.client, "chair@example.org")
    page = f"/boards/{board.id}/drafts/{fresh['id']}"
    html = browser.get(page, headers={"Accept": "text/html"}).text
    assert "Reopen for edits" in html
    token = html.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    done = browser.post(
        f"{page}/reopen",
        data={"csrf": token, "version": "2"},
        headers={"Accept": "text/html"},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    assert board.as_("chair", "GET", url(board, fresh)).json()["status"] == "draft"
    assert "Reopen for edits" not in browser.get(page, headers={"Accept": "text/html"}).text
