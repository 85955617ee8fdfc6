"""Board isolation for every route: walk the OpenAPI document and call each route
that takes ids with another board's ids; every one answers 404, exactly like an id
that does not exist."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.service.conftest import SMALL_SET, Board, upload, wait_done

BODIES: dict[tuple[str, str], Any] = {
    ("patch", "sections"): {"paragraph": 0, "text": "changed"},
    ("patch", "rows"): {"update": "changed"},
    ("post", "decisions"): {"op": "confirm", "from": "x", "to": "y", "kind": "same"},
    ("post", "drafts"): {},
    ("post", "corrections"): {"kind": "document_board", "value": "Another Board"},
    ("post", "members"): {"email": "new@example.org", "role": "chair", "password": "x" * 12},
}


@pytest.fixture(scope="module")
def other_ids(board: Board) -> dict[str, Any]:
    """The other board, with documents, findings and a draft of its own."""
    response = upload(board, SMALL_SET, who="other")
    assert response.status_code == 201
    ids = [d["id"] for d in response.json()["documents"]]
    wait = Board(board.client, board.other_id, board.id, {"manager": board.tokens["other"]})
    assert all(d["status"] == "done" for d in wait_done(wait, ids))
    draft = board.as_("other", "POST", f"/api/boards/{board.other_id}/drafts", json={}).json()
    pdf = next(i for i in ids if i != ids[-1])
    findings = board.as_(
        "other", "GET", f"/api/boards/{board.other_id}/documents/{ids[-1]}/findings"
    ).json()
    return {
        "board_id": board.other_id,
        "document_id": pdf,
        "draft_id": draft["id"],
        "page": 1,
        "index": 0,
        "number": 1,
        "suggestion": draft["suggestions"][0]["id"],
        "verdict": "accept",
        "item": findings["actions"][0]["id"],
        "uid": "c-0000000000000000",
    }


def routes(board: Board) -> list[tuple[str, str]]:
    spec = board.client.get("/openapi.json").json()
    out = []
    for path, methods in spec["paths"].items():
        if "{board_id}" in path:
            out.extend((method, path) for method in methods)
    return out


def call(board: Board, method: str, path: str, ids: dict[str, Any], who: str = "manager") -> Any:
    url = re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), path)
    last = [p for p in path.split("/") if p and not p.startswith("{")][-1]
    kwargs: dict[str, Any] = {}
    if (method, last) in BODIES:
        kwargs["json"] = BODIES[(method, last)]
    elif method == "post" and last in ("documents", "compare"):
        kwargs["files"] = [("files", ("x.docx", b"PK\x03\x04 not really", "application/zip"))]
    return board.as_(who, method.upper(), url, **kwargs)


def test_every_route_is_walked(board: Board) -> None:
    found = routes(board)
    assert len(found) >= 20, found


@pytest.mark.parametrize("who", ["manager", "chair"])
def test_other_boards_ids_answer_404(board: Board, other_ids: dict[str, Any], who: str) -> None:
    for method, path in routes(board):
        response = call(board, method, path, other_ids, who)
        assert response.status_code == 404, (method, path, response.text)
        assert response.json()["error"] == "NotFound"


@pytest.mark.parametrize("who", ["manager", "chair"])
def test_other_boards_item_ids_in_own_board_answer_404(
    board: Board, other_ids: dict[str, Any], who: str
) -> None:
    ids = dict(other_ids, board_id=board.id)
    for method, path in routes(board):
        if not re.search(r"\{(document_id|draft_id)\}", path):
            continue
        response = call(board, method, path, ids, who)
        assert response.status_code == 404, (method, path, response.text)


def test_unknown_ids_answer_the_same(board: Board, other_ids: dict[str, Any]) -> None:
    mine = call(board, "get", "/api/boards/{board_id}/documents/{document_id}", other_ids)
    nothing = call(
        board,
        "get",
        "/api/boards/{board_id}/documents/{document_id}",
        dict(other_ids, document_id=999999),
    )
    assert mine.status_code == nothing.status_code == 404
    assert mine.json()["error"] == nothing.json()["error"]


def test_other_boards_files_stay_apart(board: Board, other_ids: dict[str, Any]) -> None:
    services = board.client.app.state.services  # type: ignore[attr-defined]
    mine = {p.name for p in (services.blobs.root / str(board.id)).rglob("*") if p.is_file()}
    theirs = {p.name for p in (services.blobs.root / str(board.other_id)).rglob("*") if p.is_file()}
    assert mine == theirs  # the same bytes uploaded to both boards, stored twice
    assert (services.blobs.root / str(board.id)) != (services.blobs.root / str(board.other_id))
