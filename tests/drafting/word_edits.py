"""Edits a person makes in Word, made on the .docx XML with python-docx and lxml the
way Word saves them: retyping a paragraph or a cell, moving a paragraph, adding or
deleting a table row, autocorrect's typography, accepting or rejecting a tracked
insertion."""

from __future__ import annotations

import copy
import io
import re

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from drafting.writers.docx.parts import xml_text as element_text

AUTOCORRECT = str.maketrans({"'": "\u2019", "-": "\u2013"})


def opened(data: bytes) -> DocxDocument:
    return docx.Document(io.BytesIO(data))


def saved(document: DocxDocument) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xml_text(paragraph: Paragraph) -> str:
    """The paragraph's text with its tracked insertions (python-docx leaves them out)."""
    return element_text(paragraph._p)


def paragraph_starting(document: DocxDocument, prefix: str) -> Paragraph:
    for p in document.paragraphs:
        if xml_text(p).strip().startswith(prefix):
            return p
    raise AssertionError(f"no paragraph begins {prefix!r}")


def retype(paragraph: Paragraph, text: str) -> None:
    """The paragraph's words replaced, as typing over them does: its first run keeps its
    formatting and takes the text; the other runs (and comment marks) go."""
    runs = [r for r in paragraph._p.iter(qn("w:r"))]
    keep = next((r for r in runs if r.find(qn("w:t")) is not None), None)
    assert keep is not None, "the paragraph has no text run"
    for r in runs:
        if r is not keep:
            r.getparent().remove(r)
    for t in [*keep.findall(qn("w:t"))[1:], *keep.findall(qn("w:noBreakHyphen"))]:
        keep.remove(t)
    t = keep.find(qn("w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def add_after(paragraph: Paragraph, text: str) -> Paragraph:
    """A new paragraph after `paragraph`, in its style (Enter at its end, then typing)."""
    new = copy.deepcopy(paragraph._p)
    paragraph._p.addnext(new)
    added = Paragraph(new, paragraph._parent)
    retype(added, text)
    return added


def move_after(paragraph: Paragraph, target: Paragraph) -> None:
    """Cut `paragraph` and paste it after `target`."""
    target._p.addnext(paragraph._p)


def delete(paragraph: Paragraph) -> None:
    paragraph._p.getparent().remove(paragraph._p)


def table_headed(document: DocxDocument, first_header: str) -> Table:
    for table in document.tables:
        if table.rows[0].cells[0].text.strip().startswith(first_header):
            return table
    raise AssertionError(f"no table headed {first_header!r}")


def row_starting(table: Table, prefix: str) -> _Row:
    for row in table.rows:
        if row.cells[0].text.strip().startswith(prefix):
            return row
    raise AssertionError(f"no row begins {prefix!r}")


def retype_cell(cell: _Cell, text: str) -> None:
    """The cell's words replaced: its first paragraph takes `text`, the others go."""
    first, *rest = cell.paragraphs
    for p in rest:
        delete(p)
    retype(first, text)


def add_row_after(row: _Row, texts: tuple[str, ...]) -> _Row:
    """A row inserted below `row` ("Insert Below"), then typed into."""
    new = copy.deepcopy(row._tr)
    row._tr.addnext(new)
    added = _Row(new, row._parent)
    for cell, text in zip(added.cells, texts, strict=True):
        retype_cell(cell, text)
    return added


def delete_row(row: _Row) -> None:
    row._tr.getparent().remove(row._tr)


def autocorrect(document: DocxDocument) -> int:
    """Word's typography over every body text (apostrophes curly, hyphens en dashes, a
    double or a non-breaking space after full stops): the count of texts it touched."""
    touched = 0
    for k, t in enumerate(document.element.body.iter(qn("w:t"))):
        text = t.text or ""
        new = text.translate(AUTOCORRECT)
        new = re.sub(r"\. (?=[A-Z])", ".  " if k % 2 else ".\u00a0", new)
        if new.endswith(". "):  # the space between two sentences' runs
            new = new[:-1] + ("  " if k % 2 else "\u00a0")
        if new != text:
            t.text = new
            touched += 1
    return touched


def accept(insertion: object) -> None:
    """Word's "Accept" on a tracked insertion: its runs stay, unwrapped."""
    for child in list(insertion):  # type: ignore[call-overload]
        insertion.addprevious(child)  # type: ignore[attr-defined]
    insertion.getparent().remove(insertion)  # type: ignore[attr-defined]


def reject(insertion: object) -> None:
    """Word's "Reject" on a tracked insertion: its runs go."""
    insertion.getparent().remove(insertion)  # type: ignore[attr-defined]
