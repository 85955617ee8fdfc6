"""The upload page without JavaScript: its plain form posts the files to a page route
that checks, before the body is read, that the form comes from this site's page (the
browser's Origin header and the CSRF cookie; no token in the URL), stores them as the
API does and goes back to the dashboard. A fresh app of its own, so the
shared board is not changed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.service.conftest import HARROWFIELD, PASSWORD, make_settings, seed

HTML = {"Accept": "text/html"}
FILE = "2019-20_business_plan.docx"


@pytest.fixture()
def browser(tmp_path: Path) -> Iterator[tuple[TestClient, int, str]]:
    """A manager's signed-in browser, their board and the upload form's action."""
    with TestClient(create_app(make_settings(tmp_path / "data"))) as client:
        board_id, _, _ = seed(client)
        login = {"email": "manager@example.org", "password": PASSWORD}
        assert client.post("/api/session", json=login).status_code == 200
        page = client.get(f"/boards/{board_id}/upload", headers=HTML)
        action = re.search(r'<form id="upload" method="post" action="([^"]+)"', page.text)
        assert page.status_code == 200 and action, page.text[:300]
        yield client, board_id, action.group(1).replace("&amp;", "&")


def files() -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (FILE, (HARROWFIELD / FILE).read_bytes(), "application/octet-stream"))]


def labels(client: TestClient, board_id: int) -> list[str]:
    return [d["label"] for d in client.get(f"/api/boards/{board_id}/documents").json()]


def test_the_plain_form_stores_the_files_and_returns_to_the_dashboard(
    browser: tuple[TestClient, int, str],
) -> None:
    client, board_id, action = browser
    assert action == f"/boards/{board_id}/upload", "no token in the URL"
    own = {**HTML, "Origin": "http://testserver"}
    response = client.post(action, files=files(), headers=own, follow_redirects=False)
    assert response.status_code == 303, response.text
    assert response.headers["location"] == f"/boards/{board_id}"
    assert labels(client, board_id) == [FILE]


def test_the_plain_form_without_its_token_is_refused_and_stores_nothing(
    browser: tuple[TestClient, int, str],
) -> None:
    client, board_id, _ = browser
    url = f"/boards/{board_id}/upload"
    cross = {"Origin": "null", "Sec-Fetch-Site": "cross-site"}
    for origin in ({}, {"Origin": "https://elsewhere.example"}, {"Origin": "null"}, cross):
        response = client.post(url, files=files(), headers=HTML | origin)
        assert response.status_code == 403, response.text
        assert "This form has expired" in response.text and "security token" in response.text
        assert "Your role does not allow this" not in response.text
    assert labels(client, board_id) == []
