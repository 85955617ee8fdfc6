"""A document's kind from its title words and from what it holds.

Three signals, strongest first:

1. a kind phrase on the cover ("Accountability Report", "Annual Report", "Business
   Plan"; `kind_period._KINDS`);
2. the head noun of a title or short cover line: the last kind noun before the first
   preposition or conjunction ("Strategic Delivery Plan" → plan, "Yearly Review" →
   report, "Chair's Report on Effectiveness" → report, "Business Plan Review" →
   report);
3. the content (`kind_content.py`): a progress table, table cells reporting past or
   ongoing work, plan tables or stated intentions, the prose's tense.

A report is an accountability report when its cover says so in words about holding
to account ("accountability", "scrutiny", "effectiveness", a Chair's report), else an
annual report. Guesses, each named in `nlp/README.md`: the noun lists, the
accountability cue words, and that a title outranks content when they disagree.
"""

from __future__ import annotations

import re

from extract.model import Block
from extract.text_rules import collapse_spaces
from nlp.findings.kind_content import content_kind
from nlp.findings.kind_voice import voice_kind
from nlp.findings.model import Kind, Reading

# Guess: head nouns of plan and report titles.
PLAN_NOUNS = frozenset({"plan", "plans", "strategy", "programme", "program", "framework"})
REPORT_NOUNS = frozenset({"report", "review", "statement", "account", "summary"})
# Guess: a report that speaks of holding partners to account is an accountability report.
# Also (guess, dev boards 20+): holding partners "to account", "assurance".
ACCOUNTABILITY = re.compile(
    r"\baccountab\w*|\bscrutiny\b|\beffectiveness\b|\bchair(?:['’]s|man['’]s)?\s+report\b|"
    r"\bto\s+account\b|\bassurance\b",
    re.I,
)
_STOP = frozenset({"of", "on", "for", "to", "in", "and", "&", "with", "from", "about", "into"})
_SHORT_LINE = 8


def head_noun(line: str) -> str | None:
    """ "plan" or "report": the kind of the line's head noun, or None."""
    words = re.findall(r"[A-Za-z&]+(?:['’][a-z]+)?", collapse_spaces(line).lower())
    head = None
    for word in words:
        if word in _STOP and head is not None:
            break
        if word in PLAN_NOUNS:
            head = "plan"
        elif word in REPORT_NOUNS:
            head = "report"
    return head


def title_kind(lines: list[str]) -> tuple[str, str] | None:
    """("plan" | "report", the line) from the first title-like line with a kind noun."""
    for k, line in enumerate(lines):
        if k and (len(line.split()) > _SHORT_LINE or line.endswith((".", ":"))):
            continue  # a sentence or a lead-in (":") on the cover, not a title
        head = head_noun(line)
        if head:
            return head, line
    return None


def decide(
    lines: list[str], blocks: tuple[Block, ...], board: str | None = None
) -> tuple[Kind, Reading]:
    """The kind when no kind phrase is printed (signals 2 and 3)."""
    by_title = title_kind(lines)
    by_content = content_kind(blocks)
    if by_title is None and by_content is None:
        return "other", Reading(0.5, "no kind word in the title and nothing in the content")
    head = by_title[0] if by_title else by_content.kind if by_content else None
    if by_title and by_content:
        agree = by_title[0] == by_content.kind
        cue = f"title '{by_title[1]}'" + (
            f" and its {by_content.cue}" if agree else f" (content: {by_content.kind})"
        )
        confidence = 0.9 if agree else 0.6
    elif by_title:
        cue, confidence = f"title '{by_title[1]}'", 0.75
    else:
        assert by_content is not None
        cue, confidence = f"content: {by_content.cue}", by_content.confidence
    if head == "plan":
        return "business_plan", Reading(confidence, cue)
    cover = " ".join(lines[:6])
    m = ACCOUNTABILITY.search(cover)
    if m:  # title words first, when they name the kind
        return "accountability_report", Reading(confidence, f"{cue}; '{m.group(0)}' on the cover")
    voice = voice_kind(blocks, board)  # then how the report speaks (kind_voice.py)
    if voice is not None:
        kind, by_voice = voice
        return kind, Reading(min(confidence, by_voice.confidence), f"{cue}; {by_voice.cue}")
    # Guess: with nothing to decide, an annual report, at low confidence
    cue += "; no accountability words on the cover, nothing in its voice"
    return "annual_report", Reading(min(confidence, 0.5), cue)
