"""The draft from the real pipeline on real files: one report and the plan after it
(Harrowfield's, the plan in Word and in PDF), and each corpus board.

Checked: the appendix has exactly the current plan's actions; each has an update or a
flagged gap; every source resolves to a real block of its file; every paragraph and
appendix cell carries a comment; python-docx re-saves keep it; and our own draft
reads back (extract) into the same sections and appendix rows."""

from __future__ import annotations

import io
import re

import pytest

from drafting.build import build_draft
from drafting.build.appendix import STATUS_LABELS
from drafting.compare import read_draft
from drafting.model import Draft, DraftParagraph, DraftSection
from drafting.writers.docx.write import write_docx
from extract.model import Document
from nlp.ledger import Ledger
from nlp.periods import parse_period
from tests.corpus import document, of_doc, outline
from tests.drafting.docx_check import (
    comment_texts,
    open_docx,
    uncommented_cells,
    uncommented_paragraphs,
)
from tests.drafting.pipeline import BOARDS, all_cites, board_run, files_run, resolves, truth


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _key(text: str) -> str:
    """Text compared with truth: letters and digits only ("e-learning" = "elearning")."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _check_sources(draft: Draft, documents: dict[str, Document]) -> None:
    bad = [c for c in all_cites(draft) if not resolves(c, documents)]
    assert not bad, f"{len(bad)} sources do not resolve, e.g. {bad[0]}"


def _check_docx(draft: Draft) -> bytes:
    data = write_docx(draft)
    document = open_docx(data)
    assert uncommented_paragraphs(document) == []
    assert uncommented_cells(document) == []
    out = io.BytesIO()
    document.save(out)
    assert comment_texts(open_docx(out.getvalue())) == comment_texts(document)
    return out.getvalue()


def _check_read_back(draft: Draft, data: bytes) -> None:
    """Our draft, read back through extract, has the same sections and appendix rows."""
    back = read_draft(data)
    numbered = [s for s in draft.sections if s.number]
    assert [back.headings.get(s.number or "") for s in numbered] == [s.heading for s in numbered]
    for section in numbered:
        for label, para in _numbered(section):
            assert _norm(back.paragraphs[label]) == _norm(para.text)
    rows = {
        (r.priority, r.number): (
            _norm(" ".join([r.action, *(f"– {i}" for i in r.items)])),
            _norm(r.update_text),
            STATUS_LABELS["gap" if r.gap else r.status],
        )
        for r in draft.rows
    }
    got = {k: (_norm(v.action), _norm(v.update), v.status) for k, v in back.rows.items()}
    assert got == rows


def _numbered(section: DraftSection) -> list[tuple[str, DraftParagraph]]:
    """A section's numbered paragraphs with the numbers Word gives them ("3.2", "3.2.1")."""
    out, k, m = [], 0, 0
    for para in section.paragraphs:
        if para.numbered:
            k, m = (k, m + 1) if para.sub else (k + 1, 0)
            out.append((f"{section.number}.{k}" + (f".{m}" if para.sub else ""), para))
    return out


@pytest.mark.parametrize("board", ("kestrelvale", "morrowby"))
def test_sub_numbered_paragraphs_stay_one_level_down(board: str) -> None:
    """Last year's 3.3.1, 3.3.2 under 3.3 are drafted one level down and numbered so
    in Word, not flattened into 3.4, 3.5."""
    ledger, _documents = board_run(board)
    draft = build_draft(ledger)
    template = next(
        f
        for f in ledger.documents
        if f.document.period == draft.previous_period and f.document.kind != "business_plan"
    )
    last_year = [s for s in template.sections if s.number and s.number.count(".") == 2]
    subs = [p for s in draft.sections for p in s.paragraphs if p.sub]
    assert last_year and len(subs) == len(last_year)
    back = read_draft(write_docx(draft))
    labels = [label for s in draft.sections if s.number for label, p in _numbered(s) if p.sub]
    assert [label.split(".")[-2:] for label in labels] == [
        s.number.split(".")[-2:] for s in last_year if s.number
    ]
    assert all(_norm(back.paragraphs[label]) for label in labels)


