"""`carryforward extract`: a bad file is reported and the run goes on; exit code says so.
A file that hangs or explodes the parser is stopped by the reader's limits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
from typer.testing import CliRunner

from service.cli.app import app
from tests.hostile.cases import by_name
from tests.pdf_build import exploding_pdf, hanging_pdf

BIN = Path(sys.executable).parent / "carryforward"
LIBRARY_WORDS = ("Traceback", "pdfminer", "Pdfminer", "MemoryError", 'File "')


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


def test_a_hanging_pdf_fails_alone_at_the_time_limit(tmp_path: Path) -> None:
    hang = tmp_path / "hang.pdf"
    hang.write_bytes(hanging_pdf())
    good = _plan(tmp_path / "plan.docx")
    run = subprocess.run(
        [str(BIN), "extract", str(hang), str(good), "--time-limit", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, COLUMNS="400"),
    )
    assert run.returncode == 1, run.stderr
    assert "error hang.pdf: reading stopped after 2 s (the time limit)" in run.stdout
    assert "plan.docx" in run.stdout and "DOCX" in run.stdout  # the next file is read
    assert not [w for w in LIBRARY_WORDS if w in run.stdout + run.stderr], run.stderr


def test_an_exploding_pdf_fails_alone_at_the_memory_cap(tmp_path: Path) -> None:
    chars = tmp_path / "chars.pdf"
    chars.write_bytes(exploding_pdf())
    good = _plan(tmp_path / "plan.docx")
    args = ["extract", str(chars), str(good), "--json", "--memory-limit", "60"]
    # a fresh process: the test process's own freed heap would count as headroom
    result = subprocess.run(
        [str(BIN), *args], capture_output=True, text=True, timeout=120, env=dict(os.environ)
    )
    assert result.returncode == 1, result.stdout
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines[0]["error"]["error"] == "OutOfMemory"
    assert lines[0]["error"]["file"] == "chars.pdf"
    assert "the reader ran out of memory (limit 60 MB)" in result.stderr
    assert lines[1]["document"]["file"] == "plan.docx"
    assert not [w for w in LIBRARY_WORDS if w in result.stdout + result.stderr], result.stderr


def test_a_refused_file_never_waits_for_spacy(tmp_path: Path) -> None:
    """A fresh `carryforward extract` of a hostile file refuses it without importing
    spaCy (`-X importtime` lists every module the command imported): the commands
    import nlp inside themselves, and a cold reader extracts in a child of its own
    first. A good file read the same way does import it."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(by_name("pdf_chained_flate").build())
    good = _plan(tmp_path / "plan.docx")

    def imported(path: Path) -> tuple[int, set[str]]:
        run = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "service.cli", "extract", str(path)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
        names = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
        return run.returncode, names

    code, names = imported(bomb)
    assert code == 1 and "spacy" not in names and "nlp" not in names
    code, names = imported(good)
    assert code == 0 and "spacy" in names
