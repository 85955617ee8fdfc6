"""Hand-built PDFs for tests of bad and hostile files."""

from __future__ import annotations

import io


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 = catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def one_page_pdf(content: bytes) -> bytes:
    """A one-page PDF (Helvetica as /F1) whose page draws `content`, compressed."""
    import zlib

    stream = zlib.compress(content, 9)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def hanging_pdf() -> bytes:
    """20 kB that keep the PDF parser busy for minutes: 5 M `q Q` operators."""
    return one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Title) Tj ET\n" + b"q Q " * 5_000_000)


def exploding_pdf() -> bytes:
    """3.5 kB whose one page draws 3 M characters: the parser's memory grows by about
    1 kB per character (gigabytes) until something stops it."""
    return one_page_pdf(b"BT /F1 1 Tf 72 720 Td (" + b"x" * 3_000_000 + b") Tj ET")
