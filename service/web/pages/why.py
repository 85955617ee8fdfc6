"""A link's score and reason in words a manager reads: why the ledger thinks two items
are linked ("Worded the same, with the same number"), never the scorer's figures
("words 1.00, wording 1.00") or stemmed words ("asses complet")."""

from __future__ import annotations

import re
from typing import Any

STRONG = 0.9
"""Links scoring at least this are "strong matches", confirmed together in one click."""
LIKELY = 0.7

_FIGURE = re.compile(r"^(words|wording) ([\d.]+)$")
_EVIDENCE = re.compile(r"^(?P<where>.*): shares '(?P<mark>[^']*)', covers (?P<cover>\d+)%")
_PARTS = re.compile(r"^(?P<kind>split|merged): parts cover (?P<cover>\d+)%")
_ROWS = re.compile(
    r"^(?P<how>one row reports on several actions|several rows report on one action)"
    r" \(cover (?P<cover>\d+)%\)"
)
_FLAGS = {
    "shared phrase": "a phrase in common",
    "same priority": "the same priority",
    "same number": "the same number",
}


def strength(score: float) -> str:
    if score >= STRONG:
        return "Strong match"
    return "Likely match" if score >= LIKELY else "Possible match"


def why(link: dict[str, Any]) -> str:
    """The reason of `link` (its JSON form) as sentences."""
    said = []
    for part in (p.strip() for p in str(link.get("reason") or "").split("; ")):
        if not part:
            continue
        if _FIGURE.match(part.split(",")[0].strip()):
            said.append(_scored(part))
        elif (found := _EVIDENCE.match(part)) is not None:
            said.append(_evidence(found))
        elif (found := _PARTS.match(part)) is not None:
            said.append(_parts(found))
        elif (found := _ROWS.match(part)) is not None:
            said.append(
                f"{found.group('how').capitalize()}: together they cover "
                f"{found.group('cover')}% of it."
            )
        else:
            said.append(f"{part[0].upper()}{part[1:]}.")
    return " ".join(said)


def _scored(reason: str) -> str:
    figures: dict[str, float] = {}
    flags: list[str] = []
    for part in (p.strip() for p in reason.split(",")):
        found = _FIGURE.match(part)
        if found:
            figures[found.group(1)] = float(found.group(2))
        elif part in _FLAGS:
            flags.append(_FLAGS[part])
        elif part:
            flags.append(part)
    words = max(figures.values(), default=0.0)
    if words >= 0.95:
        opening = "Worded the same"
    elif words >= 0.75:
        opening = "Worded much the same"
    elif words >= 0.5:
        opening = "Shares many words"
    else:
        opening = "Shares some words"
    if not flags:
        return f"{opening}."
    return f"{opening}, with {_and(flags)}."


def _evidence(found: re.Match[str]) -> str:
    cover = int(found.group("cover"))
    much = "most" if cover >= 70 else ("much" if cover >= 40 else "some")
    return (
        f"The section \u201c{found.group('where').strip()}\u201d uses {much} of the "
        "action's own words."
    )


def _parts(found: re.Match[str]) -> str:
    what = (
        "Several actions became one"
        if found.group("kind") == "merged"
        else ("One action became several")
    )
    return f"{what}: together they cover {found.group('cover')}% of it."


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
