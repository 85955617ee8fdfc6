"""Reading our .docx back with python-docx: which paragraphs and cells carry comments."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

FRONT_STYLES = ("Title", "Subtitle", "Caption", "Intense Quote", "List Bullet")


def open_docx(data: bytes) -> DocxDocument:
    return docx.Document(io.BytesIO(data))


def has_comment(paragraph: Paragraph) -> bool:
    return paragraph._p.find(".//" + qn("w:commentRangeStart")) is not None


def uncommented_paragraphs(document: DocxDocument) -> list[str]:
    """Body paragraphs with text and no comment, outside the draft's own front matter
    (title, how-to note, notes) and structural headings."""
    out = []
    for p in document.paragraphs:
        style = p.style.name if p.style is not None else ""
        if not p.text.strip() or style in (
            "Title",
            "Subtitle",
            "Caption",
            "Intense Quote",
            "List Bullet",
        ):
            continue
        if style.startswith("Heading") and not p.text.startswith("Priority"):
            continue
        if not has_comment(p):
            out.append(p.text)
    return out


def appendix_table(document: DocxDocument):  # type: ignore[no-untyped-def]
    for table in document.tables:
        if table.rows[0].cells[0].text.startswith("Planned Action"):
            return table
    raise AssertionError("no progress appendix table")


def uncommented_cells(document: DocxDocument) -> list[str]:
    table = appendix_table(document)
    out = []
    for row in table.rows[1:]:
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            if cell.text.strip() and not any(has_comment(p) for p in cell.paragraphs):
                out.append(cell.text)
    return out


def comment_texts(document: DocxDocument) -> list[str]:
    return [c.text for c in document.comments]


def libreoffice_convert(data: bytes, folder: Path, name: str, to: str) -> Path:
    """The .docx `data` converted by LibreOffice (headless, a throwaway profile in
    `folder`) to the filter `to` ("pdf", "txt:Text"): the converted file's path."""
    source = folder / f"{name}.docx"
    source.write_bytes(data)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return folder / f"{name}.{to.split(':')[0]}"


def libreoffice_text(data: bytes, folder: Path, name: str) -> str:
    """The text LibreOffice reads from the .docx `data` (Word's non-breaking hyphen, which
    it writes as U+2011, as the "-" it stands for)."""
    libreoffice_convert(data, folder, name, "txt:Text")
    return (folder / f"{name}.txt").read_text(encoding="utf-8-sig").replace("\u2011", "-")
