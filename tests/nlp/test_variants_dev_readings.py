"""Document-level readings over the generated variants' development part (never the
held-out part): priorities, kind, board and people (issue 14)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import nlp
from extract import extract
from nlp.evaluate import evaluate
from nlp.findings.boards import board_key

DEV = Path(__file__).resolve().parents[2] / "corpora" / "variants" / "dev"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="variants not generated")


@cache
def _found() -> dict[Path, Any]:
    out: dict[Path, Any] = {}
    for truth in sorted(DEV.glob("*/truth.json")):
        for entry in json.loads(truth.read_text(encoding="utf-8"))["documents"]:
            path = truth.parent / entry["file"]
            out[path] = nlp.find(extract(path))
    return out


def test_dev_priorities_kind_and_people() -> None:
    found = _found()
    score = evaluate(DEV, lambda p: found[p]).to_dict()
    assert score["priorities"]["f1"] >= 0.95
    assert score["people"]["recall"] >= 0.95
    assert score["kind_accuracy"] == 1.0


def test_dev_reports_list_their_plans_priorities() -> None:
    found = _found()
    reports = [f for f in found.values() if f.document.kind != "business_plan"]
    assert reports and all(f.priorities for f in reports)
    assert all(p.reading is not None and p.reading.cue for f in reports for p in f.priorities)


def test_dev_one_board_name_per_folder() -> None:
    found = _found()
    for truth in sorted(DEV.glob("*/truth.json")):
        want = board_key(json.loads(truth.read_text(encoding="utf-8"))["board"])
        names = {f.document.board for p, f in found.items() if p.parent == truth.parent}
        assert {board_key(n or "") for n in names} == {want}, names
        assert all("(" not in (n or "") for n in names)  # acronyms kept apart
