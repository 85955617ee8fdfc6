"""Small builders for the hostile set (`tests.hostile.cases`): PDFs by hand, Word
packages from a good python-docx file, zips and OLE headers, all generated in code."""

from __future__ import annotations

import io
import zipfile
import zlib

import docx

from tests.pdf_build import one_page_pdf, pages_pdf, raw_pdf

MB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = f'<w:document xmlns:w="{W_NS}"><w:body>'
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

__all__ = ["one_page_pdf", "pages_pdf", "raw_pdf"]


def good_docx(text: str = "The board will review its training offer.") -> bytes:
    doc = docx.Document()
    doc.add_heading("Priority 1: Safer recruitment", level=1)
    doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def good_pdf() -> bytes:
    return one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Priority 1: Safer recruitment) Tj ET")


def deflate_zeros(size: int, byte: bytes = b"\0") -> bytes:
    """`size` bytes of `byte`, deflated, built without holding them."""
    comp = zlib.compressobj(9)
    block = byte * MB
    out = [comp.compress(block) for _ in range(size // MB)]
    return b"".join(out) + comp.flush()


def flate_stream(data: bytes, filters: bytes = b"/FlateDecode", extra: bytes = b"") -> bytes:
    return (
        b"<< /Length %d /Filter %s %s>>\nstream\n" % (len(data), filters, extra)
        + data
        + b"\nendstream"
    )


def page_pdf(page_dict: bytes, *more: bytes) -> bytes:
    """Catalog, a one-kid page tree and `page_dict` as object 3, then `more`."""
    return raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page_dict, *more])


def content_pdf(stream_obj: bytes) -> bytes:
    """One page whose /Contents is object 4 (`stream_obj`)."""
    return page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream_obj,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )


def rezip(data: bytes, replace: dict[str, bytes | None], *, stored: bool = False) -> bytes:
    """A copy of a package with some parts replaced, added or (None) removed."""
    out = io.BytesIO()
    how = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", how) as dst:
        for info in src.infolist():
            if info.filename not in replace:
                dst.writestr(info, src.read(info.filename))
        for name, body in replace.items():
            if body is not None:
                dst.writestr(name, body)
    return out.getvalue()


def with_big_part(data: bytes, name: str, size: int, byte: bytes = b"\0") -> bytes:
    """`data` plus a part `name` of `size` bytes of `byte`, streamed in."""
    out = io.BytesIO(data)
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as z,
        z.open(name, "w", force_zip64=True) as fh,
    ):
        block = byte * MB
        for _ in range(size // MB):
            fh.write(block)
    return out.getvalue()


def docx_part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name)


def with_document_xml(inner: str | bytes, prolog: bytes = b"") -> bytes:
    body = inner.encode() if isinstance(inner, str) else inner
    xml = prolog + BODY.encode() + body + b"</w:body></w:document>"
    return rezip(good_docx(), {"word/document.xml": xml})


def with_doctype(name: str, doctype: bytes) -> bytes:
    """The good package with `doctype` put after the XML declaration of part `name`."""
    data = good_docx()
    part = docx_part(data, name)
    if part.startswith(b"<?xml"):
        end = part.index(b"?>") + 2
        part = part[:end] + doctype + part[end:]
    else:
        part = doctype + part
    return rezip(data, {name: part})


def plain_zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


def ole(stream_names: list[str]) -> bytes:
    """A compound-file (OLE2) header with `stream_names` written into its directory
    sector, as the readers sniff it (enough for sniffing, not a whole CFB)."""
    header = OLE_MAGIC + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\0" * 480
    directory = b"".join(n.encode("utf-16-le").ljust(128, b"\0") for n in stream_names)
    return header + directory.ljust(512, b"\0") + b"\0" * 1024


def pdf_encrypt_dict(filter_name: bytes, extra: bytes = b"") -> bytes:
    """A one-page PDF whose trailer names an /Encrypt dictionary (object 6)."""
    base = content_pdf(flate_stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET")))
    body, _, _ = base.rpartition(b"xref\n")
    obj6 = b"6 0 obj\n<< /Filter /%s /V 4 /R 4 /Length 128 /O <%s> /U <%s> /P -4 %s>>\nendobj\n" % (
        filter_name,
        b"00" * 32,
        b"00" * 32,
        extra,
    )
    return _retrailer(
        body + obj6, extra_trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (b"ab" * 16, b"ab" * 16)
    )


def _retrailer(body: bytes, *, extra_trailer: bytes) -> bytes:
    """Rewrite xref and trailer for `body` (objects numbered from 1, in order)."""
    import re

    offsets = {int(m.group(1)): m.start() for m in re.finditer(rb"(?m)^(\d+) 0 obj", body)}
    size = max(offsets) + 1
    xref = len(body)
    table = b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(
        b"%010d 00000 n \n" % offsets[i] for i in range(1, size)
    )
    trailer = b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        extra_trailer,
        xref,
    )
    return body + table + trailer
