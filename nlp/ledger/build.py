"""Many `Findings` of one board → one `Ledger`: action lineage across plans, progress
rows reporting on actions, narrative evidence, gaps and open actions.

    ledger = build_ledger(findings, decisions)

Steps (each deterministic; outputs sorted):
1. duplicates (one report as PDF and Word) counted once (`nlp.ledger.dedupe`);
2. documents ordered by period (`nlp.ledger.period.order_key`), never by file name;
   a plan whose period says nothing of its actions' year takes it from their deadlines
   or from the report that reports on it (`_infer_years`);
3. lineage: each plan's actions against the next plan's: splits and merges by heads
   (`nlp.ledger.head`) and by coverage (`nlp.ledger.split`), then a global one-to-one
   assignment (`nlp.ledger.assign`) over blended rapidfuzz + IDF scores
   (`nlp.ledger.score`); `same` when the normalised texts are equal, else `reworded`;
4. reporting: each progress table is matched to the plan it reports on (by period,
   then content), and its rows to that plan's actions the same way (`reported_by`);
5. evidence from later documents' narrative (`nlp.ledger.evidence`);
6. people's decisions applied (`nlp.ledger.decisions`); chains, gaps and open actions.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nlp.findings.model import Action, Findings
from nlp.ledger.assign import assign
from nlp.ledger.decisions import LedgerDecision, Resolver, apply_decisions, rejected_pairs
from nlp.ledger.dedupe import dedupe
from nlp.ledger.evidence import NarrativeSentence, find_evidence, sentences
from nlp.ledger.formula import stock_phrases
from nlp.ledger.model import Ledger, Link, LinkKind
from nlp.ledger.period import action_period, action_year, order_key, timescale_year
from nlp.ledger.priority_titles import title_keys
from nlp.ledger.score import (
    W_HEAD,
    Item,
    Scores,
    is_title_key,
    priority_key,
    same_wording,
    score,
)
from nlp.ledger.split import Group, find_groups
from nlp.ledger.status import chains_of, gaps_of, open_of
from nlp.ledger.text import Idf
from nlp.periods import Period, parse_period, report_year

LINEAGE_MIN = 0.42
"""Below this, last year's action is dropped and this year's is new."""
LINEAGE_STRONG = 0.55
"""Below this, a one-to-one lineage link also needs a shared distinctive phrase."""
REPORT_MIN = 0.35
"""Below this, a progress row is not taken to report on an action."""
PLAN_FIT_MIN = 0.45
"""A progress table's rows must match a plan this well (on average) to report on it."""


@dataclass(frozen=True)
class ActionSet:
    findings: Findings
    year: int | None
    items: tuple[Item, ...]
    period: Period | None = None


@dataclass(frozen=True)
class ProgressSet:
    findings: Findings
    year: int | None
    items: tuple[Item, ...]


def build_ledger(findings: Sequence[Findings], decisions: Sequence[LedgerDecision] = ()) -> Ledger:
    """Link every document of one board."""
    kept, notes = dedupe(findings)
    docs = sorted(kept, key=order_key)
    stock = stock_phrases(_text(a) for f in docs for a in f.actions)
    titles = title_keys(
        [k for a in f.actions if (k := priority_key(a.priority)) and is_title_key(k)] for f in docs
    )
    action_sets = [_action_set(f, stock, titles) for f in docs if f.actions]
    progress_sets = [_progress_set(f, stock) for f in docs if f.progress]
    idf = Idf(
        [it.tokens for aset in action_sets for it in aset.items]
        + [it.tokens for ps in progress_sets for it in ps.items]
    )
    action_sets = _infer_years(action_sets, progress_sets, idf, notes)
    action_sets.sort(key=lambda s: (s.year if s.year is not None else 9999, order_key(s.findings)))
    resolver = Resolver(docs) if decisions else None
    forbidden = rejected_pairs(decisions, resolver) if resolver else set()
    links: list[Link] = []
    for prev, nxt in itertools.pairwise(action_sets):
        if _follows(prev, nxt):
            links += _lineage(prev, nxt, idf, forbidden)
        else:
            notes.append(
                f"no plan between {prev.findings.document.file} and"
                f" {nxt.findings.document.file}: lineage not traced across the missing year"
            )
    for ps in progress_sets:
        found = _reported_plan(ps, action_sets, idf)
        if found is None:
            notes.append(
                f"{ps.findings.document.file}: no plan found that its progress table reports on"
            )
            continue
        links += _reporting(found[0], found[1], idf, forbidden)
    links += _evidence(docs, action_sets, idf)
    links = [lk for lk in links if (lk.from_id, lk.to_id) not in forbidden]
    if resolver is not None:
        links, decision_notes = apply_decisions(links, decisions, resolver)
        notes += decision_notes
    links.sort(key=lambda lk: (lk.from_id, lk.to_id, lk.kind))
    chains = chains_of(docs, links)
    return Ledger(
        documents=tuple(docs),
        links=tuple(links),
        chains=chains,
        gaps=gaps_of(docs, links),
        notes=tuple(notes),
        open=open_of(docs, links, chains),
    )


