"""How the reader tells why a child died, and what a cold process does first (issue 16).

A child with a memory cap that a signal we did not send kills is over the memory limit
(`OutOfMemory`) when the system's OOM killer sent it (SIGKILL) or when a native crash
(SIGSEGV, SIGABRT, ...) follows an allocation failure written to its stderr, or comes
once it had grown by half its limit; otherwise it is a dead worker. The child's stderr
never reaches the caller's. A process not yet warm refuses a hostile file before nlp
(spaCy) is imported at all."""

from __future__ import annotations

import mmap
import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from service.reader import ReaderLimits
from service.reader.fork import Mark, run_isolated
from tests.conftest import REPO

CAPPED = ReaderLimits(seconds=30, memory_mb=100)
_HELD: list[bytearray] = []


def _killed_by_the_system(mark: Mark) -> Any:
    mark("nlp")
    os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer sends
    return {}


def _aborts_after_bad_alloc(mark: Mark) -> Any:
    mark("extract")
    os.write(2, b"terminate called after throwing an instance of 'std::bad_alloc'\n")
    os.abort()


def _crashes_once_grown(mark: Mark) -> Any:
    mark("extract")
    # 70 of its 100 MB in fresh pages, as a native library's buffers (a Python heap
    # would reuse memory its parent freed, resident already)
    buffer = mmap.mmap(-1, 70 << 20)
    for _ in range(70):
        buffer.write(b"x" * (1 << 20))
    _HELD.append(bytearray(buffer[:1]))
    os.kill(os.getpid(), signal.SIGSEGV)
    return {}


def _crashes_small(mark: Mark) -> Any:
    mark("extract")
    os.kill(os.getpid(), signal.SIGSEGV)
    return {}


def _noisy(mark: Mark) -> Any:
    mark("extract")
    os.write(2, b"Warning: a library talking to the terminal\n")
    print("and Python's own stderr", file=sys.stderr, flush=True)
    return {"read": True}


@pytest.mark.parametrize(
    ("work", "signal_name"),
    [
        (_killed_by_the_system, "SIGKILL"),
        (_aborts_after_bad_alloc, "SIGABRT"),
        (_crashes_once_grown, "SIGSEGV"),
    ],
)
def test_a_capped_child_killed_over_memory_is_out_of_memory(work: Any, signal_name: str) -> None:
    outcome = run_isolated(work, limits=CAPPED, file="big.pdf")
    assert outcome.error is not None
    assert (outcome.error.error, outcome.error.file) == ("OutOfMemory", "big.pdf")
    assert f"over the memory limit (100 MB; {signal_name})" in outcome.error.message


def test_a_native_crash_without_a_sign_of_memory_is_a_dead_worker() -> None:
    outcome = run_isolated(_crashes_small, limits=CAPPED, file="odd.pdf")
    assert outcome.error is not None
    assert outcome.error.error == "WorkerDied"
    assert "killed (SIGSEGV" in outcome.error.message


def test_without_a_cap_a_killed_child_is_a_dead_worker() -> None:
    outcome = run_isolated(_killed_by_the_system, limits=ReaderLimits(seconds=30, memory_mb=0))
    assert outcome.error is not None and outcome.error.error == "WorkerDied"


def test_the_childs_stderr_never_reaches_the_callers(capfd: pytest.CaptureFixture[str]) -> None:
    outcome = run_isolated(_noisy, limits=CAPPED)
    assert outcome.error is None and outcome.value == {"read": True}
    assert capfd.readouterr().err == ""


_COLD = """
import sys
from service.reader import read_document
from tests.hostile.cases import CASES
case = next(c for c in CASES if c.name == sys.argv[1])
result = read_document(case.build(), label=case.filename)
print(result.error.error if result.error else "ok", "spacy" in sys.modules)
"""


def test_a_cold_process_refuses_a_hostile_file_before_importing_spacy() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _COLD, "pdf_chained_flate"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=True,
    )
    error, spacy_imported = run.stdout.split()
    assert error not in ("ok", "WorkerDied", "ParserCrash", "TooSlow")
    assert spacy_imported == "False"


def test_a_cold_process_reads_a_good_file_in_two_children_alike() -> None:
    """The same findings from a cold process (extract, then nlp in a second child) as
    from a warm one (one child)."""
    code = (
        "import sys, json\n"
        "from service.reader import read_document\n"
        "from service.reader.codec import encode_findings\n"
        "a = read_document(sys.argv[1]); b = read_document(sys.argv[1])\n"
        "print(json.dumps(encode_findings(a.findings)) == json.dumps(encode_findings(b.findings)))"
    )
    path = REPO / "corpora" / "harrowfield" / "2019-20_business_plan.docx"
    run = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=True,
    )
    assert run.stdout.strip() == "True", run.stderr[-2000:]
