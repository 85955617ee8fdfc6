"""A rejected sentence stays on the review page, struck through at its own place, with
a way to restore it; the paragraphs after it keep their places, so their verdicts and
edits reach the paragraph the Chair sees (leaving it out used to shift them by one)."""

from __future__ import annotations

import html
import re
from typing import Any

from tests.web.conftest import Site
from tests.web.test_forms import token
from tests.web.test_pages import HTML, signed_in


def single_sentence_paragraph(draft: dict[str, Any]) -> tuple[int, int]:
    """A section i whose paragraph j has one sentence and is followed by another."""
    for i, section in enumerate(draft["sections"]):
        paragraphs = section["paragraphs"]
        for j, p in enumerate(paragraphs[:-1]):
            if len(p["sentences"]) == 1 and p["role"] != "placeholder":
                return i, j
    raise AssertionError("the draft has no one-sentence paragraph followed by another")


def shown(page: str, sid: str) -> tuple[str, str]:
    """The review state and text the page shows for sentence `sid`."""
    found = re.search(rf'class="sent [^"]*r-(\w+)" id="sg-{re.escape(sid)}">([^<]*)</span>', page)
    assert found, f"sentence {sid} is on the page"
    return found.group(1), html.unescape(found.group(2))


def test_rejecting_a_paragraphs_only_sentence_leaves_the_next_one_in_place(site: Site) -> None:
    b = site.board
    fresh = b.as_("manager", "POST", f"/api/boards/{b.id}/drafts", json={}).json()
    client = signed_in(site, "chair")
    url = f"/boards/{b.id}/drafts/{fresh['id']}"
    i, j = single_sentence_paragraph(fresh["draft"])
    paragraphs = fresh["draft"]["sections"][i]["paragraphs"]
    rejected, following = (
        paragraphs[j]["sentences"][0]["id"],
        paragraphs[j + 1]["sentences"][0]["id"],
    )
    csrf = token(client, url)
    form = {"csrf": csrf, "version": fresh["version"], "anchor": f"s{i}-p{j}"}
    done = client.post(f"{url}/suggestions/{rejected}/reject", data=form, headers=HTML)
    assert done.status_code == 200, done.text[:500]

    page = done.text
    original = fresh["draft"]["sections"][i]["paragraphs"]
    assert shown(page, rejected) == ("rejected", original[j]["sentences"][0]["text"])
    assert shown(page, following) == ("pending", original[j + 1]["sentences"][0]["text"])
    assert 'aria-label="Restore: ' in page

    next_text = "The Chair's own words for the next paragraph."
    edit = {"csrf": csrf, "text": next_text, "version": fresh["version"] + 1}
    assert client.post(f"{url}/sections/{i}/{j + 1}", data=edit, headers=HTML).status_code == 200
    after = b.as_("chair", "GET", f"/api/boards/{b.id}/drafts/{fresh['id']}").json()
    stored = after["draft"]["sections"][i]["paragraphs"]
    assert next_text in [s["text"] for p in stored for s in p["sentences"]]
    assert original[j]["sentences"][0]["text"] not in [  # still left out, not overwritten
        s["text"] for p in stored for s in p["sentences"]
    ]

    restore = {"csrf": csrf, "version": after["version"], "anchor": f"s{i}-p{j}"}
    back = client.post(f"{url}/suggestions/{rejected}/accept", data=restore, headers=HTML)
    assert back.status_code == 200
    restored = b.as_("chair", "GET", f"/api/boards/{b.id}/drafts/{fresh['id']}").json()
    assert restored["draft"]["sections"][i]["paragraphs"][j] == original[j]
