"""The review in the real app on Harrowfield's files: "Accept all" / "Reject all" of a
section's suggestions and their undo, a Chair's own text is not a suggestion, and an
approved draft downloads as its final copy (the review copy on request)."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest

from tests.service.conftest import Board


def _new_draft(board: Board) -> dict[str, Any]:
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def url(board: Board, draft: dict[str, Any], tail: str = "") -> str:
    return f"/api/boards/{board.id}/drafts/{draft['id']}{tail}"


def _section_states(draft: dict[str, Any], index: int) -> dict[str, str]:
    return {
        s["id"]: s["state"]
        for s in draft["suggestions"]
        if s["where"].startswith(f"section {index} ") and s["kind"] != "placeholder"
    }


@pytest.fixture(scope="module")
def draft(board: Board) -> dict[str, Any]:
    return _new_draft(board)


def test_accept_all_of_a_section_then_undo(board: Board, draft: dict[str, Any]) -> None:
    before = _section_states(draft, 1)
    assert before and set(before.values()) == {"pending"}
    others = _section_states(draft, 2)
    done = board.as_("chair", "POST", url(board, draft, "/sections/1/all/accept"), json={})
    assert done.status_code == 200, done.text
    after = done.json()
    assert set(_section_states(after, 1).values()) == {"accepted"}
    assert _section_states(after, 2) == others  # another section is untouched
    versions = board.as_("chair", "GET", url(board, draft, "/versions")).json()
    bulk = versions[-1]
    assert bulk["change"]["action"] == "accept_all" and bulk["by"].startswith("chair")
    assert set(bulk["change"]["before"]) == set(before)
    undone = board.as_(
        "chair", "POST", url(board, draft, f"/versions/{bulk['number']}/undo"), json={}
    )
    assert undone.status_code == 200, undone.text
    assert _section_states(undone.json(), 1) == before
    again = board.as_("chair", "POST", url(board, draft, "/sections/1/all/reject"), json={})
    assert set(_section_states(again.json(), 1).values()) == {"rejected"}
    none_left = board.as_("chair", "POST", url(board, draft, "/sections/1/all/accept"), json={})
    assert none_left.status_code == 400 and "no suggestion left" in none_left.json()["message"]


def test_the_chairs_own_text_is_not_a_suggestion(board: Board, draft: dict[str, Any]) -> None:
    edited = board.as_(
        "chair",
        "PATCH",
        url(board, draft, "/sections/2"),
        json={"paragraph": 0, "text": "The partners met every month this year."},
    )
    assert edited.status_code == 200, edited.text
    mine = [s for s in edited.json()["suggestions"] if s["text"].startswith("The partners met")]
    assert [(s["kind"], s["state"]) for s in mine] == [("written", "written")]
    accepted = board.as_("chair", "POST", url(board, draft, "/sections/2/all/accept"), json={})
    versions = board.as_("chair", "GET", url(board, draft, "/versions")).json()
    assert accepted.status_code == 200 and mine[0]["id"] not in versions[-1]["change"]["before"]


def test_approved_draft_downloads_as_the_final_copy(board: Board) -> None:
    fresh = _new_draft(board)
    assert board.as_("chair", "POST", url(board, fresh, "/approve"), json={}).status_code == 200
    final = docx.Document(io.BytesIO(board.as_("chair", "GET", url(board, fresh, "/docx")).content))
    header = final.sections[0].header.paragraphs[0].text
    assert "DRAFT" not in header and not list(final.comments)
    assert final.core_properties.language == "en-GB"
    assert final.core_properties.author and final.core_properties.author != "Carryforward"
    assert not any(p.text.startswith("How to read") for p in final.paragraphs)
    review = board.as_("chair", "GET", url(board, fresh, "/docx?review=true")).content
    assert "DRAFT" in docx.Document(io.BytesIO(review)).sections[0].header.paragraphs[0].text
    sourced = board.as_("chair", "GET", url(board, fresh, "/docx?sources=true")).content
    comments = [c.text for c in docx.Document(io.BytesIO(sourced)).comments]
    assert comments and all(c.startswith("Source: ") for c in comments)
