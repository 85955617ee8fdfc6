"""Advancing a report's year: periods ("2017/18" → "2018/19"), the report's own date
range ("April 2022 to March 2023" → "April 2023 to March 2024") and the ordinals tied
to them ("my second Accountability Report" → "third", "Year One" → "Year Two").

Only single-year periods move; a multi-year plan period ("2017-19") stays as printed
while it still covers the new year.

What moves and what stays: a sentence the draft restates as this year's fact (a
carried-forward sentence, a heading, the title) is advanced; a verbatim quote of last
year's words is never advanced, and is labelled as last year's ("Last year's report
(2022-23) said: “This report covers April 2022 to March 2023.”").

Ordinals count the author's reports, so they are only moved by one year from the
latest report, and only when nothing says the author changed: `ends_tenure` finds a
"final"/"last" next to the ordinal, `hands_over` a report that says its author is
handing over or stepping down. The draft turns those sentences into placeholders.

Periods are read and written by `nlp.periods`; this module moves the text.
"""

from __future__ import annotations

import re

from nlp.periods import DATE_RANGE, MAX_SPAN, YEAR_RANGE, format_period, parse_period, year_range

ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]
CARDINALS = [
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
]
# Ordinals move only before the phrases the seed uses ("my second Accountability
# Report", "second year as Independent Chair"): a guess at how Chairs count years.
_ORDINAL_CONTEXT = re.compile(
    r"\b(" + "|".join(ORDINALS) + r")(\s+(?:[A-Z][\w']*\s+){0,2}"
    r"(?:Accountability Report|Annual Report|report|year as (?:Independent )?Chair))",
    re.IGNORECASE,
)
_FINAL = re.compile(r"\b(final|last)\b", re.IGNORECASE)
_HANDOVER = re.compile(
    r"\b(?:I|we)\s+(?:will\s+(?:be\s+)?|am\s+|have\s+|shall\s+)?(?:hand(?:ing|ed)?\s+over|"
    r"step(?:ping|ped)?\s+down|stand(?:ing)?\s+down|retir(?:e|ing)|leav(?:e|ing)\s+"
    r"(?:the|my)\s+(?:role|post|Board|Partnership))\b"
    # "my last report" is as often the previous one: "last" counts only when the
    # sentence says this one is it, or adds "as Chair".
    r"|\bmy\s+final\s+(?:\w+\s+){0,2}(?:report|year|meeting)\b"
    r"|\b(?:this|it)\s+(?:is|will\s+be)\s+(?:\w+\s+){0,3}my\s+last\b"
    r"|\bmy\s+last\s+(?:\w+\s+){0,2}(?:report|year)\s+as\b"
    r"|\bmy\s+successor\b"
    r"|\bnew\s+(?:Independent\s+)?(?:Chair|Scrutineer)\b",
    re.IGNORECASE,
)
_YEAR_N = re.compile(r"\b(Year)\s+(" + "|".join(CARDINALS) + r"|\d{1,2})\b", re.IGNORECASE)


def advance_ordinal(word: str, by: int = 1) -> str:
    """ "second" → "third", keeping the capitalisation; unknown words are returned as is."""
    lower = word.lower()
    if lower not in ORDINALS or ORDINALS.index(lower) + by >= len(ORDINALS):
        return word
    return _same_case(ORDINALS[ORDINALS.index(lower) + by], word)


def advance_year_number(word: str, by: int = 1) -> str:
    """ "One" → "Two", "1" → "2"."""
    if word.isdigit():
        return str(int(word) + by)
    title = word.title()
    if title not in CARDINALS or CARDINALS.index(title) + by >= len(CARDINALS):
        return word
    return _same_case(CARDINALS[CARDINALS.index(title) + by], word)


def advance_text(text: str, old: str, new: str, *, ordinals: bool = True) -> str:
    """Move `text` from period `old` to period `new`: single-year periods equal to `old`
    become `new` (in their own style), multi-year periods that no longer cover the new
    year shift, a date range spanning exactly `old` ("1 April 2022 – 31 March 2023")
    moves with it, and (unless `ordinals` is false) year ordinals move by the same
    number of years."""
    old_p, new_p = parse_period(old), parse_period(new)
    if old_p is None or new_p is None:
        return text
    by = new_p[0] - old_p[0]
    if by <= 0:
        return text

    def period(m: re.Match[str]) -> str:
        start, end = year_range(m.group(1), m.group(3))
        if not 0 < end - start <= MAX_SPAN:
            return m.group(0)
        if end - start == 1 and start == old_p[0]:
            return format_period(start + by, end + by, like=m.group(0))
        if end - start > 1 and not start <= new_p[0] < end and start <= old_p[0] < end:
            return format_period(start + by, end + by, like=m.group(0))
        return m.group(0)

    def dates(m: re.Match[str]) -> str:
        if (int(m.group(2)), int(m.group(4))) != old_p:
            return m.group(0)
        return f"{m.group(1)}{int(m.group(2)) + by}{m.group(3)}{int(m.group(4)) + by}"

    text = DATE_RANGE.sub(dates, text)
    text = YEAR_RANGE.sub(period, text)
    if not ordinals:
        return text
    text = _ORDINAL_CONTEXT.sub(lambda m: advance_ordinal(m.group(1), by) + m.group(2), text)
    return _YEAR_N.sub(lambda m: f"{m.group(1)} {advance_year_number(m.group(2), by)}", text)


def _same_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def ordinal_end(text: str) -> int | None:
    """Where the first year ordinal phrase in `text` ends ("my third year as Chair")."""
    found = [m.end() for m in (_ORDINAL_CONTEXT.search(text), _YEAR_N.search(text)) if m]
    return min(found) if found else None


def ordinal_phrase(text: str) -> str | None:
    """The first ordinal phrase counting the author's reports or years ("third and final
    Accountability Report"), or None."""
    m = _ORDINAL_CONTEXT.search(text)
    return m.group(0) if m else None


def ends_tenure(text: str) -> bool:
    """Whether an ordinal phrase in `text` says it is the author's last: "final" or
    "last" inside it or just before it ("my third and final report", "my last, third
    year as Chair")."""
    m = _ORDINAL_CONTEXT.search(text)
    if m is None:
        return False
    before = " ".join(text[: m.start()].split()[-2:])
    return bool(_FINAL.search(m.group(0)) or _FINAL.search(before))


def hands_over(text: str) -> bool:
    """Whether `text` says its author is handing over, stepping down or leaving, or
    names a new Chair: next year's report will have another author."""
    return _HANDOVER.search(text) is not None
