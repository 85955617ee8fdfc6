"""Priorities named by title only, matched across a board's plans.

A plan whose priorities carry no enumerator names them by title, and titles are
reworded between years ("Neglect" → "Tackling Neglect", "Early Help" → "Early Help
that Makes a Difference"). `title_keys` maps every such title key
(`nlp.ledger.score.priority_key`) to one key per priority: two titles are one
priority when the content words of one are all in the other, or their words agree
almost entirely (rapidfuzz `token_set_ratio` at least `SAME_TITLE`), and they never
stand side by side in one document (a plan's priorities are distinct).

*Guess*: containment and `SAME_TITLE`; the shortest title of a group (then the first
in alphabetical order) names it, so the result does not depend on input order.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from rapidfuzz import fuzz

SAME_TITLE = 90


def title_keys(documents: Iterable[Iterable[str]]) -> dict[str, str]:
    """Each document's title keys → one key per priority (see the module docstring)."""
    docs = [set(d) for d in documents]
    keys = sorted(set().union(*docs)) if docs else []
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in itertools.combinations(keys, 2):
        ra, rb = find(a), find(b)
        if ra != rb and _same(a, b):
            joined = {k for k in keys if find(k) in (ra, rb)}
            if not any(len(joined & d) > 1 for d in docs):
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(find(k), []).append(k)
    out: dict[str, str] = {}
    for members in groups.values():
        name = min(members, key=lambda k: (len(k), k))
        out.update({k: name for k in members})
    return out


def _same(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa or fuzz.token_set_ratio(a, b) >= SAME_TITLE
