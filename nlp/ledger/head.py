"""The head of an action: what it is about, without its opening verb and its adjuncts.

Plans write actions as a verb, its object and adjuncts: "Review | the early help
strategy | with schools and early years settings". Between years the verb is often
changed ("Develop" → "Embed" → "Evaluate") and so are the adjuncts (who with, what
for), while the object stays: the object is the action's identity. `head(text)` gives
the content stems of the object:

- words before a modal in the first four ("We will", "The Board should") are dropped,
  then the opening word (the verb), and a second verb joined to it by "and"/"or"
  ("Develop and implement"); an adverb before the verb ("Jointly review") goes too,
  and so does a verb that only says how the work is done when a "to" follows it
  straight or after a short adjunct ("Work with partners to review …", "Seek to
  agree …": the head starts after the second verb);
- then determiners, and the object runs until punctuation or a word that opens an
  adjunct or a second clause (`ADJUNCT`: prepositions and subordinators of English,
  "and"). "of" and "on" stay inside the object ("audit of case files", "training on
  coercive control"); "for" ends it ("support | for carers": who for is an adjunct
  more often than a part of the object — a guess), except that an object of one or
  two stems takes one "for"/"from" phrase starting with a noun as its complement
  ("the learning | from reviews", "neglect training | for health visitors" — a guess:
  such short objects name their subject through it).

*Guess*: this reads English grammar only, never a board's words; an action whose
object runs past an "and" ("neglect and exploitation") keeps only its first part,
which is why the head is one feature among the others of `nlp.ledger.score`.
"""

from __future__ import annotations

import functools
import re

from nlp.ledger.text import STOP_WORDS, fold_for_matching, stem

MODALS = frozenset("will shall should must would can could may".split())  # noqa: SIM905
DETERMINERS = frozenset(
    "a an the our its their this these that all each every new".split()  # noqa: SIM905
)
ADJUNCT = frozenset(
    """with alongside across using through so to by in into within including and or
    for from at throughout via during that which who where when while because as
    against between among amongst following after before until""".split()  # noqa: SIM905
)
PURPOSE_REACH = 6
SHORT_HEAD = 2
COMPLEMENT = frozenset(("for", "from"))
_TOKEN = re.compile(r"[a-z][a-z']*|[,;:.()\[\]/–—!?]")
_BREAK = frozenset(",;:.()[]/–—!?")


@functools.lru_cache(maxsize=65536)
def head(text: str) -> tuple[str, ...]:
    """Content stems of the action's object (see the module docstring); () when the
    text has no object after its verb."""
    toks = _tokens(text)
    _, k = _object_start(toks)
    out: list[str] = []
    extended = False
    for m, t in enumerate(toks[k:], start=k):
        if t in ADJUNCT and _complement(toks, m, out, extended):
            extended = True
            continue
        if t == "and" and out and _joins_modifiers(toks, m):
            continue
        if t in _BREAK or t in ADJUNCT:
            break
        if t not in STOP_WORDS and len(t) > 1:
            out.append(stem(t))
    return tuple(out)


def _joins_modifiers(toks: list[str], m: int) -> bool:
    """ "and" inside one noun phrase ("the self-neglect and hoarding protocol"): two
    plain words follow it and no determiner or pronoun after them, so it does not open a
    second clause ("and review the offer", "and measure its impact"). *Guess*: a
    second clause's verb is followed by its own determiner or pronoun."""
    nxt = toks[m + 1 : m + 4]
    if len(nxt) < 2 or any(w in _BREAK or w in ADJUNCT or w in DETERMINERS for w in nxt[:2]):
        return False
    if nxt[1] in STOP_WORDS:
        return False
    return len(nxt) < 3 or (nxt[2] not in DETERMINERS and nxt[2] not in STOP_WORDS - ADJUNCT)


@functools.lru_cache(maxsize=65536)
def verb(text: str) -> str | None:
    """The stem of the action's opening verb ("Review the strategy …" → "review"), None
    when that word is a grammar word or the text is empty."""
    toks = _tokens(text)
    v, _ = _object_start(toks)
    if v >= len(toks) or toks[v] in _BREAK or toks[v] in STOP_WORDS or len(toks[v]) < 2:
        return None
    return stem(toks[v])


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold_for_matching(text).lower().replace("-", " "))


def _object_start(toks: list[str]) -> tuple[int, int]:
    """(position of the opening verb, position where the object starts)."""
    modal = next((k for k, t in enumerate(toks[:4]) if t in MODALS), None)
    k = modal + 1 if modal is not None else 0
    if k < len(toks) and toks[k] == "to":
        k += 1  # "To review …"
    while k < len(toks) and toks[k] in _BREAK:
        k += 1
    if k + 1 < len(toks) and toks[k].endswith("ly"):
        k += 1  # "Jointly review …"
    v = k
    k += 1  # the verb
    if k + 1 < len(toks) and toks[k] in ("and", "or"):
        k += 2  # "Develop and implement …"
    after = _past_purpose(toks, k)
    if after != k:
        v, k = after - 1, after
    while k < len(toks) and toks[k] in DETERMINERS:
        k += 1
    return v, k


def _complement(toks: list[str], m: int, so_far: list[str], extended: bool) -> bool:
    """Whether the preposition at `m` opens the object's own complement rather than an
    adjunct: "learning | from reviews", "training | for health visitors". A guess: an
    object of at most `SHORT_HEAD` stems takes one "for"/"from" phrase that starts
    with a noun (no determiner)."""
    return (
        not extended
        and 0 < len(so_far) <= SHORT_HEAD
        and toks[m] in COMPLEMENT
        and m + 1 < len(toks)
        and toks[m + 1] not in DETERMINERS
        and toks[m + 1] not in _BREAK
        and toks[m + 1] not in STOP_WORDS
    )


def _past_purpose(toks: list[str], k: int) -> int:
    """After "Work with partners to review …" or "Seek to agree …", the position after
    the verb the "to" introduces: the first verb only says how the work is done. A
    guess: an opening verb followed straight away by "to", or by an adjunct whose
    phrase reaches a "to" within `PURPOSE_REACH` words, governs the real one."""
    if k >= len(toks) or not (toks[k] in ADJUNCT or toks[k] == "together"):
        return k
    for m in range(k, min(len(toks) - 1, k + PURPOSE_REACH)):
        if toks[m] in _BREAK:
            return k
        if toks[m] == "to" and toks[m + 1] not in DETERMINERS and toks[m + 1] not in _BREAK:
            return m + 2
    return k
