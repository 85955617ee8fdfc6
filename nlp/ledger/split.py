"""Split and merge detection by coverage.

A **split**: one action of last year's plan becomes several this year. Each part says
mostly things the whole said (its content is largely *contained* in the whole), the
whole's best successor is among them, and the parts *together* cover the whole clearly
better than the best single part does.

A **merge** is the mirror image: several actions become one; each old action is
largely contained in the new one, and together they cover it better than any one.

Coverage is IDF-weighted over content stems, so "the", "partnership" and "board"
count for little and "radicalisation" for a lot.

Groups are also found by **heads** (`nlp.ledger.head`: an action's object without its
verb and adjuncts), because a split often keeps the object and changes everything
else ("Develop the dashboard with GPs" → "Extend the dashboard" + "Refresh the
dashboard for social care"), which overall similarity and whole-text coverage miss:
a split when at least two of this year's actions each have their head (at least
`HEAD_CONTAINED` of it) in one old action's words and that action is the best home of
each head; a merge when at least two old actions' heads are each in one new action's
words and it is the best home of each. Head groups are taken before coverage groups.
*Guess*: the thresholds; a head of one stem is too weak to group by.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from nlp.ledger.objects import kept
from nlp.ledger.score import Item, Scores, priority_key, same_wording
from nlp.ledger.text import Idf

MIN_SCORE = 0.30
"""A part must score at least this against the whole..."""
RIVAL_MARGIN = 0.05
"""...and not clearly better against another whole."""
RELATED = 0.15
"""A part must have at least this share of its own content in the whole."""
MARGINAL = 0.06
"""Each part must add at least this share of the whole's content to the others'."""
COVERAGE = 0.40
"""The parts together must cover this share of the whole..."""
GAIN = 0.10
"""...and this much more than the best single part."""
OTHER_PRIORITY = 0.60
HEAD_CONTAINED = 0.75
"""A part's head must be at least this share (IDF-weighted) inside the whole's words."""
HEAD_MIN_STEMS = 2
PART_HEAD = 0.5
"""A coverage group's part must have at least this share of its head in the whole's
words, or hold some of the whole's head: parts that share only adjuncts ("…so that
families receive a consistent response") with the whole are not parts of it."""


@dataclass(frozen=True)
class Group:
    kind: Literal["split", "merged"]
    whole: int
    parts: tuple[int, ...]
    coverage: float
    best_single: float
    score: float


def find_groups(
    scores: Scores,
    idf: Idf,
    forbidden: set[tuple[int, int]],
    heads: tuple[str, ...] = ("split", "merged"),
    gate_parts: bool = True,
) -> list[Group]:
    """Splits (a row becomes several columns) and merges (several rows become one
    column), non-overlapping, best-covering first. With `gate_parts` (between plans)
    parts must share the whole's head or its words, and the whole's opening verb is
    not part of what they must cover (`Item.content`); without it (progress rows
    against actions) the whole's every word counts. A part from another priority than
    its whole must score at least `OTHER_PRIORITY`."""
    keys_r = [priority_key(r.priority) for r in scores.rows]
    keys_c = [priority_key(c.priority) for c in scores.cols]
    known = np.outer([k is not None for k in keys_r], [k is not None for k in keys_c])
    allowed = ~known | scores.priority | (scores.total >= OTHER_PRIORITY)
    for i, j in forbidden:
        allowed[i, j] = False
    ones = np.ones(scores.total.shape)
    splits = _find(
        scores.total,
        scores.col_in_row,
        [r.content if gate_parts else r.tokens for r in scores.rows],
        [c.tokens for c in scores.cols],
        idf,
        allowed,
        "split",
        scores.head_in_row if gate_parts else ones,
        scores.head_in_col,
    )
    merges = _find(
        scores.total.T,
        scores.row_in_col.T,
        [c.content if gate_parts else c.tokens for c in scores.cols],
        [r.tokens for r in scores.rows],
        idf,
        allowed.T,
        "merged",
        scores.head_in_col.T if gate_parts else ones.T,
        scores.head_in_row.T,
    )
    by_head = [g for g in _by_head(scores, idf, allowed, gate_parts) if g.kind in heads]
    chosen: list[Group] = []
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    ranked = sorted(by_head, key=lambda g: (-g.score, g.kind, g.whole, g.parts))
    ranked += sorted(splits + merges, key=lambda g: (-g.score, g.kind, g.whole, g.parts))
    for g in ranked:
        rows, cols = ({g.whole}, set(g.parts)) if g.kind == "split" else (set(g.parts), {g.whole})
        if rows & used_rows or cols & used_cols:
            continue
        used_rows |= rows
        used_cols |= cols
        chosen.append(g)
    return sorted(chosen, key=lambda g: (g.kind, g.whole, g.parts))


def _find(
    total: np.ndarray,
    part_in_whole: np.ndarray,
    wholes: Sequence[tuple[str, ...]],
    parts: Sequence[tuple[str, ...]],
    idf: Idf,
    allowed: np.ndarray,
    kind: Literal["split", "merged"],
    part_head: np.ndarray,
    whole_head: np.ndarray,
) -> list[Group]:
    """Wholes are rows of `total`; parts are its columns. `part_head`: the share of
    each part's head in the whole's words; `whole_head`: of the whole's head in the
    part's words."""
    if total.size == 0:
        return []
    best_whole_score = total.max(axis=0)
    eligible = (part_in_whole >= RELATED) & (total >= MIN_SCORE)
    eligible &= (part_head >= PART_HEAD) | (whole_head > 0)
    eligible &= (total >= best_whole_score[None, :] - RIVAL_MARGIN) & allowed
    out: list[Group] = []
    for w in np.nonzero(eligible.sum(axis=1) >= 2)[0].tolist():
        cand = _beside_successor(np.nonzero(eligible[w])[0].tolist(), part_head[w], whole_head[w])
        group = _cover(w, cand, total, wholes, parts, idf)
        if group is not None:
            out.append(Group(kind, w, *group))
    return out


