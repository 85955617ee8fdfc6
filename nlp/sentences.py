"""Sentences of a text, for evidence matching (nlp) and quoting (drafting)."""

from __future__ import annotations

import re

_CLOSE = "[\"'”’)\\]]"
_SENTENCE_END = re.compile(
    rf"(?:(?<=[.!?])|(?<=[.!?]{_CLOSE})|(?<=[.!?]{_CLOSE}{{2}}))\s+(?=[A-Z0-9\"'(‘“])"
)
"""Space after a stop, or after a stop and up to two closing quotes or brackets (which
stay with their sentence), before what can start a sentence."""
_ABBREVIATION = re.compile(r"\b(e\.g|i\.e|etc|Dr|Cllr|Mr|Mrs|Ms|No|St|Prof|vs)\.$", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, one line at a time; empty pieces dropped; no split after
    "e.g.", "Dr." and the like."""
    out: list[str] = []
    for line in text.splitlines():
        pieces = [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]
        merged: list[str] = []
        for piece in pieces:
            if merged and _ABBREVIATION.search(merged[-1]):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        out.extend(merged)
    return out
