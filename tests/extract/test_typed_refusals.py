"""Typed refusals for files built to slip past checks: PDF/zip polyglots, macro-enabled
packages named .docx, a DTD in any XML part, a bomb in any zip part (media too). Each
hostile file is built here from a good one."""

from __future__ import annotations

import io
import zipfile

import pytest

from extract import extract
from extract.errors import DtdDeclared, MacroEnabled, PolyglotFile, ZipBomb
from extract.limits import Limits
from tests.extract import docx_build as b
from tests.pdf_build import one_page_pdf


def _good_docx() -> bytes:
    doc = b.new()
    doc.add_paragraph("A paragraph of body text.")
    return b.to_bytes(doc)


def _with_part(data: bytes, name: str, body: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_pdf_with_a_zip_appended_is_a_polyglot() -> None:
    pdf = one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Report) Tj ET")
    with pytest.raises(PolyglotFile, match=r"^both\.pdf: the file is both a PDF and a zip"):
        extract(pdf + _good_docx(), filename="both.pdf")


def test_a_zip_whose_first_bytes_hold_a_pdf_header_is_a_polyglot() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.pdf", one_page_pdf(b"BT ET"))
        with zipfile.ZipFile(io.BytesIO(_good_docx())) as src:
            for info in src.infolist():
                z.writestr(info, src.read(info))
    with pytest.raises(PolyglotFile, match="polyglot"):
        extract(out.getvalue(), filename="plan.docx")


def test_a_plain_pdf_is_not_a_polyglot() -> None:
    extract(one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Report) Tj ET"), filename="plain.pdf")


def test_a_docm_named_docx_is_refused_by_its_vba_part() -> None:
    data = _with_part(_good_docx(), "word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\0" * 500)
    with pytest.raises(MacroEnabled, match=r"^plan\.docx: the Word file carries macros"):
        extract(data, filename="plan.docx")


def test_a_macro_enabled_content_type_is_refused() -> None:
    with zipfile.ZipFile(io.BytesIO(_good_docx())) as z:
        types = z.read("[Content_Types].xml")
    types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    assert b"macroEnabled" in types
    with pytest.raises(MacroEnabled, match="macro-enabled"):
        extract(b.rezip(_good_docx(), {"[Content_Types].xml": types}), filename="plan.docx")


@pytest.mark.parametrize(
    "part", ["[Content_Types].xml", "docProps/custom.xml", "customXml/item9.xml"]
)
def test_a_dtd_in_any_xml_part_is_refused(part: str) -> None:
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    data = _with_part(_good_docx(), part, evil) if part != "[Content_Types].xml" else None
    if data is None:
        with zipfile.ZipFile(io.BytesIO(_good_docx())) as z:
            types = z.read(part)
        data = b.rezip(_good_docx(), {part: types.replace(b"?>", b"?><!DOCTYPE t>", 1)})
    with pytest.raises(DtdDeclared, match=part.replace("[", r"\[").replace("]", r"\]")):
        extract(data, filename="plan.docx")


def test_a_bomb_in_word_media_is_refused() -> None:
    data = _with_part(_good_docx(), "word/media/image1.png", b"\0" * (40 << 20))
    assert len(data) < 200_000
    with pytest.raises(ZipBomb, match=r"part word/media/image1\.png inflates over 100 times"):
        extract(data, filename="plan.docx")


def test_a_part_inflating_little_is_not_a_bomb_even_when_large() -> None:
    import random

    noise = random.Random(7).randbytes(6 << 20)
    extract(_with_part(_good_docx(), "word/media/photo.jpg", noise), filename="plan.docx")
    assert Limits().bomb_floor < len(noise)
