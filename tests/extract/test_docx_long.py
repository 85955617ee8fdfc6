"""The Word reader reads a long document whole: 400 generated pages (Word-numbered
headings and paragraphs, a table every other page; tests/bench/word_report.py) give
every block and a page estimate of at least 400. How fast it reads them is measured by
`make bench` (tests/bench/extract_bench.py), against python-docx in the same run."""

from __future__ import annotations

import pytest

from extract.docx.read import read_docx
from extract.model import Heading, Paragraph, Table
from tests.bench.word_report import long_docx

PAGES = 400


@pytest.mark.slow
def test_word_reader_reads_a_long_document_whole() -> None:
    document = read_docx(long_docx(PAGES), file="big.docx", sha256="")
    assert document.pages >= PAGES
    assert len(document.blocks) == PAGES * 9 + PAGES // 2
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    assert [h.number for h in headings] == [str(n) for n in range(1, PAGES + 1)]
    assert sum(isinstance(b, Table) for b in document.blocks) == PAGES // 2
    numbered = [b.number for b in document.blocks if isinstance(b, Paragraph)]
    assert numbered[:8] == ["1.1", "1.1.1", "1.2", "1.2.1", "1.3", "1.3.1", "1.4", "1.4.1"]
