"""The Word backend keeps up with long documents (target: 100+ pages a second).

The document is generated as WordprocessingML directly (python-docx is too slow to
build hundreds of pages in a test): per page a Word-numbered heading, eight
Word-numbered paragraphs of about 350 characters, a page break, and a 4x3 table
every other page. Pages are the backend's own estimate.
"""

from __future__ import annotations

import time

import pytest

from extract.docx.read import read_docx
from tests.extract import docx_build as b

SENTENCE = "The board reviewed progress against each priority and agreed the actions. " * 4


def _big_docx(pages: int) -> bytes:
    doc = b.new()
    levels = [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("decimal", "%1.%2.%3", 1)]
    num = b.add_num(doc, b.add_abstract(doc, levels))
    doc.add_paragraph("seed")
    base = b.to_bytes(doc)

    def para(text: str, ilvl: int, style: str = "") -> str:
        pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
        return (
            f'<w:p><w:pPr>{pstyle}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/>'
            f"</w:numPr></w:pPr>{b.run(text)}</w:p>"
        )

    cell = (
        f"<w:tc>{b.p_xml(b.run('Cell text ' + SENTENCE[:40])).replace(f' {b.NSDECL}', '')}</w:tc>"
    )
    rows = ("<w:tr>" + cell * 3 + "</w:tr>") * 4
    table = f"<w:tbl><w:tblGrid>{'<w:gridCol/>' * 3}</w:tblGrid>{rows}</w:tbl>"
    parts = [f"<w:document {b.NSDECL}><w:body>"]
    for page in range(pages):
        parts.append(para(f"Section {page}", 0, "Heading1"))
        parts.extend(para(SENTENCE, 1 + i % 2) for i in range(8))
        if page % 2 == 0:
            parts.append(table)
        parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    parts.append("</w:body></w:document>")
    return b.rezip(base, {"word/document.xml": "".join(parts).encode()})


@pytest.mark.slow
def test_word_backend_reads_at_least_100_pages_a_second() -> None:
    data = _big_docx(400)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        document = read_docx(data, file="big.docx", sha256="")
        best = min(best, time.perf_counter() - start)
    assert document.pages >= 400
    assert len(document.blocks) == 400 * 9 + 200
    assert document.pages / best >= 100, f"{document.pages / best:.0f} pages/s"
