"""The progress appendix: one row per planned action of the current plan, its update
drafted from what the ledger found in the documents for the draft's year."""

from __future__ import annotations

from drafting.build.index import Evidence, LedgerIndex, cite, is_prose
from drafting.model import AppendixRow, Cite, PlanPriority, Sentence, StatusCounts
from nlp.findings.model import Action, Findings, Priority, Progress, Status
from nlp.findings.status import from_wording
from nlp.periods import report_year
from nlp.sentences import split_sentences

MAX_EVIDENCE = 3
MAX_EVIDENCE_WITH_REPORT = 1
STATUS_LABELS: dict[str, str] = {
    "complete": "Complete",
    "in_progress": "In progress",
    "planned": "Planned",
    "delayed": "Delayed",
    "unknown": "Not known",
    "gap": "Update needed",
    "to_confirm": "Status to confirm",
}


def priority_label(plan: Findings, action: Action) -> str:
    for p in plan.priorities:
        if p.number == action.priority:
            return _priority_text(p.number, p.title)
    return f"Priority {action.priority}" if action.priority else "Planned actions"


def _priority_text(number: str | None, title: str) -> str:
    if title.lower().startswith("priority") or not number:
        return title
    return f"Priority {number}: {title}"


def _priority_key(priority: Priority) -> tuple[int, str]:
    number = priority.number or ""
    return (int(number) if number.isdigit() else 999, number)


def plan_priorities(plan: Findings) -> tuple[PlanPriority, ...]:
    """Appendix 1: the current plan's priorities, outcomes and actions."""
    out = []
    for p in sorted(plan.priorities, key=_priority_key):
        actions = tuple(
            (
                a.number or "",
                a.text + "".join(f"\n– {i}" for i in a.items),
                cite(plan, a.source, a.text),
            )
            for a in plan.actions
            if a.priority == p.number
        )
        label = _priority_text(p.number, p.title)
        out.append(PlanPriority(label, p.outcomes, actions, cite(plan, p.source, p.title)))
    return tuple(out)


def build_rows(
    index: LedgerIndex, plan: Findings, year: int, target: str
) -> tuple[AppendixRow, ...]:
    return tuple(_row(index, plan, a, year, target) for a in plan.actions)


def _row(index: LedgerIndex, plan: Findings, action: Action, year: int, target: str) -> AppendixRow:
    reports = index.reports(action.id)
    evidence = index.evidence(action.id)
    new_reports = [(p, f) for p, f in reports if (report_year(f) or 0) >= year]
    new_evidence = [e for e in evidence if (report_year(e.findings) or 0) >= year]
    new_evidence = [e for e in new_evidence if is_prose(e.sentence)]
    update = [_report_sentence(p, f) for p, f in new_reports]
    limit = MAX_EVIDENCE_WITH_REPORT if new_reports else MAX_EVIDENCE
    update += [_evidence_sentence(e) for e in new_evidence[:limit]]
    status, cue = _status(new_reports, new_evidence)
    gap = not update
    if gap:
        update = [
            Sentence(
                f"Update needed: no progress report or evidence for this action was found "
                f"in the documents for {target}.",
                "note",
            )
        ]
        status, cue = "unknown", "no update found"
    old_reports = [(p, f) for p, f in reports if (p, f) not in new_reports]
    return AppendixRow(
        priority=priority_label(plan, action),
        number=action.number or "",
        action=action.text,
        items=action.items,
        update=tuple(update),
        status=status,
        status_cue=cue,
        action_cite=cite(plan, action.source, action.text),
        history=_history(index, action, old_reports),
        gap=gap,
    )


def _report_sentence(progress: Progress, findings: Findings) -> Sentence:
    return Sentence(progress.update, "quoted", (cite(findings, progress.source, progress.update),))


def _evidence_sentence(ev: Evidence) -> Sentence:
    return Sentence(
        f"“{ev.sentence}”", "quoted", (cite(ev.findings, ev.section.source, ev.sentence),)
    )


def _status(
    reports: list[tuple[Progress, Findings]], evidence: list[Evidence]
) -> tuple[Status, str]:
    """The newest report's status and cue; else a cue word in the evidence."""
    for progress, _f in sorted(reports, key=lambda pf: report_year(pf[1]) or 0, reverse=True):
        if progress.status != "unknown":
            cue = progress.status_cue or (f"RAG “{progress.rag}”" if progress.rag else "")
            return progress.status, cue or "from the update's wording"
    for ev in evidence:
        said = from_wording(ev.sentence)
        if said.status != "unknown" and said.cue:
            return said.status, f"evidence says “{said.cue}”"
    if reports or evidence:
        return "unknown", "the update does not say"
    return "unknown", "no update found"


def _history(
    index: LedgerIndex, action: Action, old_reports: list[tuple[Progress, Findings]]
) -> tuple[str, ...]:
    lines: list[str] = []
    for earlier, f in index.earlier(action.id):
        period = f.document.actions_period or f.document.period or "earlier"
        lines.append(f"{period} plan, action {earlier.number or '?'}: “{earlier.text}”")
        for p, pf in index.reports(earlier.id):
            lines.append(_history_report(p, pf))
    lines.extend(_history_report(p, f) for p, f in old_reports)
    return tuple(dict.fromkeys(lines))


def _history_report(progress: Progress, findings: Findings) -> str:
    period = findings.document.period or findings.document.file
    status = STATUS_LABELS.get(progress.status, progress.status)
    first = split_sentences(progress.update)[:2]
    return f"Reported {period} ({status}): “{' '.join(first)}”"


def status_counts(rows: tuple[AppendixRow, ...]) -> tuple[StatusCounts, ...]:
    """Per priority, how many actions have each status as the draft shows it: suggested
    or confirmed; a rejected one to confirm counts as "unknown"; gaps whose status no
    one has set are counted apart."""
    order: list[str] = list(dict.fromkeys(r.priority for r in rows))
    out = []
    for priority in order:
        mine = [r for r in rows if r.priority == priority]
        counts = []
        for key in ("complete", "in_progress", "planned", "delayed", "unknown", "gap"):
            n = sum(1 for r in mine if ("gap" if r.status_unset else r.status) == key)
            counts.append((key, n))
        out.append(StatusCounts(priority, tuple(counts)))  # type: ignore[arg-type]
    return tuple(out)


def all_cites(rows: tuple[AppendixRow, ...]) -> list[Cite]:
    return [c for r in rows for c in r.cites]
