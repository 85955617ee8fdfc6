"""`carryforward extract`: a bad file is reported and the run goes on; exit code says so."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from typer.testing import CliRunner

from service.cli.app import app


def _plan(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Wexmoor Safeguarding Partnership Business Plan 2020-21", 0)
    document.add_heading("1. Purpose", 1)
    document.add_paragraph("1.1 This plan sets out what the partnership will do this year.")
    document.save(str(path))
    return path


def test_bad_file_reported_and_run_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n")  # truncated, no xref
    good = _plan(tmp_path / "plan.docx")
    result = CliRunner().invoke(app, ["extract", str(broken), str(good), "--json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines[0]["error"]["file"] == "broken.pdf"
    assert lines[1]["document"]["file"] == "plan.docx"
    numbers = [s["number"] for s in lines[1]["sections"]]
    assert "1.1" in numbers


def test_all_good_exits_zero_with_summary(tmp_path: Path) -> None:
    good = _plan(tmp_path / "plan.docx")
    result = CliRunner().invoke(app, ["extract", str(good)])
    assert result.exit_code == 0, result.output
    assert "plan.docx" in result.output
    assert "DOCX" in result.output
