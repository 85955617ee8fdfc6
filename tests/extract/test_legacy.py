"""Old and open formats (.doc, .odt, .rtf) read through LibreOffice (issue 20): made
here from a corpus Word plan by LibreOffice itself, read back and held to that plan's
truth.json; and the errors when LibreOffice is missing or cannot convert a file."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import nlp
from extract import extract
from extract.errors import ConverterMissing, CorruptFile
from extract.sniff import OLE2_MAGIC
from tests.conftest import CORPORA
from tests.corpus import document, of_doc, truth

BOARD, FILE = "harrowfield", "2019-20_business_plan.docx"
SOFFICE = shutil.which("soffice")
# CI installs LibreOffice (.ci/run): there a missing one is a failure, not a skip.
needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice (soffice) not installed"
)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    assert SOFFICE, "LibreOffice is needed: apt-get install libreoffice-writer-nogui"
    folder = tmp_path_factory.mktemp("legacy")
    shutil.copy(CORPORA / BOARD / FILE, folder / "plan.docx")
    out = {}
    for fmt in ("doc", "odt", "rtf"):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
             "--convert-to", fmt, "--outdir", str(folder), str(folder / "plan.docx")],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        out[fmt] = folder / f"plan.{fmt}"
    return out


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_an_old_format_is_read_like_its_word_original(converted: dict[str, Path], fmt: str) -> None:
    doc = document(BOARD, FILE)["doc"]
    expected = of_doc(truth(BOARD), "actions", doc)
    document_read = extract(converted[fmt])
    found = nlp.find(document_read)
    assert document_read.file == f"plan.{fmt}"
    assert "converted from" in document_read.warnings[0]
    assert found.document.reading_notes == document_read.warnings  # shown on its page
    assert all(b.source.file == f"plan.{fmt}" for b in document_read.blocks)
    assert [a.text for a in found.actions] == [a["text"] for a in expected]
    if fmt == "rtf":
        # LibreOffice's own .doc and .odt exports of this plan restart the numbered
        # list in each table cell (its PDF of the converted file prints 1., 1., ...,
        # its PDF of the original 1., 2., ...): there the numbers are not the truth's.
        assert [a.number for a in found.actions] == [a["number"] for a in expected]
    assert found.document.kind == document(BOARD, FILE)["kind"]
    assert found.document.period == document(BOARD, FILE)["period"]


def test_without_libreoffice_the_error_names_the_package(
    converted_missing: None,
) -> None:
    rtf = b"{\\rtf1\\ansi Priority 1: Keep children safe\\par}"
    with pytest.raises(ConverterMissing) as caught:
        extract(rtf, filename="plan.rtf")
    assert "plan.rtf" in str(caught.value)
    assert "RTF" in str(caught.value)
    assert "apt-get install libreoffice-writer-nogui" in str(caught.value)


@pytest.fixture
def converted_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRYFORWARD_SOFFICE", "")


@needs_soffice
def test_a_damaged_doc_is_named_as_such() -> None:
    fake = OLE2_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 64
    with pytest.raises(CorruptFile) as caught:
        extract(fake, filename="2016-17_report.doc")
    assert "2016-17_report.doc" in str(caught.value)
    assert "Word 97-2003 .doc" in str(caught.value)
    assert "could not convert" in str(caught.value)
