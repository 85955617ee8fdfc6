"""Ids are stable: the same file gives the same ids on every run, and differ by file."""

from __future__ import annotations

import pytest

import nlp
from extract import extract
from nlp.findings.ids import make_id
from tests.conftest import CORPORA


def test_make_id_depends_on_hash_and_position_only() -> None:
    assert make_id("ab" * 32, "action", 3, 1, 2) == make_id("ab" * 32, "action", 3, 1, 2)
    assert make_id("ab" * 32, "action", 3, 1, 2) != make_id("ab" * 32, "action", 3, 1, 3)
    assert make_id("ab" * 32, "action", 3) != make_id("cd" * 32, "action", 3)
    assert make_id("ab" * 32, "progress", 3).startswith("p-abababab-")


@pytest.mark.parametrize(
    "name", ["2019-20_business_plan.docx", "2019-20_accountability_report.pdf"]
)
def test_two_runs_give_the_same_ids(name: str) -> None:
    data = (CORPORA / "harrowfield" / name).read_bytes()
    suffix = name.rsplit(".", 1)[1]
    first = nlp.find(extract(data, filename=f"a.{suffix}"))
    second = nlp.find(extract(data, filename=f"b.{suffix}"))
    assert [a.id for a in first.actions] == [a.id for a in second.actions]
    assert [p.id for p in first.progress] == [p.id for p in second.progress]
    ids = [a.id for a in first.actions] + [p.id for p in first.progress]
    assert ids and len(ids) == len(set(ids))
