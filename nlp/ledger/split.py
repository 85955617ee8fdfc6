"""Split and merge detection by coverage.

A **split**: one action of last year's plan becomes several this year. Each part says
mostly things the whole said (its content is largely *contained* in the whole), the
whole's best successor is among them, and the parts *together* cover the whole clearly
better than the best single part does.

A **merge** is the mirror image: several actions become one; each old action is
largely contained in the new one, and together they cover it better than any one.

Coverage is IDF-weighted over content stems, so "the", "partnership" and "board"
count for little and "radicalisation" for a lot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from nlp.ledger.score import Scores, priority_key
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


@dataclass(frozen=True)
class Group:
    kind: Literal["split", "merged"]
    whole: int
    parts: tuple[int, ...]
    coverage: float
    best_single: float
    score: float


def find_groups(scores: Scores, idf: Idf, forbidden: set[tuple[int, int]]) -> list[Group]:
    """Splits (a row becomes several columns) and merges (several rows become one
    column), non-overlapping, best-covering first. A part from another priority than
    its whole must score at least `OTHER_PRIORITY`."""
    keys_r = [priority_key(r.priority) for r in scores.rows]
    keys_c = [priority_key(c.priority) for c in scores.cols]
    known = np.outer([k is not None for k in keys_r], [k is not None for k in keys_c])
    allowed = ~known | scores.priority | (scores.total >= OTHER_PRIORITY)
    for i, j in forbidden:
        allowed[i, j] = False
    splits = _find(
        scores.total,
        scores.col_in_row,
        [r.tokens for r in scores.rows],
        [c.tokens for c in scores.cols],
        idf,
        allowed,
        "split",
    )
    merges = _find(
        scores.total.T,
        scores.row_in_col.T,
        [c.tokens for c in scores.cols],
        [r.tokens for r in scores.rows],
        idf,
        allowed.T,
        "merged",
    )
    chosen: list[Group] = []
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    for g in sorted(splits + merges, key=lambda g: (-g.score, g.kind, g.whole, g.parts)):
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
) -> list[Group]:
    """Wholes are rows of `total`; parts are its columns."""
    if total.size == 0:
        return []
    best_whole_score = total.max(axis=0)
    eligible = (part_in_whole >= RELATED) & (total >= MIN_SCORE)
    eligible &= (total >= best_whole_score[None, :] - RIVAL_MARGIN) & allowed
    out: list[Group] = []
    for w in np.nonzero(eligible.sum(axis=1) >= 2)[0].tolist():
        cand = np.nonzero(eligible[w])[0].tolist()
        group = _cover(w, cand, total, wholes, parts, idf)
        if group is not None:
            out.append(Group(kind, w, *group))
    return out


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
