"""Stable sentence ids: every drafted sentence is named by what it is, not where it is.

An id is a short hash of the part the sentence belongs to (its section's number and
heading, or its appendix row's priority, number and action), its kind, and what it
cites (each source and quoted words; its text when it cites nothing), with a counter
for a sentence repeated in the same part. A body sentence's id starts with "s", an
appendix row's with "r". Ids are unique within a draft and, once drafted, stored with
the sentence: editing, rejecting or adding other sentences never changes them, and a
sentence written by a person gets a new id that no other sentence has.

The key is computed from the sentence's JSON (the `extract.codec` contract), so stored
drafts of older versions get the same ids as a fresh draft would
(`service/web/store/migrations/versions/0002_sentence_ids.py`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from drafting.model import AppendixRow, Draft, DraftParagraph, DraftSection, Sentence
from extract.codec import encode

ID_HEX = 10
SOURCE_KEYS = ("sha256", "page", "bbox", "paragraph", "table", "row", "cell")


def section_part(number: str | None, heading: str) -> str:
    return json.dumps(["section", number, heading], ensure_ascii=False)


def row_part(priority: str, number: str, action: str) -> str:
    return json.dumps(["row", priority, number, action], ensure_ascii=False)


def sentence_key(sentence: dict[str, Any]) -> str:
    """What a sentence is, from its JSON: its kind and cited sources and quotes, or its
    text when it cites nothing."""
    cites = [
        [*(c["source"].get(k) for k in SOURCE_KEYS), c.get("quote")] for c in sentence["cites"]
    ]
    return json.dumps([sentence["kind"], cites or sentence["text"]], ensure_ascii=False)


def sentence_id(prefix: str, part: str, key: str, taken: set[str]) -> str:
    """The id of the sentence `key` in `part`: the first of its hashes (occurrence 0,
    1, ...) that no sentence in `taken` has; added to `taken`."""
    occurrence = 0
    while True:
        text = f"{part}\n{key}\n{occurrence}".encode()
        found = prefix + hashlib.sha256(text).hexdigest()[:ID_HEX]
        if found not in taken:
            taken.add(found)
            return found
        occurrence += 1


def with_sentence_ids(draft: Draft) -> Draft:
    """The draft with an id on every sentence that has none."""
    taken = {s.id for s in all_sentences(draft) if s.id}
    sections = tuple(_section_with_ids(sec, taken) for sec in draft.sections)
    rows = tuple(replace(r, update=_named(r.update, "r", _row_part(r), taken)) for r in draft.rows)
    return replace(draft, sections=sections, rows=rows)


def new_sentence(
    draft: Draft,
    part_of: DraftSection | AppendixRow,
    text: str,
    taken: set[str] | None = None,
) -> Sentence:
    """A sentence a person wrote into a section or row of `draft`, with an id of its own
    (none of `taken` either, when given: the id is added to it)."""
    sentence = Sentence(text, "written")
    every = {s.id for s in all_sentences(draft)} | (taken or set())
    if isinstance(part_of, AppendixRow):
        out = _with_id(sentence, "r", _row_part(part_of), every)
    else:
        out = _with_id(sentence, "s", section_part(part_of.number, part_of.heading), every)
    if taken is not None:
        taken.add(out.id)
    return out


def all_sentences(draft: Draft) -> Iterable[Sentence]:
    for section in draft.sections:
        for p in section.paragraphs:
            yield from p.sentences
    for row in draft.rows:
        yield from row.update


def _section_with_ids(section: DraftSection, taken: set[str]) -> DraftSection:
    part = section_part(section.number, section.heading)
    paragraphs = tuple(_paragraph_with_ids(p, part, taken) for p in section.paragraphs)
    return replace(section, paragraphs=paragraphs)


def _paragraph_with_ids(p: DraftParagraph, part: str, taken: set[str]) -> DraftParagraph:
    return replace(p, sentences=_named(p.sentences, "s", part, taken))


def _named(
    sentences: tuple[Sentence, ...], prefix: str, part: str, taken: set[str]
) -> tuple[Sentence, ...]:
    return tuple(s if s.id else _with_id(s, prefix, part, taken) for s in sentences)


def _with_id(sentence: Sentence, prefix: str, part: str, taken: set[str]) -> Sentence:
    key = sentence_key(encode(sentence))
    return replace(sentence, id=sentence_id(prefix, part, key, taken))


def _row_part(row: AppendixRow) -> str:
    return row_part(row.priority, row.number, row.action)
