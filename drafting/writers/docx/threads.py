"""Threaded comments for the tracked-changes copy: a comment's follow-up lines (its
further sources, the notes after its first line) written as replies that hang under it
in Word, through word/commentsExtended.xml (w15:commentEx with paraIdParent, the part
Word 2013+ reads threads from), its content type and its relationship."""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document as DocxDocument
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
PARTNAME = "/word/commentsExtended.xml"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
RELATIONSHIP = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def para_id(n: int) -> str:
    """The n-th comment paragraph's w14:paraId: 8 hex digits below 0x80000000, as the
    schema asks, numbered in order so the same draft gives the same bytes."""
    return f"{n:08X}"


def add_comments_extended(document: DocxDocument, replies: Iterable[tuple[int, int]]) -> None:
    """Give every comment's last paragraph a paraId and write commentsExtended.xml:
    one commentEx per comment, replies (comment id, parent comment id) naming their
    parent's paraId. Nothing is written when the document has no comments."""
    comments = document.part._comments_part.element
    elements = comments.findall(qn("w:comment"))
    if not elements:
        return
    ids: dict[int, str] = {}
    for n, comment in enumerate(elements, start=1):
        paragraphs = comment.findall(qn("w:p"))
        paragraphs[-1].set(f"{{{W14}}}paraId", para_id(n))
        ids[int(comment.get(qn("w:id")))] = para_id(n)
    parents = {reply: ids[parent] for reply, parent in replies}
    rows = []
    for comment_id, pid in ids.items():
        parent = parents.get(comment_id)
        link = f' w15:paraIdParent="{parent}"' if parent else ""
        rows.append(f'<w15:commentEx w15:paraId="{pid}"{link} w15:done="0"/>')
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w15:commentsEx xmlns:w15="{W15}">{"".join(rows)}</w15:commentsEx>'
    )
    part = Part(PackURI(PARTNAME), CONTENT_TYPE, xml.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP)
