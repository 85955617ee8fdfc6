"""The manager's path: upload → done → findings → ledger → draft → download."""

from __future__ import annotations

import io

import docx

from tests.service.conftest import SMALL_SET, Board, upload


def test_documents_are_read_and_listed(board: Board) -> None:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    assert [d["label"] for d in docs] == list(SMALL_SET)
    assert {d["status"] for d in docs} == {"done"}
    assert {d["format"] for d in docs} == {"pdf", "docx"}


def test_duplicate_upload_is_recognised(board: Board) -> None:
    response = upload(board, SMALL_SET[:1])
    assert response.status_code == 201
    (doc,) = response.json()["documents"]
    assert doc["duplicate"] is True and doc["status"] == "done"
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    assert len(docs) == len(SMALL_SET)


def test_findings_follow_the_contract(board: Board) -> None:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    plan = next(d for d in docs if d["format"] == "docx")
    findings = board.as_(
        "manager", "GET", f"/api/boards/{board.id}/documents/{plan['id']}/findings"
    ).json()
    assert set(findings) >= {"document", "sections", "priorities", "actions", "progress", "people"}
    assert findings["document"]["kind"] == "business_plan"
    assert len(findings["actions"]) >= 10
    assert findings["actions"][0]["source"]["file"] == plan["label"]


def test_ledger_links_the_board(board: Board) -> None:
    ledger = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger").json()
    assert len(ledger["documents"]) == 2
    assert any(link["kind"] == "reported_by" for link in ledger["links"]) or ledger["gaps"]
    again = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger").json()
    assert again == ledger


def test_draft_is_generated_and_downloaded(board: Board) -> None:
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert response.status_code == 201, response.text
    draft = response.json()
    assert draft["period"] == "2020/21" and draft["version"] == 1
    assert draft["draft"]["rows"] and draft["suggestions"]
    got = board.as_("manager", "GET", f"/api/boards/{board.id}/drafts/{draft['id']}/docx")
    assert got.status_code == 200
    assert got.headers["content-type"].startswith("application/vnd.openxmlformats")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(got.content)).paragraphs)
    assert draft["title"] in text


def test_chair_cannot_upload(board: Board) -> None:
    response = upload(board, SMALL_SET[:1], who="chair")
    assert response.status_code == 403
    assert "chair" in response.json()["message"]
