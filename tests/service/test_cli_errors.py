"""A user's mistakes on the command line end in one `error:` line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from typer.testing import CliRunner

from service.cli.app import app

REPO = Path(__file__).resolve().parents[2]
MORROWBY = REPO / "corpora" / "morrowby"


def _run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "400"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    # Usage errors come in a box: its frame and line breaks are not part of the message.
    return result.exit_code, " ".join(result.stderr.replace("│", " ").split())


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("1. Introduction", 1)
    document.add_paragraph("The board met four times.")
    document.save(str(path))
    return path


def test_draft_of_missing_folder_names_it(tmp_path: Path) -> None:
    code, err = _run("draft", tmp_path / "nope", "--out", tmp_path / "x.docx")
    assert code == 2
    assert err.startswith("error: ") and "nope" in err and "no such folder" in err


def test_draft_of_a_file_says_it_is_not_a_folder(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes\n")
    code, err = _run("draft", notes, "--out", tmp_path / "x.docx")
    assert code == 2
    assert "notes.txt" in err and "not a folder" in err


def test_draft_out_in_missing_folder_refused_before_work(tmp_path: Path) -> None:
    code, err = _run("draft", MORROWBY, "--out", tmp_path / "no" / "dir" / "x.docx")
    assert code == 2
    assert "does not exist" in err and "--out" in err


def test_draft_out_is_a_folder_refused_before_work(tmp_path: Path) -> None:
    # An empty source folder: had the check come after reading, this would say so.
    code, err = _run("draft", tmp_path, "--out", tmp_path)
    assert code == 2
    assert "is a folder" in err


def test_draft_out_with_other_suffix_refused(tmp_path: Path) -> None:
    for option, name in (("--out", "m.pdf"), ("--html", "m.docx"), ("--md", "m.txt")):
        args = ["draft", MORROWBY, "--out", tmp_path / "d.docx", option, tmp_path / name]
        code, err = _run(*args)
        assert code == 2, (option, err)
        assert name in err and "must end in" in err
    assert not list(tmp_path.iterdir())


def test_compare_with_missing_file(tmp_path: Path) -> None:
    draft = _docx(tmp_path / "draft.docx")
    code, err = _run("compare", draft, tmp_path / "nope.docx")
    assert code == 1
    assert err.startswith("error: ") and "nope.docx" in err and "no such file" in err


def test_compare_with_text_file(tmp_path: Path) -> None:
    draft = _docx(tmp_path / "draft.docx")
    notes = tmp_path / "notes.txt"
    notes.write_text("some notes\n")
    code, err = _run("compare", draft, notes)
    assert code == 1
    assert "notes.txt" in err and "plain text file" in err


def test_ledger_with_decisions_not_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{bad")
    code, err = _run("ledger", MORROWBY, "--decisions", bad)
    assert code == 1
    assert "bad.json" in err and "not a decisions file" in err


def test_ledger_with_decision_of_unknown_op(tmp_path: Path) -> None:
    bad = tmp_path / "decisions.json"
    entry = {"op": "frob", "from": "a", "to": "b", "kind": "same", "by": "x", "at": "2021"}
    bad.write_text(json.dumps({"decisions": [entry]}))
    code, err = _run("ledger", MORROWBY, "--decisions", bad)
    assert code == 1
    assert "decisions.json" in err and "decision 1" in err and "'frob'" in err


def test_ledger_with_decision_missing_fields(tmp_path: Path) -> None:
    bad = tmp_path / "decisions.json"
    bad.write_text(json.dumps([{"op": "add", "from": "a", "kind": "same"}]))
    code, err = _run("ledger", MORROWBY, "--decisions", bad)
    assert code == 1
    assert "decision 1" in err and "missing to, by, at" in err


def test_ledger_with_missing_decisions_file(tmp_path: Path) -> None:
    code, err = _run("ledger", MORROWBY, "--decisions", tmp_path / "nope.json")
    assert code == 2
    assert "nope.json" in err
