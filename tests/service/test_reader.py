"""The one reader (`service.reader`): a document read in a forked child of a warmed
process under a time and a memory limit, whoever calls it, into one `DocumentResult`
with one vocabulary of errors."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import nlp
from extract import extract
from extract.errors import CorruptFile, ExtractError, TooSlow
from nlp.corrections import read
from service.reader import DocumentResult, ReaderLimits, ReaderProcess, read_document, warm_up
from service.reader.failures import ReadError, from_exception
from service.reader.fork import OUT_OF_MEMORY_EXIT, Mark, _outcome, run_isolated
from service.reader.tools import warm_tools
from service.web.errors import NotFound
from tests.pdf_build import exploding_pdf, hanging_pdf
from tests.service.conftest import HARROWFIELD

PDF = HARROWFIELD / "2019-20_accountability_report.pdf"
DOCX = HARROWFIELD / "2019-20_business_plan.docx"


def _slow(mark: Mark) -> Any:
    mark("extract")
    time.sleep(30)
    return {}


def _greedy(mark: Mark) -> Any:
    mark("nlp")
    blocks = [bytearray(50 * 1024 * 1024) for _ in range(40)]  # 2 GB
    return {"n": len(blocks)}


def _dies(mark: Mark) -> Any:
    mark("extract")
    os.kill(os.getpid(), signal.SIGKILL)
    return {}


def _fails(mark: Mark) -> Any:
    mark("nlp")
    raise ValueError("no good")


def test_slow_work_is_stopped_at_its_time_limit_naming_its_stage() -> None:
    start = time.monotonic()
    outcome = run_isolated(_slow, limits=ReaderLimits(seconds=0.5, memory_mb=0), file="slow.pdf")
    assert time.monotonic() - start < 5
    assert outcome.value is None and outcome.error is not None
    assert (outcome.error.error, outcome.error.stage) == ("TooSlow", "extract")
    assert outcome.error.file == "slow.pdf"
    assert "after 0.5 s (the time limit)" in outcome.error.message


def test_greedy_work_hits_its_memory_cap() -> None:
    outcome = run_isolated(_greedy, limits=ReaderLimits(seconds=30, memory_mb=200))
    assert outcome.error is not None
    assert (outcome.error.error, outcome.error.stage) == ("OutOfMemory", "nlp")
    assert "ran out of memory (limit 200 MB)" in outcome.error.message


def _holds_everything(mark: Mark) -> Any:
    mark("nlp")
    _HELD.extend(bytearray(1 << 20) for _ in range(4096))  # past a 60 MB cap
    return {}


_HELD: list[bytearray] = []


def test_memory_held_past_the_error_is_still_out_of_memory() -> None:
    """The memory stays taken (a module-level list) when the child reports: whether its
    error line fits in the freed reserve or it exits with OUT_OF_MEMORY_EXIT, the
    parent says OutOfMemory, never WorkerDied."""
    outcome = run_isolated(_holds_everything, limits=ReaderLimits(seconds=30, memory_mb=60))
    assert outcome.error is not None
    assert (outcome.error.error, outcome.error.stage) == ("OutOfMemory", "nlp")


def test_an_out_of_memory_exit_is_read_as_out_of_memory() -> None:
    exited = OUT_OF_MEMORY_EXIT << 8  # the wait status of exit(OUT_OF_MEMORY_EXIT)
    outcome = _outcome(b"S nlp\n", False, exited, limits=ReaderLimits(memory_mb=60), file="a")
    assert outcome.error is not None
    assert (outcome.error.error, outcome.error.stage) == ("OutOfMemory", "nlp")
    assert "limit 60 MB" in outcome.error.message


def test_a_child_that_dies_is_reported_with_its_stage() -> None:
    outcome = run_isolated(_dies, limits=ReaderLimits(seconds=30, memory_mb=0))
    assert outcome.error is not None
    assert (outcome.error.error, outcome.error.stage) == ("WorkerDied", "extract")
    assert "killed (SIGKILL" in outcome.error.message


def test_an_exception_of_a_parser_is_a_parser_crash_in_our_words() -> None:
    outcome = run_isolated(_fails, limits=ReaderLimits(seconds=30, memory_mb=0), file="x.docx")
    assert outcome.error == ReadError(
        "ParserCrash",
        "nlp",
        "the file was read but its text could not be analysed: it may be damaged or of a "
        "kind we do not know; open it and save it again as PDF or .docx",
        "x.docx",
    )  # the library's words ("ValueError: no good") go to the log only


def test_running_out_of_memory_is_said_so_when_a_parser_calls_it_damage() -> None:
    try:
        try:
            raise MemoryError
        except MemoryError as exc:
            raise CorruptFile("page 1 of the PDF is damaged", file="a.pdf", page=1) from exc
    except CorruptFile as exc:
        error = from_exception(exc, stage="extract", file="a.pdf", memory_mb=300)
    assert (error.error, error.stage, error.file) == ("OutOfMemory", "extract", "a.pdf")
    assert "limit 300 MB" in error.message


def test_errors_are_rebuilt_as_the_exceptions_of_their_class() -> None:
    slow = ReadError("TooSlow", "nlp", "reading stopped", "a.pdf").exception()
    assert isinstance(slow, TooSlow) and isinstance(slow, ExtractError)
    assert slow.to_dict() == {
        "error": "TooSlow",
        "stage": "nlp",
        "message": "reading stopped",
        "file": "a.pdf",
        "page": None,
    }
    assert type(ReadError("KeyError", "extract", "old cache entry").exception()) is ExtractError
    assert isinstance(ReadError("NotFound", "service", "no page 9").exception(), NotFound)


def test_a_hanging_pdf_is_stopped_by_the_time_limit() -> None:
    data = hanging_pdf()
    start = time.monotonic()
    result = read_document(data, label="hang.pdf", limits=ReaderLimits(seconds=2))
    assert time.monotonic() - start < 10
    assert result.status == "failed" and result.findings is None and result.error is not None
    assert (result.error.error, result.error.stage, result.error.file) == (
        "TooSlow",
        "extract",
        "hang.pdf",
    )
    assert result.sha256 == hashlib.sha256(data).hexdigest()


def test_an_exploding_pdf_is_stopped_by_the_memory_cap(tmp_path: Path) -> None:
    path = tmp_path / "chars.pdf"
    path.write_bytes(exploding_pdf())
    # A reader process of its own: forked from this test process, late in a long run,
    # the child could reuse memory the parent freed and never reach the limit.
    process = ReaderProcess(ReaderLimits(seconds=60, memory_mb=60), warm=warm_up)
    try:
        result = process.read(str(path), "chars.pdf")
    finally:
        process.close()
    assert result.error is not None, result
    assert (result.error.error, result.error.file) == ("OutOfMemory", "chars.pdf")
    assert "limit 60 MB" in result.error.message


def test_a_file_reads_as_it_does_in_process_and_its_result_survives_json() -> None:
    result = read_document(PDF, keep_document=True)
    document = extract(PDF)
    assert result.ok and result.error is None and result.file == PDF.name
    assert result.document == document
    assert result.findings == read(document)  # find, with how each table was read
    assert result.findings is not None
    # find, and how each table was read and which lists the document holds
    assert dataclasses.replace(result.findings, tables=(), lists=()) == nlp.find(document)
    assert result.sha256 == document.sha256
    assert result.seconds > 0 and result.child_maxrss_kb > 0
    assert DocumentResult.from_dict(result.to_dict()) == result


@pytest.fixture(scope="module")
def reader() -> Iterator[ReaderProcess]:
    process = ReaderProcess(ReaderLimits(seconds=60, memory_mb=1024), warm=warm_up)
    yield process
    process.close()


def test_the_reader_process_outlives_a_file_it_had_to_stop(
    reader: ReaderProcess, tmp_path: Path
) -> None:
    good = reader.read(str(DOCX), "plan.docx")
    assert good.ok and good.findings is not None and good.findings.actions
    assert reader.process is not None
    pid = reader.process.pid
    hang = tmp_path / "upload"
    hang.write_bytes(hanging_pdf())
    reader.limits = ReaderLimits(seconds=2, memory_mb=1024)
    try:
        slow = reader.read(str(hang), "hang.pdf")
    finally:
        reader.limits = ReaderLimits(seconds=60, memory_mb=1024)
    assert slow.error is not None and (slow.error.error, slow.error.file) == (
        "TooSlow",
        "hang.pdf",
    )
    again = reader.read(str(DOCX), "plan.docx")
    assert reader.process is not None and reader.process.pid == pid  # still warm
    assert again.findings == good.findings


def test_a_reader_process_that_dies_mid_read_fails_that_file_and_is_replaced(
    reader: ReaderProcess, tmp_path: Path
) -> None:
    hang = tmp_path / "upload"
    hang.write_bytes(hanging_pdf())
    reader.read(str(DOCX), "plan.docx")  # started
    assert reader.process is not None
    pid = reader.process.pid
    results: list[DocumentResult] = []
    reading = threading.Thread(target=lambda: results.append(reader.read(str(hang), "h.pdf")))
    reading.start()
    time.sleep(1)
    os.kill(pid, signal.SIGKILL)
    reading.join(30)
    [lost] = results
    assert lost.error is not None and lost.error.error == "WorkerDied"
    assert "SIGKILL" in lost.error.message and lost.error.file == "h.pdf"
    assert reader.read(str(DOCX), "plan.docx").ok
    assert reader.process is not None and reader.process.pid != pid


def test_the_reader_process_ends_when_the_service_end_of_its_pipe_closes(
    reader: ReaderProcess,
) -> None:
    assert reader.read(str(DOCX), "plan.docx").ok
    process, conn = reader.process, reader.conn
    assert process is not None and conn is not None
    conn.close()  # as when the service dies
    process.join(30)
    assert process.exitcode == 0
    assert reader.read(str(DOCX), "plan.docx").ok  # started again


def test_tools_run_under_the_same_isolation() -> None:
    tools = ReaderProcess(ReaderLimits(seconds=60, memory_mb=1024), warm=warm_tools)
    try:
        png = tools.run("render", str(PDF), 1, [72.0, 72.0, 144.0, 144.0], 20, label="a.pdf")
        assert png.startswith(b"\x89PNG")
        with pytest.raises(NotFound) as missing:
            tools.run("render", str(PDF), 99, None, 20, label="a.pdf")
        assert missing.value.file is None  # about the request, not the file
        tools.limits = ReaderLimits(seconds=0.001, memory_mb=1024)
        with pytest.raises(TooSlow, match="time limit") as slow:
            tools.run("render", str(PDF), 1, None, 200, label="a.pdf")
        assert slow.value.file == "a.pdf"
    finally:
        tools.close()
