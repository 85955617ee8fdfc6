"""Regenerating a draft after a new document arrived, in the real app on real SQLite:
Harrowfield's 2018/19 report and 2019-20 plan give a 2019/20 draft with every update
needed; the Chair edits a paragraph and a row, accepts one sentence and rejects a
row's "update needed" note; then the 2019/20 report arrives and the draft is
regenerated. Her edits and the verdict on a surviving sentence stay; the verdict on
the note, whose sentence the new draft no longer has, is listed, not lost."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.service.conftest import Board, board_with, make_settings, upload, wait_done

FIRST = ("2018-19_accountability_report.pdf", "2019-20_business_plan.pdf")
ARRIVES = ("2019-20_accountability_report.pdf",)
MINE = "Partners kept the new arrangements under review all year."
ROW_TEXT = "The governance review was completed in March."


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    settings = make_settings(tmp_path_factory.mktemp("regen") / "data")
    with TestClient(create_app(settings)) as client:
        b, _ = board_with(client, FIRST)
        yield b


def _sentences(draft: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["id"]: s for s in draft["suggestions"]}


def test_regenerate_keeps_edits_and_verdicts_and_lists_what_no_longer_fits(board: Board) -> None:
    api = f"/api/boards/{board.id}/drafts"
    draft = board.as_("manager", "POST", api, json={"period": "2019/20"}).json()
    url = f"{api}/{draft['id']}"
    assert all(r["gap"] for r in draft["draft"]["rows"])
    accepted = next(
        s for s in draft["suggestions"] if s["where"].startswith("section 1 ") and s["cites"]
    )
    board.as_("chair", "POST", f"{url}/suggestions/{accepted['id']}/accept", json={})
    note = draft["draft"]["rows"][1]["update"][0]
    board.as_("chair", "POST", f"{url}/suggestions/{note['id']}/reject", json={})
    edited = board.as_("chair", "PATCH", f"{url}/sections/2", json={"paragraph": 0, "text": MINE})
    assert edited.status_code == 200, edited.text
    row = board.as_("chair", "PATCH", f"{url}/rows/0", json={"update": ROW_TEXT})
    assert row.status_code == 200, row.text

    response = upload(board, ARRIVES)
    wait_done(board, [d["id"] for d in response.json()["documents"]], timeout=300)
    again = board.as_("chair", "POST", f"{url}/regenerate", json={})
    assert again.status_code == 200, again.text
    after = again.json()

    section = after["draft"]["sections"][2]
    assert section["paragraphs"][0]["sentences"][0]["text"] == MINE
    assert after["draft"]["rows"][0]["update"][0]["text"] == ROW_TEXT
    assert not after["draft"]["rows"][1]["gap"]  # the new report speaks to it
    states = _sentences(after)
    assert states[accepted["id"]]["state"] == "accepted"
    assert note["id"] not in states
    change = board.as_("chair", "GET", f"{url}/versions").json()[-1]["change"]
    assert change["action"] == "regenerated"
    assert [(x["id"], x["state"]) for x in change["no_longer_fit"]] == [(note["id"], "rejected")]
    assert change["no_longer_fit"][0]["text"].startswith("Update needed")
