"""Bad and hostile PDFs: each refused with the right error naming file and problem.

The hostile files are built by hand (`raw_pdf`) so each carries exactly one defect."""

from __future__ import annotations

import io
import zlib

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from extract import (
    CorruptFile,
    HostileFile,
    Limits,
    NoTextLayer,
    PasswordProtected,
    TooLarge,
    extract,
)
from extract.pdf.ocr import tesseract
from tests.bench.reports import report
from tests.pdf_build import raw_pdf


def _stream(data: bytes, extra: bytes = b"", flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def _page(resources: bytes) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources %s >>"
        % resources
    )


def test_encrypted_pdf_is_password_protected() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=StandardEncryption("user", "owner"))
    c.drawString(72, 720, "Secret minutes")
    c.save()
    with pytest.raises(PasswordProtected, match=r"locked\.pdf: .*password"):
        extract(buf.getvalue(), filename="locked.pdf")


def test_garbage_after_header_is_corrupt() -> None:
    with pytest.raises(CorruptFile, match=r"bad\.pdf: the PDF is damaged"):
        extract(b"%PDF-1.7\n" + b"\x00garbage" * 50, filename="bad.pdf")


def test_truncated_pdf_is_corrupt_or_partial() -> None:
    data = report(3)
    with pytest.raises(CorruptFile, match=r"cut\.pdf"):
        extract(data[:400], filename="cut.pdf")


def test_images_only_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    image = _stream(
        b"\x80" * 16,
        b" /Type /XObject /Subtype /Image /Width 4 /Height 4"
        b" /ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    data = raw_pdf(
        [
            CATALOG,
            PAGES,
            _page(b"<< /XObject << /Im1 5 0 R >> >>"),
            _stream(b"q 200 0 0 200 100 400 cm /Im1 Do Q"),
            image,
        ]
    )
    if tesseract() is not None:  # a flat grey square: OCR reads nothing in it
        with pytest.raises(NoTextLayer, match=r"scan\.pdf: .*OCR found no text"):
            extract(data, filename="scan.pdf")
    monkeypatch.setenv("CARRYFORWARD_TESSERACT", "")  # as where Tesseract is not installed
    with pytest.raises(NoTextLayer, match=r"scan\.pdf: .*needs OCR.*apt-get install tesseract-ocr"):
        extract(data, filename="scan.pdf")


TEXT = b"BT /F1 12 Tf 72 720 Td (Board minutes) Tj ET "
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def test_form_that_draws_itself_is_skipped_not_looped() -> None:
    form = _stream(
        b"/F1 Do",
        b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]"
        b" /Resources << /XObject << /F1 5 0 R >> >>",
    )
    page = _page(b"<< /XObject << /F1 5 0 R >> /Font << /F1 6 0 R >> >>")
    data = raw_pdf([CATALOG, PAGES, page, _stream(TEXT + b"/F1 Do"), form, FONT])
    doc = extract(data, filename="loop.pdf")
    assert [b.text for b in doc.blocks] == ["Board minutes"]


def test_forms_nested_without_end_are_hostile() -> None:
    depth = 3000
    forms = [
        _stream(
            b"/X Do",
            b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]"
            b" /Resources << /XObject << /X %d 0 R >> >>" % (i + 6),
        )
        for i in range(depth)
    ]
    forms.append(_stream(b"", b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]"))
    page = _page(b"<< /XObject << /X 5 0 R >> >>")
    data = raw_pdf([CATALOG, PAGES, page, _stream(b"/X Do"), *forms])
    with pytest.raises(HostileFile, match=r"deep\.pdf: .*without end"):
        extract(data, filename="deep.pdf")


def test_decompression_bomb_is_refused() -> None:
    content = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" + b" " * (8 << 20)
    data = raw_pdf([CATALOG, PAGES, _page(b"<< >>"), _stream(content, flate=True)])
    assert len(data) < 100_000
    with pytest.raises(TooLarge, match=r"bomb\.pdf: page 1 .*inflating past 1 MB"):
        extract(data, filename="bomb.pdf", limits=Limits(max_part_bytes=1 << 20))


def test_too_many_pages() -> None:
    with pytest.raises(TooLarge, match=r"big\.pdf: the PDF has 9 pages; the limit is 5"):
        extract(report(3), filename="big.pdf", limits=Limits(max_pages=5))
