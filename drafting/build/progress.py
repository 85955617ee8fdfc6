"""The progress narrative: per priority, how many of its actions the progress appendix
shows as complete, in progress, delayed, not started, unclear or without an update,
and which, in sentences a person would write ("Of the five actions under Priority 2,
three are complete and two have no update yet for 2020/21."). Every sentence cites the
plan actions (the appendix rows) it counts, and their updates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafting.build.appendix import status_counts
from drafting.build.ids import with_sentence_ids
from drafting.model import AppendixRow, Cite, Draft, DraftParagraph, DraftSection, Sentence

NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ORDER = ("complete", "in_progress", "delayed", "planned", "unknown", "gap")
SHORT_WORDS = 9
_LABEL = re.compile(r"^(Priority\s+\w+):\s+(.+)$")
# (what k of them are, singular and plural; who "those" are when listed)
_SAID = {
    "complete": ("is complete", "are complete", "complete"),
    "in_progress": ("is in progress", "are in progress", "in progress"),
    "delayed": ("is delayed", "are delayed", "delayed"),
    "planned": ("is planned but not started", "are planned but not started", "not started"),
    "unknown": (
        "has an update that does not say how far it got",
        "have updates that do not say how far they got",
        "whose status is not clear",
    ),
    "gap": ("has no update yet for {period}", "have no update yet for {period}", "{gap}"),
}


def progress_section(rows: Sequence[AppendixRow], plan_title: str, period: str) -> DraftSection:
    order = list(dict.fromkeys(r.priority for r in rows))
    paragraphs = tuple(
        DraftParagraph(
            "progress", tuple(_priority(p, [r for r in rows if r.priority == p], period))
        )
        for p in order
    )
    return DraftSection(None, progress_heading(plan_title), paragraphs)


def progress_heading(plan_title: str) -> str:
    """ "Progress against the Business Plan 2019-20", without a second "the" when the
    plan's own title begins with one."""
    article = "" if plan_title.lower().startswith("the ") else "the "
    return f"Progress against {article}{plan_title}"


def shown(row: AppendixRow) -> str:
    """The status the appendix shows a row with, as the narrative counts it."""
    return "gap" if row.status_unset else row.status


def _priority(label: str, rows: list[AppendixRow], period: str) -> tuple[Sentence, ...]:
    priority = _LABEL.sub(r"\1 (\2)", label)
    groups = {k: [r for r in rows if shown(r) == k] for k in ORDER}
    groups = {k: g for k, g in groups.items() if g}
    every = _cites(rows)
    n = len(rows)
    if len(groups) == 1:
        (key,) = groups
        said = _count_phrase(key, n, period).split(" ", 1)[1]
        if n == 1:
            return (Sentence(f"The one action under {priority} {said}.", "assembled", every),)
        return (Sentence(f"All {_number(n)} actions under {priority} {said}.", "assembled", every),)
    parts = [_count_phrase(k, len(g), period) for k, g in groups.items()]
    counts = f"Of the {_number(n)} actions under {priority}, {_join(parts)}."
    out = [Sentence(counts, "assembled", every)]
    for key, group in groups.items():
        out.append(Sentence(_which(key, group, period), "assembled", _cites(group)))
    return tuple(out)


def _count_phrase(key: str, k: int, period: str) -> str:
    one, many, _who = _SAID[key]
    return f"{_number(k)} {(one if k == 1 else many).format(period=period)}"


def _which(key: str, group: list[AppendixRow], period: str) -> str:
    who = _SAID[key][2].format(gap=f"without an update for {period}")
    actions = _join([_short(r) for r in group])
    if len(group) == 1:
        return f"The one {who} is {actions}."
    return f"Those {who} are {actions}."


def _short(row: AppendixRow) -> str:
    words = row.action.split("\n")[0].rstrip(" .:;").split()
    text = " ".join(words[:SHORT_WORDS])
    if len(words) > SHORT_WORDS:
        text = text.rstrip(" ,;:–-") + "…"
    if len(text) > 1 and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return f"action {row.number} ({text})" if row.number else f"“{text}”"


def _cites(rows: Sequence[AppendixRow]) -> tuple[Cite, ...]:
    return tuple(dict.fromkeys(c for r in rows for c in r.cites))


def _number(k: int) -> str:
    return NUMBERS[k] if k < len(NUMBERS) else str(k)


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def refresh(draft: Draft) -> Draft:
    """The draft with its progress narrative and status charts counted again from its
    appendix rows as they stand (after a status edit or verdict), so every number in
    the narrative is still the appendix's. A paragraph a person has written into is
    kept as written; the recounted sentences get ids of their own."""
    heading = progress_heading(draft.plan_title)
    at = next((k for k, s in enumerate(draft.sections) if s.heading == heading), None)
    if at is None:
        return draft
    now = progress_section(draft.rows, draft.plan_title, draft.period)
    old = draft.sections[at]
    if len(now.paragraphs) != len(old.paragraphs):
        return replace(draft, charts=status_counts(draft.rows))
    paragraphs = tuple(
        o if any(s.kind != "assembled" for s in o.sentences) or _same(o, n) else n
        for o, n in zip(old.paragraphs, now.paragraphs, strict=True)
    )
    sections = (
        *draft.sections[:at],
        replace(old, paragraphs=paragraphs),
        *draft.sections[at + 1 :],
    )
    return with_sentence_ids(replace(draft, sections=sections, charts=status_counts(draft.rows)))


def _same(old: DraftParagraph, new: DraftParagraph) -> bool:
    return [s.text for s in old.sentences] == [s.text for s in new.sentences]
