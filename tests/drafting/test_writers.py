"""The Word, HTML and Markdown drafts from hand-built Findings of Harrowfield's documents
(tests/drafting/fixtures.py) and a fictional newer report: real styles and
numbering, comments on every paragraph and cell, landscape appendix, header/footer,
deterministic bytes, and python-docx re-saves keep everything."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx.enum.section import WD_ORIENT

from drafting.build import build_draft
from drafting.compare import compare, read_draft
from drafting.model import Draft
from drafting.writers.docx.write import write_docx
from drafting.writers.text import write_html, write_md
from tests.corpus import of_doc, truth
from tests.drafting.docx_check import (
    appendix_table,
    comment_texts,
    open_docx,
    uncommented_cells,
    uncommented_paragraphs,
)
from tests.drafting.fixtures import BOARD, PLAN_DOC, board_name, corpus_ledger

LEDGER = corpus_ledger(with_newer=True)
ACTIONS = of_doc(truth(BOARD), "actions", PLAN_DOC)
PRIORITIES = of_doc(truth(BOARD), "priorities", PLAN_DOC)
GAPS = len(ACTIONS) - 2  # one action reported on, one evidenced by the newer report


@pytest.fixture(scope="module")
def draft() -> Draft:
    return build_draft(LEDGER, period="2018/19", date="2018-04-30")


@pytest.fixture(scope="module")
def data(draft: Draft) -> bytes:
    return write_docx(draft)


def test_same_draft_same_bytes(draft: Draft, data: bytes) -> None:
    assert write_docx(draft) == data
    assert write_html(draft) == write_html(draft) and write_md(draft) == write_md(draft)


def test_no_clock_in_the_package(data: bytes) -> None:
    package = zipfile.ZipFile(io.BytesIO(data))
    assert {i.date_time for i in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    comments = package.read("word/comments.xml").decode()
    assert 'w:date="2018-04-30T00:00:00Z"' in comments
    core = package.read("docProps/core.xml").decode()
    assert "2018-04-30" in core


def test_real_styles_numbering_and_layout(data: bytes) -> None:
    document = open_docx(data)
    styles = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Number"} <= styles
    assert appendix_table(document).style.name == "Table Grid"
    numbered = [
        p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    assert len(numbered) > 30
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    header = document.sections[0].header.paragraphs[0].text
    assert board_name() in header and "2018/19" in header
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_every_paragraph_and_cell_has_a_comment(data: bytes) -> None:
    document = open_docx(data)
    assert uncommented_paragraphs(document) == []
    assert uncommented_cells(document) == []
    texts = comment_texts(document)
    assert any(
        t.startswith("Source: Annual Report 2018/19 (annual-report-2018-19.docx)") for t in texts
    )
    assert any("History:" in t and "Reported 2017/18" in t for t in texts)


def test_gap_cells_are_highlighted(data: bytes) -> None:
    table = appendix_table(open_docx(data))
    gap_rows = [r for r in table.rows if r.cells[1].text.startswith("Update needed")]
    assert len(gap_rows) == GAPS
    assert 'w:fill="FFF2CC"' in gap_rows[0].cells[1]._tc.xml
    assert 'w:highlight w:val="yellow"' in gap_rows[0].cells[1]._tc.xml


def test_resave_with_python_docx_keeps_everything(data: bytes) -> None:
    document = open_docx(data)
    out = io.BytesIO()
    document.save(out)
    again = open_docx(out.getvalue())
    assert comment_texts(again) == comment_texts(document)
    assert [p.text for p in again.paragraphs] == [p.text for p in document.paragraphs]
    assert len(again.tables) == len(document.tables)
    assert len(again.inline_shapes) == len(document.inline_shapes) == len(PRIORITIES)


def test_html_and_markdown_carry_the_same_content(draft: Draft) -> None:
    html, md = write_html(draft), write_md(draft)
    for row in draft.rows:
        assert (
            row.action.replace("&", "&amp;").replace("'", "&#39;")[:40] in html
            or row.action[:40] in html
        )
        assert row.action[:40] in md
    assert html.count('class="gap"') >= 2 * GAPS and md.count("==Update needed: ") == GAPS
    assert 'href="annual-report-2018-19.docx#paragraph-' in html
    assert "[^1]: [" in md and "## Sources" in md
    assert "<script" not in html


def test_html_is_escaped() -> None:
    import dataclasses

    last_year, plan, newer = LEDGER.documents
    info = dataclasses.replace(last_year.document, title="Report <script>alert(1)</script> 2017/18")
    documents = (dataclasses.replace(last_year, document=info), plan, newer)
    ledger = dataclasses.replace(LEDGER, documents=documents)
    html = write_html(build_draft(ledger, period="2018/19"))
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_compare_lists_what_a_person_changed(draft: Draft, data: bytes) -> None:
    document = open_docx(data)
    placeholder = next(
        p for p in document.paragraphs if p.text.startswith("[For the Independent Chair")
    )
    for run in placeholder.runs[1:]:
        run.text = ""
    placeholder.runs[0].text = "Partners have worked well together this year."
    table = appendix_table(document)
    cell = table.rows[3].cells[1]
    for run in cell.paragraphs[0].runs[1:]:
        run.text = ""
    cell.paragraphs[0].runs[0].text = "The governance review was completed."
    out = io.BytesIO()
    document.save(out)
    changes = compare(read_draft(data), read_draft(out.getvalue()))
    # The first placeholder is the last numbered paragraph of the first section that has
    # one; the table's fourth row (after the header and Priority 1's band) is Priority 1's
    # second action.
    section = next(s for s in draft.sections if s.paragraphs[-1].role == "placeholder")
    numbered = [p for p in section.paragraphs if p.numbered]
    assert [c.where for c in changes] == [
        f"paragraph {section.number}.{len(numbered)}",
        f"appendix row Priority 1: {PRIORITIES[0]['title']} / 2: update",
    ]
    assert changes[1].after == "The governance review was completed."
