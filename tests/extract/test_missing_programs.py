"""Where Tesseract or LibreOffice is not installed (issue 20): `carryforward extract`
run as a user runs it, with a PATH that holds neither program, names the package to
install. Nothing of ours is switched off: the programs are simply not on the PATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract.pdf.ocr import tesseract
from tests.conftest import CORPORA
from tests.extract.test_ocr import scanned

CLI = Path(sys.executable).with_name("carryforward")


def _extract_without_programs(file: Path, tmp_path: Path) -> str:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARRYFORWARD_")}
    env["PATH"] = str(empty)
    done = subprocess.run(
        [str(CLI), "extract", str(file)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 1
    return " ".join((done.stdout + done.stderr).split())


def test_a_scan_without_tesseract_names_the_packages(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    plan = CORPORA / "morrowby" / "2021-22_business_plan.pdf"
    scan.write_bytes(scanned(plan.read_bytes(), dpi=100))
    said = _extract_without_programs(scan, tmp_path)
    assert "scan.pdf" in said
    assert "needs OCR" in said
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in said


def test_an_rtf_without_libreoffice_names_the_package(tmp_path: Path) -> None:
    rtf = tmp_path / "plan.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi Priority 1: Keep children safe\\par}")
    said = _extract_without_programs(rtf, tmp_path)
    assert "plan.rtf" in said
    assert "apt-get install libreoffice-writer-nogui" in said


@pytest.mark.skipif(
    tesseract() is None and not os.environ.get("CI"), reason="Tesseract not installed"
)
def test_a_scan_without_tesseracts_english_model_names_the_package(tmp_path: Path) -> None:
    """Tesseract installed without `tesseract-ocr-eng` (its model folder empty): the scan
    is refused naming the package, not read as pages without words."""
    scan = tmp_path / "scan.pdf"
    plan = CORPORA / "morrowby" / "2021-22_business_plan.pdf"
    scan.write_bytes(scanned(plan.read_bytes(), dpi=100))
    models = tmp_path / "tessdata"
    models.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARRYFORWARD_")}
    env["TESSDATA_PREFIX"] = str(models)
    done = subprocess.run(
        [str(CLI), "extract", str(scan)], capture_output=True, text=True, env=env, timeout=300
    )
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 1, said
    assert "scan.pdf" in said and "English model is not installed" in said
    assert "apt-get install tesseract-ocr-eng" in said
