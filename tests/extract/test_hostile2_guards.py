"""Guards added for the last four misses of the hostile set (issue 16): a page with no
MediaBox, an image bomb on a scanned page, a PDF stored inside a .docx, and more text
than one reading can hold. Each file is built here; expected errors are written by
hand from the rule, not copied from output."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest

from extract import HostileFile, TooLarge, extract
from extract.errors import CorruptFile, PolyglotFile
from extract.limits import Limits
from tests.extract import docx_build as b
from tests.pdf_build import one_page_pdf, raw_pdf

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELLO = b"<< /Length 42 >>\nstream\nBT /F1 12 Tf 72 720 Td (Hello there) Tj ET\nendstream"


def _pages(*pages: bytes) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(len(pages)))
    tree = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))
    n = 3 + len(pages)
    objects = [
        p.replace(b"CONTENT", b"%d 0 R" % n).replace(b"FONT", b"%d 0 R" % (n + 1)) for p in pages
    ]
    return raw_pdf([CATALOG, tree, *objects, HELLO, FONT])


PAGE = b"<< /Type /Page /Parent 2 0 R %s /Contents CONTENT /Resources << /Font << /F1 FONT >> >> >>"


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_page_without_a_mediabox_is_read_as_us_letter(backend: str) -> None:
    document = extract(_pages(PAGE % b""), filename="nobox.pdf", pdf_backend=backend)
    assert "Hello there" in " ".join(getattr(x, "text", "") for x in document.blocks)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_page_whose_mediabox_is_not_a_box_is_damaged_not_a_crash(backend: str) -> None:
    data = _pages(PAGE % b"/MediaBox [0 0 612 792]", PAGE % b"/MediaBox (x)")
    with pytest.raises(CorruptFile, match=r"^box\.pdf: the PDF is damaged on page 2"):
        extract(data, filename="box.pdf", pdf_backend=backend)


def _image_pdf(width: int, height: int, pixels: bytes) -> bytes:
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
        % (width, height, len(pixels))
        + pixels
        + b"\nendstream"
    )
    draw = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    return raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
            image,
        ]
    )


def test_a_scanned_page_whose_image_declares_too_many_pixels_is_refused_before_ocr() -> None:
    # 12,000 x 10,000 grey pixels: 114 MB once decoded, over the 100 MB part cap.
    data = _image_pdf(12_000, 10_000, zlib.compress(b"\0" * 1000))
    with pytest.raises(TooLarge, match=r"^scan\.pdf: page 1 draws an image of 114 MB"):
        extract(data, filename="scan.pdf")


def test_a_scanned_page_whose_image_inflates_past_the_cap_is_refused_before_ocr() -> None:
    # Declares 100 x 100 pixels, inflates to 2 MB: over a 1 MB part cap.
    data = _image_pdf(100, 100, zlib.compress(b"\0" * (2 << 20)))
    limits = Limits(max_part_bytes=1 << 20)
    with pytest.raises(TooLarge, match=r"^scan\.pdf: page 1 has a stream inflating past 1 MB"):
        extract(data, filename="scan.pdf", limits=limits)


def _docx_with(name: str, body: bytes, how: int) -> bytes:
    doc = b.new()
    doc.add_paragraph("A paragraph of body text.")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(b.to_bytes(doc))) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, body, compress_type=how)
    return out.getvalue()


def test_a_docx_holding_a_stored_pdf_is_a_polyglot() -> None:
    pdf = one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Other) Tj ET")
    data = _docx_with("zzz.pdf", pdf, zipfile.ZIP_STORED)
    with pytest.raises(PolyglotFile, match=r"^two\.docx: the Word file also holds a whole PDF"):
        extract(data, filename="two.docx")


def test_a_docx_holding_a_deflated_pdf_picture_is_read() -> None:
    pdf = one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Other) Tj ET")
    data = _docx_with("word/media/image1.pdf", pdf, zipfile.ZIP_DEFLATED)
    assert extract(data, filename="mac.docx").blocks[0].text == "A paragraph of body text."


def _docx_text(chars: int) -> bytes:
    doc = b.new()
    for _ in range(chars // 1000):
        doc.add_paragraph("abcd " * 200)
    return b.to_bytes(doc)


def test_more_text_than_the_document_cap_is_refused_before_nlp() -> None:
    limits = Limits(max_document_chars=50_000)
    with pytest.raises(TooLarge, match=r"^long\.docx: the document holds over 50,000 characters"):
        extract(_docx_text(60_000), filename="long.docx", limits=limits)
    assert extract(_docx_text(40_000), filename="long.docx", limits=limits).blocks


def test_text_past_the_ratio_is_a_bomb() -> None:
    limits = Limits(text_ratio_threshold=10_000, max_text_ratio=1)
    with pytest.raises(HostileFile, match=r"^r\.docx: the file's [\d,]+ bytes expand to over"):
        extract(_docx_text(60_000), filename="r.docx", limits=limits)


def test_a_long_real_text_is_read_and_a_dense_one_refused() -> None:
    """Issue 21 reads long documents whole (2,000 pages); a text that packs more than
    `max_text_ratio` characters into each byte past the threshold is a bomb."""
    from extract.ratio import check_text_size

    check_text_size(1_500_000, 300_000, Limits(), file="long.docx")  # 5 a byte: a report
    check_text_size(6_000_000, 1_200_000, Limits(), file="long.pdf")  # 1,500 pages
    with pytest.raises(HostileFile, match=r"^bomb\.docx: .*over 50 per byte"):
        check_text_size(3_000_000, 42_000, Limits(), file="bomb.docx")
    with pytest.raises(TooLarge, match=r"over 8,000,000 characters"):
        check_text_size(8_000_001, 4_000_000, Limits(), file="huge.pdf")
