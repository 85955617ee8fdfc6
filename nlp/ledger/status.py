"""What the links add up to: chains of actions, gaps, and open actions carried forward."""

from __future__ import annotations

from collections.abc import Sequence

from nlp.findings.model import Findings, Progress
from nlp.ledger.model import ActionStatus, Link
from nlp.ledger.period import action_year
from nlp.periods import report_year

LINEAGE = ("same", "reworded", "split", "merged")


def _action_order(docs: Sequence[Findings]) -> dict[str, tuple[int, int]]:
    return {a.id: (d, k) for d, f in enumerate(docs) for k, a in enumerate(f.actions)}


def chains_of(docs: Sequence[Findings], links: Sequence[Link]) -> tuple[tuple[str, ...], ...]:
    """Every action in exactly one chain: the actions joined by lineage links, in
    document order. An action with no predecessor and no successor is a chain of one."""
    order = _action_order(docs)
    parent = {a: a for a in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for lk in links:
        if lk.kind in LINEAGE and lk.from_id in parent and lk.to_id in parent:
            a, b = find(lk.from_id), find(lk.to_id)
            if a != b:
                first, second = sorted((a, b), key=order.__getitem__)
                parent[second] = first
    groups: dict[str, list[str]] = {}
    for a in sorted(order, key=order.__getitem__):
        groups.setdefault(find(a), []).append(a)
    return tuple(tuple(g) for g in sorted(groups.values(), key=lambda g: order[g[0]]))


def gaps_of(docs: Sequence[Findings], links: Sequence[Link]) -> tuple[str, ...]:
    """Actions that no progress row reports on and no evidence supports."""
    covered = {lk.from_id for lk in links if lk.kind in ("reported_by", "evidence")}
    order = _action_order(docs)
    return tuple(a for a in sorted(order, key=order.__getitem__) if a not in covered)


def reports_of(docs: Sequence[Findings], links: Sequence[Link]) -> dict[str, list[Progress]]:
    """The progress rows reporting on each action, latest report last."""
    rows = {p.id: (report_year(f) or 0, d, p) for d, f in enumerate(docs) for p in f.progress}
    ids: dict[str, list[str]] = {}
    for lk in links:
        if lk.kind == "reported_by" and lk.to_id in rows:
            ids.setdefault(lk.from_id, []).append(lk.to_id)
    return {
        a: [rows[p][2] for p in sorted(set(found), key=lambda p: (rows[p][0], rows[p][1], p))]
        for a, found in ids.items()
    }


def open_of(
    docs: Sequence[Findings], links: Sequence[Link], chains: Sequence[Sequence[str]]
) -> tuple[ActionStatus, ...]:
    """For each chain whose latest reported status is not complete: its latest
    action(s) (all parts of a split), with that status and the row it came from. A
    chain never reported on is open with status `unknown` when it reaches the latest
    plan."""
    where = {
        p.id: (report_year(f) or 0, d, f.document.period)
        for d, f in enumerate(docs)
        for p in f.progress
    }
    year_of = {a.id: action_year(f) or 0 for f in docs for a in f.actions}
    reports = reports_of(docs, links)
    latest_plan = _latest_plan_actions(docs)
    out = []
    for chain in chains:
        rows = [p for a in chain for p in reports.get(a, [])]
        rows.sort(key=lambda p: (where[p.id][:2], p.id))
        top = max(year_of[a] for a in chain)
        latest = [a for a in chain if year_of[a] == top]
        if rows and rows[-1].status != "complete":
            row = rows[-1]
            out += [ActionStatus(a, row.status, row.id, where[row.id][2]) for a in latest]
        elif not rows:
            out += [ActionStatus(a, "unknown", None, None) for a in latest if a in latest_plan]
    return tuple(out)


def _latest_plan_actions(docs: Sequence[Findings]) -> set[str]:
    plans = [(action_year(f) or 0, d, f) for d, f in enumerate(docs) if f.actions]
    if not plans:
        return set()
    top = max(y for y, _, _ in plans)
    return {a.id for y, _, f in plans if y == top for a in f.actions}
