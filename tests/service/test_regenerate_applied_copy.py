"""Regenerating keeps what the Chair did in Word, in the real app on real SQLite:
Harrowfield's 2018/19 report and 2019-20 plan give a 2019/20 draft; the Chair edits
one word of a sentence, adds a paragraph and deletes another in a downloaded copy,
accepts one tracked suggestion, and the copy is applied. The 2019/20 report arrives and
the draft is regenerated: the edited paragraph reads as she left it (its other
sentences still the drafted ones), her paragraph follows it, the deleted paragraph's
sentences stay rejected, the accepted one accepted, and nothing of hers is listed as
no longer fitting."""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
import pytest
from docx.oxml.ns import qn
from fastapi.testclient import TestClient

from drafting.writers.docx.parts import xml_text
from service.web.app import create_app
from tests.service.conftest import Board, board_with, make_settings, upload, wait_done
from tests.service.test_apply_word_level import (
    ADDED,
    _edited_copy,
    _multi,
    _text,
    _to_delete,
    _upload,
)

FIRST = ("2018-19_accountability_report.pdf", "2019-20_business_plan.pdf")
ARRIVES = ("2019-20_accountability_report.pdf",)


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    settings = make_settings(tmp_path_factory.mktemp("regen-applied") / "data")
    with TestClient(create_app(settings)) as client:
        b, _ = board_with(client, FIRST)
        yield b


def _accept_first_tracked(data: bytes, text: str) -> bytes:
    """`data` (a tracked copy) with the tracked insertion of `text` accepted."""
    document = docx.Document(io.BytesIO(data))
    ins = next(e for e in document.element.body.iter(qn("w:ins")) if text[:40] in xml_text(e))
    for child in list(ins):
        ins.addprevious(child)
    ins.getparent().remove(ins)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_regenerate_keeps_what_an_applied_copy_did(board: Board) -> None:
    api = f"/api/boards/{board.id}/drafts"
    before = board.as_("manager", "POST", api, json={"period": "2019/20"}).json()
    url = f"{api}/{before['id']}"
    i, j = _multi(before, least=2)
    sentences = before["draft"]["sections"][i]["paragraphs"][j]["sentences"]
    di, dj = _to_delete(before, i)
    deleted = before["draft"]["sections"][di]["paragraphs"][dj]
    later = next(
        s
        for s in before["suggestions"]
        if s["state"] == "pending"
        and s["cites"]
        and s["kind"] in ("quoted", "advanced")
        and s["id"] not in {x["id"] for x in sentences + deleted["sentences"]}
        and int(s["where"].split()[1]) > di
    )
    tracked = board.as_("chair", "GET", f"{url}/docx?tracked=true").content
    copy = _edited_copy(_accept_first_tracked(tracked, later["text"]), sentences, _text(deleted))
    result = _upload(board, f"{url}/apply", copy)
    assert len(result["applied"]) == 3 and result["accepted"] == [later["id"]]
    applied = board.as_("chair", "GET", url).json()
    edited = applied["draft"]["sections"][i]["paragraphs"][j]
    assert edited["sentences"][1]["kind"] == "written"

    response = upload(board, ARRIVES)
    wait_done(board, [d["id"] for d in response.json()["documents"]], timeout=300)
    again = board.as_("chair", "POST", f"{url}/regenerate", json={})
    assert again.status_code == 200, again.text
    after = again.json()

    section = next(
        s
        for s in after["draft"]["sections"]
        if s["heading"] == applied["draft"]["sections"][i]["heading"]
    )
    ids = [[s["id"] for s in p["sentences"]] for p in section["paragraphs"]]
    at = ids.index([s["id"] for s in edited["sentences"]])
    assert [s["text"] for s in section["paragraphs"][at + 1]["sentences"]] == [ADDED]
    states = {s["id"]: s["state"] for s in after["suggestions"]}
    assert {states[s["id"]] for s in deleted["sentences"]} == {"rejected"}
    printed = {
        s["id"]
        for sec in after["draft"]["sections"]
        for p in sec["paragraphs"]
        for s in p["sentences"]
    }
    assert not printed & {s["id"] for s in deleted["sentences"]}
    assert states[later["id"]] == "accepted"
    change = board.as_("chair", "GET", f"{url}/versions").json()[-1]["change"]
    assert change["action"] == "regenerated"
    mine = {edited["sentences"][1]["id"], later["id"], *(s["id"] for s in deleted["sentences"])}
    assert not mine & {x.get("id") for x in change["no_longer_fit"]}
