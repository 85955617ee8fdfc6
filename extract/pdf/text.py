"""Text of PDF words and lines: glyph repair (ligatures, unmapped bullets), numbers,
hyphens, names.

Numbers follow the project rule shared with the Word backend: a paragraph or list
label is kept as a reader sees it, minus one trailing "." ("1." -> "1", "3.3.1"
stays, "a)" stays, "•" stays).
"""

from __future__ import annotations

import re

from extract.text_rules import collapse_spaces, drop_trailing_dot

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURES = str.maketrans(LIGATURES)

BULLETS = "•·▪◦●○■□▫‣⁃∙➢➤►▶✓✔-–—*"
_NUMBER = re.compile(
    r"""^(?:
        \d{1,3}(?:\.\d{1,3})*\.?             # 1  1.  3.3  3.3.1
      | \(?[a-zA-Z]\)                        # a)  (a)
      | [a-zA-Z]\.                           # a.
      | \(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]  # iv)  ii.
      | [•·▪◦●○■□▫‣⁃∙➢➤►▶✓✔\-–—*]             # bullets and dashes
    )$""",
    re.VERBOSE,
)
_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
_SENTENCE_END = re.compile(r"""[.!?:;]["'’”)]*$""")
_PAGE_REF = re.compile(r"(?:\.{3,}|…+|\s{2,}|\t)\s*\d{1,4}$")

COMPOUND_PREFIXES = frozenset(
    [
        "multi",
        "inter",
        "intra",
        "co",
        "non",
        "self",
        "cross",
        "well",
        "long",
        "short",
        "high",
        "low",
        "part",
        "full",
        "pre",
        "post",
        "sub",
        "anti",
        "semi",
        "ex",
        "pan",
        "year",
        "age",
        "school",
        "child",
        "ever",
    ]
)


_CID_BULLET = re.compile(r"\(cid:(?:127|149|183|108|110|113|167|216|252)\)")


def repair_glyphs(text: str) -> str:
    """Ligatures expanded, and glyphs pdfminer could not map that are bullets in common
    fonts ("(cid:127)") -> "•"."""
    text = text.translate(_LIGATURES)
    return _CID_BULLET.sub("•", text) if "(cid:" in text else text


def squash(text: str) -> str:
    """A PDF word's or line's text as stored: glyphs repaired, then the shared
    whitespace rule (`collapse_spaces`: odd spaces plain, zero-width marks dropped)."""
    return collapse_spaces(repair_glyphs(text))


def mask_digits(text: str) -> str:
    """Text with each run of digits (and roman page numbers) replaced by '#'."""
    text = re.sub(r"\d+", "#", squash(text).lower())
    return re.sub(r"\b[ivxl]{1,6}\b$", "#", text)


def is_number_token(token: str) -> bool:
    return bool(_NUMBER.match(token))


def is_decimal(number: str | None) -> bool:
    return bool(number) and bool(_DECIMAL.match(number or ""))


def number_depth(number: str | None) -> int:
    """How deep a decimal number is: "3" -> 1, "3.3" -> 2; others -> 0."""
    if not number or not is_decimal(number):
        return 0
    return len(drop_trailing_dot(number).split("."))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def ends_with_page_ref(text: str) -> bool:
    """A contents-page line: dot leaders (or a wide gap) then a page number."""
    return bool(_PAGE_REF.search(text.rstrip()))


def join_lines(left: str, right: str, vocab: set[str] | frozenset[str] = frozenset()) -> str:
    """Join two lines of one paragraph, undoing hyphenation where it was a line break.

    The rule, for a line ending "<letters>-" followed by a line starting with a word:
    - the next part starts with a capital or digit ("Multi-" "Agency", "2017-" "18"):
      keep the hyphen (a real compound), no space;
    - the first part is a single letter ("e-" "learning", "x-" "ray"): keep the
      hyphen (typesetters never break a word after its first letter);
    - the document elsewhere spells the joined word unhyphenated ("safe-" "guarding"
      and "safeguarding" seen) -> drop the hyphen; spells it hyphenated
      ("multi-agency" seen) -> keep it;
    - otherwise keep it when the first part is a common compound prefix ("multi",
      "cross", "well", "co", ...) and drop it (a typesetter's break) when it is not.
    A dash standing alone ("–", " -") at a line end is punctuation: joined with a space.
    """
    if not left:
        return right
    if not right:
        return left
    if not left.endswith(("-", "-\n")):  # `left` grows with its paragraph: no search
        return f"{left} {right}"
    m = re.search(r"([A-Za-z0-9]+)-$", left)
    if not m or left.endswith(" -"):
        return f"{left} {right}"
    head = m.group(1)
    tail_m = re.match(r"[A-Za-z]+", right)
    if not tail_m or not right[0].islower():
        return left + right
    tail = tail_m.group(0)
    if len(head) == 1 and head.isalpha():
        return left + right
    joined, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
    if hyphened in vocab and joined not in vocab:
        return left + right
    if joined in vocab:
        return left[:-1] + right
    if head.lower() in COMPOUND_PREFIXES:
        return left + right
    return left[:-1] + right


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _words(texts: list[str]) -> set[str]:
    """The distinct words of `texts`, text by text (one joined text would hold a
    whole document's words in one list at once)."""
    out: set[str] = set()
    for text in texts:
        out.update(_WORD.findall(text))
    return out


def vocabulary(texts: list[str]) -> set[str]:
    """Lower-cased words (hyphenated compounds kept whole and split) seen in `texts`."""
    out: set[str] = set()
    for word in _words(texts):
        low = word.lower()
        out.add(low)
        if "-" in low:
            out.update(low.split("-"))
    return out


_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "cllr",
    "councillor",
    "rev",
    "revd",
    "dcs",
    "dci",
    "supt",
}
_NAME_PART = re.compile(
    r"^(?:[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z][a-z\u00e0-\u00ff'\u2019]+)*|[A-Z]\.?)$"
)


def lowercase_words(texts: list[str]) -> set[str]:
    """Words seen at least once starting with a lower-case letter (common words, not
    names): "priorities" in "our priorities" but never "rosalind"."""
    out: set[str] = set()
    for word in _words(texts):
        if word[0].islower():
            low = word.lower()
            out.add(low)
            out.update(low.split("-"))
    return out


def is_person_name(text: str, common: set[str] | frozenset[str]) -> bool:
    """A bare person's name: two to four capitalised parts (an honorific and initials
    allowed), none of them a word the document also writes in lower case."""
    parts = text.replace(",", " ").split()
    while parts and parts[0].lower().rstrip(".") in _HONORIFICS:
        parts = parts[1:]
    if not 2 <= len(parts) <= 4 or not all(_NAME_PART.match(p) for p in parts):
        return False
    names = [p for p in parts if len(p.rstrip(".")) > 1]
    if not names or not _NAME_PART.match(parts[-1]) or len(parts[-1].rstrip(".")) < 2:
        return False
    return not any(w in common for p in names for w in p.lower().split("-"))
