"""Scanned PDF pages read by OCR: each page rendered by pdfium and read by Debian's
Tesseract (`tesseract-ocr`, `tesseract-ocr-eng`), giving words with boxes and
confidence that become the same `Word`s the text layer gives, so everything after
(lines, tables by alignment, blocks) is shared. Nothing is downloaded: Tesseract's
English model comes with the Debian package.

The page is straightened first (`scan_rules.skew_angle`), so words and ruling lines
share one upright frame. Tesseract runs as a child process per page with a time limit, one thread
(`OMP_THREAD_LIMIT=1`), from a throwaway folder. Words keep the line Tesseract put them
on (all words of a line get the line's top and bottom), so a slightly skewed scan still
gives whole lines. Font size is guessed from the line's height (a scan has no fonts):
Tesseract's line box spans ascenders to descenders, about 1.2 times the font size for
Latin text; bold is not known.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream
from PIL import ImageFilter

from extract.errors import ExtractError, NoTextLayer, TooSlow
from extract.limits import DEFAULT_LIMITS, Limits
from extract.pdf.guards import check_image, resolve
from extract.pdf.lines import Word
from extract.pdf.text import squash

log = logging.getLogger("carryforward.extract")
DPI = 300
MAX_RENDER_PIXELS = 40_000_000
"""A page rendered for OCR holds at most this many pixels (A2 at 300 dpi: 35 M)."""
PAGE_SECONDS = 60.0
LOW_CONFIDENCE = 75.0
"""A page whose mean word confidence (0-100) is below this is flagged for checking."""
PACKAGES = "tesseract-ocr tesseract-ocr-eng"
_LINE_TO_FONT = 1.2
_RULE_GLYPHS = set("|[]!lI1")
_BODY_SPREAD = 1.3
"""Lines up to this much taller than the page's median line are body text: line boxes
vary with ascenders and descenders, font sizes in a paragraph do not."""
_BULLET_MISREADS = dict.fromkeys(("¢", "«", "»", "©", "°", "®", "e", "o"), "•")
"""What Tesseract makes of a round bullet when it begins a line."""


@dataclass(frozen=True)
class OcrPage:
    number: int
    width: float
    height: float
    words: list[Word]
    edges: list[dict[str, Any]]
    """Ruling lines seen on the page (`scan_rules`), as a text layer's edges."""
    confidence: float
    """Mean confidence of the page's words, 0-100 (0 for a page with none)."""


def tesseract() -> str | None:
    """The Tesseract program, from CARRYFORWARD_TESSERACT or the PATH."""
    named = os.environ.get("CARRYFORWARD_TESSERACT")
    if named is not None:
        return named if named and shutil.which(named) else None
    return shutil.which("tesseract")


def missing_error(file: str, pages: Iterable[int]) -> NoTextLayer:
    listed = ", ".join(str(n) for n in pages)
    return NoTextLayer(
        f"the PDF has no text layer (scanned pages {listed}): it needs OCR, which needs "
        f"Tesseract (on Debian or Ubuntu: apt-get install {PACKAGES})",
        file=file,
    )


def ocr_pages(
    data: bytes, numbers: list[int], *, file: str, limits: Limits = DEFAULT_LIMITS
) -> list[OcrPage]:
    """The pages `numbers` (1-based) of the PDF `data`, read by OCR once their images
    passed `check_page_images`."""
    import pypdfium2 as pdfium

    program = tesseract()
    if program is None:
        raise missing_error(file, numbers)
    check_page_images(data, numbers, file=file, limits=limits)
    pdf = pdfium.PdfDocument(data)
    try:
        with tempfile.TemporaryDirectory(prefix="carryforward-ocr-") as tmp:
            return [_ocr_page(pdf[n - 1], n, program, Path(tmp), file) for n in numbers]
    finally:
        pdf.close()


def check_page_images(data: bytes, numbers: list[int], *, file: str, limits: Limits) -> None:
    """The images of pages `numbers` within the decompressed-bytes cap (`guards.check_image`)
    before pdfium decodes any to render the page: an image bomb is refused in a fraction
    of a second instead of after a render (the `pdf_image_bomb` hostile case). Images
    inside forms are not looked at. A structure pdfminer cannot read is left to pdfium."""
    wanted = set(numbers)
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        for number, page in enumerate(PDFPage.create_pages(doc), start=1):
            if number > max(wanted):
                return
            if number in wanted:
                size = _page_size(page.mediabox)
                for image in _images(page.resources, file):
                    check_image(image, limits, file, number, size)
    except ExtractError:
        raise
    except Exception as exc:
        log.info("%s: images not checked before OCR: %s: %.200s", file, type(exc).__name__, exc)


def _page_size(box: Any) -> tuple[float, float] | None:
    try:
        x0, y0, x1, y1 = (float(v) for v in box)
    except (TypeError, ValueError):
        return None
    return (x1 - x0, y1 - y0)


