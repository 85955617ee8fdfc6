"""The hostile set through `carryforward batch`: a region with a board folder per case
(its one file under the case's name, as far as a file system allows) beside good
boards copied from the corpora, run by the command itself in a fresh process, on its
process pool or on a Dask LocalCluster (`--scheduler`). A case passes when its file
is in failures.csv with a clear reason naming it (a good file with a hostile name: read,
the board's outputs free of the name's controls); the run passes when every good
board's ledger and draft are written.

`seconds` and `mb` per case are the reader's own (run.json: the document's seconds
and reader peak), as the library channel reports them. The run keeps the command's
own time limit (the good boards' reports take longer than a hostile file's refusal on a
loaded machine), the library channel's memory limit.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extract import READABLE_SUFFIXES
from extract.text_rules import BIDI_CONTROLS, INVISIBLE
from tests.hostile.cases import Case
from tests.hostile.channels import MEMORY_MB, REPO, Outcome, disk_name, judge

GOOD_BOARDS = ("harrowfield", "kestrelvale")
OUTPUTS = ("ledger.json", "draft.docx", "draft.html")


def region(root: Path, cases: list[Case]) -> Path:
    place = root / "region"
    for board in GOOD_BOARDS:
        shutil.copytree(REPO / "corpora" / board, place / board)
    for case in cases:
        folder = place / f"hostile-{case.name}"
        folder.mkdir(parents=True)
        (folder / disk_name(case.filename)).write_bytes(case.build())
    return place


@contextmanager
def dask_scheduler() -> Iterator[str]:
    import distributed

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield str(cluster.scheduler_address)


def run(cases: list[Case], *, scheduler: str | None = None) -> tuple[list[Outcome], list[str]]:
    """Each case's outcome, and what is wrong with the good boards' outputs (if anything)."""
    with tempfile.TemporaryDirectory(prefix="hostile-batch-") as folder:
        root = Path(folder)
        place, out = region(root, cases), root / "out"
        where = ["--scheduler", scheduler] if scheduler else ["--workers", "2"]
        command = [
            str(Path(sys.executable).with_name("carryforward")),
            "batch",
            str(place),
            "--out",
            str(out),
            *where,
            "--memory-limit",
            str(MEMORY_MB),
            "--quiet",
        ]
        done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ))
        channel = "dask" if scheduler else "batch"
        if done.returncode not in (0, 1) or "Traceback" in done.stderr:
            problem = f"carryforward batch ended {done.returncode}: {done.stderr[-400:]}"
            return [Outcome(c.name, channel, False, 0.0, 0.0, problem) for c in cases], [problem]
        return _outcomes(cases, out, channel), [f"{channel}: {p}" for p in _good_boards(out)]


def _outcomes(cases: list[Case], out: Path, channel: str) -> list[Outcome]:
    with open(out / "failures.csv", newline="", encoding="utf-8") as fh:
        failures = {(r["folder"], r["file"]): r for r in csv.DictReader(fh)}
    log = json.loads((out / "run.json").read_text(encoding="utf-8"))
    runs = {(d["board"], d["file"]): d for d in log["documents"]}
    outcomes = []
    for case in cases:
        folder, name = f"hostile-{case.name}", disk_name(case.filename)
        row, ran = failures.get((folder, name)), runs.get((folder, name), {})
        error = _error(row) if row else None
        clear, detail = judge(case, error, _label(case, out, ran))
        if not ran and not row and Path(name).suffix.lower() not in READABLE_SUFFIXES:
            clear, detail = True, "not offered to the reader: no PDF or Word suffix"
        if clear and error is None:
            clear, detail = _outputs_clean(out / "boards" / folder, detail)
        if clear and error is not None and error.get("file") != name:
            clear, detail = False, f"failures.csv names {error.get('file')!r}, not {name!r}"
        seconds = float(ran.get("seconds") or 0.0)
        mb = float(ran.get("reader_peak_kb") or 0) / 1024
        outcomes.append(Outcome(case.name, channel, clear, seconds, mb, detail))
    return outcomes


def _error(row: dict[str, str]) -> dict[str, Any]:
    return {"error": row["error"], "message": row["message"], "file": row["file"]}


def _label(case: Case, out: Path, ran: dict[str, Any]) -> str:
    """The label the run gives a good file with a hostile name: its findings' own
    (found where run.json says they were written)."""
    if case.expect != "label":
        return case.filename
    written = ran.get("findings")
    if not written or not (out / written).is_file():
        return str(ran.get("file") or "")
    findings = json.loads((out / written).read_text(encoding="utf-8"))
    return str(findings["document"]["file"])


def _outputs_clean(board: Path, detail: str) -> tuple[bool, str]:
    controls = set(BIDI_CONTROLS + INVISIBLE)
    for path in board.rglob("*"):
        if path.suffix in (".json", ".html"):
            text = path.read_text(encoding="utf-8")
            found = sorted({f"U+{ord(c):04X}" for c in text if c in controls})
            if found:
                return False, f"{path.name} carries {', '.join(found)}"
    return True, detail


def _good_boards(out: Path) -> list[str]:
    problems = []
    for board in GOOD_BOARDS:
        for name in OUTPUTS:
            path = out / "boards" / board / name
            if not path.is_file() or path.stat().st_size == 0:
                problems.append(f"{board}: no {name}")
    return problems
