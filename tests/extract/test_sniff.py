"""The format is decided by the bytes; anything but PDF and .docx gets an error naming it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extract import EmptyFile, PasswordProtected, UnsupportedFormat, extract
from extract.errors import CorruptFile, TooLarge
from extract.limits import Limits
from extract.sniff import OLE2_MAGIC, sniff

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _ole2(stream_name: str) -> bytes:
    # A compound-file header followed by a directory entry name, as Office writes them.
    return OLE2_MAGIC + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 64


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PNG_1x1, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40, "JPEG image"),
        (b"<!DOCTYPE html><html><body>Plan</body></html>", "HTML"),
        (b"Business plan 2019-20\nPriority 1\n", "plain text"),
        (_zip({"xl/workbook.xml": b"<workbook/>"}), "Excel"),
        (_zip({"notes.txt": b"hello"}), "zip archive"),
        (b"\x00\x01\x02\x03binary", "unknown format"),
    ],
)
def test_unsupported_formats_are_named(data: bytes, words: str) -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        extract(data, filename="upload.pdf")
    assert words in str(caught.value)
    assert "upload.pdf" in str(caught.value)


def test_old_and_open_word_formats_are_named_for_conversion() -> None:
    assert sniff(b"{\\rtf1\\ansi Hello}", file="plan.rtf") == "rtf"
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text"})
    assert sniff(odt, file="plan.odt") == "odt"
    assert sniff(_ole2("WordDocument"), file="plan.doc") == "doc"
    with pytest.raises(UnsupportedFormat, match="OpenDocument spreadsheet"):
        sniff(_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), file="x.ods")


def test_name_does_not_decide_the_format() -> None:
    assert sniff(b"%PDF-1.7\n...", file="report.docx") == "pdf"
    assert sniff(_zip({"word/document.xml": b"<w:document/>"}), file="plan.pdf") == "docx"


def test_encrypted_office_file_is_password_protected() -> None:
    with pytest.raises(PasswordProtected, match="password"):
        extract(_ole2("EncryptedPackage"), filename="locked.docx")


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyFile, match="empty"):
        extract(data, filename="blank.docx")


def test_truncated_zip_is_corrupt() -> None:
    whole = _zip({"word/document.xml": b"<w:document/>" * 200})
    with pytest.raises(CorruptFile, match="damaged or truncated"):
        extract(whole[: len(whole) // 2], filename="cut.docx")


def test_byte_limit_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 2000)
    with pytest.raises(TooLarge, match="limit"):
        extract(path, limits=Limits(max_bytes=1000))


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no such file"):
        extract(tmp_path / "nothere.pdf")