def _text(a: Action) -> str:
    return " ".join((a.text, *a.items))


def _action_set(
    f: Findings, stock: frozenset[tuple[str, str]], titles: dict[str, str]
) -> ActionSet:
    """The plan's actions as linkable items; a priority named by title takes the key of
    its group across the board's plans (`nlp.ledger.priority_titles`)."""
    n = max(1, len(f.actions) - 1)
    items = tuple(
        Item(
            a.id,
            _text(a),
            _priority(a.priority, titles),
            _qualified(a.number, a.priority),
            k / n,
            stock=stock,
            sentence=a.text if a.items else "",
        )
        for k, a in enumerate(f.actions)
    )
    return ActionSet(f, action_year(f), items, action_period(f))


def _infer_years(
    action_sets: list[ActionSet], progress_sets: list[ProgressSet], idf: Idf, notes: list[str]
) -> list[ActionSet]:
    """Years for plans whose period says nothing about their actions' year: no period,
    or a multi-year period another plan shares with no `actions_period` to tell them
    apart. First from the actions' deadlines (`timescale_year`), then from the report
    whose progress table fits the plan best among reports of a year no plan has.
    *Guess*: a board publishes one plan per year; the ledger never reads file names."""
    out = list(action_sets)

    def colliding(k: int) -> bool:
        a = out[k]
        if a.year is None:
            return True
        if a.findings.document.actions_period:
            return False
        return any(b.year == a.year for m, b in enumerate(out) if m != k)

    for k, aset in enumerate(out):
        if not colliding(k):
            continue
        year = timescale_year(aset.findings)
        if year is None or year == aset.year:
            continue
        if aset.period is not None and not aset.period.start <= year < aset.period.end:
            continue
        if any(b.year == year for m, b in enumerate(out) if m != k):
            continue
        out[k] = _with_year(aset, year)
        notes.append(f"{aset.findings.document.file}: actions taken as {year}'s (their deadlines)")
    taken = {a.year for a in out if a.year is not None}
    open_years = sorted({ps.year for ps in progress_sets if ps.year is not None} - taken)
    scored = []
    for k, aset in enumerate(out):
        if aset.year is not None:
            continue
        for ps in progress_sets:
            if ps.year in open_years:
                s = score(ps.items, aset.items, idf, W_HEAD)
                fit = float(s.total.max(axis=1).mean()) if s.total.size else 0.0
                if fit >= PLAN_FIT_MIN:
                    scored.append((-fit, k, ps.year))
    done: set[int] = set()
    for _, k, year in sorted(scored):
        if k in done or year in taken or year is None:
            continue
        done.add(k)
        taken.add(year)
        out[k] = _with_year(out[k], year)
        notes.append(
            f"{out[k].findings.document.file}: actions taken as {year}'s"
            " (the report of that year reports on them)"
        )
    return out


def _priority(priority: str | None, titles: dict[str, str]) -> str | None:
    key = priority_key(priority)
    return titles.get(key, key) if key else None


def _with_year(aset: ActionSet, year: int) -> ActionSet:
    period = aset.period
    if period is None or not period.start <= year < period.end:
        period = Period(year, year + 1)
    return dataclasses.replace(aset, year=year, period=period)


def _qualified(number: str | None, priority: str | None) -> str | None:
    """A per-priority number ("2" under priority 1) as a progress table would cite it
    ("1.2"); dotted and other numbers as printed."""
    pri = priority_key(priority)
    if number and pri and pri.isdigit() and re.fullmatch(r"\d+", number.strip(". )")):
        return f"{pri}.{number.strip('. )')}"
    return number


def _progress_set(f: Findings, stock: frozenset[tuple[str, str]]) -> ProgressSet:
    n = max(1, len(f.progress) - 1)
    items = tuple(
        Item(p.id, p.action or p.update, _priority(p.priority, {}), p.number, k / n, stock=stock)
        for k, p in enumerate(f.progress)
    )
    return ProgressSet(f, report_year(f), items)


def _lineage(
    prev: ActionSet, nxt: ActionSet, idf: Idf, forbidden: set[tuple[str, str]]
) -> list[Link]:
    s = score(prev.items, nxt.items, idf)
    banned = _banned(s, forbidden, reverse=False)
    links: list[Link] = []
    used_r: set[int] = set()
    used_c: set[int] = set()
    for g in find_groups(s, idf, banned):
        for i, j in _cells(g):
            why = (
                f"{g.kind}: parts cover {g.coverage:.0%} of the whole"
                f" (best one {g.best_single:.0%}); {s.reason(i, j)}"
            )
            links.append(Link(s.rows[i].id, s.cols[j].id, g.kind, _r(s.total[i, j]), why))
            used_r.add(i)
            used_c.add(j)
    allowed = _allowed(s, banned, used_r, used_c) & ((s.total >= LINEAGE_STRONG) | s.phrase)
    for i, j, value in assign(s.total, LINEAGE_MIN, allowed=allowed).pairs:
        same = same_wording(s.rows[i], s.cols[j])
        kind: LinkKind = "same" if same else "reworded"
        links.append(Link(s.rows[i].id, s.cols[j].id, kind, _r(value), s.reason(i, j)))
    return links


