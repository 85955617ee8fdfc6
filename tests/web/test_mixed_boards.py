"""Another board's documents uploaded into a board: the dashboard says so, naming each
board and its files (the board most documents name is taken as this board's), the
stray document's page warns too; and a manager removes a wrong upload from its page (a
chair cannot). A fresh app of its own: Harrowfield's report and plan plus one Kestrel
Vale plan, read for real."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from service.web.pages.shape import mixed_boards
from tests.service.conftest import (
    HARROWFIELD,
    REPO,
    SMALL_SET,
    Board,
    browser_signed_in,
    make_settings,
    seed,
    wait_done,
)
from tests.web.test_forms import token

HTML = {"Accept": "text/html"}
KESTREL = REPO / "corpora" / "kestrelvale"
STRAY = "2022-23_business_plan.docx"
HARROWFIELD_NAME = "Harrowfield Safeguarding Children Board"
KESTREL_NAME = "Kestrel Vale Safeguarding Children Partnership"


def _files(folder: Path, names: tuple[str, ...]) -> list[tuple[str, Any]]:
    return [("files", (n, (folder / n).read_bytes(), "application/octet-stream")) for n in names]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Board, dict[str, int]]]:
    """Harrowfield's small set, then a Kestrel Vale plan, all read: label → id."""
    settings = make_settings(tmp_path_factory.mktemp("mixed") / "data")
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        ids: dict[str, int] = {}
        for folder, names in ((HARROWFIELD, SMALL_SET), (KESTREL, (STRAY,))):
            url = f"/api/boards/{first}/documents"
            response = board.as_("manager", "POST", url, files=_files(folder, names))
            assert response.status_code == 201, response.text
            ids |= {d["label"]: d["id"] for d in response.json()["documents"]}
        assert all(d["status"] == "done" for d in wait_done(board, list(ids.values()), 300))
        yield board, ids


def signed_in(board: Board, who: str) -> TestClient:
    return browser_signed_in(board.client, f"{who}@example.org")


def test_the_dashboard_names_each_board_and_its_files(mixed: tuple[Board, dict[str, int]]) -> None:
    board, ids = mixed
    client = signed_in(board, "manager")
    twin = client.get(f"/boards/{board.id}", params={"format": "json"}).json()
    found = twin["attention"]["boards"]
    assert found["ours"] == HARROWFIELD_NAME and found["tie"] is False
    assert [
        (b["name"], b["ours"], sorted(d["label"] for d in b["documents"])) for b in found["boards"]
    ] == [
        (HARROWFIELD_NAME, True, sorted(SMALL_SET)),
        (KESTREL_NAME, False, [STRAY]),
    ]
    assert found["elsewhere"] == [ids[STRAY]]
    html = client.get(f"/boards/{board.id}", headers=HTML).text
    assert "These documents come from 2 different boards" in html
    assert "Nothing needs attention" not in html
    assert f"Most of them name <strong>{HARROWFIELD_NAME}</strong>" in html
    assert "remove the files that belong to another board" in html
    assert f'<a href="/boards/{board.id}/documents/{ids[STRAY]}">{STRAY}</a>' in html


def test_the_stray_document_page_warns_and_this_boards_does_not(
    mixed: tuple[Board, dict[str, int]],
) -> None:
    board, ids = mixed
    client = signed_in(board, "chair")
    stray = f"/boards/{board.id}/documents/{ids[STRAY]}"
    assert client.get(stray, params={"format": "json"}).json()["board_warning"] == {
        "named": KESTREL_NAME,
        "ours": HARROWFIELD_NAME,
    }
    html = client.get(stray, headers=HTML).text
    assert f"This document names another board: {KESTREL_NAME}." in html
    assert "ask the board's manager" in html
    dashboard = client.get(f"/boards/{board.id}", headers=HTML).text
    assert "the board's manager <strong>removes the files" in dashboard
    own = f"/boards/{board.id}/documents/{ids[SMALL_SET[0]]}"
    assert client.get(own, params={"format": "json"}).json()["board_warning"] is None
    assert "names another board" not in client.get(own, headers=HTML).text


