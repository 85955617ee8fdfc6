"""Decide a file's format from its bytes, never its name."""

from __future__ import annotations

import io
import zipfile

from extract.errors import EmptyFile, PasswordProtected, UnsupportedFormat

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_IMAGE_MAGICS = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"BM": "a BMP image",
}


def sniff(data: bytes, *, file: str) -> str:
    """Return "pdf", "docx", or an old format LibreOffice converts ("doc", "odt",
    "rtf"; `extract.legacy`), or raise an error that says what the bytes are."""
    head = data[:1024]
    if not head.strip() and not data.strip():
        raise EmptyFile("the file is empty", file=file)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, file=file)
    if head.startswith(OLE2_MAGIC):
        return _sniff_ole2(data, file=file)
    for magic, what in _IMAGE_MAGICS.items():
        if head.startswith(magic):
            raise UnsupportedFormat(
                f"this is {what}, not a PDF or Word file; scan it to PDF with OCR first",
                file=file,
            )
    if head.startswith(b"{\\rtf"):
        return "rtf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        raise UnsupportedFormat(
            "this is a web page (HTML); save or print it as PDF first", file=file
        )
    if _looks_like_text(head):
        raise UnsupportedFormat(
            "this is a plain text file; Carryforward reads PDF and Word (.docx) files",
            file=file,
        )
    raise UnsupportedFormat(
        "the bytes are not a PDF or Word (.docx) file (unknown format)", file=file
    )


def _sniff_zip(data: bytes, *, file: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype")[:100].decode("ascii", "replace")
                if "mimetype" in names and archive.getinfo("mimetype").file_size < 200
                else ""
            )
    except zipfile.BadZipFile as exc:
        from extract.errors import CorruptFile

        raise CorruptFile(
            f"the file looks like a Word/zip package but is damaged or truncated ({exc})",
            file=file,
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    if mimetype.strip() == "application/vnd.oasis.opendocument.text":
        return "odt"
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        kind = mimetype.rsplit(".", 1)[-1]
        raise UnsupportedFormat(
            f"this is an OpenDocument {kind} file (ODF); save it as .docx or PDF first",
            file=file,
        )
    if "xl/workbook.xml" in names:
        raise UnsupportedFormat("this is an Excel workbook, not a Word document", file=file)
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormat(
            "this is a PowerPoint presentation; save it as PDF first", file=file
        )
    raise UnsupportedFormat(
        "this is a zip archive, not a Word document; unzip it and add the files inside",
        file=file,
    )


def _sniff_ole2(data: bytes, *, file: str) -> str:
    # Encrypted .docx files are wrapped in an OLE2 container holding these streams.
    utf16 = "EncryptedPackage".encode("utf-16-le")
    if utf16 in data[:200_000] or "EncryptionInfo".encode("utf-16-le") in data[:200_000]:
        raise PasswordProtected(
            "the Word document is password-protected; remove the password and try again",
            file=file,
        )
    if "WordDocument".encode("utf-16-le") in data[:200_000]:
        return "doc"
    raise UnsupportedFormat(
        "this is an old Microsoft Office file (OLE2) but not a Word document; save it as PDF first",
        file=file,
    )


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head
