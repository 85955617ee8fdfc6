"""Drafts stored before sentences had ids keep their verdicts: a real SQLite database
at the first schema holds an old-style draft (sentences without ids, verdicts keyed by
position, versions naming positions); the service migrates it on start, and every
verdict is then on the sentence that was at its position."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nlp
from drafting.build import build_draft
from extract import extract
from extract.codec import encode
from nlp.ledger import build_ledger
from service.web.app import create_app
from service.web.store import people
from service.web.store.db import Database, migrate
from service.web.store.tables import DraftRow, DraftVersion
from tests.service.conftest import HARROWFIELD, PASSWORD, SMALL_SET, make_settings


def _old_style(draft: dict[str, Any]) -> dict[str, Any]:
    """The draft as the encoder wrote it before ids: sentences of text, kind and cites."""
    for section in draft["sections"]:
        for p in section["paragraphs"]:
            p["sentences"] = [{k: s[k] for k in ("text", "kind", "cites")} for s in p["sentences"]]
    for row in draft["rows"]:
        row["update"] = [{k: s[k] for k in ("text", "kind", "cites")} for s in row["update"]]
    return draft


def _positions(draft: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for i, section in enumerate(draft["sections"]):
        for j, p in enumerate(section["paragraphs"]):
            out |= {f"s{i}.p{j}.{k}": s for k, s in enumerate(p["sentences"])}
    for i, row in enumerate(draft["rows"]):
        out |= {f"r{i}.{k}": s for k, s in enumerate(row["update"])}
    return out


@pytest.fixture(scope="module")
def built() -> dict[str, Any]:
    findings = [nlp.find(extract(HARROWFIELD / name)) for name in SMALL_SET]
    data: dict[str, Any] = encode(build_draft(build_ledger(findings)))
    return data


def _store_old_draft(data_dir: Path, draft: dict[str, Any], review: dict[str, str]) -> str:
    """A database at revision 0001 holding one old-style draft with three versions."""
    data_dir.mkdir(parents=True)
    db = Database(f"sqlite:///{data_dir / 'carryforward.db'}")
    migrate(db.engine, "0001")
    with db.session() as s:
        board = people.create_board(s, "Harrowfield")
        chair = people.create_user(s, "chair@example.org", "Chair", PASSWORD, cost=2**10)
        people.set_role(s, chair, board, "chair")
        token = people.issue_token(s, chair)
        content = {"draft": draft, "review": review}
        row = DraftRow(
            board_id=board.id, title="Old", period="2020/21", content=content, created_by=chair.id
        )
        s.add(row)
        s.flush()
        changes = [{"action": "generated", "where": None, "before": None, "after": None}]
        changes += [
            {"action": verdict, "where": where, "before": "pending", "after": verdict}
            for where, verdict in review.items()
        ]
        for number, change in enumerate(changes, start=1):
            s.add(
                DraftVersion(
                    draft_id=row.id, number=number, user_id=chair.id, change=change, content=content
                )
            )
        row.version = len(changes)
    db.dispose()
    return token


@pytest.fixture
def migrated(tmp_path: Path, built: dict[str, Any]) -> Iterator[tuple[TestClient, dict[str, Any]]]:
    old = _old_style(copy.deepcopy(built))
    at = _positions(old)
    body = next(k for k, s in at.items() if k.startswith("s") and s["kind"] != "placeholder")
    row = next(k for k in at if k.startswith("r"))
    later = [k for k in at if k.startswith("s") and k != body][-1]
    review = {body: "rejected", row: "accepted", later: "accepted"}
    token = _store_old_draft(tmp_path / "data", old, review)
    settings = make_settings(tmp_path / "data", worker=False)
    with TestClient(create_app(settings)) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        yield client, {"review": review, "texts": {k: at[k]["text"] for k in review}}


def test_old_verdicts_stay_on_their_sentences(
    migrated: tuple[TestClient, dict[str, Any]], built: dict[str, Any]
) -> None:
    """Each verdict is on the id drafting gives the sentence at its old position."""
    client, old = migrated
    board = client.get("/api/boards").json()[0]["id"]
    draft = client.get(f"/api/boards/{board}/drafts/1").json()
    states = {s["id"]: s["state"] for s in draft["suggestions"]}
    at = _positions(built)
    assert {at[k]["id"]: states[at[k]["id"]] for k in old["review"]} == {
        at[k]["id"]: v for k, v in old["review"].items()
    }
    assert sum(s["state"] != "pending" for s in draft["suggestions"]) == len(old["review"])
    assert {s["id"] for s in draft["suggestions"]} == {s["id"] for s in at.values()}
    rejected = next(at[k]["id"] for k, v in old["review"].items() if v == "rejected")
    assert rejected not in {s["id"] for s in _positions(draft["draft"]).values()}


def test_versions_name_the_sentences_by_id(
    migrated: tuple[TestClient, dict[str, Any]], built: dict[str, Any]
) -> None:
    client, old = migrated
    board = client.get("/api/boards").json()[0]["id"]
    draft = client.get(f"/api/boards/{board}/drafts/1").json()
    texts = {s["id"]: s["text"] for s in draft["suggestions"]}
    versions = client.get(f"/api/boards/{board}/drafts/1/versions").json()
    places = [v["change"]["where"] for v in versions[1:]]
    assert [texts[p] for p in places] == [old["texts"][k] for k in old["review"]]
    at = _positions(built)
    assert places == [at[k]["id"] for k in old["review"]]
    page = client.get(f"/boards/{board}/drafts/1", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert all(f"· {p}" not in page.text for p in places)  # named in words, not ids


def test_a_verdict_after_the_migration_keeps_the_others(
    migrated: tuple[TestClient, dict[str, Any]],
) -> None:
    client, old = migrated
    board = client.get("/api/boards").json()[0]["id"]
    draft = client.get(f"/api/boards/{board}/drafts/1").json()
    pending = next(s for s in draft["suggestions"] if s["state"] == "pending")
    url = f"/api/boards/{board}/drafts/1/suggestions/{pending['id']}/reject"
    after = client.post(url, json={"version": draft["version"]}).json()
    decided = {s["id"]: s["state"] for s in after["suggestions"] if s["state"] != "pending"}
    assert len(decided) == len(old["review"]) + 1 and decided[pending["id"]] == "rejected"
