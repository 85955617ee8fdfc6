"""The generated variants (corpora/variants/) and their truth.json agree.

No LibreOffice needed: these read the committed files, and rebuild only the truth.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpora.variants import checks
from corpora.variants.build import PARTS, boards
from corpora.variants.truth import board_truth
from corpora.variants.vocab_dev import DEV_WIDE as DEV
from corpora.variants.vocab_heldout import HELDOUT
from tests.corpus import assert_consistent

ROOT = Path(__file__).resolve().parent.parent / "corpora" / "variants"
SETS = sorted(f"{p.parent.parent.name}/{p.parent.name}" for p in ROOT.glob("*/*/truth.json"))


def _truth(name: str) -> dict:
    return json.loads((ROOT / name / "truth.json").read_text(encoding="utf-8"))


def test_each_part_has_enough_boards_of_two_or_three_years() -> None:
    parts = [s.split("/")[0] for s in SETS]
    assert parts.count("dev") >= 8 and parts.count("heldout") >= 6
    for name in SETS:
        docs = {d["doc"] for d in _truth(name)["documents"]}
        assert len(docs) in (4, 6), name  # a plan and a report per year


def test_held_out_vocabulary_shares_nothing_with_dev() -> None:
    fields = ("progress_headers", "priority_labels", "blocks", "board_styles", "plan_titles")
    for field in (*fields, "report_titles", "report_intros", "membership_headers", "captions"):
        assert not set(getattr(DEV, field)) & set(getattr(HELDOUT, field)), field
    assert {lab for lab, _ in DEV.extra_columns}.isdisjoint(lab for lab, _ in HELDOUT.extra_columns)
    assert {s.name for s in DEV.schemes}.isdisjoint(s.name for s in HELDOUT.schemes)
    dev_cells = {t for s in DEV.schemes for cs in s.cells.values() for t, _ in cs if t}
    assert dev_cells.isdisjoint(
        t for s in HELDOUT.schemes for cs in s.cells.values() for t, _ in cs
    )
    dev_columns = {h for hs in DEV.plan_columns.values() for h in hs}
    assert dev_columns.isdisjoint(h for hs in HELDOUT.plan_columns.values() for h in hs)
    assert set(DEV.people_templates.values()).isdisjoint(HELDOUT.people_templates.values())
    assert set(DEV.headings.values()).isdisjoint(HELDOUT.headings.values())
    assert set(HELDOUT.plan_layouts) - set(DEV.plan_layouts)
    assert set(HELDOUT.report_layouts) - set(DEV.report_layouts)
    assert set(PARTS["dev"][2]).isdisjoint(PARTS["heldout"][2])
    assert set(PARTS["dev"][1]).isdisjoint(PARTS["heldout"][1])


@pytest.mark.parametrize("name", SETS)
def test_truth_is_consistent(name: str) -> None:
    truth = _truth(name)
    assert_consistent(ROOT / name, truth)


def test_truth_is_what_the_generator_writes() -> None:
    """Same seeds, same truth: rebuilt from the generator's objects, not from files."""
    for part in PARTS:
        for board in boards(part):
            committed = _truth(f"{part}/{board.slug}")
            files: dict[str, list[dict]] = {}
            for d in committed["documents"]:
                files.setdefault(d["doc"], []).append(
                    {"file": d["file"], "format": d["format"], "pages": d["pages"]}
                )
            assert board_truth(board, files) == committed, board.slug


@pytest.mark.parametrize("name", SETS)
def test_word_files_contain_every_truth_text(name: str) -> None:
    assert checks.docx_missing(_truth(name), ROOT / name) == []


@pytest.mark.parametrize("name", SETS)
def test_pdf_files_contain_every_truth_text(name: str) -> None:
    """pdfplumber's text holds each truth text's words in order."""
    assert checks.pdf_missing(_truth(name), ROOT / name) == []
