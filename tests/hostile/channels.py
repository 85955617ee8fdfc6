"""The hostile set through each channel: the library (`read_document`), the command
line (`carryforward extract`, a fresh process per case, cold start included), the
service (an upload to one board while another board's valid upload is read) and
batch (`carryforward batch` over a region with one board per case and a good board).

A case passes when it ends in a clear refusal (one of our error classes, not a
crash, a time-out or a dead worker; our words, naming the file; no library text),
in at most `SECONDS`, the reader at most `MAX_MB` at its peak. A `label` case (a good
file with a hostile name) passes when it is read or refused with a clean label.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.text_rules import BIDI_CONTROLS, INVISIBLE
from tests.hostile.cases import Case

SECONDS = 5.0
"""The bar: a refusal within this many seconds..."""
MAX_MB = 300
"""...by a reader (the forked child, warm pages included) peaking at most this high."""
DEADLINE = 10.0
"""The reader's time limit while measuring (past the bar, so a miss shows its size)."""
MEMORY_MB = 300
"""The reader's memory limit while measuring (address space it may add)."""
UNCLEAR = ("ParserCrash", "WorkerDied", "TooSlow")
LIBRARY_TEXT = re.compile(
    r"Traceback|Exception\b|\w+Error:|\[E\d{3}\]|site-packages|File \"|pdfminer|lxml|zipfile"
)
LIBRARY_WORDS = ("Traceback", "pdfminer", "Pdfminer", "MemoryError", 'File "')
"""As `tests/service/test_cli_extract.py` checks the command's output for."""
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    case: str
    channel: str
    clear: bool
    seconds: float
    mb: float
    detail: str


def clean_label(label: str) -> bool:
    bad = set(BIDI_CONTROLS + INVISIBLE + "/\\")
    return bool(label) and not any(c in bad or ord(c) < 32 for c in label) and len(label) <= 255


def judge(case: Case, error: dict[str, Any] | None, label: str | None) -> tuple[bool, str]:
    """Whether the result is what the case asks for, and why not."""
    if case.expect == "label":
        if not clean_label(label or ""):
            return False, f"label not clean: {label!r}"
        if error is None:
            return True, "read, clean label"
    if error is None:
        return False, "read as if it were a good file"
    name, message = str(error.get("error")), str(error.get("message") or "")
    if name in UNCLEAR:
        return False, f"{name}: {message[:120]}"
    if LIBRARY_TEXT.search(message):
        return False, f"library text shown: {message[:160]}"
    if not error.get("file") or (case.expect == "refuse" and error.get("file") != case.filename):
        return False, f"file not named: {error.get('file')!r}"
    return True, f"{name}: {message[:100]}"


def passed(clear: bool, seconds: float, mb: float) -> bool:
    return clear and seconds <= SECONDS and mb <= MAX_MB


def library(case: Case) -> Outcome:
    from service.reader import ReaderLimits, read_document

    limits = ReaderLimits(seconds=DEADLINE, memory_mb=MEMORY_MB)
    result = read_document(case.build(), label=case.filename, limits=limits)
    error = result.error.to_dict() if result.error else None
    label = result.error.file if result.error else result.file
    clear, detail = judge(case, error, label)
    return Outcome(
        case.name, "library", clear, result.seconds, result.child_maxrss_kb / 1024, detail
    )


DISK_NAME_BYTES = 255
"""The most a file name may take on Linux file systems: a case's file is given the
longest name it can have, so that outputs named after it are tested at the limit."""


def disk_name(label: str) -> str:
    """A name the file system accepts for `label` (no separator, no NUL, 255 bytes)."""
    name = label.replace("/", "_").replace("\0", "_") or "unnamed"
    while len(name.encode()) > DISK_NAME_BYTES:
        name = name[1:]
    return name


def cli(case: Case, folder: Path) -> Outcome:
    path = folder / disk_name(case.filename)
    path.write_bytes(case.build())
    command = [
        str(Path(sys.executable).with_name("carryforward")),
        "extract",
        str(path),
        "--json",
        "--time-limit",
        str(DEADLINE),
        "--memory-limit",
        str(MEMORY_MB),
    ]
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        seconds, code, maxrss_kb = _run_measured(command, out_file, err_file, folder)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    path.unlink()
    lines = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
    error = lines[0].get("error") if lines and "error" in lines[0] else None
    label = (error or {}).get("file") or (lines[0]["document"]["file"] if lines else "")
    clear, detail = judge(case, error, Path(label).name if label else label)
    if error is not None and error.get("file") == str(path):
        clear, detail = judge(case, {**error, "file": case.filename}, case.filename)
    if clear:
        clear, detail = _one_clear_line(case, code, err.decode(), detail)
    return Outcome(case.name, "cli", clear, seconds, maxrss_kb / 1024, detail)


_LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:], stdout=1, stderr=2)
_pid, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as fh:
    json.dump([seconds, os.waitstatus_to_exitcode(status), usage.ru_maxrss], fh)
"""
"""Starts the command from a small process of its own and reports its time, exit code
and peak (`wait4`: the rusage of its whole tree, its reader children included, as it
waits for them). Started from this (large) process directly, the command's peak would
be at least this process's size: Linux counts the copy of the forking process that
`exec` replaced."""


def _run_measured(
    command: list[str], out_file: Any, err_file: Any, folder: Path
) -> tuple[float, int, int]:
    """(seconds, exit code, peak kB) of `command` run in `folder`."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        launcher = [sys.executable, "-c", _LAUNCHER, report.name, *command]
        subprocess.run(launcher, stdout=out_file, stderr=err_file, cwd=folder, check=False)
        seconds, code, maxrss_kb = json.load(report)
    return float(seconds), int(code), int(maxrss_kb)


def _one_clear_line(case: Case, code: int, err: str, detail: str) -> tuple[bool, str]:
    """A refused file: exit code 1 and one line on stderr, no library words."""
    if case.expect == "label" and code == 0:
        return True, detail
    lines = [line for line in err.splitlines() if line.strip()]
    if code != 1:
        return False, f"exit code {code}"
    if len(lines) != 1:
        return False, f"{len(lines)} lines on stderr: {err[-200:]!r}"
    words = [w for w in LIBRARY_WORDS if w in err]
    if words or LIBRARY_TEXT.search(err):
        return False, f"library words on stderr: {err[-200:]!r}"
    return True, detail


def temp_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="hostile-")


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


REPRESENTATIVE = (
    "empty_file",
    "zip_bad_crc",
    "pdf_zip_polyglot",
    "pdf_chained_flate",
    "pdf_25m_q_operators",
    "docx_media_bomb",
    "billion_laughs_document",
    "dtd_in_content_types",
    "mediabox_self_reference",
    "page_tree_5000_deep",
    "pdf_rc4_user_password",
    "docm_named_docx",
    "rtl_override_name",
    "very_long_name",
)
"""The cases the slower channels' tests run (the whole set: `tests.hostile.measure`):
one or two of each group, the issue's own examples and every case a channel missed."""
