"""Ledger → Draft: pure and deterministic (no clock, no files)."""

from __future__ import annotations

import re

from drafting.build.appendix import build_rows, plan_priorities, status_counts
from drafting.build.author import Author, report_author, signatory, successor_role
from drafting.build.checklist import build_checklist
from drafting.build.ids import with_sentence_ids
from drafting.build.index import LedgerIndex, cite, label, start_year
from drafting.build.progress import progress_section
from drafting.build.revisions import Departure, departures
from drafting.build.sections import Carry, build_sections
from drafting.build.years import advance_text, hands_over
from drafting.model import Cite, Draft, DraftSection
from extract.errors import DraftError
from nlp.findings.model import Findings
from nlp.ledger import Ledger
from nlp.periods import (
    YEAR_RANGE,
    covers,
    format_period,
    next_period,
    parse_period,
    report_year,
)
from nlp.sentences import split_sentences

REPORT_KINDS = ("accountability_report", "annual_report")
_PLAN_NAME = re.compile(
    r"(?:[A-Z][\w&']*\s+){1,4}Plan\s+" + YEAR_RANGE.pattern + r"(?:\s*\([^)]*\))?"
)
_APPENDIX_PREFIX = re.compile(r"^(appendix|annex)\s+\w+\s*[:.–-]\s*", re.I)
# The seed's appendix heading ("Overview of Progress – Year One") and two common
# wordings; a board with another heading gets the generic title from _appendix_title.
_PROGRESS_HEADING = re.compile(r"overview of progress|progress (against|on|report)", re.I)


def build_draft(ledger: Ledger, *, period: str | None = None, date: str | None = None) -> Draft:
    """The next report drafted from the ledger: for the year after the latest report,
    or for `period` ("2018/19") when given."""
    template, target = _template(ledger, period)
    year = (parse_period(target) or (0, 0))[0]
    old = template.document.period or ""
    plan = _plan(ledger, year)
    index = LedgerIndex(ledger)
    newer = [
        f
        for f in _ordered(ledger)
        if f is not template and f is not plan and (report_year(f) or 0) >= year
    ]
    rows = build_rows(index, plan, year, target)
    ordinals = not _missing(old, target)
    plan_period = plan.document.actions_period or plan.document.period
    reported = target if covers(plan_period, year) else plan_period or target
    appendix_title, appendix_cite = _appendix_title(template, plan, old, reported, ordinals)
    plan_title, plan_cite = _plan_title(plan, template, target)
    appendices: list[tuple[str, Cite | None]] = [
        (plan_title, plan_cite),
        (appendix_title, appendix_cite),
        ("Status of planned actions by priority", None),
    ]
    carry = _carry(template, newer, ledger, old, target)
    sections = _with_progress(
        build_sections(index, template, newer, carry, appendices),
        progress_section(rows, plan_title, target),
    )
    title = advance_text(
        template.document.title or label(template), old, target, ordinals=carry.ordinals
    )
    if carry.author.was:
        title = title.replace(carry.author.was, carry.author.role)
    if target not in title:
        title = f"{title} {target}"
    draft = Draft(
        title=title,
        board=template.document.board,
        period=target,
        previous_period=old or None,
        date=date,
        sections=sections,
        appendix_title=appendix_title,
        appendix_columns=(
            f"Planned Action ({plan.document.actions_period or plan.document.period or target})",
            f"Update ({target})",
            "Status",
        ),
        rows=rows,
        plan_title=plan_title,
        plan=plan_priorities(plan),
        checklist=build_checklist(template, newer, rows),
        charts=status_counts(rows),
        documents=tuple(f.document.file for f in _ordered(ledger)),
        notes=_missing_note(carry) + _notes(plan, year, newer, target),
        author=carry.author.the,
    )
    return with_sentence_ids(draft)


def _with_progress(
    sections: tuple[DraftSection, ...], progress: DraftSection
) -> tuple[DraftSection, ...]:
    """The progress narrative just before the list of appendices (else at the end)."""
    at = next(
        (k for k, s in enumerate(sections) if s.number is None and "ppendi" in s.heading),
        len(sections),
    )
    return (*sections[:at], progress, *sections[at:])


def _carry(
    template: Findings, newer: list[Findings], ledger: Ledger, old: str, target: str
) -> Carry:
    """How last year's report carries forward: its author (their successor's role after
    a handover), the years between, and who has left."""
    author = report_author(template)
    handover = next(
        (t for s in template.sections for t in split_sentences(s.text) if hands_over(t)), None
    )
    gone = departures([template, *newer])
    if handover is not None:
        successor = successor_role(template, list(ledger.documents))
        if successor and successor != author.role:
            author = Author(successor, was=author.role)
        name = signatory(template)
        if name:
            gone.setdefault(name, Departure(name, handover, label(template)))
    return Carry(old, target, author, _missing(old, target), handover is not None, gone)


