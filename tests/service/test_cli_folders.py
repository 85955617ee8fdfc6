"""`ledger`/`draft` on a folder: what is not read is said; a folder that is not one
board's folder is an error that says what to pass; two boards are not mixed silently."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from extract.sniff import OLE2_MAGIC
from service.cli.app import app
from service.cli.folder import read_board_folder
from service.reader import ReaderLimits
from tests.pdf_build import hanging_pdf

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO / "corpora"
HARROWFIELD = CORPORA / "harrowfield"
SMALL = ("2019-20_accountability_report.pdf", "2019-20_business_plan.docx")


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "400"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


def _board(folder: Path, names: tuple[str, ...] = SMALL, source: Path = HARROWFIELD) -> Path:
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(source / name, folder / name)
    return folder


def _old_word(path: Path) -> None:
    path.write_bytes(OLE2_MAGIC + b"\x00" * 100 + "WordDocument".encode("utf-16-le"))


def test_ledger_reports_every_file_it_does_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARRYFORWARD_SOFFICE", "")  # as on a machine without LibreOffice
    folder = _board(tmp_path / "board")
    _old_word(folder / "2016-17_report.doc")
    (folder / "notes.txt").write_text("to do\n")
    (folder / "2019-20_plan.docx.bak").write_bytes(b"\x00\x01\x02binary junk")
    (folder / "archive").mkdir()
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    code, out, err = _run("ledger", folder, "--json")
    assert code == 0, err
    assert "skipped 2016-17_report.doc: this is an old Word 97-2003 .doc file" in err
    assert "needs LibreOffice" in err and "save it as .docx" in err
    assert "skipped notes.txt: this is a plain text file" in err
    assert "skipped 2019-20_plan.docx.bak" in err
    assert "skipped folder archive/ (folders inside a board folder are not read)" in err
    assert ".DS_Store" not in err
    data = json.loads(out)
    assert {s["file"] for s in data["skipped"]} == {
        "2016-17_report.doc",
        "notes.txt",
        "2019-20_plan.docx.bak",
        "archive/",
    }
    assert len(data["documents"]) == 2


def test_a_hanging_file_in_a_board_folder_is_skipped_at_the_time_limit(tmp_path: Path) -> None:
    # One Word file beside the hanging PDF: it reads well inside the limit even on a
    # busy machine, which a PDF report may not.
    word = "2019-20_business_plan.docx"
    folder = _board(tmp_path / "board", names=(word,))
    (folder / "2020-21_report.pdf").write_bytes(hanging_pdf())
    console = Console(file=io.StringIO(), width=400)
    findings, skipped = read_board_folder(folder, console, limits=ReaderLimits(seconds=4))
    assert [f.document.file for f in findings] == [word]
    [hang] = skipped
    assert hang.file == "2020-21_report.pdf" and hang.failed
    assert hang.reason.startswith("reading stopped after 4 s (the time limit)")


def test_ledger_of_empty_folder_is_an_error(tmp_path: Path) -> None:
    code, _, err = _run("ledger", tmp_path)
    assert code == 1
    assert err == f"error: no PDF or Word files in {tmp_path}"


def test_ledger_of_folder_of_board_folders_points_to_batch() -> None:
    code, _, err = _run("ledger", CORPORA)
    assert code == 1
    assert "holds board folders (harrowfield, kestrelvale, morrowby)" in err
    assert f"carryforward batch {CORPORA}" in err


def test_draft_of_folder_of_board_folders_points_to_batch(tmp_path: Path) -> None:
    _board(tmp_path / "harrowfield")
    code, _, err = _run("draft", tmp_path, "--out", tmp_path / "x.docx")
    assert code == 1
    assert "holds board folders (harrowfield)" in err
    assert not (tmp_path / "x.docx").exists()


def test_extract_of_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    code, out, _ = _run("extract", tmp_path)  # without --json, errors go to stdout
    err = " ".join(out.split())
    assert code == 1
    assert "this is a folder" in err and "carryforward ledger" in err
    assert "no such file" not in err


def test_draft_period_before_every_report_names_the_earliest(tmp_path: Path) -> None:
    folder = _board(tmp_path / "board")
    code, _, err = _run("draft", folder, "--out", tmp_path / "x.docx", "--period", "2015/16")
    assert code == 1
    assert "no report before 2015/16" in err and "the earliest is 2019/20" in err


def test_batch_of_one_board_folder_suggests_its_parent(tmp_path: Path) -> None:
    folder = _board(tmp_path / "harrowfield")
    code, _, err = _run("batch", folder, "--out", tmp_path / "out", "--quiet")
    assert code == 2
    assert f"carryforward batch {tmp_path}" in err


def test_two_boards_in_one_folder_are_refused(tmp_path: Path) -> None:
    folder = _board(tmp_path / "board")
    _board(folder, ("2022-23_annual_report.pdf",), CORPORA / "kestrelvale")
    code, _, err = _run("ledger", folder)
    assert code == 1
    assert "2 boards" in err
    assert "Harrowfield Safeguarding Children Board: 2019-20_accountability_report.pdf" in err
    assert "Kestrel Vale Safeguarding Children Partnership: 2022-23_annual_report.pdf" in err
    assert "--allow-mixed-boards" in err
    code, _, err = _run("draft", folder, "--out", tmp_path / "x.docx")
    assert code == 1 and "2 boards" in err
    code, out, err = _run("ledger", folder, "--json", "--allow-mixed-boards")
    assert code == 0, err
    assert len(json.loads(out)["documents"]) == 3