def render_dpi(width: float, height: float) -> float:
    """`DPI`, or less for a page so large that `DPI` would pass `MAX_RENDER_PIXELS`
    (the page is downsampled before OCR, never its image decoded whole)."""
    pixels = (width / 72 * DPI) * (height / 72 * DPI)
    if pixels <= MAX_RENDER_PIXELS:
        return float(DPI)
    return float(DPI * (MAX_RENDER_PIXELS / pixels) ** 0.5)


def _images(resources: Any, file: str) -> Iterator[PDFStream]:
    xobjects = resolve(resolve(resources or {}, file).get("XObject"), file) or {}
    for value in dict(xobjects).values():
        x = resolve(value, file)
        if isinstance(x, PDFStream) and str(x.attrs.get("Subtype")) == "/'Image'":
            yield x


def _ocr_page(page: object, number: int, program: str, folder: Path, file: str) -> OcrPage:
    from extract.pdf.scan_rules import ruling_edges, straighten  # numpy: only for scans

    width, height = page.get_size()  # type: ignore[attr-defined]
    image = folder / f"page-{number}.png"
    dpi = render_dpi(width, height)
    bitmap = page.render(scale=dpi / 72).to_pil()  # type: ignore[attr-defined]
    straight = straighten(bitmap.convert("L"))
    del bitmap
    edges = ruling_edges(straight, dpi)
    # A 3x3 median removes the speckle of scanning (isolated dark or light pixels)
    # that Tesseract reads as punctuation, and keeps strokes (not thin rules: those
    # were found above, on the unfiltered image).
    straight.filter(ImageFilter.MedianFilter(3)).save(image)
    command = [program, str(image), "stdout", "-l", "eng", "--psm", "3", "tsv"]
    try:
        done = subprocess.run(
            command,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=PAGE_SECONDS,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise TooSlow(
            f"reading scanned page {number} by OCR took longer than {PAGE_SECONDS:.0f} s",
            file=file,
            page=number,
        ) from exc
    finally:
        image.unlink(missing_ok=True)
    if done.returncode != 0:
        raise _failed(done.stderr.decode("utf-8", "replace"), file, number)
    words, confidence = _words(done.stdout.decode("utf-8", "replace"), 72 / dpi)
    words = [w for w in words if not _is_rule(w, edges)]
    return OcrPage(number, float(width), float(height), words, edges, confidence)


def _failed(stderr: str, file: str, number: int) -> ExtractError:
    """Tesseract ended in error: its English model missing (say which package), or
    another reason (kept in the log)."""
    log.info("%s: tesseract failed on page %d: %.300s", file, number, stderr)
    if "Failed loading language" in stderr or "traineddata" in stderr:
        return NoTextLayer(
            f"the PDF has no text layer (scanned page {number}) and Tesseract's English "
            "model is not installed (on Debian or Ubuntu: apt-get install tesseract-ocr-eng)",
            file=file,
            page=number,
        )
    return ExtractError(
        f"scanned page {number} could not be read by OCR (Tesseract failed; see the log)",
        file=file,
        page=number,
    )


def _is_rule(word: Word, edges: list[dict[str, Any]]) -> bool:
    """A one-glyph word ("|", "[", "l") standing on a vertical ruling line: Tesseract
    read the line itself."""
    if len(word.text) > 1 or word.text not in _RULE_GLYPHS:
        return False
    return any(
        e["orientation"] == "v"
        and word.x0 - 2 <= e["x0"] <= word.x1 + 2
        and e["top"] <= word.bottom
        and e["bottom"] >= word.top
        for e in edges
    )


def _words(tsv: str, scale: float) -> tuple[list[Word], float]:
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    lines: dict[tuple[str, str, str], tuple[float, float]] = {}
    for r in rows:
        if r.get("level") == "4":
            top = float(r["top"]) * scale
            lines[(r["block_num"], r["par_num"], r["line_num"])] = (
                top,
                top + float(r["height"]) * scale,
            )
    body = _median([bottom - top for top, bottom in lines.values()])
    words, confidences = [], []
    first_of_line: set[tuple[str, str, str]] = set()
    for r in rows:
        text = squash(r.get("text") or "")
        if r.get("level") != "5" or not text or float(r.get("conf") or -1) < 0:
            continue
        key = (r["block_num"], r["par_num"], r["line_num"])
        if key not in first_of_line:
            first_of_line.add(key)
            text = _BULLET_MISREADS.get(text, text)
        left, width = float(r["left"]) * scale, float(r["width"]) * scale
        top, bottom = lines.get(
            key, (float(r["top"]) * scale, (float(r["top"]) + float(r["height"])) * scale)
        )
        words.append(Word(text, left, left + width, top, bottom, _size(bottom - top, body), False))
        confidences.append(float(r["conf"]))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return words, round(mean, 1)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _size(line_height: float, body_height: float) -> float:
    """A font size guessed from a line's height: every body-sized line the same."""
    height = body_height if line_height <= body_height * _BODY_SPREAD else line_height
    return round(height / _LINE_TO_FONT, 1)