def _missing(old: str, new: str) -> tuple[str, ...]:
    """The single-year periods after `old` and before `new` (no report for them)."""
    old_p, new_p = parse_period(old), parse_period(new)
    if old_p is None or new_p is None:
        return ()
    span = old_p[1] - old_p[0] or 1
    return tuple(
        format_period(y, y + span, like=old) for y in range(old_p[0] + span, new_p[0], span)
    )


def _missing_note(carry: Carry) -> tuple[str, ...]:
    if not carry.missing:
        return ()
    return (
        f"No report for {', '.join(carry.missing)} was found: quotes and carried-over facts "
        f"come from the {carry.old} report, and counts such as “my third report” are left "
        f"for {carry.author.the} to give.",
    )


def _ordered(ledger: Ledger) -> list[Findings]:
    return sorted(ledger.documents, key=lambda f: (start_year(f) or 0, f.document.file))


def _template(ledger: Ledger, period: str | None) -> tuple[Findings, str]:
    reports = [
        f
        for f in ledger.documents
        if f.document.kind in REPORT_KINDS and report_year(f) is not None
    ]
    if period is not None:
        parsed = parse_period(period)
        if parsed is None:
            raise DraftError(f"not a period: {period!r} (write it like 2018/19)")
        before = [f for f in reports if (report_year(f) or 0) < parsed[0]]
        if reports and not before:
            first = min(reports, key=lambda f: (report_year(f) or 0, f.document.file))
            raise DraftError(
                f"no report before {period} to carry forward; the earliest is "
                f"{first.document.period} ({first.document.file}): draft a later period"
            )
        reports = before
    if not reports:
        raise DraftError("no accountability or annual report with a period to carry forward")
    latest = max(reports, key=lambda f: (report_year(f) or 0, f.document.file))
    old = latest.document.period or ""
    if period is None:
        return latest, next_period(old)
    parsed = parse_period(period)
    assert parsed is not None
    return latest, format_period(parsed[0], parsed[1], like=old)


def _plan(ledger: Ledger, year: int) -> Findings:
    """The plan whose actions are for `year`: one whose actions period is exactly that
    year first, then one covering it, then the latest plan before it."""
    plans = [f for f in ledger.documents if f.actions]
    if not plans:
        raise DraftError("no plan with planned actions among the documents")

    def span(f: Findings) -> int:
        parsed = parse_period(f.document.actions_period or f.document.period)
        return parsed[1] - parsed[0] if parsed else 99

    def key(f: Findings) -> tuple[int, int, str]:
        return (span(f), -(start_year(f) or 0), f.document.file)

    covering = [f for f in plans if covers(f.document.actions_period or f.document.period, year)]
    if covering:
        return min(covering, key=key)
    before = [f for f in plans if (start_year(f) or 0) <= year]
    return max(before or plans, key=lambda f: (start_year(f) or 0, f.document.file))


def _appendix_title(
    template: Findings, plan: Findings, old: str, new: str, ordinals: bool
) -> tuple[str, Cite | None]:
    """Last year's progress appendix's heading moved to `new`: the period of the plan it
    reports on (the target year's, or the latest plan's when none is for that year)."""
    for sec in template.sections:
        if _PROGRESS_HEADING.search(sec.heading):
            heading = _APPENDIX_PREFIX.sub("", sec.heading).strip()
            return advance_text(heading, old, new, ordinals=ordinals), cite(
                template, sec.source, sec.heading
            )
    named = label(plan)
    if YEAR_RANGE.search(named):  # the plan's label says its period already
        return f"Overview of Progress: {named}", None
    return f"Overview of Progress {new}: {named}", None


def _plan_title(plan: Findings, template: Findings, target: str) -> tuple[str, Cite | None]:
    """The plan's name as printed ("Business Improvement Plan 2017-19 (Revised ...)"),
    with where it is printed."""
    for sec in plan.sections:
        for line in (sec.heading, *sec.text.splitlines()):
            m = _PLAN_NAME.search(line)
            if m:
                return m.group(0).strip(), cite(plan, sec.source, line)
    if plan is not template and plan.document.title:
        first = plan.priorities[0] if plan.priorities else None
        return plan.document.title, cite(plan, first.source, first.title) if first else None
    return f"Plan for {target}", None


def _notes(plan: Findings, year: int, newer: list[Findings], target: str) -> tuple[str, ...]:
    notes = []
    if not covers(plan.document.actions_period or plan.document.period, year):
        notes.append(
            f"No plan among the documents has actions for {target}; the appendix uses the latest "
            f"plan ({label(plan)})."
        )
    if not newer:
        notes.append(
            f"None of the documents is for {target} yet: every update in the appendix "
            "is marked as needed."
        )
    return tuple(notes)
