"""Hostile and broken Word files fail with the right error, without blowing up."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx.enum.text import WD_BREAK

from extract import CorruptFile, EmptyFile, HostileFile, Limits, TooLarge
from extract.docx.read import read_docx
from tests.extract import docx_build as b

DOC_NS = f"<w:document {b.NSDECL}><w:body>"


def _good() -> bytes:
    doc = b.new()
    doc.add_paragraph("A paragraph of body text.")
    return b.to_bytes(doc)


def _read(data: bytes, limits: Limits | None = None) -> None:
    read_docx(data, file="h.docx", sha256="", limits=limits or Limits())


def test_zip_bomb_part_stops_at_the_part_limit() -> None:
    padding = b" " * (8 * 1024 * 1024)  # inflates ~1000:1
    bomb = (
        DOC_NS.encode()
        + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
        + padding
        + b"</w:body></w:document>"
    )
    data = b.rezip(_good(), {"word/document.xml": bomb})
    assert len(data) < 100_000
    with pytest.raises(HostileFile, match="zip bomb"):
        _read(data, Limits(max_part_bytes=1024 * 1024))


def test_total_inflation_limit() -> None:
    with pytest.raises((TooLarge, HostileFile), match="inflates past"):
        _read(_good(), Limits(max_unzipped_bytes=2000))


def test_part_over_limit_without_bomb_ratio_is_too_large() -> None:
    with pytest.raises(TooLarge, match=r"part .* inflates past 500 bytes"):
        _read(_good(), Limits(max_part_bytes=500))


def test_too_many_entries() -> None:
    with pytest.raises(TooLarge, match="entries"):
        _read(_good(), Limits(max_zip_entries=5))


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_dtd_and_entities_refused(part: str) -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        + DOC_NS.encode()
        + b"<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(HostileFile, match=re.escape(part)):
        _read(b.rezip(_good(), {part: evil}))


def test_truncated_zip_is_corrupt() -> None:
    data = _good()
    with pytest.raises(CorruptFile, match="damaged or truncated"):
        _read(data[: len(data) // 2])


def test_missing_main_part_is_corrupt() -> None:
    with pytest.raises(CorruptFile, match=r"word/document\.xml is missing"):
        _read(b.rezip(_good(), {"word/document.xml": None}))


def test_malformed_xml_is_corrupt() -> None:
    broken = DOC_NS.encode() + b"<w:p><w:r><w:t>open"
    with pytest.raises(CorruptFile, match=r"word/document\.xml is not well-formed"):
        _read(b.rezip(_good(), {"word/document.xml": broken}))


def test_bad_crc_is_corrupt() -> None:
    data = bytearray(_good())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 10] ^= 0xFF  # flip a byte inside the compressed stream
    with pytest.raises(CorruptFile, match=r"word/document\.xml"):
        _read(bytes(data))


def test_empty_document() -> None:
    with pytest.raises(EmptyFile, match="no text"):
        _read(b.to_bytes(b.new()))


def test_too_many_pages() -> None:
    doc = b.new()
    for _ in range(5):
        doc.add_paragraph("Page").add_run().add_break(WD_BREAK.PAGE)
    with pytest.raises(TooLarge, match="pages"):
        _read(b.to_bytes(doc), Limits(max_pages=3))


def test_deep_nesting_is_refused() -> None:
    deep = (
        DOC_NS.encode()
        + b"<w:p>"
        + b"<w:ins>" * 300
        + b"</w:ins>" * 300
        + b"</w:p></w:body></w:document>"
    )
    with pytest.raises(HostileFile, match="too deeply"):
        _read(b.rezip(_good(), {"word/document.xml": deep}))


def test_document_with_only_empty_table_is_empty() -> None:
    doc = b.new()
    doc.add_table(rows=2, cols=2)
    with pytest.raises(EmptyFile):
        _read(b.to_bytes(doc))
