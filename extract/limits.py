"""Configurable limits that keep one bad file from taking the process down."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * MB
    """Largest input file accepted."""
    max_pages: int = 2000
    """Most PDF pages (or estimated Word pages) read."""
    max_unzipped_bytes: int = 300 * MB
    """Most bytes inflated from all parts of a Word package, counted while reading."""
    max_part_bytes: int = 100 * MB
    """Most bytes inflated from any one Word package part."""
    max_zip_entries: int = 5000
    """Most entries a Word package may list."""
    max_page_operators: int = 200_000
    """Most drawing operators one PDF page may hold (a dense real page has a few
    thousand; pdfminer parses some 25,000 a second)."""
    max_page_chars: int = 50_000
    """Most characters one PDF page's strings may draw (a full real page: under
    10,000; pdfplumber keeps about 2 kB per character)."""
    max_document_chars: int = 8_000_000
    """Most characters of text one document may hand to nlp: the page limit's 2,000
    pages at 4,000 characters a page (issue 21: long documents are read whole). A
    document this long takes nlp about 4 s and 150 MB a million characters on this
    machine, within the reader's time and memory limits, not the hostile bar's 5 s and
    300 MB: a long text that is also a bomb is refused by the ratio below first."""
    text_ratio_threshold: int = 1_000_000
    """Characters of text read before the text-per-input-byte ratio is checked."""
    max_text_ratio: int = 50
    """Most characters of text per byte of input once past the threshold. Apache
    Tika's SecureContentHandler uses 100; ours is stricter because nlp, not parsing,
    is what a long text costs. *Guess*: real Word text packs 3 to 8 characters a byte,
    a generated report of one paragraph repeated 21 (tests/bench/word_report.py), a
    3 M-character bomb 71 (`docx_text_past_spacy_limit`)."""
    bomb_ratio: int = 100
    """A zip part or a PDF filter stage inflating more than this many bytes per
    compressed byte..."""
    bomb_floor: int = 5 * MB
    """...once past this many bytes is a bomb, whatever it holds (Word media too)."""
    max_scan_dpi: int = 650
    """An image on a scanned page may hold as many pixels as the page scanned at this
    resolution (a 600 dpi scan, with room for a page cropped a little smaller than
    its image), even past `max_part_bytes`: an A4 page at 600 dpi in colour is 104 MB
    decoded..."""
    max_scan_pixels: int = 75_000_000
    """...but never more pixels than this, whatever size the page claims (A3 at 600 dpi
    is 70 M). pdfium decodes an image scaled to the page's rendering, so this bounds
    the time a hostile image costs, not the memory."""


DEFAULT_LIMITS = Limits()
