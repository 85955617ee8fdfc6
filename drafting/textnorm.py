"""Text as compared, not as printed: what Word's autocorrect and typing change without
a person meaning to (curly for straight quotes, en and em dashes for hyphens,
non-breaking and other odd spaces, double spaces, soft hyphens and zero-width marks)
never makes an untouched sentence look edited.

`collapse` keeps the characters a person typed (quotes, dashes) and only evens out
spaces; `fold` maps each character to its plain twin one for one, so a position found
in a folded text is the same position in the collapsed one; `key` is what two texts
are compared by."""

from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)


def collapse(text: str) -> str:
    """`text` with every run of spaces (non-breaking, thin, tabs, line breaks) one
    plain space, invisible marks dropped, ends trimmed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def fold(text: str) -> str:
    """Each quote, apostrophe and dash as its plain keyboard twin; the same length."""
    return text.translate(_FOLD)


def key(text: str) -> str:
    """What two texts are compared by: collapsed, folded, Word's "…" as three dots and
    its "--" (or a dash between spaces) as one hyphen."""
    folded = fold(collapse(text)).replace("\u2026", "...")
    return re.sub(r"-{2,}", "-", folded)
