"""The accessibility check (issue 20): every rule fires on a Word file made here to
break it, and the drafts of the corpus boards pass it."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm
from typer.testing import CliRunner

from drafting.accessibility import check
from drafting.build import build_draft
from drafting.model import StatusCounts
from drafting.writers.chart import status_chart
from drafting.writers.docx.write import FinalCopy, write_docx
from service.cli.app import app
from tests.drafting.docx_check import libreoffice_convert
from tests.drafting.pipeline import BOARDS, board_run


def _bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _good() -> docx.document.Document:
    document = docx.Document()
    document.core_properties.title = "Annual Report 2020/21"
    document.add_heading("Foreword", level=1)
    document.add_paragraph("The Board met four times.")
    return document


def _rules(data: bytes) -> set[tuple[str, str]]:
    return {(p.severity, p.rule) for p in check(data)}


def test_a_plain_titled_document_with_a_language_passes() -> None:
    assert check(_bytes(_good())) == []


def test_no_title_is_an_error() -> None:
    document = _good()
    document.core_properties.title = ""
    assert _rules(_bytes(document)) == {("error", "document title")}


def test_a_skipped_heading_level_is_an_error_naming_the_heading() -> None:
    document = _good()
    document.add_heading("Our priorities in detail", level=3)
    [problem] = check(_bytes(document))
    assert problem.rule == "heading levels in order"
    assert "Our priorities in detail" in problem.where
    assert "Heading 3 after Heading 1" in problem.advice


def test_a_table_without_a_repeating_header_row_is_an_error() -> None:
    document = _good()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Planned action"
    assert _rules(_bytes(document)) == {("error", "table header row")}
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
    assert check(_bytes(document)) == []


def test_a_picture_needs_alt_text() -> None:
    document = _good()
    picture = document.add_picture(
        io.BytesIO(status_chart(StatusCounts("Priority 1", (("complete", 2),)))), width=Cm(8)
    )
    [problem] = check(_bytes(document))
    assert (problem.rule, problem.severity) == ("alt text", "error")
    assert "Foreword" in problem.where or "four times" in problem.where
    picture._inline.docPr.set("descr", "Bar chart: 2 complete")
    assert check(_bytes(document)) == []


def test_a_shaded_cell_without_words_carries_meaning_by_colour_alone() -> None:
    document = _good()
    table = document.add_table(rows=2, cols=2)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
    table.cell(0, 0).text, table.cell(0, 1).text = "Action", "RAG"
    table.cell(1, 0).text = "Audit neglect cases"
    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="C00000"/>')
    table.cell(1, 1)._tc.get_or_add_tcPr().append(shading)
    assert _rules(_bytes(document)) == {("error", "meaning by colour alone")}
    table.cell(1, 1).text = "Red: delayed"
    assert check(_bytes(document)) == []


def test_blank_paragraphs_for_spacing_are_a_warning() -> None:
    document = _good()
    for _ in range(4):
        document.add_paragraph("")
    document.add_paragraph("Next part.")
    assert _rules(_bytes(document)) == {("warning", "blank paragraphs for spacing")}


def test_no_language_anywhere_is_an_error() -> None:
    document = _good()
    for lang in document.styles.element.iter("{*}lang"):
        lang.getparent().remove(lang)
    assert _rules(_bytes(document)) == {("error", "document language")}
    document.core_properties.language = "en-GB"
    assert check(_bytes(document)) == []


@pytest.mark.parametrize("board", BOARDS)
def test_the_draft_of_every_corpus_board_passes(board: str) -> None:
    ledger, _ = board_run(board)
    assert check(write_docx(build_draft(ledger))) == []


@pytest.mark.parametrize("board", BOARDS)
def test_every_export_of_the_draft_passes(board: str) -> None:
    """The tracked-changes copy (every sentence pending) and the approved final copy."""
    ledger, _ = board_run(board)
    draft = build_draft(ledger)
    every = frozenset(s.id for sec in draft.sections for p in sec.paragraphs for s in p.sentences)
    assert check(write_docx(draft, tracked=every)) == []
    approved = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    assert check(write_docx(draft, final=FinalCopy(author="Chair", created=approved))) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_draft_saved_again_by_libreoffice_still_passes(tmp_path: Path) -> None:
    ledger, _ = board_run("morrowby")
    ours = write_docx(build_draft(ledger))
    # Through OpenDocument and back: LibreOffice writes the .docx itself.
    odt = libreoffice_convert(ours, tmp_path, "draft", "odt")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "saved"), str(odt)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    assert check((tmp_path / "saved" / "draft.docx").read_bytes()) == []


def test_the_command_lists_errors_and_exits_1(tmp_path: Path) -> None:
    document = _good()
    document.core_properties.title = ""
    path = tmp_path / "draft.docx"
    path.write_bytes(_bytes(document))
    result = CliRunner().invoke(app, ["check-accessibility", str(path)])
    assert result.exit_code == 1
    assert "error: document title" in result.stdout
    assert "draft.docx: 1 error(s), 0 warning(s)" in result.stdout
    result = CliRunner().invoke(app, ["check-accessibility", str(path), "--json"])
    assert json.loads(result.stdout)[0]["rule"] == "document title"
