"""Stock phrases: the words a board repeats around many different actions.

Plans write an action as a verb, an object and adjuncts, and boards reuse their
adjuncts: "so that families receive a consistent response", "across all partner
agencies", "and measure its impact through practitioner surveys". Two actions that
share such a phrase share a habit of writing, not an object; word overlap (even
IDF-weighted: each word of the phrase is as rare as the phrase) takes it for
content. A **stock phrase** is a pair of adjacent content stems that occurs, outside
the head (`nlp.ledger.head`), in actions of at least `MIN_HEADS` different heads
across the board's plans. Its words are muted (left out of the tokens and the
wording) in every action where they stand outside the head.

*Guess*: the pair length and `MIN_HEADS`; an object is never muted where it is the
head, so an action carried with a new verb keeps what it is about.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from nlp.ledger.head import head
from nlp.ledger.text import normalise, stem

MIN_HEADS = 3
"""A pair of stems is a stock phrase when actions of this many different heads use it
outside their heads."""

MIN_PRIORITIES = 2
"""...of at least this many priorities: a list of topics restated under one priority
year after year ("Female Genital Mutilation, parental mental ill health …") is that
priority's content, not a habit of writing."""

Pair = tuple[str, str]


def stock_phrases(actions: Iterable[tuple[str, str | None]]) -> frozenset[Pair]:
    """The stock phrases of a board's actions, (text, priority key) pairs (see the
    module docstring)."""
    heads_of: dict[Pair, set[tuple[str, ...]]] = {}
    priorities_of: dict[Pair, set[str | None]] = {}
    for text, priority in dict.fromkeys(actions):
        h = head(text)
        toks = [stem(w) for w in normalise(text).split()]
        for pair in _outside(toks, set(h)):
            heads_of.setdefault(pair, set()).add(h)
            priorities_of.setdefault(pair, set()).add(priority)
    return frozenset(
        p
        for p, hs in heads_of.items()
        if len(hs) >= MIN_HEADS and len(priorities_of[p]) >= MIN_PRIORITIES
    )


def muted_positions(
    tokens: Sequence[str], own_head: Iterable[str], stock: frozenset[Pair]
) -> set[int]:
    """Positions of `tokens` inside a stock phrase and outside the head."""
    keep = set(own_head)
    out: set[int] = set()
    for k, (a, b) in enumerate(itertools.pairwise(tokens)):
        if (a, b) in stock and a not in keep and b not in keep:
            out.update((k, k + 1))
    return out


def _outside(tokens: Sequence[str], own_head: set[str]) -> set[Pair]:
    return {
        (a, b) for a, b in itertools.pairwise(tokens) if a not in own_head and b not in own_head
    }
