"""An approved draft written as the final copy: Morrowby's 2021/22 draft (its 2020/21
report carried forward, the 2021/22 documents as newer) through the real pipeline, read
back with python-docx and converted by LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from drafting.build import build_draft
from drafting.writers.docx.parts import GAP_NOTE, PLACEHOLDER_NOTE
from drafting.writers.docx.write import FinalCopy, write_docx
from tests.drafting.docx_check import comment_texts, libreoffice_text, open_docx
from tests.drafting.pipeline import board_run

APPROVED = dt.datetime(2022, 6, 30, 9, 15, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def final() -> bytes:
    ledger, _docs = board_run("morrowby")
    draft = build_draft(ledger, period="2021/22")
    return write_docx(draft, final=FinalCopy(author="Philippa Lorrimer", created=APPROVED))


def _all_text(data: bytes) -> str:
    document = open_docx(data)
    body = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    headers = [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join(body + cells + headers)


def test_final_copy_has_no_review_apparatus(final: bytes) -> None:
    text = _all_text(final)
    for apparatus in (
        "DRAFT",
        "How to read",
        "Before you publish",
        "Cue:",
        "[For the",
        "Update needed:",
        "suggested",
        "Draft for",
    ):
        assert apparatus not in text, apparatus
    assert comment_texts(open_docx(final)) == []
    assert "word/comments.xml" not in zipfile.ZipFile(io.BytesIO(final)).namelist()


def test_final_copy_has_real_properties(final: bytes) -> None:
    props = open_docx(final).core_properties
    assert props.title == "Annual Report 2021-22"
    assert props.author == "Philippa Lorrimer" and props.language == "en-GB"
    assert props.created == APPROVED


def test_final_copy_with_sources_keeps_only_source_comments() -> None:
    ledger, _docs = board_run("morrowby")
    data = write_docx(build_draft(ledger, period="2021/22"), final=FinalCopy(sources=True))
    comments = comment_texts(open_docx(data))
    assert comments and all(c.startswith("Source: ") for c in comments)
    assert PLACEHOLDER_NOTE not in comments and GAP_NOTE not in comments


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_final_copy_opens_in_libreoffice(final: bytes, tmp_path: Path) -> None:
    text = libreoffice_text(final, tmp_path, "final")
    assert "Annual Report 2021-22" in text and "DRAFT" not in text


def test_final_copy_has_no_empty_numbered_paragraph(final: bytes) -> None:
    """A paragraph that held only the author's placeholder is left out of the final copy,
    not printed as a bare number ("1.3" and nothing after it)."""
    document = open_docx(final)
    numbered = [
        p
        for p in document.paragraphs
        if p._p.pPr is not None
        and p._p.pPr.numPr is not None
        and not (p.style is not None and p.style.name.startswith("Heading"))
    ]
    assert numbered, "the final copy has numbered paragraphs to check"
    assert [p for p in numbered if not p.text.strip()] == []
