"""Text rules every stage shares: whitespace and stored number labels.

`collapse_spaces` is the one rule for text as stored: the PDF and Word backends store
every text with it, and the findings use it on whatever they cut out of that text.
Two other functions change text for one job each and keep their own names:

- `extract.pdf.text.repair_glyphs`: what only a PDF needs (ligatures, glyphs pdfminer
  could not map); `squash` is it followed by `collapse_spaces`;
- `nlp.ledger.text.fold_for_matching`: quotes and dashes folded, list labels dropped, so
  that two wordings of an action meet; its output keys people's decisions, so it is
  kept apart and never changed.
"""

from __future__ import annotations

import re

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width space/joiners, word joiner, BOM: dropped from text."""
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Arabic letter mark, LRM/RLM, the embeddings and overrides (U+202A-E, U+202E the
right-to-left override that makes "exe.pdf" read "fdp.exe") and the isolates: they
reorder how text is shown without being text, so they are dropped from stored text
and file labels."""
_INVISIBLE = re.compile(f"[{INVISIBLE}{BIDI_CONTROLS}]")


def collapse_spaces(text: str) -> str:
    """Invisible characters and bidi controls dropped, every run of spaces and tabs made
    one space, ends trimmed."""
    # Every Unicode space (nbsp, en/em, ideographic, ...), tab and line break: what
    # `str.split()` splits on is what a regex's `\s` matches (`Py_UNICODE_ISSPACE`),
    # at a seventh of `re.sub(r"\s+", " ", text).strip()`'s cost (the findings call
    # this tens of thousands of times a document).
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def drop_controls(text: str) -> str:
    """Bidi controls and zero-width characters dropped, nothing else changed (labels)."""
    return _INVISIBLE.sub("", text)


def drop_trailing_dot(label: str) -> str:
    """A number label as stored: minus one trailing "." ("1." -> "1", "3.2." -> "3.2",
    "a." -> "a"; "3.3.1", "a)" and "." stay)."""
    return label[:-1] if label.endswith(".") and len(label) > 1 else label
