"""Global one-to-one assignment of rows to columns by score.

Why not greedy alone: greedy-by-score takes the single best pair first, and when one
action is the second-best match of two others it can strand one of them (the classic
A-B 0.90, A-C 0.88, D-B 0.87, D-C 0.10 case: greedy gives A-B and strands D; the
optimum is A-C, D-B). Plans reword actions in families that look alike ("review the
X strategy", "review the Y strategy"), so this happens.

So: keep only candidate pairs at or above `threshold`, split the bipartite candidate
graph into connected components, and solve each component exactly with
`scipy.optimize.linear_sum_assignment` (maximum total score; cells that are not
candidates weigh nothing and are dropped from its answer). Components are small in
practice (an action competes with a handful of look-alikes). A component larger than
`exact_limit` on its short side falls back to greedy-by-score, which is optimal whenever
each pair's best partner is mutual, and is counted in the result.

The solver replaced a hand-written Kuhn–Munkres; both find a maximum, but where two
matchings score the same they may pick different ones. They pick the same links on
every corpus board, in the links eval and in the ledger bench.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Assignment:
    pairs: tuple[tuple[int, int, float], ...]
    greedy_components: int = 0


def assign(
    scores: Matrix,
    threshold: float,
    *,
    forbidden: Iterable[tuple[int, int]] = (),
    allowed: npt.NDArray[np.bool_] | None = None,
    exact_limit: int = 80,
) -> Assignment:
    """Pairs (row, col, score) maximising the total score, each row and column used at
    most once, every pair scoring at least `threshold` and not `forbidden` (pairs, or
    False cells of the `allowed` mask). Sorted by (row, col)."""
    if scores.size == 0:
        return Assignment(())
    mask = scores >= threshold
    if allowed is not None:
        mask &= allowed
    for i, j in forbidden:
        mask[i, j] = False
    rows, cols = np.nonzero(mask)
    components = _components(rows.tolist(), cols.tolist())
    pairs: list[tuple[int, int, float]] = []
    greedy = 0
    for comp_rows, comp_cols in components:
        if len(comp_rows) == 1 and len(comp_cols) == 1:
            r, c = comp_rows[0], comp_cols[0]
            pairs.append((r, c, float(scores[r, c])))
            continue
        sub = scores[np.ix_(comp_rows, comp_cols)]
        sub_mask = mask[np.ix_(comp_rows, comp_cols)]
        if min(len(comp_rows), len(comp_cols)) <= exact_limit:
            found = _hungarian_max(sub, sub_mask)
        else:
            greedy += 1
            found = _greedy(sub, sub_mask)
        pairs.extend((comp_rows[i], comp_cols[j], float(sub[i, j])) for i, j in found)
    return Assignment(tuple(sorted(pairs)), greedy)


def _components(rows: list[int], cols: list[int]) -> list[tuple[list[int], list[int]]]:
    """Connected components of the bipartite graph with edges (rows[k], cols[k])."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r, c in zip(rows, cols, strict=True):
        a, b = find((0, r)), find((1, c))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        side, index = node
        group = groups.setdefault(find(node), ([], []))
        group[side].append(index)
    return [groups[k] for k in sorted(groups)]


def _greedy(sub: Matrix, mask: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    edges = sorted(
        ((-float(sub[i, j]), int(i), int(j)) for i, j in zip(*np.nonzero(mask), strict=True)),
    )
    used_r: set[int] = set()
    used_c: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in edges:
        if i not in used_r and j not in used_c:
            used_r.add(i)
            used_c.add(j)
            out.append((i, j))
    return out


def _hungarian_max(sub: Matrix, mask: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Maximum-weight matching on the masked pairs (non-candidates weigh nothing)."""
    # Imported on first use: scipy.optimize takes about a second to import, which
    # commands and processes that import the ledger but never link should not pay.
    from scipy.optimize import linear_sum_assignment

    weights = np.where(mask, sub, 0.0)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if mask[r, c]]
