"""Pages over the real app (TestClient): every page renders, has a JSON twin, and is
only reachable by the board's members; every form needs its CSRF token."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.service.conftest import PASSWORD, browser_signed_in
from tests.web.conftest import Site

HTML = {"Accept": "text/html"}


def signed_in(site: Site, who: str) -> TestClient:
    return browser_signed_in(site.board.client, f"{who}@example.org")


def page_urls(site: Site) -> list[str]:
    b = site.board.id
    return [
        f"/boards/{b}",
        f"/boards/{b}/upload",
        f"/boards/{b}/ledger",
        f"/boards/{b}/documents/{site.documents[0]}",
        f"/boards/{b}/documents/{site.documents[1]}",
        f"/boards/{b}/drafts/{site.draft}",
    ]


def test_every_page_renders_with_its_json_twin(site: Site) -> None:
    client = signed_in(site, "manager")
    for url in page_urls(site):
        page = client.get(url, headers=HTML)
        assert page.status_code == 200, (url, page.text[:2000])
        assert "text/html" in page.headers["content-type"]
        assert "?format=json" in page.text
        twin = client.get(url, params={"format": "json"})
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"


def test_another_boards_user_gets_not_found_pages(site: Site) -> None:
    client = signed_in(site, "other")
    for url in page_urls(site):
        page = client.get(url, headers=HTML)
        assert page.status_code == 404, url
        assert "What to do" in page.text and "text/html" in page.headers["content-type"]


def test_signed_out_page_says_sign_in(site: Site) -> None:
    client = TestClient(site.board.client.app)
    page = client.get(f"/boards/{site.board.id}", headers=HTML)
    assert page.status_code == 401
    assert "Sign in" in page.text and "What to do" in page.text
    api = client.get(f"/api/boards/{site.board.id}", headers=HTML)
    assert api.status_code == 401 and api.json()["error"] == "Unauthorized"


def test_form_without_csrf_token_is_refused_with_an_explanation(site: Site) -> None:
    client = signed_in(site, "chair")
    b, d = site.board.id, site.draft
    for url, data in (
        (f"/boards/{b}/drafts/{d}/rows/0", {"update": "forged", "status": "complete"}),
        (f"/boards/{b}/drafts/{d}/approve", {}),
        ("/signout", {}),
        ("/signin", {"email": "chair@example.org", "password": PASSWORD}),
    ):
        for extra in ({}, {"csrf": "forged"}):
            response = client.post(url, data=data | extra, headers=HTML, follow_redirects=False)
            assert response.status_code == 403, (url, response.text[:500])
            assert "reload the page" in response.text
    draft = client.get(f"/boards/{b}/drafts/{d}", params={"format": "json"}).json()
    assert draft["draft"]["status"] == "draft"
    assert "forged" not in str(draft["draft"]["draft"]["rows"][0])


def test_wrong_password_shows_the_form_again(site: Site) -> None:
    client = TestClient(site.board.client.app)
    form = client.get("/signin", headers=HTML)
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    response = client.post(
        "/signin",
        data={"csrf": token.group(1), "email": "chair@example.org", "password": "nope"},
        headers=HTML,
    )
    assert response.status_code == 401 and "email or password is wrong" in response.text


def test_a_refreshed_plan_is_listed_under_the_year_its_actions_are_for(site: Site) -> None:
    client = signed_in(site, "manager")
    twin = client.get(f"/boards/{site.board.id}", params={"format": "json"}).json()
    years = {d["label"]: y["year"] for y in twin["years"] for d in y["documents"]}
    # The plan prints "Business Improvement Plan 2017-20"; its actions are for 2019-20
    # (every year is shown in one style, 2019/20).
    assert years["2019-20_business_plan.docx"] == "2019/20"
    page = client.get(f"/boards/{site.board.id}", headers=HTML).text
    assert "actions for 2019/20" in page


def test_a_documents_least_sure_readings_are_listed_first_with_their_cues(site: Site) -> None:
    client = signed_in(site, "manager")
    checked = 0
    for document in site.documents:
        url = f"/boards/{site.board.id}/documents/{document}"
        twin = client.get(url, params={"format": "json"}).json()
        first = twin["check_first"]
        sure = [r["confidence"] for r in first]
        assert sure == sorted(sure) and all(0 <= c < 0.8 for c in sure)
        assert all(r["cue"] and r["what"] and r["count"] >= 1 for r in first)
        ids = {a["id"] for g in twin["groups"] for a in g["actions"] + g["progress"]}
        assert all(r["item"] in ids for r in first if r["item"])
        if first:
            page = client.get(url, headers=HTML).text
            assert page.index("Check these first") < page.index('<section class="card group">')
            assert first[0]["cue"][:40] in page.replace("&#39;", "'")
            checked += 1
    assert checked, "no document had a reading below 0.8 to check the page with"
