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
    text_ratio_threshold: int = 1_000_000
    """Characters of text read before the text-per-input-byte ratio is checked."""
    max_text_ratio: int = 100
    """Most characters of text per byte of input once past the threshold (Apache
    Tika's SecureContentHandler uses the same two numbers against zip bombs)."""
    bomb_ratio: int = 100
    """A zip part or a PDF filter stage inflating more than this many bytes per
    compressed byte..."""
    bomb_floor: int = 5 * MB
    """...once past this many bytes is a bomb, whatever it holds (Word media too)."""


DEFAULT_LIMITS = Limits()