def _check_rows(draft: Draft) -> None:
    for row in draft.rows:
        assert row.update, row.action
        assert row.gap or all(s.cites for s in row.update)
        if row.gap:
            assert row.update_text.startswith("Update needed")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_draft_from_one_report_and_the_plan_after_it(fmt: str) -> None:
    """Harrowfield's 2018/19 report and its 2019-20 plan: the 2019/20 draft carries the
    report's sections and has the plan's actions, every one a gap."""
    plan_file = f"2019-20_business_plan.{fmt}"
    ledger, documents = files_run("harrowfield", "2018-19_accountability_report.pdf", plan_file)
    draft = build_draft(ledger)
    assert draft.period == "2019/20"
    sections = [n.number for n in outline("harrowfield", "2018-19") if n.heading]
    assert [s.number for s in draft.sections] == [*sections, None, None]  # progress, appendices
    # 1.2 of the 2018/19 report: "This is my second Accountability Report."; it also says
    # it is likely to be the Chair's last, so the next ordinal is left to the next author.
    ordinal = next(
        s for p in draft.sections[0].paragraphs for s in p.sentences if "Accountability" in s.text
    )
    assert ordinal.text == "This is my second Accountability Report." and ordinal.cites
    assert "second Accountability Report" in ordinal.revise
    actions = of_doc(truth("harrowfield"), "actions", document("harrowfield", plan_file)["doc"])
    assert [(r.number, _norm(r.action)) for r in draft.rows] == [
        (a["number"], a["text"]) for a in actions
    ]
    assert [r.items for r in draft.rows] == [tuple(a["items"]) for a in actions]
    assert all(r.gap for r in draft.rows)  # no newer document: every update is needed
    _check_rows(draft)
    _check_sources(draft, documents)
    data = _check_docx(draft)
    _check_read_back(draft, data)


def _plan_truth(board: str, period: str) -> list[str]:
    """The truth's planned actions for `period` (one plan document; a plan saved as both
    Word and PDF is listed once)."""
    period = period.replace("-", "/")
    actions = [a for a in truth(board)["actions"] if a["period"] == period]
    first = actions[0]["doc"] if actions else None
    return [_key(a["text"]) for a in actions if a["doc"] == first]


def _latest_report_period(ledger: Ledger) -> str:
    reports = [f for f in ledger.documents if f.document.kind != "business_plan"]
    periods = sorted(f.document.period or "" for f in reports)
    return periods[-1]


@pytest.mark.parametrize("board", BOARDS)
def test_board_draft_for_the_latest_year(board: str) -> None:
    """Drafting the year of the board's latest report, from the documents before it plus
    that year's plan and report: updates are drafted from that report."""
    ledger, documents = board_run(board)
    period = _latest_report_period(ledger)
    draft = build_draft(ledger, period=period)
    assert draft.period == period
    assert sorted(_key(r.action) for r in draft.rows) == sorted(_plan_truth(board, period))
    _check_rows(draft)
    assert sum(not r.gap for r in draft.rows) >= 0.8 * len(draft.rows)
    _check_sources(draft, documents)
    data = _check_docx(draft)
    _check_read_back(draft, data)


def test_a_period_given_as_a_date_range_drafts_that_year() -> None:
    # drafting's own period reader refused "April 2019 to March 2020" (the ledger's read it)
    ledger, _documents = board_run(BOARDS[0])
    period = _latest_report_period(ledger)
    parsed = parse_period(period)
    assert parsed is not None
    dates = f"April {parsed.start} to March {parsed.end}"
    assert build_draft(ledger, period=dates) == build_draft(ledger, period=period)


@pytest.mark.parametrize("board", BOARDS)
def test_board_draft_for_next_year_flags_every_gap(board: str) -> None:
    ledger, _documents = board_run(board)
    draft = build_draft(ledger)
    assert draft.rows and all(r.gap for r in draft.rows)
    assert any("None of the documents is for" in n for n in draft.notes)
