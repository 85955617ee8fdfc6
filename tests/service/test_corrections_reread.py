"""A new pipeline version reads stored documents again, and every correction is either
applied again or listed with the reason it no longer fits: nothing is silently dropped.
The real app over real SQLite, the mis-read plan (tests/corrections/misread.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from service.batch.version import PIPELINE_VERSION
from service.web.app import create_app
from service.web.jobs import requeue_stale
from service.web.store.tables import CorrectionRow, DocumentRow, FindingsRow
from tests.corrections.misread import misread_plan, truth_actions
from tests.service.conftest import Board, make_settings, seed, wait_done


def test_a_new_pipeline_version_reads_again_and_lists_what_no_longer_fits(
    tmp_path: Path,
) -> None:
    settings = make_settings(tmp_path / "data")
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        files = [("files", ("plan.docx", misread_plan(), "application/octet-stream"))]
        doc = board.as_("manager", "POST", f"/api/boards/{first}/documents", files=files).json()[
            "documents"
        ][0]["id"]
        wait_done(board, [doc])
        api = f"/api/boards/{first}/documents/{doc}/corrections"
        body = {"kind": "column_role", "target": {"table": 0, "col": 4}, "value": "status"}
        assert board.as_("manager", "POST", api, json=body).status_code == 201
        wait_done(board, [doc])
        services = client.app.state.services  # type: ignore[attr-defined]
        with services.db.session() as s:
            stored = s.scalars(select(FindingsRow).where(FindingsRow.document_id == doc)).one()
            assert stored.pipeline_version == PIPELINE_VERSION
            assert requeue_stale(services.db) == 0  # same version: nothing to read again
            sha = s.get(DocumentRow, doc).sha256  # type: ignore[union-attr]
            user = next(iter(r.user_id for r in s.scalars(select(CorrectionRow))))
            # Two corrections an older pipeline's reading took: a table whose header the
            # new one reads otherwise, and an action it no longer finds.
            for uid, kind, target in (
                ("c-gone-table", "column_role", {"table": 0, "col": 4, "fingerprint": "x y"}),
                ("c-gone-action", "action_number", {"item": "a-none", "fingerprint": "x z"}),
            ):
                s.add(
                    CorrectionRow(
                        board_id=first,
                        uid=uid,
                        sha256=sha,
                        kind=kind,
                        target={"sha256": sha, **target},
                        value="status" if kind == "column_role" else "9",
                        extra={},
                        user_id=user,
                        at=dt.datetime(2026, 1, 1),
                    )
                )
            stored.pipeline_version = "0-r1-older"
        assert requeue_stale(services.db) == 1
        assert board.as_("manager", "GET", f"/api/boards/{first}/documents/{doc}").json()[
            "status"
        ] in ("queued", "processing", "done")
        services.wake_worker()
        wait_done(board, [doc])
        with services.db.session() as s:
            stored = s.scalars(select(FindingsRow).where(FindingsRow.document_id == doc)).one()
            assert stored.pipeline_version == PIPELINE_VERSION
        history = {h["id"]: h for h in board.as_("manager", "GET", api).json()}
        assert len(history) == 3
        kept = [h for h in history.values() if h["applies"]]
        assert [h["kind"] for h in kept] == ["column_role"]
        assert history["c-gone-table"]["reason"] == "its table is no longer in the document"
        assert history["c-gone-action"]["reason"] == "its action is no longer in the document"
        ledger = board.as_("manager", "GET", f"/api/boards/{first}/ledger").json()
        texts = sorted(a["text"] for f in ledger["documents"] for a in f["actions"])
        assert texts == sorted(a["text"] for a in truth_actions())
        page = board.as_("manager", "GET", f"/boards/{first}/documents/{doc}?format=json").json()
        assert sum(1 for c in page["corrections"] if c["reason"]) == 2
