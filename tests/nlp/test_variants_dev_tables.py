"""Dev variants (corpora/variants/dev/ only — never the held-out part): plans with a
Status/RAG column give their truth's actions and no progress rows; keyed status codes
and shaded-only status cells give the truth's statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlp
from extract import extract
from nlp.evaluate import score_file

DEV = Path(__file__).resolve().parents[2] / "corpora" / "variants" / "dev"


def _score(board: str, file: str):  # type: ignore[no-untyped-def]
    truth = json.loads((DEV / board / "truth.json").read_text(encoding="utf-8"))
    entry = next(d for d in truth["documents"] if d["file"] == file)
    return entry, score_file(entry, truth, nlp.find(extract(DEV / board / file)))


@pytest.mark.parametrize(
    ("board", "file"),
    [
        ("elmstead-vale", "2022-23_business_plan.docx"),
        ("elmstead-vale", "2023-24_business_plan.pdf"),
        ("greystow", "2012-13_business_plan.pdf"),
    ],
)
def test_rag_plans_give_their_actions(board: str, file: str) -> None:
    entry, score = _score(board, file)
    assert entry["layout"] == "rag_plan"
    actions, progress = score.counts["actions"], score.counts["progress"]
    assert (actions.fp, actions.fn) == (0, 0) and actions.tp > 0
    assert progress.tp == progress.fp == 0


@pytest.mark.parametrize(
    ("board", "file", "scheme"),
    [
        ("caldermoor", "2015-16_accountability_report.pdf", "scheme:numeric_key"),
        ("elmstead-vale", "2022-23_accountability_report.docx", "scheme:shaded"),
        ("caldermoor", "2013-14_annual_report.docx", "scheme:percent"),
        ("ashby-marsh", "2015-16_accountability_report.docx", "scheme:on_track"),
    ],
)
def test_status_schemes(board: str, file: str, scheme: str) -> None:
    entry, score = _score(board, file)
    assert scheme in entry["features"]
    assert score.counts["progress"].fn == 0
    assert score.status_right == score.status_total > 0, score.wrong_status