def test_the_board_most_documents_name_is_this_boards_and_ties_go_to_the_earliest() -> None:
    def doc(i: int, board: str | None) -> dict[str, Any]:
        return {"id": i, "status": "done", "label": f"f{i}", "title": None, "period": None} | {
            "sha256": "",
            "format": "pdf",
            "named_board": board,
        }

    assert mixed_boards([doc(1, "A board"), doc(2, "A Board."), doc(3, None)]) is None
    tie = mixed_boards([doc(4, "Kestrel"), doc(5, "Harrow")])
    assert tie is not None and tie["ours"] == "Kestrel" and tie["elsewhere"] == [5]
    assert tie["tie"] is True
    most = mixed_boards([doc(4, "Kestrel"), doc(5, "Harrow"), doc(6, "harrow")])
    assert most is not None and most["ours"] == "Harrow" and most["elsewhere"] == [4]
    assert most["tie"] is False


def test_a_chair_gets_no_remove_button_and_a_forced_post_is_refused(
    mixed: tuple[Board, dict[str, int]],
) -> None:
    board, ids = mixed
    client = signed_in(board, "chair")
    url = f"/boards/{board.id}/documents/{ids[STRAY]}"
    assert "Remove this document" not in client.get(url, headers=HTML).text
    assert client.get(url, params={"format": "json"}).json()["may_remove"] is False
    refused = client.post(f"{url}/remove", data={"csrf": token(client, url)}, headers=HTML)
    assert refused.status_code == 403
    assert "Your role does not allow this" in refused.text
    assert client.get(url, params={"format": "json"}).status_code == 200


def test_a_remove_without_its_token_or_for_a_bad_id_is_refused(
    mixed: tuple[Board, dict[str, int]],
) -> None:
    board, ids = mixed
    client = signed_in(board, "manager")
    url = f"/boards/{board.id}/documents/{ids[STRAY]}"
    forged = client.post(f"{url}/remove", data={"csrf": "forged"}, headers=HTML)
    assert forged.status_code == 403 and "This form has expired" in forged.text
    csrf = token(client, url)
    missing = client.post(
        f"/boards/{board.id}/documents/999999/remove", data={"csrf": csrf}, headers=HTML
    )
    assert missing.status_code == 404 and "Not found" in missing.text
    elsewhere = client.post(
        f"/boards/{board.other_id}/documents/{ids[STRAY]}/remove", data={"csrf": csrf}, headers=HTML
    )
    assert elsewhere.status_code == 404
    assert client.get(url, params={"format": "json"}).status_code == 200


def test_a_manager_removes_the_stray_document_and_the_warning_goes(
    mixed: tuple[Board, dict[str, int]],
) -> None:
    board, ids = mixed
    client = signed_in(board, "manager")
    url = f"/boards/{board.id}/documents/{ids[STRAY]}"
    html = client.get(url, headers=HTML).text
    assert "Remove this document" in html
    assert f"<strong>Remove {STRAY}?</strong>" in html
    assert "Link decisions made on its items are kept" in html
    done = client.post(
        f"{url}/remove", data={"csrf": token(client, url)}, headers=HTML, follow_redirects=False
    )
    assert done.status_code == 303 and done.headers["location"] == f"/boards/{board.id}"
    assert client.get(url, headers=HTML).status_code == 404
    twin = client.get(f"/boards/{board.id}", params={"format": "json"}).json()
    assert twin["attention"]["boards"] is None
    listed = [d["label"] for y in twin["years"] for d in y["documents"]]
    assert sorted(listed) == sorted(SMALL_SET)
    assert "different boards" not in client.get(f"/boards/{board.id}", headers=HTML).text
