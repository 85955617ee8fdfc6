"""A page scanned at 600 dpi in colour is read by OCR (issue 16: the image guard held
every image to 100 MB decoded, and a colour scan's `[/ICCBased]` colour space counted
as four components: an A4 page at 600 dpi, 104 MB as RGB, was refused as a bomb),
while an image declaring more pixels than its page could show is still refused.

The scan is made here, as a scanner writes one: a corpus page rendered at 600 dpi in
colour on the scanner's whole bed (8.5 x 11.7 inches: 107 MB as RGB), stored as JPEG
(`/DCTDecode`) with an sRGB ICC profile, on a page of the image's size."""

from __future__ import annotations

import io
import os

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageCms
from rapidfuzz import fuzz

from extract import TooLarge, extract
from extract.pdf.ocr import tesseract
from tests.conftest import CORPORA
from tests.pdf_build import raw_pdf

SOURCE = CORPORA / "morrowby" / "2021-22_business_plan.pdf"
DPI = 600
BED_INCHES = (8.5, 11.7)
pytestmark = pytest.mark.skipif(
    tesseract() is None and not os.environ.get("CI"), reason="Tesseract not installed"
)


def _stream(attrs: bytes, data: bytes) -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), attrs) + data + b"\nendstream"


def colour_scan(*, page_scale: float = 1.0) -> bytes:
    """Page 1 of SOURCE as a 600 dpi colour scan; `page_scale` shrinks the page the
    image is drawn on (0.25: the same pixels claim 2,400 dpi)."""
    page = pdfium.PdfDocument(SOURCE.read_bytes())[0].render(scale=DPI / 72).to_pil()
    image = Image.new("RGB", tuple(round(v * DPI) for v in BED_INCHES), (250, 248, 240))
    image.paste(page.convert("RGB"), (0, 0))
    jpeg = io.BytesIO()
    image.save(jpeg, format="JPEG", quality=80)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    width, height = (round(v * 72 / DPI * page_scale, 2) for v in image.size)
    content = b"q %g 0 0 %g 0 0 cm /Im1 Do Q" % (width, height)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>" % (width, height),
            _stream(b"", content),
            _stream(
                b"/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8 "
                b"/ColorSpace [/ICCBased 6 0 R] /Filter /DCTDecode" % image.size,
                jpeg.getvalue(),
            ),
            _stream(b"/N 3", icc),
        ]
    )


def _words(text: str) -> str:
    return " ".join(text.split())


def test_a_600_dpi_colour_scan_is_read_by_ocr() -> None:
    scan = extract(colour_scan(), filename="scan-600dpi.pdf")
    text_layer = extract(SOURCE)
    ocr_text = _words(" ".join(getattr(b, "text", "") for b in scan.blocks))
    page_one = _words(
        " ".join(getattr(b, "text", "") for b in text_layer.blocks if b.source.page == 1)
    )
    assert any("page 1 read by OCR" in w for w in scan.warnings), scan.warnings
    assert fuzz.token_set_ratio(ocr_text, page_one) >= 90, (ocr_text[:300], page_one[:300])


def test_the_same_pixels_on_a_page_a_quarter_the_size_are_refused() -> None:
    with pytest.raises(TooLarge, match="page 1 draws an image of"):
        extract(colour_scan(page_scale=0.25), filename="dense.pdf")
