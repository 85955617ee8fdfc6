"""Sign-in, tokens, link decisions that survive rebuilds, page images, error shape."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from tests.service.conftest import PASSWORD, Board


def test_sign_in_sets_a_session_cookie(board: Board) -> None:
    client = board.client
    bad = client.post("/api/session", json={"email": "chair@example.org", "password": "nope"})
    assert bad.status_code == 401 and bad.json()["error"] == "Unauthorized"
    ok = client.post("/api/session", json={"email": "chair@example.org", "password": PASSWORD})
    assert ok.status_code == 200
    assert ok.json()["boards"] == [{"id": board.id, "name": "Harrowfield", "role": "chair"}]
    assert client.get("/api/me").json()["email"] == "chair@example.org"
    client.delete("/api/session")
    client.cookies.clear()
    assert client.get("/api/me").status_code == 401


def test_tokens_are_stored_hashed(board: Board) -> None:
    token = board.as_("chair", "POST", "/api/tokens", json={"label": "script"}).json()["token"]
    assert board.client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).is_success
    services = board.client.app.state.services  # type: ignore[attr-defined]
    raw = services.settings.data_dir / "carryforward.db"
    assert token.encode() not in raw.read_bytes()
    wrong = board.client.get("/api/me", headers={"Authorization": "Bearer cf_wrong"})
    assert wrong.status_code == 401


def _plan_and_report(board: Board) -> tuple[dict[str, Any], dict[str, Any]]:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    base = f"/api/boards/{board.id}/documents"
    found = {
        d["format"]: board.as_("manager", "GET", f"{base}/{d['id']}/findings").json() for d in docs
    }
    return found["docx"], found["pdf"]


def test_link_decision_survives_rebuild(board: Board) -> None:
    plan, report = _plan_and_report(board)
    ledger = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger").json()
    action, row = plan["actions"][0]["id"], report["progress"][-1]["id"]
    body = {"op": "add", "from": action, "to": row, "kind": "reported_by", "note": "checked"}
    added = board.as_("manager", "POST", f"/api/boards/{board.id}/ledger/decisions", json=body)
    assert added.status_code == 201, added.text
    rebuilt = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger").json()
    assert rebuilt["revision"] > ledger["revision"]
    decided = [lk for lk in rebuilt["links"] if lk["decided_by"] == "manager@example.org"]
    assert [(lk["from"], lk["to"]) for lk in decided] == [(action, row)]
    listed = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger/decisions").json()
    assert listed[-1]["note"] == "checked"
    bad = dict(body, to="no-such-id")
    refused = board.as_("manager", "POST", f"/api/boards/{board.id}/ledger/decisions", json=bad)
    assert refused.status_code == 400 and "no-such-id" in refused.json()["message"]


def test_page_image_highlights_the_item(board: Board) -> None:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    pdf = next(d for d in docs if d["format"] == "pdf")
    _, report = _plan_and_report(board)
    item = report["progress"][0]
    page = item["source"]["page"]
    base = f"/api/boards/{board.id}/documents/{pdf['id']}/pages/{page}.png"
    plain = board.as_("manager", "GET", base, params={"resolution": 50})
    marked = board.as_("manager", "GET", base, params={"resolution": 50, "item": item["id"]})
    assert plain.status_code == marked.status_code == 200, marked.text
    assert marked.headers["content-type"] == "image/png"
    a = Image.open(io.BytesIO(plain.content)).convert("RGB")
    b = Image.open(io.BytesIO(marked.content)).convert("RGB")
    assert a.size == b.size and a.tobytes() != b.tobytes()
    missing = board.as_("manager", "GET", base.replace(f"/{page}.png", "/99.png"))
    assert missing.status_code == 404


def test_errors_have_one_shape(board: Board) -> None:
    for response in (
        board.client.get("/api/boards"),
        board.as_("manager", "GET", "/api/boards/1/documents/abc"),
        board.as_("manager", "GET", "/api/nothing-here"),
        board.as_("manager", "POST", f"/api/boards/{board.id}/documents", content=b"x"),
    ):
        body = response.json()
        assert set(body) >= {"error", "stage", "message", "file", "page"}, body
        assert response.status_code in (400, 401, 404, 422)
        assert body["message"]