def _cells(g: Group) -> list[tuple[int, int]]:
    """The (row, column) cells of a group: a split's whole is a row, a merge's a column."""
    if g.kind == "split":
        return [(g.whole, p) for p in g.parts]
    return [(p, g.whole) for p in g.parts]


def _follows(prev: ActionSet, nxt: ActionSet) -> bool:
    """The next plan starts within (or right at the end of) the previous plan's period."""
    if prev.period is None or nxt.year is None:
        return True
    return nxt.year <= prev.period.end


def _reported_plan(
    ps: ProgressSet, action_sets: Sequence[ActionSet], idf: Idf
) -> tuple[ActionSet, Scores] | None:
    """The plan a progress table reports on: the plan whose actions are for the
    report's year, when its actions fit the rows; else a plan whose period covers that
    year (a two-year plan's second year), best fit first; content alone decides only
    when a period is unknown."""
    own = ps.findings.document.sha256
    y = ps.year
    span = parse_period(ps.findings.document.period)
    # A report printing a multi-year period ("2015-17") may report on any year of it:
    # plans of those years compete on content (a guess: which year it is cannot be told
    # from the period alone).
    years: set[int] = (
        set(range(span.start, span.end))
        if span and span.end - span.start > 1
        else ({y} if y is not None else set())
    )
    last = max(years) if years else None
    candidates = [
        a
        for a in action_sets
        if (a.findings.document.sha256 != own or len(action_sets) == 1)
        and not (a.year is not None and last is not None and a.year > last)
    ]
    same_year = [a for a in candidates if a.year is not None and a.year in years]
    covering = [
        a for a in candidates if a.period and y is not None and a.period.start <= y < a.period.end
    ]
    unknown = [a for a in candidates if a.year is None or y is None]
    tiers = ((same_year, PLAN_FIT_MIN / 2), (covering, PLAN_FIT_MIN), (unknown, PLAN_FIT_MIN))
    best: tuple[float, int, ActionSet, Scores] | None = None
    for tier, minimum in tiers:
        for k, aset in enumerate(tier):
            s = score(ps.items, aset.items, idf, W_HEAD)
            fit = float(s.total.max(axis=1).mean()) if s.total.size else 0.0
            if fit >= minimum and (best is None or (fit, -k) > best[:2]):
                best = (fit, -k, aset, s)
        if best is not None:
            return best[2], best[3]
    return None


def _reporting(aset: ActionSet, s: Scores, idf: Idf, forbidden: set[tuple[str, str]]) -> list[Link]:
    """reported_by links from actions to the progress rows that report on them."""
    banned = _banned(s, forbidden, reverse=True)
    links: list[Link] = []
    used_r: set[int] = set()
    used_c: set[int] = set()
    # By heads, only one row reporting on several actions (their objects all in it); a
    # row restates its action, adjuncts and all, so coverage parts are not gated by heads.
    for g in find_groups(s, idf, banned, heads=("split",), gate_parts=False):
        for i, j in _cells(g):
            how = (
                "one row reports on several actions"
                if g.kind == "split"
                else "several rows report on one action"
            )
            why = f"{how} (cover {g.coverage:.0%}); {s.reason(i, j)}"
            links.append(Link(s.cols[j].id, s.rows[i].id, "reported_by", _r(s.total[i, j]), why))
            used_r.add(i)
            used_c.add(j)
    allowed = _allowed(s, banned, used_r, used_c)
    for i, j, value in assign(s.total, REPORT_MIN, allowed=allowed).pairs:
        links.append(Link(s.cols[j].id, s.rows[i].id, "reported_by", _r(value), s.reason(i, j)))
    return links


def _evidence(docs: Sequence[Findings], action_sets: Sequence[ActionSet], idf: Idf) -> list[Link]:
    pool: list[NarrativeSentence] = []
    for f in docs:
        year = report_year(f)
        if year is not None and f.sections:
            pool += sentences(f, year)
    actions = [
        (it, aset.year, aset.findings.document.sha256)
        for aset in action_sets
        if aset.year is not None
        for it in aset.items
    ]
    return find_evidence(actions, pool, idf)


def _allowed(
    s: Scores, banned: set[tuple[int, int]], used_r: set[int], used_c: set[int]
) -> np.ndarray:
    """Cells open to one-to-one assignment: not rejected, not already in a group."""
    allowed = np.ones(s.total.shape, dtype=bool)
    allowed[sorted(used_r), :] = False
    allowed[:, sorted(used_c)] = False
    for i, j in banned:
        allowed[i, j] = False
    return allowed


def _banned(s: Scores, forbidden: set[tuple[str, str]], *, reverse: bool) -> set[tuple[int, int]]:
    """Matrix cells of pairs a person rejected. `reverse`: links go column → row."""
    if not forbidden:
        return set()
    out = set()
    for i, r in enumerate(s.rows):
        for j, c in enumerate(s.cols):
            pair = (c.id, r.id) if reverse else (r.id, c.id)
            if pair in forbidden:
                out.add((i, j))
    return out


def _r(value: float) -> float:
    return round(float(value), 3)
