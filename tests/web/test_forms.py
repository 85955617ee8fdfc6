"""Page forms do what the API does, with the same permissions: link decisions,
accepting a drafted sentence, editing a paragraph; a role that may not gets a page
that says so."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from tests.web.conftest import Site
from tests.web.test_pages import HTML, signed_in


def token(client: TestClient, url: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(url, headers=HTML).text)
    assert found
    return found.group(1)


def test_manager_confirms_a_link_from_the_ledger_page(site: Site) -> None:
    client = signed_in(site, "manager")
    url = f"/boards/{site.board.id}/ledger"
    ledger = client.get(url, params={"format": "json"}).json()
    link = next(lk for c in ledger["chains"] for lk in c["links"] if not lk["decided_by"])
    form = {"csrf": token(client, url), "op": "confirm", "kind": link["kind"]}
    form |= {"from": link["from"], "to": link["to"], "back": "?gap=&status="}
    response = client.post(f"{url}/decisions", data=form, headers=HTML, follow_redirects=False)
    location = response.headers["location"]
    assert response.status_code == 303 and location.startswith(f"{url}?gap=&status=&done=confirm")
    decided = site.board.as_("manager", "GET", f"/api/boards/{site.board.id}/ledger/decisions")
    assert [(d["op"], d["from"], d["by"]) for d in decided.json()] == [
        ("confirm", link["from"], "manager@example.org")
    ]


def test_chair_accepts_a_sentence_and_edits_a_paragraph(site: Site) -> None:
    client = signed_in(site, "chair")
    url = f"/boards/{site.board.id}/drafts/{site.draft}"
    draft = client.get(url, params={"format": "json"}).json()["draft"]
    pending = next(  # not in the paragraph edited below (an edit forgets its verdicts)
        s for s in draft["suggestions"] if s["state"] == "pending" and s["id"].startswith("r")
    )
    csrf = token(client, url)
    accept = client.post(
        f"{url}/suggestions/{pending['id']}/accept",
        data={"csrf": csrf, "version": draft["version"], "anchor": "row-1"},
        headers=HTML,
        follow_redirects=False,
    )
    assert accept.status_code == 303 and accept.headers["location"].endswith("#row-1")
    edited = client.post(
        f"{url}/sections/0/0",
        data={"csrf": csrf, "text": "Opening words <b>by the Chair</b>."},
        headers=HTML,
    )
    assert edited.status_code == 200
    assert "Opening words &lt;b&gt;by the Chair&lt;/b&gt;." in edited.text
    after = client.get(url, params={"format": "json"}).json()
    assert after["states"][pending["id"]] == "accepted"
    assert [v["change"]["action"] for v in after["versions"]][-2:] == ["accepted", "edit_section"]


def test_stale_version_says_reload(site: Site) -> None:
    client = signed_in(site, "chair")
    url = f"/boards/{site.board.id}/drafts/{site.draft}"
    response = client.post(
        f"{url}/rows/0",
        data={"csrf": token(client, url), "update": "late", "version": "1"},
        headers=HTML,
    )
    assert response.status_code == 409
    assert "reload it" in response.text and "What to do" in response.text
    assert f'<a class="button primary" href="{url}">Back to the page</a>' in response.text
    assert ".." not in response.text.split("What went wrong:")[1].split("</p>")[0]


def test_manager_may_not_approve_and_is_told_why(site: Site) -> None:
    client = signed_in(site, "manager")
    url = f"/boards/{site.board.id}/drafts/{site.draft}"
    page = client.get(url, headers=HTML)
    # the manager drafts (edits rows, decides suggestions); only the Chair approves
    assert "Approve draft" not in page.text and "Edit row" in page.text
    response = client.post(f"{url}/approve", data={"csrf": token(client, url)}, headers=HTML)
    assert response.status_code == 403
    assert "cannot approve drafts" in response.text and "Ask a board admin" in response.text


def test_approving_on_the_page_needs_the_confirmation_box(site: Site) -> None:
    b = site.board
    fresh = b.as_("manager", "POST", f"/api/boards/{b.id}/drafts", json={}).json()
    client = signed_in(site, "chair")
    url = f"/boards/{b.id}/drafts/{fresh['id']}"
    page = client.get(url, headers=HTML).text
    assert "placeholders for the author to write" in page and "I have read the draft" in page
    form = {"csrf": token(client, url), "version": fresh["version"]}
    refused = client.post(f"{url}/approve", data=form, headers=HTML)
    assert refused.status_code == 400 and "tick the box" in refused.text
    assert (
        b.as_("chair", "GET", f"/api/boards/{b.id}/drafts/{fresh['id']}").json()["status"]
        == "draft"
    )
    approved = client.post(f"{url}/approve", data=form | {"confirm": "yes"}, headers=HTML)
    assert approved.status_code == 200 and "reopen it (the history records it)" in approved.text
    versions = b.as_("chair", "GET", f"/api/boards/{b.id}/drafts/{fresh['id']}/versions").json()
    assert versions[-1]["change"]["pending"]["placeholders"] > 0


def test_ledger_links_are_named_by_their_items_not_their_ids(site: Site) -> None:
    client = signed_in(site, "manager")
    url = f"/boards/{site.board.id}/ledger"
    ledger = client.get(url, params={"format": "json"}).json()
    chain = next(c for c in ledger["chains"] if c["links"] and len(c["steps"]) > 1)
    link = chain["links"][0]
    step = next(s for s in chain["steps"] if s["id"] == link["from"])
    page = client.get(url, headers=HTML).text
    label = re.search(r'aria-label="Confirm link: ([^"]+)"', page)
    assert label and link["from"] not in label.group(1)
    assert step["text"][:30] in html.unescape(page)
    assert f"{link['from']} → {link['to']}</td>" not in page
