"""A generated long Word report for the Word reader's test and benchmark.

Written as WordprocessingML directly (python-docx is too slow to build hundreds of pages):
per page a Word-numbered heading, eight Word-numbered paragraphs of about 350 characters
(levels 2 and 3 in turn), a page break, and a 4x3 table every other page. So a document
of `pages` pages has `pages * 9 + pages // 2` blocks (rounded up for the tables), and the
reader's page estimate is at least `pages`.
"""

from __future__ import annotations

from tests.extract import docx_build as b

SENTENCE = "The board reviewed progress against each priority and agreed the actions. " * 4


def long_docx(pages: int) -> bytes:
    doc = b.new()
    levels = [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("decimal", "%1.%2.%3", 1)]
    num = b.add_num(doc, b.add_abstract(doc, levels))
    doc.add_paragraph("placeholder")
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
