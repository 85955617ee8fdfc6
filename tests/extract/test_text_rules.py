"""`collapse_spaces` keeps the stored-text rule it was first written as (`\\s+` runs made
one space, ends trimmed, invisible characters and bidi controls dropped first) now that
it splits on `str.split()`'s spaces: for every code point, between words and at the
ends."""

from __future__ import annotations

import re
import sys

from extract.text_rules import BIDI_CONTROLS, INVISIBLE, collapse_spaces

_RULE_INVISIBLE = re.compile(f"[{INVISIBLE}{BIDI_CONTROLS}]")
_RULE_SPACES = re.compile(r"\s+")


def _rule(text: str) -> str:
    return _RULE_SPACES.sub(" ", _RULE_INVISIBLE.sub("", text)).strip()


def test_every_code_point_is_collapsed_as_the_regex_rule_says() -> None:
    differ = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        text = f"{c}a{c}b {c}{c}\u200b c{c}"
        if collapse_spaces(text) != _rule(text):
            differ.append(hex(code))
    assert differ == []


def test_spaces_and_invisible_marks() -> None:
    assert collapse_spaces("  The\u00a0Board\u200b  will\t\tmeet\n ") == "The Board will meet"
    assert collapse_spaces("a \u200b b\u202e") == "a b"
    assert collapse_spaces("\u2003\ufeff") == ""
