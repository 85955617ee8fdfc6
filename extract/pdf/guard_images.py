"""Images about to be decoded (a scanned page read by OCR): an image whose declared
pixels (`/Width` x `/Height` x components x bits) or whose inflated stream pass what a
page may hold is refused (`TooLarge`) before pdfium decodes it.

What a page may hold: `Limits.max_part_bytes`, or more for a scan: as many pixels as
the page at `Limits.max_scan_dpi` (a 600 dpi colour scan of an A4 page is 104 MB
decoded), never past `Limits.max_scan_pixels`. An image bomb declares far more pixels
than its page could show (the `pdf_image_bomb` case: 100 M on a Letter page).
"""

from __future__ import annotations

from dataclasses import replace

from pdfminer.pdftypes import PDFStream

from extract.errors import TooLarge
from extract.limits import MB, Limits
from extract.pdf.guard_streams import StreamBudget
from extract.pdf.guard_structure import resolve

_COMPONENTS = {"DeviceGray": 1, "G": 1, "DeviceRGB": 3, "RGB": 3, "DeviceCMYK": 4, "CMYK": 4}
POINTS_PER_INCH = 72
DECLARED_SLACK = 1 << 16
"""Bytes an image may inflate past its declared size (besides an eighth of it)."""


_FAMILIES = {"CalGray": 1, "Separation": 1, "Indexed": 1, "I": 1, "CalRGB": 3, "Lab": 3}


def _components(image: PDFStream, file: str) -> int:
    """Colour components per pixel; an unknown colour space counts as 4 (a guess on
    the safe side). A scanner's `[/ICCBased n 0 R]` says its count in the profile's
    `/N`."""
    if image.attrs.get("ImageMask"):
        return 1
    space = resolve(image.attrs.get("ColorSpace"), file)
    if isinstance(space, list) and space:
        family = str(getattr(space[0], "name", space[0]))
        if family == "ICCBased" and len(space) > 1:
            profile = resolve(space[1], file)
            count = resolve(getattr(profile, "attrs", {}).get("N"), file)
            return count if isinstance(count, int) and 0 < count <= 4 else 4
        if family == "DeviceN" and len(space) > 1:
            names = resolve(space[1], file)
            return max(1, len(names)) if isinstance(names, list) else 4
        return _FAMILIES.get(family, _COMPONENTS.get(family, 4))
    return _COMPONENTS.get(str(getattr(space, "name", None)), 4)


def declared_image_bytes(image: PDFStream, file: str) -> int:
    """Bytes an image's pixels take once decoded, as its dictionary declares them."""
    attrs = image.attrs
    width, height = resolve(attrs.get("Width"), file), resolve(attrs.get("Height"), file)
    bits = resolve(attrs.get("BitsPerComponent", 8), file)
    if not all(isinstance(v, int) and v > 0 for v in (width, height, bits)):
        return 0
    return width * height * _components(image, file) * bits // 8


def page_allowance(
    image: PDFStream, limits: Limits, file: str, page_size: tuple[float, float] | None
) -> int:
    """The decoded bytes an image on a page of `page_size` (points) may take."""
    if page_size is None:
        return limits.max_part_bytes
    width, height = (abs(v) / POINTS_PER_INCH for v in page_size)
    pixels = min(width * height * limits.max_scan_dpi**2, limits.max_scan_pixels)
    bits = resolve(image.attrs.get("BitsPerComponent", 8), file)
    bits = bits if isinstance(bits, int) and 0 < bits <= 16 else 8
    return max(limits.max_part_bytes, int(pixels * _components(image, file) * bits / 8))


def check_image(
    image: PDFStream,
    limits: Limits,
    file: str,
    page: int,
    page_size: tuple[float, float] | None = None,
) -> None:
    """An image about to be decoded within what its page may hold (`page_allowance`),
    both as declared and as its filters inflate it (measured in chunks, not kept)."""
    cap = page_allowance(image, limits, file, page_size)
    declared = declared_image_bytes(image, file)
    if declared > cap:
        raise TooLarge(
            f"page {page} draws an image of {declared // MB:,} MB once decoded "
            f"(the limit for this page is {cap // MB} MB): too large to read, or built to "
            "exhaust memory",
            file=file,
            page=page,
        )
    # An image may inflate to what it declares (with room for a predictor's row tags),
    # or to the usual part cap: no further, even where its page would allow more.
    inflates = min(cap, max(limits.max_part_bytes, declared + declared // 8 + DECLARED_SLACK))
    measured = replace(
        limits,
        max_part_bytes=inflates,
        max_unzipped_bytes=max(inflates, limits.max_unzipped_bytes),
    )
    for _chunk in StreamBudget(measured, file).chunks(image, page=page, ratio=False):
        pass
