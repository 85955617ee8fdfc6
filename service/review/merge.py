"""A paragraph edited in Word, merged sentence by sentence into the draft's paragraph:
each drafted sentence whose words are still there, in order, stays as it was (its id,
its sources, its verdict); the words between them that are new become the person's
own sentences in their place, replacing the drafted sentences that stood there; a
drafted sentence deleted with nothing in its place is rejected (kept, not printed), as
a tracked suggestion rejected in Word is. Words are found by `drafting.textnorm.fold`,
so a sentence Word's autocorrect touched (curly quotes, dashes, odd spaces) is still
found, and the person's own words keep the characters they typed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from drafting.model import DraftParagraph, Sentence
from drafting.textnorm import collapse, fold


@dataclass(frozen=True)
class Merged:
    paragraph: DraftParagraph
    rejected: frozenset[str]
    """Drafted sentences deleted with nothing written in their place."""
    replaced: frozenset[str]
    """Sentences the person's own words took the place of (gone from the paragraph)."""


def merge(
    paragraph: DraftParagraph,
    review: Mapping[str, str],
    text: str,
    written: Callable[[str], Sentence],
) -> Merged:
    """`paragraph` as the edited `text` reads; `written(words)` makes a sentence of the
    person's words."""
    rest = collapse(text)
    lead = paragraph.lead
    if lead and fold(rest).startswith(fold(collapse(lead))):
        rest = rest[len(collapse(lead)) :].strip()
    else:
        lead = None
    out: list[Sentence] = []
    waiting: list[Sentence] = []
    rejected: set[str] = set()
    replaced: set[str] = set()

    def settle(words: str) -> None:
        if words:
            out.append(written(words))
            replaced.update(s.id for s in waiting)
        for s in waiting if not words else ():
            if s.kind == "written":
                replaced.add(s.id)
            else:
                out.append(s)
                rejected.add(s.id)
        waiting.clear()

    at = 0
    for sentence in paragraph.sentences:
        if review.get(sentence.id) == "rejected":
            out.append(sentence)  # not printed, so not in the copy: stays as it was
            continue
        words = fold(collapse(sentence.text))
        found = fold(rest).find(words, at)
        if found < 0:
            waiting.append(sentence)
            continue
        settle(rest[at:found].strip())
        out.append(sentence)
        at = found + len(words)
    settle(rest[at:].strip())
    merged = replace(paragraph, sentences=tuple(out), lead=lead)
    return Merged(merged, frozenset(rejected), frozenset(replaced))


norm = collapse
"""A text as the draft stores a person's words: spaces evened out."""