def _beside_successor(cand: list[int], part_head: np.ndarray, whole_head: np.ndarray) -> list[int]:
    """The candidates left once one of them keeps the whole's object: its head is the
    whole's head (each all in the other's words). Beside such a successor, another
    candidate is a part only when it keeps that object too (one object carried into
    several actions) or its own object is named in the whole (`HEAD_CONTAINED` of its
    head in the whole's words: "Develop X and review Y" → "Review Y"). A candidate
    sharing only some of the whole's object or its adjuncts ("the early help training
    offer" beside "an audit of early help cases") is not a part: the whole was
    reworded, not split. *Guess*: the same bar as head groups."""
    full = [j for j in cand if whole_head[j] >= _ALL and part_head[j] >= _ALL]
    if not full:
        return cand
    return [j for j in cand if whole_head[j] >= _ALL or part_head[j] >= HEAD_CONTAINED]


_ALL = 1.0 - 1e-9


def _cover(
    w: int,
    cand: list[int],
    total: np.ndarray,
    wholes: Sequence[tuple[str, ...]],
    parts: Sequence[tuple[str, ...]],
    idf: Idf,
) -> tuple[tuple[int, ...], float, float, float] | None:
    """Parts chosen greedily by the share of the whole they add; None unless at least
    two parts together cover the whole clearly better than the best one alone."""
    if len(cand) < 2:
        return None
    whole = set(wholes[w])
    weight = idf.weight(whole) or 1.0
    shares = {j: whole & set(parts[j]) for j in cand}
    cand.sort(key=lambda j: (-idf.weight(shares[j]), -total[w, j], j))
    chosen = [cand[0]]
    covered = set(shares[cand[0]])
    best_single = idf.weight(covered) / weight
    for j in cand[1:]:
        gain = idf.weight(shares[j] - covered) / weight
        if gain >= MARGINAL:
            chosen.append(j)
            covered |= shares[j]
    coverage = idf.weight(covered) / weight
    if len(chosen) < 2 or coverage < COVERAGE or coverage - best_single < GAIN:
        return None
    mean = float(np.mean([total[w, j] for j in chosen]))
    return tuple(sorted(chosen)), coverage, best_single, mean


def _by_head(scores: Scores, idf: Idf, allowed: np.ndarray, drop_verb: bool) -> list[Group]:
    """Splits and merges found by heads (see the module docstring)."""
    out: list[Group] = []
    rows, cols = scores.rows, scores.cols
    if not rows or not cols:
        return out
    ok = (scores.total >= MIN_SCORE) & allowed
    # An action carried word for word is carried, not split or merged.
    carried = same_wording if drop_verb else _same_text
    same = np.array([[carried(r, c) for c in cols] for r in rows], dtype=bool)
    kept_r: np.ndarray = np.asarray(same.any(axis=1))
    kept_c: np.ndarray = np.asarray(same.any(axis=0))
    ok &= ~kept_r[:, None] & ~kept_c[None, :]
    # split: column parts whose heads sit in a row whole
    col_head = np.array([len(set(c.head)) >= HEAD_MIN_STEMS for c in cols])
    # between plans, a part whose head is the whole's head plus a complement keeps the
    # whole's object (`nlp.ledger.objects`); a progress row is not a plan's part
    in_row = scores.head_in_row
    if drop_verb:
        in_row = np.maximum(in_row, kept(rows, cols, HEAD_MIN_STEMS))
    fit = in_row + 0.01 * scores.total
    best_row = fit.argmax(axis=0)
    elig = (in_row >= HEAD_CONTAINED) & ok & col_head[None, :]
    for w in range(len(rows)):
        parts = [p for p in np.nonzero(elig[w])[0].tolist() if best_row[p] == w]
        if len(parts) >= 2:
            out.append(
                _group("split", w, parts, scores.total[w], _whole(rows[w], drop_verb), cols, idf)
            )
    # merge: row parts whose heads sit in a column whole
    row_head = np.array([len(set(r.head)) >= HEAD_MIN_STEMS for r in rows])
    fit = scores.head_in_col + 0.01 * scores.total
    best_col = fit.argmax(axis=1)
    elig = (scores.head_in_col >= HEAD_CONTAINED) & ok & row_head[:, None]
    for w in range(len(cols)):
        parts = [p for p in np.nonzero(elig[:, w])[0].tolist() if best_col[p] == w]
        if len(parts) >= 2:
            out.append(
                _group(
                    "merged", w, parts, scores.total[:, w], _whole(cols[w], drop_verb), rows, idf
                )
            )
    return out


def _same_text(a: Item, b: Item) -> bool:
    """A progress row restating its action's text and sub-items word for word."""
    return bool(a.norm) and a.norm == b.norm


def _whole(item: Item, drop_verb: bool) -> tuple[str, ...]:
    return item.content if drop_verb else item.tokens


def _group(
    kind: Literal["split", "merged"],
    w: int,
    parts: list[int],
    totals: np.ndarray,
    whole: tuple[str, ...],
    items: Sequence[object],
    idf: Idf,
) -> Group:
    words = set(whole)
    weight = idf.weight(words) or 1.0
    shares = [words & set(getattr(items[p], "tokens", ())) for p in parts]
    covered = set().union(*shares)
    best = max(idf.weight(sh) for sh in shares) / weight
    mean = float(np.mean([totals[p] for p in parts]))
    return Group(kind, w, tuple(sorted(parts)), idf.weight(covered) / weight, best, mean)
