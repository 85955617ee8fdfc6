"""Stable ids: the same file gives the same ids on every run.

An id is derived from the document's sha256 and the item's position (its kind and
its index among the items of that kind, plus where it was read), never from a
counter shared across documents or from time.
"""

from __future__ import annotations

import hashlib

_PREFIX = {"action": "a", "progress": "p", "priority": "r", "person": "n"}


def make_id(sha256: str, kind: str, *position: object) -> str:
    """`a-1f2e3d4c-5b6a7980`: kind letter, the file's hash prefix, a hash of the position."""
    key = "|".join([sha256, kind, *(str(p) for p in position)])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return f"{_PREFIX.get(kind, kind[:1])}-{sha256[:8]}-{digest[:8]}"
