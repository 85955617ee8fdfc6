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


DEFAULT_LIMITS = Limits()
