"""Themes a board's plans work on, found by keyword families — a guess, not a reading.

Each theme is a family of phrases (word-bounded, case-insensitive) looked for in the
titles and outcomes of priorities and the text and items of planned actions. A board
"has" a theme when at least one priority or action mentions it; the region summary
lists the themes two or more boards share. The families were written from the way
safeguarding plans usually word these topics; a plan that words a topic otherwise is
missed, and a passing mention counts. Treat the result as a pointer for a person to
check, which is how the summary page labels it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

from nlp.findings.model import Findings

FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "neglect": (r"neglect\w*",),
    "exploitation": (
        r"exploit\w*",
        r"CSE",
        r"CCE",
        r"county lines",
        r"traffick\w*",
        r"modern slavery",
        r"grooming",
    ),
    "early help": (r"early help", r"early intervention"),
    "missing children": (
        r"missing (?:from|children|child|young people|episodes?)",
        r"go(?:es|ing)? missing",
        r"run(?:ning)? away",
        r"runaways?",
        r"return home interviews?",
    ),
    "domestic abuse": (r"domestic (?:abuse|violence)",),
    "mental health": (r"mental health", r"emotional (?:health|wellbeing)", r"self-harm\w*"),
    "online safety": (r"online", r"e-safety", r"internet", r"social media"),
    "voice of the child": (
        r"voice of (?:the )?(?:child|children|young people)",
        r"lived experience",
        r"participation",
    ),
    "transitions to adulthood": (r"transitions?", r"care leavers?", r"adulthood"),
    "thresholds and the front door": (
        r"thresholds?",
        r"MASH",
        r"multi-agency safeguarding hub",
        r"front door",
        r"referrals?",
    ),
    "disabled children": (r"disab\w*", r"SEND", r"special educational needs"),
    "harmful sexual behaviour": (r"harmful sexual behaviou?r", r"sexual abuse"),
    "workforce training": (r"training", r"workforce", r"learning and development"),
    "quality assurance and audit": (r"audits?", r"quality assurance", r"performance data"),
}

_UPPER = re.compile(r"^[A-Z]{3,4}$")


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Acronyms (CSE, MASH, SEND) must match in capitals; everything else in any case.
    parts = [f"(?-i:{p})" if _UPPER.match(p) else p for p in phrases]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


PATTERNS: Final = {theme: _pattern(phrases) for theme, phrases in FAMILIES.items()}


def plan_texts(findings: Iterable[Findings]) -> list[str]:
    """The words a board's documents give to priorities and planned actions."""
    texts: list[str] = []
    for f in findings:
        for p in f.priorities:
            texts.append(" ".join((p.title, *p.outcomes)))
        for a in f.actions:
            texts.append(" ".join((a.text, *a.items)))
    return texts


def detect(texts: Iterable[str]) -> dict[str, int]:
    """Theme → how many of `texts` mention it (themes never mentioned are left out)."""
    counts: dict[str, int] = {}
    for text in texts:
        for theme, pattern in PATTERNS.items():
            if pattern.search(text):
                counts[theme] = counts.get(theme, 0) + 1
    return {theme: counts[theme] for theme in FAMILIES if theme in counts}


def shared(by_board: dict[str, dict[str, int]], *, at_least: int = 2) -> list[dict[str, Any]]:
    """Themes mentioned by `at_least` boards, most shared first: {theme, boards, mentions}."""
    rows: list[dict[str, Any]] = []
    for theme in FAMILIES:
        boards = sorted(b for b, counts in by_board.items() if counts.get(theme))
        if len(boards) >= at_least:
            mentions = {b: by_board[b][theme] for b in boards}
            rows.append({"theme": theme, "boards": boards, "mentions": mentions})
    rows.sort(key=lambda r: -len(r["boards"]))
    return rows
