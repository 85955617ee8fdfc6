"""The batch's parts on their own: the document task, cache, themes, safe tables (the
reader's limits themselves: tests/service/test_reader.py)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from openpyxl import load_workbook

from service.batch.cache import Cache
from service.batch.tables_out import (
    safe_cell,
    sweep_partial_writes,
    write_atomic,
    write_csv,
    write_xlsx,
)
from service.batch.tasks import document_task
from service.batch.themes import detect, shared
from service.batch.version import PIPELINE_VERSION
from tests.conftest import CORPORA
from tests.pdf_build import hanging_pdf


def test_document_task_reads_a_file_and_reports_a_corrupt_one() -> None:
    path = CORPORA / "morrowby" / "2020-21_business_plan.docx"
    ok = document_task(str(path), path.name)
    assert ok["status"] == "ok" and ok["error"] is None
    assert ok["findings"]["document"]["file"] == path.name
    assert ok["pipeline_version"] == PIPELINE_VERSION
    same = document_task(path.read_bytes(), path.name)
    assert same["findings"] == ok["findings"]
    bad = document_task(path.read_bytes()[:500], "cut.docx")
    assert bad["status"] == "failed"
    assert bad["error"]["stage"] == "extract"
    assert bad["error"]["error"] in ("CorruptFile", "UnsupportedFormat")
    slow = document_task(str(path), path.name, seconds=0.001)
    assert slow["error"]["error"] == "TooSlow"
    for result in (ok, bad, slow):  # the cache entry's shape, as before the one reader
        assert list(result) == [
            "file",
            "status",
            "findings",
            "error",
            "seconds",
            "pipeline_version",
            "worker",
        ]


def test_a_hanging_document_is_stopped_and_not_cached(tmp_path: Path) -> None:
    result = document_task(hanging_pdf(), "hang.pdf", seconds=2)
    assert result["status"] == "failed" and result["findings"] is None
    assert result["error"]["error"] == "TooSlow" and result["error"]["file"] == "hang.pdf"
    assert "(the time limit)" in result["error"]["message"]
    assert not Cache(tmp_path, PIPELINE_VERSION).put("ab" * 32, "hang.pdf", result)


def test_cache_keeps_whole_entries_and_skips_transient_failures(tmp_path: Path) -> None:
    cache = Cache(tmp_path, PIPELINE_VERSION)
    result = {"status": "ok", "findings": {"a": 1}, "pipeline_version": PIPELINE_VERSION}
    assert cache.put("ab" * 32, "a.pdf", result)
    assert cache.get("ab" * 32, "a.pdf") == result
    assert cache.get("ab" * 32, "b.pdf") is None  # same bytes, other name: other findings
    slow = {**result, "status": "failed", "error": {"error": "TooSlow"}}
    assert not cache.put("cd" * 32, "c.pdf", slow)
    corrupt = {**result, "status": "failed", "error": {"error": "CorruptFile"}}
    assert cache.put("cd" * 32, "c.pdf", corrupt)
    assert cache.writes == 2
    assert not list(tmp_path.rglob("*.tmp"))
    # A half-written entry (as a killed run could leave with a plain write) is ignored.
    cache.path("ef" * 32, "e.pdf").parent.mkdir(parents=True)
    cache.path("ef" * 32, "e.pdf").write_text('{"status": "ok", "find')
    assert cache.get("ef" * 32, "e.pdf") is None
    other = Cache(tmp_path, "another-version")
    assert other.get("ab" * 32, "a.pdf") is None


def test_themes_are_found_by_keyword_families() -> None:
    found = detect(
        [
            "Reduce the impact of neglect on children",
            "Child sexual exploitation (CSE) and county lines",
            "Strengthen the early help offer",
            "Children who go missing from home and care",
            "Send out the newsletter",  # "Send" is not SEND
        ]
    )
    assert found == {"neglect": 1, "exploitation": 1, "early help": 1, "missing children": 1}
    rows = shared({"a": {"neglect": 2, "early help": 1}, "b": {"neglect": 1}, "c": {}})
    assert rows == [{"theme": "neglect", "boards": ["a", "b"], "mentions": {"a": 2, "b": 1}}]


HOSTILE = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\tx", "\rx", "fine"]


def test_cells_that_would_run_as_formulas_are_quoted(tmp_path: Path) -> None:
    assert [safe_cell(v) for v in HOSTILE] == [
        '\'=HYPERLINK("http://x","y")',
        "'+1+2",
        "'-3",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "fine",
    ]
    assert safe_cell(-3) == -3 and safe_cell(0.5) == 0.5 and safe_cell(None) == ""
    write_csv(tmp_path / "t.csv", ["=name", "n"], [[v, 1] for v in HOSTILE])
    with open(tmp_path / "t.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["'=name", "n"]
    assert all(not r[0].startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows)
    write_xlsx(tmp_path / "t.xlsx", {"s": (["=name"], [[v] for v in HOSTILE])})
    sheet = load_workbook(tmp_path / "t.xlsx")["s"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type == "s" for c in cells)
    assert all(not str(c.value).startswith(("=", "+", "-", "@")) for c in cells)


def test_pipeline_version_names_package_revision_and_source() -> None:
    parts = PIPELINE_VERSION.split("-")
    assert len(parts) == 3 and parts[1].startswith("r") and len(parts[2]) == 12
    json.dumps(PIPELINE_VERSION)


def test_outputs_get_ordinary_permissions_whatever_the_umask(tmp_path: Path) -> None:
    from service.batch.report_html import write_summary_html
    from service.batch.run import write_json

    context = {"region": "r", "boards": [], "shared": [], "failures": [], "documents": 0}
    writers = {
        "t.csv": lambda p: write_csv(p, ["a"], [[1]]),
        "t.xlsx": lambda p: write_xlsx(p, {"s": (["a"], [[1]])}),
        "t.json": lambda p: write_json(p, {"a": 1}),
        "index.html": lambda p: write_summary_html(
            p, {**context, "read": 0, "pipeline_version": "v"}
        ),
    }
    old = os.umask(0o022)
    try:
        for umask, mode in ((0o022, 0o644), (0o002, 0o664), (0o077, 0o600)):
            os.umask(umask)
            folder = tmp_path / f"{umask:o}"
            for name, write in writers.items():
                write(folder / name)
                assert (folder / name).stat().st_mode & 0o777 == mode, (name, oct(umask))
            assert sorted(p.name for p in folder.iterdir()) == sorted(writers)  # no *.tmp
    finally:
        os.umask(old)


def test_a_resumed_run_sweeps_what_a_killed_run_left_half_written(tmp_path: Path) -> None:
    # SIGKILL between mkstemp and the move left ".xxxx.tmp" beside the outputs, and the
    # resumed run kept it (tests/batch/test_resume.py failed now and then)
    findings = tmp_path / "boards" / "b" / "findings"
    write_atomic(findings / "plan.json", b"{}")
    left = findings / ".qzhgjxn0.tmp"
    left.write_bytes(b'{"document": ')
    cached = tmp_path / ".cache" / ".k1.tmp"
    cached.parent.mkdir()
    cached.write_bytes(b"")
    own = tmp_path / "notes.tmp"
    own.write_bytes(b"kept")
    assert sweep_partial_writes(tmp_path) == [cached, left]
    assert sorted(p.name for p in findings.iterdir()) == ["plan.json"]
    assert own.exists()
