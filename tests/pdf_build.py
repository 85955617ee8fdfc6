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


def pages_pdf(contents: list[bytes]) -> bytes:
    """A PDF (Helvetica as /F1) with one page per item of `contents`, each compressed."""
    import zlib

    first = 3 + len(contents)  # the content streams follow the pages
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(len(contents)))
    pages = [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (first + i, first + len(contents))
        for i in range(len(contents))
    ]
    streams = []
    for content in contents:
        stream = zlib.compress(content, 9)
        streams.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
            *pages,
            *streams,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def hanging_pdf() -> bytes:
    """About 40 kB that keep either PDF backend busy for many seconds, each page under
    the structural guards' operator limit (the time limit's test, not the guards'):
    20 pages of 160,000 `q Q` operators (pdfminer takes minutes over them, pdfium
    under 0.1 s a page) and 10,000 drawn lines (pdfium's page objects read one by
    one: over half a second a page)."""
    page = b"BT /F1 12 Tf 72 720 Td (Title) Tj ET\n" + b"q Q " * 80_000 + b"0 0 m 1 1 l S " * 10_000
    return pages_pdf([page + b"%% page %d" % i for i in range(20)])


def exploding_pdf() -> bytes:
    """A page drawing 45,000 characters and 60,000 lines, under the guards' limits
    (the memory limit's test, not the guards'): pdfplumber keeps about 2 kB per
    character and more per line, several hundred MB; the pdfium backend, its lines'
    edges, about 80 MB."""
    text = b"BT /F1 1 Tf 72 720 Td (" + b"x" * 45_000 + b") Tj ET "
    return one_page_pdf(text + b"0 0 m 1 1 l S " * 60_000)
