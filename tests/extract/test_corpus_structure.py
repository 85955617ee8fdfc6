"""The corpus documents come back whole: every numbered heading and paragraph with its
number and text, the bullets after a paragraph, the seed-like plan table (one row per
priority, its outcomes and its actions with their sub-items), the `Planned Action |
Update` appendix row by row, the running header and footer kept out of the body.

Expected values are the generator's (tests/corpus.py: truth.json, and the board data
for the numbered paragraphs truth.json does not list). Texts are compared with
whitespace folded: a PDF cell wraps where a Word cell does not, and the truth joins a
cell's paragraphs with one space.
"""

from __future__ import annotations

import functools

import pytest

from extract import Document, Heading, ListItem, Paragraph, Table, extract
from tests.conftest import CORPORA
from tests.corpus import BOARDS, board_data, document, of_doc, outline, report, truth

DOCUMENTS = [(board, d) for board in BOARDS for d in truth(board)["documents"]]
REPORTS = [(b, d["file"]) for b, d in DOCUMENTS if d["layout"] == "report"]
RUNNING = [(b, f) for b, f in REPORTS if "running_header_footer" in document(b, f)["features"]]
SEED_LIKE_PLANS = [(b, d["file"]) for b, d in DOCUMENTS if d["layout"] == "seed_table"]
PLANNED_ACTION_REPORTS = [
    (b, f)
    for b, f in REPORTS
    if report(b, f.split("_")[0]).progress_columns[0].startswith("Planned Action")
]

# corpora/README.md: "progress table over a page break with repeated header" (truth.json's
# features list "table_across_pages" for the 2017-18 report too, whose table fits on
# its last page).
ACROSS_PAGES = {"2018-19_accountability_report.pdf", "2019-20_accountability_report.pdf"}


@functools.cache
def read(board: str, file: str) -> Document:
    return extract(CORPORA / board / file)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _table(doc: Document, first_header: str) -> Table:
    tables = [
        b
        for b in doc.blocks
        if isinstance(b, Table) and b.rows[0].texts[0].startswith(first_header)
    ]
    assert len(tables) == 1, f"{len(tables)} tables headed {first_header!r}"
    return tables[0]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    return [f"{b}/{f}" for b, f in cases]


@pytest.mark.parametrize(("board", "file"), REPORTS, ids=_ids(REPORTS))
def test_numbered_headings_and_paragraphs_whole_and_in_order(board: str, file: str) -> None:
    doc = read(board, file)
    expected = outline(board, file.split("_")[0])
    headings = [(b.number, b.text) for b in doc.blocks if isinstance(b, Heading) and b.number]
    paragraphs = [(b.number, b.text) for b in doc.blocks if isinstance(b, Paragraph) and b.number]
    assert headings == [(n.number, n.text) for n in expected if n.heading]
    assert paragraphs == [(n.number, n.text) for n in expected if not n.heading]


@pytest.mark.parametrize(("board", "file"), REPORTS, ids=_ids(REPORTS))
def test_bullets_follow_their_paragraph(board: str, file: str) -> None:
    blocks = list(read(board, file).blocks)
    with_items = [n for n in outline(board, file.split("_")[0]) if n.items]
    for numbered in with_items:
        at = next(i for i, b in enumerate(blocks) if getattr(b, "number", None) == numbered.number)
        after = blocks[at + 1 : at + 1 + len(numbered.items)]
        assert all(isinstance(b, ListItem) and b.number == "•" for b in after), numbered.number
        assert [b.text for b in after] == list(numbered.items)  # type: ignore[union-attr]
    if board == "harrowfield" and file.startswith("2017-18"):
        assert with_items  # the report has bulleted paragraphs: the check ran


@pytest.mark.parametrize(("board", "file"), RUNNING, ids=_ids(RUNNING))
def test_title_running_header_and_footer_kept_out_of_the_body(board: str, file: str) -> None:
    doc = read(board, file)
    entry = document(board, file)
    header = f"{board_data(board).name} | {entry['title']}"
    assert doc.title == entry["title"]
    body = "\n".join(doc.iter_text())
    assert header not in body and "Page 2 of" not in body
    assert header in doc.running_text
    assert any(t.startswith(f"{board_data(board).short} | Page ") for t in doc.running_text)
    assert all(b.source.page is not None and b.source.bbox is not None for b in doc.blocks)


@pytest.mark.parametrize(("board", "file"), SEED_LIKE_PLANS, ids=_ids(SEED_LIKE_PLANS))
def test_plan_table_one_row_per_priority_with_its_outcomes_and_actions(
    board: str, file: str
) -> None:
    data, entry = truth(board), document(board, file)
    priorities = of_doc(data, "priorities", entry["doc"])
    actions = of_doc(data, "actions", entry["doc"])
    table = _table(read(board, file), "Strategic Priority")
    assert len(table.header_rows) == 1  # a header repeated on the next page is not a row
    assert table.header_rows[0].texts == [
        "Strategic Priority",
        "Outcome",
        f"Actions {entry['actions_period'] or entry['period']}".replace("/", "-"),
    ]
    assert len(table.body_rows) == len(priorities)
    for row, priority in zip(table.body_rows, priorities, strict=True):
        priority_cell, outcome_cell, action_cell = row.cells
        assert _fold(priority_cell.text) == f"Priority {priority['number']}: {priority['title']}"
        outcomes = [(b.number, _fold(b.text)) for b in outcome_cell.blocks]
        assert outcomes == [(str(k), o) for k, o in enumerate(priority["outcomes"], start=1)]
        mine = [a for a in actions if a["priority"] == priority["number"]]
        subs = [b for b in action_cell.blocks if isinstance(b, ListItem) and b.level == 2]
        tops = [b for b in action_cell.blocks if b not in subs]
        assert [(b.number, _fold(b.text)) for b in tops] == [(a["number"], a["text"]) for a in mine]
        assert [_fold(b.text) for b in subs] == [i for a in mine for i in a["items"]]


@pytest.mark.parametrize(
    ("board", "file"), PLANNED_ACTION_REPORTS, ids=_ids(PLANNED_ACTION_REPORTS)
)
def test_planned_action_update_appendix_row_by_row(board: str, file: str) -> None:
    data, entry = truth(board), document(board, file)
    rows = of_doc(data, "progress", entry["doc"])
    table = _table(read(board, file), "Planned Action")
    assert len(table.header_rows) == 1
    assert len(table.body_rows) == len(rows)
    for row, want in zip(table.body_rows, rows, strict=True):
        action, update = row.cells[:2]
        first = action.blocks[0]
        assert (first.number, _fold(first.text)) == (str(want["row"]), want["action"])
        assert [_fold(b.text) for b in action.blocks[1:]] == want["action_items"]
        assert _fold(update.text) == want["update"]
        status = _fold(row.cells[2].text) if len(row.cells) > 2 else None
        assert status == want["status_cell"]
    if file in ACROSS_PAGES:
        assert len({r.source.page for r in table.body_rows}) >= 2
