"""The compiled pdfium loop (`extract/pdf/pdfium_loop.c`) against the ctypes path it
speeds up: the same words, to the last bit, on every page of every corpus PDF and
the test PDFs (so the same Documents), and the same Document on a long report; its
build (gcc, into a folder, once) and its setting."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract import extract
from extract.codec import encode
from extract.errors import BadSetting
from extract.limits import DEFAULT_LIMITS
from extract.pdf import pdfium_build
from extract.pdf.page_input import PageInput
from extract.pdf.pdfium_pages import pdfium_pages
from tests.bench.reports import long_report

ROOT = Path(__file__).resolve().parents[2]
PDFS = (
    sorted((ROOT / "corpora").glob("*/*.pdf"))
    + sorted((ROOT / "corpora" / "variants" / "dev").glob("*/*.pdf"))
    + sorted((ROOT / "tests").rglob("*.pdf"))
)
GCC = shutil.which("gcc")


def _pages(data: bytes, loop: str, monkeypatch: pytest.MonkeyPatch) -> list[PageInput]:
    monkeypatch.setenv(pdfium_build.ENV, loop)
    return list(pdfium_pages(data, "loop.pdf", DEFAULT_LIMITS))


@pytest.fixture(scope="module")
def compiled() -> ctypes.CDLL:
    if GCC is None:
        pytest.skip("no gcc here: pages are read through ctypes")
    lib = pdfium_build.library()
    assert lib is not None, "the compiled loop was not built, yet gcc is on this machine"
    return lib


@pytest.mark.parametrize("path", PDFS, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_loop_gives_the_ctypes_words(
    path: Path, compiled: ctypes.CDLL, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    assert _pages(data, "compiled", monkeypatch) == _pages(data, "ctypes", monkeypatch)


def test_compiled_loop_gives_the_ctypes_document(
    compiled: ctypes.CDLL, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = long_report(30)
    monkeypatch.setenv(pdfium_build.ENV, "ctypes")
    slow = encode(extract(data, pdf_backend="pdfium"))
    monkeypatch.setenv(pdfium_build.ENV, "compiled")
    assert encode(extract(data, pdf_backend="pdfium")) == slow


def test_the_loops_space_is_pythons(compiled: ctypes.CDLL) -> None:
    every = range(sys.maxunicode + 1)
    assert [c for c in every if compiled.cf_isspace(c)] == [c for c in every if chr(c).isspace()]


@pytest.mark.skipif(GCC is None, reason="no gcc here")
def test_a_build_is_made_once_and_loads(tmp_path: Path) -> None:
    target = pdfium_build.build(tmp_path, str(GCC))
    assert target.exists() and target.parent == tmp_path
    stamp = target.stat().st_mtime_ns
    assert pdfium_build.build(tmp_path, str(GCC)) == target
    assert target.stat().st_mtime_ns == stamp
    assert pdfium_build.load(target).cf_isspace(0x3000) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".build-")] == []


def test_a_failed_build_leaves_nothing_half_written(tmp_path: Path) -> None:
    false = shutil.which("false")
    assert false
    with pytest.raises(subprocess.CalledProcessError):
        pdfium_build.build(tmp_path, false)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build.lock"]


def test_the_loop_setting_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdfium_build.ENV, "ctypes")
    assert pdfium_build.library() is None
    monkeypatch.setenv(pdfium_build.ENV, "fortran")
    with pytest.raises(BadSetting, match=r"CARRYFORWARD_PDFIUM_LOOP 'fortran'"):
        pdfium_build.library()
