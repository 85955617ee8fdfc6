"""A document's kind from its title words and from what it holds.

Three signals, strongest first:

1. a kind phrase on the cover ("Accountability Report", "Annual Report", "Business
   Plan"; `kind_period._KINDS`);
2. the head noun of a title or short cover line: the last kind noun before the first
   preposition or conjunction ("Strategic Delivery Plan" → plan, "Yearly Review" →
   report, "Chair's Report on Effectiveness" → report, "Business Plan Review" →
   report);
3. the content: a table with an update column (a progress table) makes a report; plan
   tables (actions, no update) with no progress table make a plan.

A report is an accountability report when its cover says so in words about holding
to account ("accountability", "scrutiny", "effectiveness", a Chair's report), else an
annual report. Guesses, each named in `nlp/README.md`: the noun lists, the
accountability cue words, and that a title outranks content when they disagree.
"""

from __future__ import annotations

import re

from extract.model import Block
from extract.text_rules import collapse_spaces
from nlp.findings.model import Kind, Reading
from nlp.findings.plan_tables import is_plan
from nlp.findings.tables import table_runs

# Guess: head nouns of plan and report titles.
PLAN_NOUNS = frozenset({"plan", "plans", "strategy", "programme", "program", "framework"})
REPORT_NOUNS = frozenset({"report", "review", "statement", "account", "summary"})
# Guess: a report that speaks of holding partners to account is an accountability report.
ACCOUNTABILITY = re.compile(
    r"\baccountab\w*|\bscrutiny\b|\beffectiveness\b|\bchair(?:['’]s|man['’]s)?\s+report\b",
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


def content_kind(blocks: tuple[Block, ...]) -> str | None:
    """ "report" when a table has an update column; "plan" when there are plan tables
    and no progress table; None otherwise."""
    plan = progress = False
    for run in table_runs(blocks):
        if run.columns.has("update"):
            progress = True
        elif is_plan(run.columns):
            plan = True
    if progress:
        return "report"
    return "plan" if plan else None


def decide(lines: list[str], blocks: tuple[Block, ...]) -> tuple[Kind, Reading]:
    """The kind when no kind phrase is printed (signals 2 and 3)."""
    by_title = title_kind(lines)
    by_content = content_kind(blocks)
    if by_title is None and by_content is None:
        return "other", Reading(0.5, "no kind word in the title and no plan or progress table")
    head = by_title[0] if by_title else by_content
    if by_title and by_content:
        agree = by_title[0] == by_content
        cue = f"title '{by_title[1]}'" + (
            f" and its {_content_cue(by_content)}" if agree else f" (content: {by_content})"
        )
        confidence = 0.9 if agree else 0.6
    elif by_title:
        cue, confidence = f"title '{by_title[1]}'", 0.75
    else:
        cue, confidence = _content_cue(head or ""), 0.65
    if head == "plan":
        return "business_plan", Reading(confidence, cue)
    cover = " ".join(lines[:6])
    m = ACCOUNTABILITY.search(cover)
    if m:
        return "accountability_report", Reading(confidence, f"{cue}; '{m.group(0)}' on the cover")
    return "annual_report", Reading(confidence, f"{cue}; no accountability words on the cover")


def _content_cue(kind: str) -> str:
    return "progress table (update column)" if kind == "report" else "plan tables"
