"""One change of an edited Word copy as a step over the draft's content: what the
content becomes and what the version records, or why it cannot be applied. Pure: the
compare page runs the same steps without saving, to say beforehand what will not
apply and why."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from drafting.model import Draft
from drafting.textnorm import key
from service.review.content import DraftContent


@dataclass(frozen=True)
class Step:
    content: DraftContent
    action: str
    where: str
    before: Any
    after: Any


class NotApplied(Exception):
    """A change with no place in the draft; the message says why, in words."""


SAME_PARAGRAPH = 0.5
"""A printed text is the one a change names when its words are at least this alike to
the copy's (when none has exactly its words)."""


def find(texts: list[str], text: str, near: int | None) -> int | None:
    """Which of `texts` the copy's `text` is: one with these words (compared by
    `drafting.textnorm.key`; the nearest to `near` when several), else the most
    alike, if alike enough."""
    want = key(text)
    keys = [key(t) for t in texts]
    same = [k for k, t in enumerate(keys) if t == want]
    if same:
        return min(same, key=lambda k: abs(k - near) if near is not None else k)
    scored = [
        (difflib.SequenceMatcher(None, t.split(), want.split(), autojunk=False).ratio(), k)
        for k, t in enumerate(keys)
    ]
    best = max(scored, default=(0.0, -1))
    return best[1] if best[0] >= SAME_PARAGRAPH else None


def section_at(draft: Draft, number: str) -> int | None:
    """The index of the section a copy names by its number (or heading)."""
    return next(
        (k for k, s in enumerate(draft.sections) if key(s.number or s.heading) == key(number)),
        None,
    )
