"""Whole runs on the corpora: process pool and Dask give the same outputs, a broken
file is reported while everything else is produced, the CLI's exit code says so."""

from __future__ import annotations

import csv
import json
import shutil
import warnings
from pathlib import Path

from typer.testing import CliRunner

from service.batch.executors import DaskExecutor
from service.batch.remote import RemoteReader
from service.batch.run import BatchOptions, BatchResult, run_batch
from service.cli.app import app
from service.reader.codec import encode_findings
from tests.batch.conftest import BOARDS, BROKEN, outputs, xlsx_values
from tests.conftest import CORPORA as BOARDS_DIR
from tests.pdf_build import hanging_pdf


def test_a_broken_file_is_reported_and_everything_else_is_produced(
    region: Path, pool_run: BatchResult
) -> None:
    out = pool_run.out
    assert pool_run.failed
    assert [(f["board"], f["file"], f["stage"], f["error"]) for f in pool_run.failures] == [
        (*BROKEN, "extract", "CorruptFile")
    ]
    for board in BOARDS:
        files = sorted(p.name for p in (region / board).iterdir() if p.suffix in (".pdf", ".docx"))
        good = [f for f in files if (board, f) != BROKEN]
        findings = sorted(p.name for p in (out / "boards" / board / "findings").iterdir())
        assert findings == [f"{f}.json" for f in good]
        for name in ("ledger.json", "draft.docx", "draft.html"):
            assert (out / "boards" / board / name).stat().st_size > 0
    with open(out / "failures.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["folder"], r["file"], r["stage"]) for r in rows] == [(*BROKEN, "extract")]
    assert rows[0]["board"] == "Kestrel Vale Safeguarding Children Partnership"
    assert "damaged" in rows[0]["message"]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "broken.pdf" in page and 'href="boards/harrowfield/draft.html"' in page


def test_summary_has_a_row_per_board_with_shares_and_shared_themes(pool_run: BatchResult) -> None:
    with open(pool_run.out / "summary.csv", newline="", encoding="utf-8") as fh:
        rows = {r["folder"]: r for r in csv.DictReader(fh)}
    assert sorted(rows) == list(BOARDS)
    kv = rows["kestrelvale"]
    assert (kv["documents"], kv["documents read"], kv["documents failed"]) == ("7", "6", "1")
    assert kv["status"] == "partial" and rows["harrowfield"]["status"] == "ok"
    for row in rows.values():
        assert int(row["priorities"]) > 0 and int(row["actions"]) > 0
        shares = [float(row[f"share {k}"]) for k in ("complete", "in progress", "delayed")]
        assert 0 < sum(shares) <= 1.0001
        assert row["draft (docx)"] == f"boards/{row['folder']}/draft.docx"
    with open(pool_run.out / "themes.csv", newline="", encoding="utf-8") as fh:
        themes = {r["theme"]: r for r in csv.DictReader(fh)}
    assert {"neglect", "exploitation", "early help", "missing children"} <= set(themes)
    assert all(int(t["boards"]) >= 2 for t in themes.values())
    book = xlsx_values(pool_run.out / "summary.xlsx")
    assert set(book) == {"boards", "themes", "failures"}
    assert len(book["boards"]) == 1 + len(BOARDS)


def test_process_pool_and_dask_cluster_give_identical_outputs(
    region: Path, pool_run: BatchResult, tmp_path: Path
) -> None:
    import distributed

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert DaskExecutor(client).remote
        # As `--scheduler tcp://HOST:PORT` does it: a client of its own, bytes sent.
        options = BatchOptions(scheduler=cluster.scheduler_address, progress=False)
        dask_run = run_batch(region, tmp_path / "out", options)
        assert dask_run.where.endswith("(2 workers)")
        # The web service's entry point: one document read on the same cluster.
        plan = region / "morrowby" / "2020-21_business_plan.docx"
        one = RemoteReader(client).read(plan.read_bytes(), plan.name)
        # A large upload goes to the workers by scatter, not inside the task graph.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            size = DaskExecutor(client).submit(len, bytes(12_000_000)).result()
        assert size == 12_000_000
        assert [w for w in caught if "large graph" in str(w.message)] == []
    assert dask_run.failures == pool_run.failures
    expected = json.loads(
        (pool_run.out / "boards/morrowby/findings" / f"{plan.name}.json").read_text()
    )
    assert one.ok and one.findings is not None and encode_findings(one.findings) == expected
    assert dask_run.computed == len(dask_run.documents)  # nothing was reused
    workers = {d.result["worker"]["pid"] for d in dask_run.documents if d.result}
    assert len(workers) == 2
    mine, theirs = outputs(pool_run.out), outputs(dask_run.out)
    assert sorted(mine) == sorted(theirs)
    assert [name for name in mine if mine[name] != theirs[name]] == []
    assert xlsx_values(pool_run.out / "summary.xlsx") == xlsx_values(dask_run.out / "summary.xlsx")


def test_cli_exit_code_says_whether_anything_failed(
    region: Path, pool_run: BatchResult, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(pool_run.out, out)  # every document cached: only boards are redone
    runner = CliRunner()
    failed = runner.invoke(app, ["batch", str(region), "--out", str(out), "--quiet"])
    assert failed.exit_code == 1, failed.output
    assert "broken.pdf" in failed.output
    clean = tmp_path / "clean"
    shutil.copytree(region, clean)
    (clean / BROKEN[0] / BROKEN[1]).unlink()
    ok = runner.invoke(app, ["batch", str(clean), "--out", str(out), "--quiet", "--workers", "1"])
    assert ok.exit_code == 0, ok.output
    log = json.loads((out / "run.json").read_text())
    assert log["computed"] == 0 and log["failed"] == 0
    assert not (out / "failures.csv").read_text().splitlines()[1:]


def test_a_hanging_file_is_stopped_at_the_time_limit_and_the_run_goes_on(tmp_path: Path) -> None:
    board = tmp_path / "region" / "morrowby"
    board.mkdir(parents=True)
    shutil.copy(BOARDS_DIR / "morrowby" / "2020-21_business_plan.docx", board)
    (board / "hang.pdf").write_bytes(hanging_pdf())
    options = BatchOptions(workers=1, seconds=2, progress=False)
    run = run_batch(tmp_path / "region", tmp_path / "out", options)
    documents = [f for f in run.failures if f["file"]]  # (a plan alone drafts no report)
    assert [(f["file"], f["error"], f["stage"]) for f in documents] == [
        ("hang.pdf", "TooSlow", "extract")
    ]
    assert "(the time limit)" in documents[0]["message"]
    assert (run.boards[0]["documents"], run.boards[0]["read"]) == (2, 1)
    assert run.cache_writes == 1  # the plan; a time limit depends on the machine


def test_a_missing_region_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 2


def test_every_action_is_counted_in_exactly_one_status_column(pool_run: BatchResult) -> None:
    from service.batch.summary import BOARD_HEADER, STATUS_COLUMNS, STATUS_HEADERS

    status_headers = [STATUS_HEADERS[k] for k in STATUS_COLUMNS]
    with open(pool_run.out / "summary.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(BOARDS)
    for row in rows:
        assert sum(int(row[h]) for h in status_headers) == int(row["actions"]) > 0, row
        shares = sum(float(v) for k, v in row.items() if k.startswith("share "))
        assert abs(shares - 1) < 0.01
    sheet = xlsx_values(pool_run.out / "summary.xlsx")["boards"]
    assert sheet[0] == BOARD_HEADER
    for values in sheet[1:]:
        cells = dict(zip(BOARD_HEADER, values, strict=True))
        assert sum(int(cells[h]) for h in status_headers) == cells["actions"]  # type: ignore[call-overload]
    for board in pool_run.boards:
        counts = board["stats"]["counts"]
        assert set(counts) == set(STATUS_COLUMNS)
        assert sum(counts.values()) == board["stats"]["actions"]
    page = (pool_run.out / "index.html").read_text(encoding="utf-8")
    for label in ("Planned", "No status", "Without evidence"):
        assert f"<th>{label}</th>" in page
    assert "a share of its own" in page


def test_every_output_gets_the_same_ordinary_permissions(pool_run: BatchResult) -> None:
    import os

    umask = os.umask(0o022)
    os.umask(umask)
    names = ("index.html", "summary.csv", "summary.xlsx", "themes.csv", "failures.csv", "run.json")
    modes = {name: (pool_run.out / name).stat().st_mode & 0o777 for name in names}
    board = pool_run.out / "boards" / "harrowfield"
    for path in (board / "ledger.json", board / "draft.docx", board / "draft.html"):
        modes[path.name] = path.stat().st_mode & 0o777
    for path in (pool_run.out / ".cache").glob("*/*/*.json"):
        modes[path.name] = path.stat().st_mode & 0o777
    assert len(modes) > len(names) + 3  # the cache entries were checked too
    assert set(modes.values()) == {0o666 & ~umask}, modes


def test_boards_are_shown_by_the_name_their_documents_give(pool_run: BatchResult) -> None:
    names = {
        "harrowfield": "Harrowfield Safeguarding Children Board",
        "kestrelvale": "Kestrel Vale Safeguarding Children Partnership",
        "morrowby": "Morrowby Safeguarding Children Partnership",
    }
    assert {b["board"]: b["name"] for b in pool_run.boards} == names
    with open(pool_run.out / "summary.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["folder"]: r["board"] for r in rows} == names
    with open(pool_run.out / "themes.csv", newline="", encoding="utf-8") as fh:
        themes = list(csv.DictReader(fh))
    assert all(n in names.values() for t in themes for n in t["board names"].split("; "))
    page = (pool_run.out / "index.html").read_text(encoding="utf-8")
    for folder, name in names.items():
        assert f'<td data-label="Board">{name} ' in page
        assert f'href="boards/{folder}/draft.html"' in page


def test_a_board_name_falls_back_to_its_folder() -> None:
    from service.batch.summary import board_name, display_names

    assert board_name(["A Board", None, "A board", "A Board", " "], "a") == "A Board"
    assert board_name([None, ""], "folder") == "folder"
    assert board_name([], "folder") == "folder"
    boards = [{"board": "x", "name": "Same"}, {"board": "y", "name": "Same"}, {"board": "z"}]
    assert display_names(boards) == {"x": "Same (x)", "y": "Same (y)", "z": "z"}


def test_a_board_with_nothing_read_says_why_in_words(tmp_path: Path) -> None:
    import html

    source = (BOARDS_DIR / "morrowby" / "2019-20_annual_report.pdf").read_bytes()[:3000]
    region = tmp_path / "region"
    (region / "ledger").mkdir(parents=True)
    for n in range(3):
        (region / "ledger" / f"cut-{n}.pdf").write_bytes(source)
    run = run_batch(region, tmp_path / "out", BatchOptions(workers=1, progress=False))
    assert run.boards[0]["status"] == "failed"
    with open(run.out / "failures.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    board_row = [r for r in rows if not r["file"]]
    assert [(r["folder"], r["error"]) for r in board_row] == [("ledger", "ValueError")]
    page = html.unescape((run.out / "index.html").read_text(encoding="utf-8"))
    assert "none of this board's 3 documents could be read; see failures.csv" in page
    assert "ValueError" not in page and "CorruptFile" not in page


def test_reasons_leave_out_the_exception_class() -> None:
    from service.batch.summary import board_reason, reason

    error = {"error": "KeyError", "stage": "drafting", "message": "KeyError: 'period'"}
    assert reason(error) == "'period'"
    assert reason({"error": "WorkerDied", "message": "WorkerDied"}) == ""
    assert reason({"error": "TooSlow", "message": "took longer than 2 s"}) == (
        "took longer than 2 s"
    )
    board = {"documents": 4, "read": 4, "error": error}
    assert board_reason(board) == "'period' (drafting its report); see failures.csv"
    one = {"documents": 1, "read": 0, "error": {"error": "ValueError"}}
    assert board_reason(one) == "this board's only document could not be read; see failures.csv"


def test_periods_are_written_in_one_style_per_row(pool_run: BatchResult) -> None:
    import re

    with open(pool_run.out / "summary.csv", newline="", encoding="utf-8") as fh:
        rows = {r["folder"]: r for r in csv.DictReader(fh)}
    styles = {folder: row["period style"] for folder, row in rows.items()}
    assert styles == {"harrowfield": "YYYY/YY", "kestrelvale": "YYYY-YY", "morrowby": "YYYY-YY"}
    for row in rows.values():
        for column in ("year reported", "draft period"):
            assert re.sub(r"\d", "Y", row[column]) == row["period style"], (column, row)
    assert rows["kestrelvale"]["year reported"] == "2022-23"
    assert rows["kestrelvale"]["draft period"] == "2023-24"
    page = (pool_run.out / "index.html").read_text(encoding="utf-8")
    assert "Kestrel Vale Safeguarding Children Partnership: YYYY-YY" in page
    year = '<td data-label="Year reported">'
    assert f"{year}2022-23</td>" in page and f"{year}2022/23</td>" not in page
