"""`--corrections FILE` of `extract`, `ledger`, `draft` and `batch`, on the mis-read plan
(`tests.corrections.misread`): the same JSON the API takes; a bad file is an error that
names the problem."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from typer.testing import CliRunner

from service.batch.cache import Cache
from service.batch.version import PIPELINE_VERSION
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


TWINS = BOARD.parent / "ashby-marsh"
TWIN_NAMES = ("2015-16_accountability_report.pdf", "2015-16_accountability_report.docx")


def twin_fix(tmp_path: Path) -> tuple[Path, str]:
    """A correction written by hand on the PDF: a progress row named by the id
    `extract --json` printed for it, no fingerprint; the row's action as printed."""
    pdf = runner.invoke(app, ["extract", str(TWINS / TWIN_NAMES[0]), "--json"])
    row = json.loads(pdf.stdout)["progress"][1]
    entry = {
        "kind": "progress_status",
        "target": {"sha256": row["source"]["sha256"], "item": row["id"]},
        "value": "delayed",
        "by": "manager@example.org",
        "at": "2026-01-02T10:00:00",
    }
    path = tmp_path / "twin.json"
    path.write_text(json.dumps({"corrections": [entry]}), encoding="utf-8")
    return path, row["action"]


def delayed_by_hand(findings: dict[str, object]) -> list[str]:
    rows = findings["progress"]
    assert isinstance(rows, list)
    return [p["action"] for p in rows if p["status_cue"] == "set by manager@example.org"]


def test_extract_applies_a_correction_on_the_pdf_to_its_word_twin(tmp_path: Path) -> None:
    fix, action = twin_fix(tmp_path)
    files = [str(TWINS / n) for n in TWIN_NAMES]
    result = runner.invoke(app, ["extract", *files, "--json", "--corrections", str(fix)])
    assert result.exit_code == 0, result.output
    pdf, word = (json.loads(line) for line in result.stdout.splitlines())
    assert word["document"]["format"] == "docx"
    assert delayed_by_hand(pdf) == [action]
    assert delayed_by_hand(word) == [action]
    alone = runner.invoke(app, ["extract", files[1], "--json", "--corrections", str(fix)])
    assert delayed_by_hand(json.loads(alone.stdout)) == []  # no twin given: nothing to apply


def _twin_region(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A region of one board holding the twins; its output folder; the batch command."""
    board = tmp_path / "region" / "ashby"
    board.mkdir(parents=True)
    for name in TWIN_NAMES:
        (board / name).write_bytes((TWINS / name).read_bytes())
    out = tmp_path / "out"
    return board, out, ["batch", str(board.parent), "--out", str(out), "--workers", "1", "--quiet"]


def test_batch_applies_a_correction_on_the_pdf_to_its_word_twin(tmp_path: Path) -> None:
    fix, action = twin_fix(tmp_path)
    _board, out, args = _twin_region(tmp_path)
    for run in (1, 2):  # the second run takes both readings from the cache
        result = runner.invoke(app, [*args, "--corrections", str(fix)])
        assert (out / "run.json").exists(), result.output
        found = out / "boards" / "ashby" / "findings"
        for name in TWIN_NAMES:
            findings = json.loads((found / f"{name}.json").read_text(encoding="utf-8"))
            assert delayed_by_hand(findings) == [action], (run, name)
    log = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert all(d["cached"] for d in log["documents"])


def test_extract_takes_list_corrections_from_the_file(tmp_path: Path) -> None:
    """The dev plan's outcome lists (the reader takes none) marked by hand in a
    corrections file: `extract --json` gives the generator's outcomes."""
    plan = BOARD / "2022-23_business_plan.docx"
    sha = hashlib.sha256(plan.read_bytes()).hexdigest()
    truth = json.loads((BOARD / "truth.json").read_text(encoding="utf-8"))
    doc = next(d["doc"] for d in truth["documents"] if d["file"] == plan.name)
    expected = {p["number"]: p["outcomes"] for p in truth["priorities"] if p["doc"] == doc}
    entries = [
        {
            "kind": "mark_list",
            "target": {"sha256": sha, "item": f"list:{int(n) - 1}"},
            "value": "outcomes",
            "extra": {"priority": n},
        }
        for n in expected
    ]
    path = tmp_path / "lists.json"
    path.write_text(json.dumps({"corrections": entries}), encoding="utf-8")
    out = runner.invoke(app, ["extract", str(plan), "--json", "--corrections", str(path)])
    assert out.exit_code == 0, out.output
    found = json.loads(out.stdout)
    assert {p["number"]: p["outcomes"] for p in found["priorities"]} == expected
    assert found["unapplied"] == []


def test_batch_keeps_the_first_reading_when_reading_a_twin_again_fails(tmp_path: Path) -> None:
    """The Word twin's reading again with the PDF's correction failed in an earlier run
    (its failure is in the cache, as a reader's failure of its own is kept): this run
    keeps the Word copy's first reading, and lists the failure."""
    fix, _action = twin_fix(tmp_path)
    board, out, args = _twin_region(tmp_path)
    first = runner.invoke(app, [*args])
    assert (out / "run.json").exists(), first.output
    word = board / TWIN_NAMES[1]
    found = out / "boards" / "ashby" / "findings" / f"{word.name}.json"
    first_reading = json.loads(found.read_text(encoding="utf-8"))

    result = runner.invoke(app, [*args, "--corrections", str(fix)])
    assert (out / "run.json").exists(), result.output
    sha = hashlib.sha256(word.read_bytes()).hexdigest()
    cache = Cache(out / ".cache", PIPELINE_VERSION)
    reread = [p for p in cache.entries() if p.name.startswith(sha)]
    assert len(reread) == 2  # its first reading and the one with the twin's correction
    for path in reread:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["findings"] != first_reading:
            failed = {
                **data,
                "status": "failed",
                "findings": None,
                "error": {"error": "Corrupt", "stage": "read", "message": "a broken part"},
            }
            path.write_text(json.dumps(failed), encoding="utf-8")

    again = runner.invoke(app, [*args, "--corrections", str(fix)])
    assert (out / "run.json").exists(), again.output
    assert json.loads(found.read_text(encoding="utf-8")) == first_reading
    log = json.loads((out / "run.json").read_text(encoding="utf-8"))
    entry = next(d for d in log["documents"] if d["file"] == word.name)
    assert entry["status"] == "ok"
    assert "its first reading is kept" in entry["read_again_error"]["message"]
    failures = (out / "failures.csv").read_text(encoding="utf-8")
    assert word.name in failures and "a broken part" in failures
