"""Text rules the PDF and Word backends share: whitespace and stored number labels."""

from __future__ import annotations

import re

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width space/joiners, word joiner, BOM: dropped from text."""
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SPACES = re.compile(r"\s+")  # every Unicode space (nbsp, en/em, ideographic, ...) and tab


def collapse_spaces(text: str) -> str:
    """Invisible characters dropped, every run of spaces and tabs made one space, ends
    trimmed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def drop_trailing_dot(label: str) -> str:
    """A number label as stored: minus one trailing "." ("1." -> "1", "3.2." -> "3.2",
    "a." -> "a"; "3.3.1", "a)" and "." stay)."""
    return label[:-1] if label.endswith(".") and len(label) > 1 else label
