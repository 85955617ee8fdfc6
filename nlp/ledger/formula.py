"""Stock phrases: the words a board repeats around many different actions.

Plans write an action as a verb, an object and adjuncts, and boards reuse their
adjuncts: "so that families receive a consistent response", "across all partner
agencies", "and measure its impact through practitioner surveys". Two actions that
share such a phrase share a habit of writing, not an object; word overlap (even
IDF-weighted: each word of the phrase is as rare as the phrase) takes it for
content. A **stock phrase** is a pair of adjacent content stems that occurs, outside
the head (`nlp.ledger.head`), in actions of at least `MIN_HEADS` different heads
across the board's plans, heads that share no stem. Its words are muted (left out of
the tokens and the wording, `nlp.ledger.score.Item`) wherever they stand outside the
action's head.

Heads sharing a stem are one subject followed across years: a list of topics restated
under "Seek assurance …" year after year ("Female Genital Mutilation, parental mental
ill health …") is content, not a habit.

*Guess*: pairs of stems, `MIN_HEADS`; an object is never muted where it is the head,
so an action carried with a new verb keeps what it is about.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from nlp.ledger.head import head
from nlp.ledger.text import normalise, stem

MIN_HEADS = 3
"""A pair of stems is a stock phrase when actions of this many different heads (with
no stem common to all of them) use it outside their heads."""

Pair = tuple[str, str]


def stock_phrases(texts: Iterable[str]) -> frozenset[Pair]:
    """The stock phrases of a board's action texts (see the module docstring)."""
    heads_of: dict[Pair, set[tuple[str, ...]]] = {}
    for text in dict.fromkeys(texts):
        own = head(text)
        toks = [stem(w) for w in normalise(text).split()]
        for pair in _outside(toks, set(own)):
            heads_of.setdefault(pair, set()).add(own)
    return frozenset(p for p, hs in heads_of.items() if _unrelated(hs))


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


def _unrelated(heads: set[tuple[str, ...]]) -> bool:
    return len(heads) >= MIN_HEADS and not set.intersection(*(set(h) for h in heads))


def _outside(tokens: Sequence[str], own_head: set[str]) -> set[Pair]:
    return {
        (a, b) for a, b in itertools.pairwise(tokens) if a not in own_head and b not in own_head
    }
