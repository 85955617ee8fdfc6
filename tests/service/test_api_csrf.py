"""CSRF on the JSON API: a change made with the browser's session cookie must carry the
page's token in `X-CSRF-Token` (the same per-browser token as the forms); API-token
(bearer) calls and reads need none. Real app, real SQLite, the shared `board`."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.service.conftest import HARROWFIELD, PASSWORD, SMALL_SET, Board

HTML = {"Accept": "text/html"}
NEW_FILE = "2018-19_business_plan.pdf"  # not in the board yet


def signed_in(board: Board, who: str) -> tuple[TestClient, str]:
    """A browser of its own (cookie jar) signed in as `who`, and its page's CSRF token."""
    client = TestClient(board.client.app)
    login = {"email": f"{who}@example.org", "password": PASSWORD}
    assert client.post("/api/session", json=login).status_code == 200
    page = client.get(f"/boards/{board.id}", headers=HTML)
    found = re.search(r'<meta name="csrf-token" content="([^"]+)">', page.text)
    assert page.status_code == 200 and found, page.text[:300]
    return client, found.group(1)


def files(*names: str) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (n, (HARROWFIELD / n).read_bytes(), "application/pdf")) for n in names]


def document_names(board: Board) -> list[str]:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    return sorted(d["label"] for d in docs)


@pytest.fixture(scope="module")
def draft(board: Board) -> dict[str, Any]:
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def row_url(board: Board, draft: dict[str, Any]) -> str:
    return f"/api/boards/{board.id}/drafts/{draft['id']}/rows/0"


def current(board: Board, draft: dict[str, Any]) -> dict[str, Any]:
    url = f"/api/boards/{board.id}/drafts/{draft['id']}"
    data: dict[str, Any] = board.as_("chair", "GET", url).json()
    return data


def assert_refused(response: Any, missing: bool) -> None:
    assert response.status_code == 403, response.text
    body = response.json()
    assert body["error"] == "CsrfRejected"
    assert "X-CSRF-Token" in body["message"]
    assert ("has no X-CSRF-Token header" in body["message"]) is missing


def test_cookie_upload_without_token_is_refused_and_nothing_is_stored(board: Board) -> None:
    client, _ = signed_in(board, "manager")
    before = document_names(board)
    url = f"/api/boards/{board.id}/documents"
    response = client.post(url, files=files(NEW_FILE), headers={"Accept": "application/json"})
    assert_refused(response, missing=True)
    assert 'meta name="csrf-token"' in response.json()["message"]
    assert document_names(board) == before


def test_cookie_change_with_a_wrong_token_is_refused(board: Board, draft: dict[str, Any]) -> None:
    client, _ = signed_in(board, "chair")
    _, elsewhere = signed_in(board, "chair")  # another browser's token: signs another cookie
    before = current(board, draft)
    for wrong in ("forged", elsewhere):
        body = {"status": "delayed", "version": before["version"]}
        response = client.patch(row_url(board, draft), json=body, headers={"X-CSRF-Token": wrong})
        assert_refused(response, missing=False)
    assert current(board, draft)["version"] == before["version"]


@pytest.mark.parametrize(
    ("method", "tail", "body"),
    [
        ("POST", "/drafts", {}),
        ("POST", "/ledger/decisions", {}),
        ("DELETE", "/documents/999999", None),  # 404 if the check were skipped
        ("POST", "/members", {"email": "x@example.org", "role": "chair"}),
    ],
)
def test_every_cookie_change_needs_the_token(
    board: Board, method: str, tail: str, body: dict[str, Any] | None
) -> None:
    client, _ = signed_in(board, "manager")
    response = client.request(method, f"/api/boards/{board.id}{tail}", json=body)
    assert_refused(response, missing=True)


def test_cookie_change_with_the_token_works(board: Board, draft: dict[str, Any]) -> None:
    client, token = signed_in(board, "chair")
    before = current(board, draft)
    body = {"status": "delayed", "version": before["version"]}
    response = client.patch(row_url(board, draft), json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == 200, response.text
    assert current(board, draft)["version"] == before["version"] + 1

    manager, token = signed_in(board, "manager")
    again = manager.post(
        f"/api/boards/{board.id}/documents",
        files=files(SMALL_SET[0]),
        headers={"X-CSRF-Token": token},
    )
    assert again.status_code == 201, again.text
    assert again.json()["documents"][0]["duplicate"] is True


def test_bearer_calls_need_no_token_even_with_a_cookie(board: Board) -> None:
    client, _ = signed_in(board, "manager")
    upload = f"/api/boards/{board.id}/documents"
    bearer = client.post(upload, files=files(SMALL_SET[0]), headers=board.headers("manager"))
    assert bearer.status_code == 201, bearer.text  # cookie and bearer: a bearer call
    created = client.post("/api/tokens", json={"label": "s"}, headers=board.headers("chair"))
    assert created.status_code == 201, created.text
    no_cookie = board.as_("manager", "POST", upload, files=files(SMALL_SET[0]))
    assert no_cookie.status_code == 201, no_cookie.text


def test_a_bad_bearer_token_never_falls_back_to_the_cookie(board: Board) -> None:
    client, token = signed_in(board, "manager")
    bad = {"Authorization": "Bearer cf_wrong", "X-CSRF-Token": token}
    assert client.get("/api/me", headers=bad).status_code == 401


def test_reads_with_the_cookie_need_no_token(board: Board) -> None:
    client, _ = signed_in(board, "manager")
    assert client.get("/api/me").json()["email"] == "manager@example.org"
    assert client.get(f"/api/boards/{board.id}/documents").status_code == 200


def test_signing_in_again_over_a_cookie_needs_no_token(board: Board) -> None:
    client, _ = signed_in(board, "manager")
    login = {"email": "chair@example.org", "password": PASSWORD}
    assert client.post("/api/session", json=login).status_code == 200
    assert client.get("/api/me").json()["email"] == "chair@example.org"


def test_page_forms_still_use_their_field_not_the_header(board: Board) -> None:
    client, token = signed_in(board, "manager")
    form = client.post("/signout", data={"csrf": token}, headers=HTML, follow_redirects=False)
    assert form.status_code == 303


def test_a_script_signed_in_by_cookie_gets_its_token_from_sign_in(board: Board) -> None:
    client = TestClient(board.client.app)
    login = {"email": "manager@example.org", "password": PASSWORD}
    signed = client.post("/api/session", json=login)
    assert signed.status_code == 200 and signed.json()["csrf_token"]
    refused = client.post("/api/tokens", json={"label": "script"})
    assert_refused(refused, missing=True)
    assert "POST /api/session" in refused.json()["message"]
    made = client.post(
        "/api/tokens",
        json={"label": "script"},
        headers={"X-CSRF-Token": signed.json()["csrf_token"]},
    )
    assert made.status_code == 201, made.text
