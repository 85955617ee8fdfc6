"""Malformed multipart bodies answer 400 and store nothing; ids out of the 64-bit range
answer 404; bidi and zero-width controls never reach a file label. Raw bodies are
sent to the real app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.extract import docx_build as b
from tests.service.conftest import Board, make_settings, seed


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    data = tmp_path_factory.mktemp("malformed") / "data"
    with TestClient(create_app(make_settings(data))) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


def _docx(text: str = "A paragraph of body text.") -> bytes:
    doc = b.new()
    doc.add_paragraph(text)
    return b.to_bytes(doc)


def _part(boundary: bytes, headers: list[bytes], body: bytes, eol: bytes = b"\r\n") -> bytes:
    return b"--" + boundary + eol + eol.join(headers) + eol + eol + body + eol


def _post(board: Board, body: bytes, boundary: bytes) -> tuple[int, dict[str, object]]:
    headers = {
        **board.headers("manager"),
        "content-type": "multipart/form-data; boundary=" + boundary.decode(),
    }
    url = f"/api/boards/{board.id}/documents"
    response = board.client.post(url, content=body, headers=headers)
    return response.status_code, response.json()


def _blobs(board: Board) -> list[Path]:
    services = board.client.app.state.services  # type: ignore[attr-defined]
    return [p for p in services.blobs.root.rglob("*") if p.is_file()]


DISPOSITION = b'Content-Disposition: form-data; name="files"; filename="plan.docx"'


def _bodies() -> dict[str, tuple[bytes, bytes]]:
    data, bnd = _docx(), b"XyZboundary"
    end = b"--" + bnd + b"--\r\n"
    return {
        "header without a colon": (
            _part(bnd, [b"Content-Disposition form-data; name=files"], data) + end,
            bnd,
        ),
        "LF-only line ends": (
            _part(bnd, [DISPOSITION], data, eol=b"\n") + b"--" + bnd + b"--\n",
            bnd,
        ),
        "5,000-character boundary": (
            _part(b"b" * 5000, [DISPOSITION], data) + b"--" + b"b" * 5000 + b"--\r\n",
            b"b" * 5000,
        ),
        "junk after the boundary": (
            b"--" + bnd + b"JUNK\r\n" + DISPOSITION + b"\r\n\r\n" + data + b"\r\n" + end,
            bnd,
        ),
    }


@pytest.mark.parametrize("case", list(_bodies()))
def test_a_malformed_multipart_body_is_a_400_and_stores_nothing(board: Board, case: str) -> None:
    before = _blobs(board)
    body, boundary = _bodies()[case]
    status, answer = _post(board, body, boundary)
    assert status == 400, (case, answer)
    assert answer["error"] == "BadRequest"
    assert "multipart" in str(answer["message"]) or "no files" in str(answer["message"])
    assert _blobs(board) == before


def test_a_well_formed_raw_body_is_accepted(board: Board) -> None:
    bnd = b"XyZboundary"
    body = _part(bnd, [DISPOSITION, b"Content-Type: application/octet-stream"], _docx())
    status, answer = _post(board, body + b"--" + bnd + b"--\r\n", bnd)
    assert status == 201, answer


@pytest.mark.parametrize("number", [2**63, 2**63 + 5, 10**30])
def test_ids_beyond_64_bits_are_not_found(board: Board, number: int) -> None:
    for url in (
        f"/api/boards/{number}/documents",
        f"/api/boards/{board.id}/documents/{number}",
        f"/api/boards/{board.id}/documents/{number}/findings",
    ):
        response = board.as_("manager", "GET", url)
        assert response.status_code == 404, (url, response.text)
        assert response.json()["error"] == "NotFound"


def test_the_largest_id_is_simply_not_found(board: Board) -> None:
    response = board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{2**63 - 1}")
    assert response.status_code == 404


def test_bidi_and_zero_width_controls_never_reach_a_label(board: Board) -> None:
    name = "report\u202efdp.exe\u200b\u2066.docx"
    files = [("files", (name, _docx("Another paragraph."), "application/octet-stream"))]
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files)
    assert response.status_code == 201, response.text
    label = response.json()["documents"][0]["label"]
    assert label == "reportfdp.exe.docx"


def _paths(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, set[str]]]:
    """Every route's full path and methods, through included routers."""
    from starlette.routing import Route

    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _paths(included.routes, prefix + route.include_context.prefix)
        elif isinstance(route, Route):
            yield prefix + route.path, set(route.methods or ())


def _every_id_route(board: Board) -> list[tuple[str, str]]:
    """(method, path) of every route taking an id in its path, each id 2^63 (and again
    with the board's own id kept, so that the id past it is reached)."""
    routes = []
    for template, methods in _paths(board.client.app.routes):
        names = re.findall(r"\{(\w+)(?::\w+)?\}", template)
        if not names:
            continue
        for method in sorted(methods - {"HEAD", "OPTIONS"}):
            for keep_board in (True, False):
                path = template
                for name in names:
                    value = str(board.id) if name == "board_id" and keep_board else str(2**63)
                    path = re.sub(r"\{" + name + r"(?::\w+)?\}", value, path)
                routes.append((method, path))
    return sorted(set(routes))


def test_no_route_answers_500_to_an_id_past_64_bits(board: Board) -> None:
    routes = _every_id_route(board)
    assert len(routes) > 30  # the API and the pages, with board, document, draft, user ids
    failed = []
    for method, path in routes:
        for who in ("manager", "chair"):
            response = board.as_(who, method, path)
            if response.status_code >= 500:
                failed.append((who, method, path, response.status_code))
    assert not failed, failed
