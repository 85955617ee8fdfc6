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
from nlp.periods import parse_period

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


def _same(a: str | None, b: str | None) -> bool:
    return parse_period(a) == parse_period(b)


def test_dev_periods_and_the_actions_year() -> None:
    """Every dev file's period, the year its actions are for (a multi-year plan's
    "Actions <year>" heading or column, covers that give the period only as a date
    range or not at all), and a period reading with its cue."""
    found = _found()
    score = evaluate(DEV, lambda p: found[p]).to_dict()
    assert score["period_accuracy"] == 1.0
    for truth in sorted(DEV.glob("*/truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        for entry in data["documents"]:
            info = found[truth.parent / entry["file"]].document
            want = entry.get("actions_period")
            if want and not _same(want, entry["period"]):
                assert _same(info.actions_period, want), (entry["file"], info.actions_period)
            else:
                assert info.actions_period is None, (entry["file"], info.actions_period)
            assert info.period_reading is not None and info.period_reading.cue
            actions = found[truth.parent / entry["file"]].actions
            wanted = {a["period"] for a in data["actions"] if a["doc"] == entry["doc"]}
            assert {parse_period(a.period) for a in actions} == {parse_period(p) for p in wanted}, (
                entry["file"]
            )


def test_dev_typed_labels_under_we_will_are_actions() -> None:
    """A headed-list plan whose actions are typed "P1.1 …" paragraphs under "We will:"
    (15 actions were missed); every listed action has a reading."""
    found = _found()
    score = evaluate(DEV, lambda p: found[p]).to_dict()
    assert score["actions"]["recall"] >= 0.99
    plans = [f for f in found.values() if f.document.kind == "business_plan"]
    assert all(a.reading is not None and a.reading.cue for f in plans for a in f.actions)
