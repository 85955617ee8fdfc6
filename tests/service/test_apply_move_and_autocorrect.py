"""Two things Word does that are not edits of the words, in the real app on real SQLite
with Harrowfield's files: autocorrect's typography over the whole copy (curly
apostrophes, en dashes, double and non-breaking spaces) is no change at all; a paragraph
cut from one section and pasted into another is applied as one move, recorded as such,
its sentences keeping their ids, sources and verdicts in the new place (none rejected,
none rewritten as the Chair's), and regenerating the draft puts it there again."""

from __future__ import annotations

from typing import Any

from tests.drafting import word_edits as edit
from tests.service.conftest import Board


def _text(paragraph: dict[str, Any]) -> str:
    body = " ".join(s["text"] for s in paragraph["sentences"])
    return f"{paragraph['lead']} {body}" if paragraph.get("lead") else body


def _cited_sections(draft: dict[str, Any]) -> tuple[int, int]:
    """Two numbered sections whose first paragraphs are drafted and cited, the first
    with two paragraphs or more."""
    found = [
        i
        for i, s in enumerate(draft["draft"]["sections"])
        if s["number"]
        and s["paragraphs"]
        and all(x["cites"] for x in s["paragraphs"][0]["sentences"])
    ]
    first = next(i for i in found if len(draft["draft"]["sections"][i]["paragraphs"]) >= 2)
    return first, next(i for i in found if i != first)


def test_autocorrect_over_the_whole_copy_is_no_change(board: Board) -> None:
    url, _made = board.new_draft()
    document = edit.opened(board.as_("chair", "GET", f"{url}/docx").content)
    assert edit.autocorrect(document) > 20
    assert board.send_copy(f"{url}/compare", edit.saved(document))["changes"] == []


def test_a_paragraph_moved_to_another_section_is_applied_as_a_move(board: Board) -> None:
    url, made = board.new_draft()
    sections = made["draft"]["sections"]
    a, b = _cited_sections(made)
    moving = sections[a]["paragraphs"][0]
    target = sections[b]["paragraphs"][0]
    verdict = board.as_(
        "chair", "POST", f"{url}/suggestions/{moving['sentences'][0]['id']}/accept", json={}
    )
    assert verdict.status_code == 200, verdict.text
    document = edit.opened(board.as_("chair", "GET", f"{url}/docx").content)
    paragraph = edit.paragraph_starting(document, _text(moving)[:40])
    edit.move_after(paragraph, edit.paragraph_starting(document, _text(target)[:40]))
    edited = edit.saved(document)

    shown = board.send_copy(f"{url}/compare", edited)["changes"]
    assert [(c["kind"], c["reason"]) for c in shown] == [("moved", None)]
    result = board.send_copy(f"{url}/apply", edited)
    assert [c["kind"] for c in result["applied"]] == ["moved"]
    now = board.as_("chair", "GET", url).json()
    after = now["draft"]["sections"]
    assert _text(moving) not in [_text(p) for p in after[a]["paragraphs"]]
    landed = after[b]["paragraphs"][1]
    assert landed["sentences"] == moving["sentences"]  # ids, kinds and sources as drafted
    states = {s["id"]: s["state"] for s in now["suggestions"]}
    assert states[moving["sentences"][0]["id"]] == "accepted"
    assert "rejected" not in {states[s["id"]] for s in moving["sentences"]}
    versions = board.as_("chair", "GET", f"{url}/versions").json()
    moves = [v for v in versions if v["change"]["action"] == "move_paragraph"]
    assert len(moves) == 1 and moves[0]["by"].startswith("chair")
    assert not [
        v for v in versions if v["change"]["action"] in ("remove_paragraph", "add_paragraph")
    ]

    regenerated = board.as_("chair", "POST", f"{url}/regenerate", json={})
    assert regenerated.status_code == 200, regenerated.text
    again = board.as_("chair", "GET", url).json()["draft"]["sections"]
    assert again[b]["paragraphs"][1]["sentences"] == moving["sentences"]  # moved there again
    assert _text(moving) not in [_text(p) for p in again[a]["paragraphs"]]
