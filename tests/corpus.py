"""What the corpus generator wrote, for tests to hold our stages to: each board's
`truth.json` (written by `corpora.generate` from the board data it renders), and, for
what truth.json does not list, the board data itself (`corpora/boards/`) numbered the
way the layout numbers it. Never our own output.

    truth("harrowfield")                          # the board's truth.json
    document("harrowfield", "2019-20_business_plan.docx")   # its truth entry
    of_doc(truth_, "actions", doc_id)             # truth rows of one document
    outline("harrowfield", "2017-18")             # the report's numbered headings/paragraphs
"""

from __future__ import annotations

import functools
import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpora.model import Board, Box, Bullets, Report, Sub
from tests.conftest import CORPORA

BOARDS = ("harrowfield", "kestrelvale", "morrowby")


@functools.cache
def truth(board: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPORA / board / "truth.json").read_text("utf-8"))
    return data


def document(board: str, file: str) -> dict[str, Any]:
    """The truth's entry for one file (`doc` is shared by a PDF and Word copy)."""
    return next(d for d in truth(board)["documents"] if d["file"] == file)


def of_doc(data: dict[str, Any], what: str, doc: str) -> list[dict[str, Any]]:
    """The truth's `what` ("priorities", "actions", "progress", "people") of one doc."""
    return [x for x in data[what] if x["doc"] == doc]


def files(board: str, kind: str) -> list[str]:
    """The board's files of one kind ("business_plan", "accountability_report", ...)."""
    return [d["file"] for d in truth(board)["documents"] if d["kind"] == kind]


def board_data(board: str) -> Board:
    module = importlib.import_module(f"corpora.boards.{board}")
    data: Board = module.BOARD
    return data


@dataclass(frozen=True)
class Numbered:
    """A numbered heading ("3") or paragraph ("3.3", "3.3.1") of a report, and the
    bullets printed right after it."""

    number: str
    text: str
    heading: bool
    items: tuple[str, ...] = ()


def report(board: str, year: str) -> Report:
    return next(y.report for y in board_data(board).years if y.key == year)


def outline(board: str, year: str) -> list[Numbered]:
    """The report's numbered headings and paragraphs, numbered as
    `corpora.layouts.common.Writer.numbered_sections` numbers them (sections from 1,
    paragraphs n.m, sub-paragraphs n.m.k; bullets and boxes are not numbered)."""
    out: list[Numbered] = []
    for n, section in enumerate(report(board, year).sections, start=1):
        out.append(Numbered(str(n), section.heading, heading=True))
        para_no, sub_no = 0, 0
        for para in section.paras:
            if isinstance(para, Bullets):
                last = out[-1]
                out[-1] = Numbered(last.number, last.text, last.heading, last.items + para.items)
            elif isinstance(para, Box):
                continue
            elif isinstance(para, Sub):
                sub_no += 1
                out.append(Numbered(f"{n}.{para_no}.{sub_no}", para.text, heading=False))
            else:
                para_no, sub_no = para_no + 1, 0
                out.append(Numbered(f"{n}.{para_no}", para, heading=False))
    return out


STATUSES = frozenset({"complete", "in_progress", "planned", "delayed", "unknown"})
LINK_KINDS = frozenset({"same", "reworded", "split", "merged", "reported_by"})


def assert_consistent(folder: Path, truth: dict[str, Any]) -> None:
    """A board's truth.json holds together: files exist in their format, ids are unique,
    every item names a document of the board, link ends exist, statuses are valid."""
    docs = {d["doc"] for d in truth["documents"]}
    for d in truth["documents"]:
        assert (folder / d["file"]).is_file(), d["file"]
        assert d["format"] == Path(d["file"]).suffix[1:]
        assert (d["pages"] is None) == (d["format"] == "docx")
    ids = [x["id"] for key in ("priorities", "actions", "progress") for x in truth[key]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for key in ("priorities", "actions", "progress", "people"):
        for item in truth[key]:
            assert item["doc"] in docs, item
    actions = {a["id"] for a in truth["actions"]}
    progress = {p["id"] for p in truth["progress"]}
    for link in truth["links"]:
        assert link["kind"] in LINK_KINDS, link
        assert link["from"] in actions, link
        assert link["to"] in (progress if link["kind"] == "reported_by" else actions), link
    for row in truth["progress"]:
        assert row["statuses"] and set(row["statuses"]) <= STATUSES, row["id"]
        assert set(row["reports_on"]) <= actions, row["id"]
