"""`--corrections FILE` of `extract`, `ledger`, `draft` and `batch`, on the mis-read plan
(`tests.corrections.misread`): the same JSON the API takes; a bad file is an error that
names the problem."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from typer.testing import CliRunner

from service.cli.app import app
from tests.corrections.misread import BOARD, misread_plan, truth_actions

runner = CliRunner()


def corrections_file(tmp_path: Path, sha256: str, tables: tuple[int, ...] = (0,)) -> Path:
    entries = [
        {
            "kind": "column_role",
            "target": {"sha256": sha256, "table": t, "col": 4},
            "value": "status",
            "by": "manager@example.org",
            "at": "2026-01-02T10:00:00",
        }
        for t in tables
    ]
    path = tmp_path / "corrections.json"
    path.write_text(json.dumps({"corrections": entries}), encoding="utf-8")
    return path


def board_folder(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "board"
    folder.mkdir()
    data = misread_plan()
    (folder / "plan.docx").write_bytes(data)
    return folder, hashlib.sha256(data).hexdigest()


def test_extract_and_ledger_read_with_the_corrections(tmp_path: Path) -> None:
    folder, sha = board_folder(tmp_path)
    fix = corrections_file(tmp_path, sha)
    plain = runner.invoke(app, ["extract", str(folder / "plan.docx"), "--json"])
    assert plain.exit_code == 0, plain.output
    assert json.loads(plain.stdout)["actions"] == []
    fixed = runner.invoke(
        app, ["extract", str(folder / "plan.docx"), "--json", "--corrections", str(fix)]
    )
    out = json.loads(fixed.stdout)
    assert sorted(a["text"] for a in out["actions"]) == sorted(a["text"] for a in truth_actions())
    assert out["unapplied"] == []
    ledger = runner.invoke(app, ["ledger", str(folder), "--json", "--corrections", str(fix)])
    assert ledger.exit_code == 0, ledger.output
    actions = [a for d in json.loads(ledger.stdout)["documents"] for a in d["actions"]]
    assert len(actions) == len(truth_actions())


def test_draft_and_batch_take_the_same_file(tmp_path: Path) -> None:
    folder, sha = board_folder(tmp_path)
    fix = corrections_file(tmp_path, sha)
    report = BOARD / "2021-22_annual_report.pdf"
    (folder / report.name).write_bytes(report.read_bytes())
    plain = runner.invoke(app, ["draft", str(folder), "--out", str(tmp_path / "p.docx")])
    assert plain.exit_code == 1 and "no plan with planned actions" in plain.output
    out_html = tmp_path / "fixed.html"
    args = ["--out", str(tmp_path / "f.docx"), "--html", str(out_html), "--corrections", str(fix)]
    fixed = runner.invoke(app, ["draft", str(folder), *args])
    assert fixed.exit_code == 0, fixed.output
    assert truth_actions()[0]["text"] in out_html.read_text(encoding="utf-8")
    (folder / report.name).unlink()
    region = tmp_path / "region"
    region.mkdir()
    folder.rename(region / "board")
    out = tmp_path / "out"
    batch = runner.invoke(
        app,
        [
            "batch",
            str(region),
            "--out",
            str(out),
            "--workers",
            "1",
            "--quiet",
            "--corrections",
            str(fix),
        ],
    )
    assert (out / "run.json").exists(), batch.output
    findings = json.loads(next((out / "boards" / "board" / "findings").glob("*.json")).read_text())
    assert len(findings["actions"]) == len(truth_actions())


def test_a_bad_corrections_file_names_the_problem(tmp_path: Path) -> None:
    folder, _ = board_folder(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"corrections": [{"kind": "paint", "target": {"sha256": "x"}}]}')
    result = runner.invoke(app, ["ledger", str(folder), "--corrections", str(bad)])
    assert result.exit_code != 0
    assert "correction 1: kind must be one of" in result.output
