"""A small sketch of a document's whole text, to tell copies of one document apart
from different documents without keeping the text.

Bottom-k MinHash: every run of `SHINGLE` words of the normalised text (body, headings,
list items and table cells) is hashed (blake2b, stable across runs); the `K` smallest
hashes are kept, written as one hex string (16 digits a hash) so that it travels in the
JSON contract as `document.text_sketch`. Two sketches estimate how much of their texts' shingles two
documents share (`similarity`, a Jaccard estimate) — a PDF and the Word file it was
made from share nearly all; two plans of one board share their boilerplate only.
"""

from __future__ import annotations

import hashlib
import re

from extract.model import Document

SHINGLE = 4
K = 64
_WORD = re.compile(r"[a-z0-9]+")


def sketch(document: Document) -> str:
    return "".join(f"{h:016x}" for h in _hashes(document))


def _hashes(document: Document) -> tuple[int, ...]:
    words = _WORD.findall(" ".join(document.iter_text()).lower())
    shingles = {" ".join(words[k : k + SHINGLE]) for k in range(max(0, len(words) - SHINGLE + 1))}
    hashes = {
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles
    }
    return tuple(sorted(hashes)[:K])


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two sketches' texts (0 when either is empty)."""
    if not a or not b:
        return 0.0
    sa = {int(a[k : k + 16], 16) for k in range(0, len(a), 16)}
    sb = {int(b[k : k + 16], 16) for k in range(0, len(b), 16)}
    union = sorted(sa | sb)[: min(K, len(sa | sb))]
    return sum(1 for h in union if h in sa and h in sb) / len(union)
