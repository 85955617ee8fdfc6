"""Priority enumerators of different schemes read as one ordinal.

Boards renumber their priorities between years in another scheme: "Priority 1",
"Priority I", "Priority A", "Priority One" are each the first priority. `ordinal`
turns a `score.priority_key` (the enumerator, lower case) into its position, so that
the same-priority bonus and the split and merge gate (`split.OTHER_PRIORITY`) see
them as one priority.

*Guesses*: a key of the letters i, v and x only is a Roman numeral (a ninth lettered
priority "I" is rarer than a first Roman one); any other single letter is its place in
the alphabet (so "C" is the third, never 100); number words and ordinals up to twelve.
A title key (no enumerator) is left as it is.
"""

from __future__ import annotations

import re

_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),  # noqa: SIM905
)
_ROMAN = {"i": 1, "v": 5, "x": 10}


def ordinal(key: str | None) -> str | None:
    """The key's position as digits when it is an enumerator of a known scheme."""
    if key is None:
        return None
    if key.isdigit():
        return str(int(key))
    if re.fullmatch(r"[ivx]{1,5}", key):
        return str(_roman(key))
    if re.fullmatch(r"[a-z]", key):
        return str(ord(key) - ord("a") + 1)
    for words in _WORDS:
        if key in words:
            return str(words.index(key) + 1)
    return key


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
