"""The spaCy pipeline of the findings stage.

`spacy.blank("en")` plus our components, registered with `@Language.factory`:

    carryforward_kind_period   document kind, period, board        -> doc._.kind_period
    carryforward_plan          priorities, planned actions  -> doc.spans["priorities"/"actions"]
    carryforward_progress      progress rows and their status      -> doc.spans["progress"]
    carryforward_people        people, roles and organisations     -> doc.spans["people"]

The Doc's text is the document's lines in reading order (table cells one per line);
every span found carries its `Source` in `Span._.source` and the finding in
`Span._.finding`. The Language is built once per process and cached.
"""

from __future__ import annotations

import gc
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, NORM, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from extract.model import Document, Heading, ListItem, Paragraph, Table
from nlp.findings.kind_period import find_kind_period
from nlp.findings.model import Reading
from nlp.findings.people import find_people
from nlp.findings.plan_lists import read_plan_lists
from nlp.findings.plan_tables import ActionCandidate, is_plan, is_priority_table, read_plan_run
from nlp.findings.priorities import PriorityRegistry, reading_labels
from nlp.findings.progress import ProgressRowCandidate, is_progress, read_progress_runs
from nlp.findings.report_priorities import read_listed_priorities
from nlp.findings.tables import reading_tables, table_runs
from nlp.findings.text import block_line, cell_text

DOCUMENT_KEY = "carryforward_document"
OFFSETS_KEY = "carryforward_offsets"


@dataclass(frozen=True)
class DocText:
    text: str
    offsets: dict[tuple[int, ...], tuple[int, int]]
    """(block,) / (block, row) / (block, row, col) -> character span in `text`."""


def document_text(document: Document) -> DocText:
    parts: list[str] = []
    offsets: dict[tuple[int, ...], tuple[int, int]] = {}
    pos = 0

    def add(line: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(line)
        pos += len(line) + 1
        return start, start + len(line)

    for i, block in enumerate(document.blocks):
        if isinstance(block, Table):
            t0 = pos
            for r, row in enumerate(block.rows):
                r0 = pos
                for cell in row.cells:
                    offsets[(i, r, cell.col)] = add(cell_text(cell))
                offsets[(i, r)] = (r0, max(r0, pos - 1))
            offsets[(i,)] = (t0, max(t0, pos - 1))
        elif isinstance(block, Heading | Paragraph | ListItem):
            offsets[(i,)] = add(block_line(block))
    return DocText("\n".join(parts), offsets)


def _span(doc: Doc, key: tuple[int, ...], label: str, finding: Any) -> Span | None:
    offsets: dict[tuple[int, ...], tuple[int, int]] = doc.user_data[OFFSETS_KEY]
    for k in (key, key[:3], key[:2], key[:1]):
        if k in offsets:
            start, end = offsets[k]
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                span._.finding = finding
                span._.source = getattr(finding, "source", None)
                return span
    return None


def _text_span(doc: Doc, text: str, label: str, finding: Any) -> Span | None:
    """The first place `text` is printed (priorities and people are named, not placed)."""
    start = doc.text.find(text) if text else -1
    if start < 0:
        return None
    span = doc.char_span(start, start + len(text), label=label, alignment_mode="expand")
    if span is not None:
        span._.finding = finding
        span._.source = getattr(finding, "source", None)
    return span


def _document(doc: Doc) -> Document:
    document: Document = doc.user_data[DOCUMENT_KEY]
    return document


@Language.factory("carryforward_kind_period")
def make_kind_period(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        doc._.kind_period = find_kind_period(_document(doc))
        return doc

    return component


@Language.factory("carryforward_plan")
def make_plan(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        document = _document(doc)
        kp = doc._.kind_period
        registry: PriorityRegistry = doc._.registry
        period = kp.actions_period or kp.period
        candidates: list[ActionCandidate] = []
        for run in table_runs(document.blocks):
            if is_plan(run.columns) or is_priority_table(run.columns):
                candidates.extend(read_plan_run(run, document.blocks, registry, period))
        is_plan_doc = kp.kind == "business_plan"
        listed = read_plan_lists(document.blocks, registry, is_plan=is_plan_doc, period=period)
        candidates.extend(listed)
        if (
            kp.kind == "other"
            and len(listed) >= 2
            and not any(is_progress(run.columns) for run in table_runs(document.blocks))
        ):
            # Guess: with no kind word in the title, actions listed under priorities
            # and no progress table make a plan (its content, as for plan tables).
            cue = f"content: {len(listed)} planned actions listed under priorities"
            doc._.kind_period = kp = replace(
                kp, kind="business_plan", kind_reading=Reading(0.6, cue)
            )
        if not len(registry):
            read_listed_priorities(document.blocks, registry)
        candidates.sort(key=lambda d: d.position)
        doc.spans["actions"] = [s for d in candidates if (s := _span(doc, d.position, "ACTION", d))]
        doc._.actions = candidates
        return doc

    return component


@Language.factory("carryforward_progress")
def make_progress(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        document = _document(doc)
        registry: PriorityRegistry = doc._.registry
        runs = [run for run in table_runs(document.blocks) if is_progress(run.columns)]
        rows: list[ProgressRowCandidate] = read_progress_runs(runs, document.blocks, registry)
        doc.spans["progress"] = [s for p in rows if (s := _span(doc, p.position, "PROGRESS", p))]
        doc._.progress = rows
        doc.spans["priorities"] = [
            s for p in registry.priorities() if (s := _text_span(doc, p.title, "PRIORITY", p))
        ]
        return doc

    return component


@Language.factory("carryforward_people")
def make_people(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        people = find_people(_document(doc).blocks, ner=_trained_ner())
        doc._.people = people
        doc.spans["people"] = [s for p in people if (s := _text_span(doc, p.name, "PERSON", p))]
        return doc

    return component


@cache
def _trained_ner() -> Language | None:
    """An installed English trained pipeline for PERSON entities; None when absent
    (nothing is downloaded)."""
    if importlib.util.find_spec("en_core_web_sm") is None:
        return None
    try:
        return spacy.load("en_core_web_sm", exclude=["lemmatizer", "parser", "tagger"])
    except (OSError, ValueError):  # pragma: no cover - a broken install
        return None


def _register_extensions() -> None:
    for name in ("source", "finding"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in ("kind_period", "registry", "actions", "progress", "people"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@cache
def get_nlp() -> Language:
    """The findings pipeline, built once per process."""
    _register_extensions()
    nlp = spacy.blank("en")
    for component in (
        "carryforward_kind_period",
        "carryforward_plan",
        "carryforward_progress",
        "carryforward_people",
    ):
        nlp.add_pipe(component)
    if hasattr(nlp.tokenizer, "max_cache_size"):
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    # Measured (issue 21): extraction in a process holding spaCy's objects ran 1.12x
    # slower through garbage collection walking them; moving what exists now (spaCy,
    # its vocab, our modules) out of the collector's reach brought it back to 0.92x.
    gc.collect()
    gc.freeze()
    return nlp


def text_chunks(text: str, limit: int) -> Iterator[str]:
    """`text` cut into pieces of at most `limit` characters, each ending just after a
    line break where there is one (blocks are one per line), else after a space: the
    tokens of the pieces are the tokens of the whole."""
    start = 0
    while len(text) - start > limit:
        end = text.rfind("\n", start, start + limit)
        if end < 0:
            end = text.rfind(" ", start, start + limit)
        cut = end + 1 if end >= 0 else start + limit
        yield text[start:cut]
        start = cut
    yield text[start:]


TOKENIZER_CACHE = 100_000
"""Chunks spaCy's tokenizer may cache (its default, 10,000, is about one long
report's distinct chunks); the cache is emptied before each document."""


def _fill_cache(nlp: Language, text: str) -> None:
    """spaCy's tokenizer caches the tokens of each space-separated chunk, but stops
    caching for the rest of a text once it meets one of its special cases, and a line
    break is one (English base exceptions): a text of many lines was tokenised word by
    word from its first line break on (0.6 of 0.85 s of findings on a 117-page report).
    Each distinct line tokenised alone first fills the cache with its chunks up to its
    own first special case; cached or not, a chunk's tokens are the same. The cache is
    emptied first, so that it holds this document's chunks (a full cache caches
    nothing, and then the lines would be tokenised twice)."""
    tokenizer = nlp.tokenizer
    flush = getattr(tokenizer, "_flush_cache", None)
    if flush is not None:
        flush()
    for line in dict.fromkeys(text.split("\n")):
        tokenizer(line)


def make_doc(nlp: Language, text: str, chunk_chars: int | None = None) -> Doc:
    """The tokenised Doc of `text`, however long: spaCy refuses a text over its
    `max_length` (E088), so a long document is tokenised in pieces under that limit
    and the pieces joined into one Doc with the same text, tokens and offsets."""
    limit = chunk_chars or nlp.max_length
    _fill_cache(nlp, text)
    if len(text) <= limit:
        return nlp.make_doc(text)
    pieces = [(piece, nlp.make_doc(piece)) for piece in text_chunks(text, limit)]
    return joined_docs(nlp, pieces)


def joined_docs(nlp: Language, pieces: list[tuple[str, Doc]]) -> Doc:
    """`Doc.from_docs(docs, ensure_whitespace=False)` of (text, Doc) pieces fresh from
    the tokenizer (no spans, no user data), the same Doc (`to_bytes` equal) at a
    third of the cost: each token's word is cut from its piece's text by its offset
    and length instead of three Python passes over the tokens, and only the
    attributes a tokenizer sets beyond the words are loaded (a special case's NORM;
    SENT_START, which from_docs keeps at each piece's first token) rather than all
    of them, zeros included (0.6 s on a 292-page report's two pieces)."""
    words: list[str] = []
    spaces: list[bool] = []
    for text, doc in pieces:
        cuts = doc.to_array([IDX, LENGTH, SPACY]).tolist()
        words.extend(text[start : start + length] for start, length, _ in cuts)
        spaces.extend(bool(space) for _, _, space in cuts)
    out = Doc(nlp.vocab, words=words, spaces=spaces)
    loaded = [NORM, SENT_START]
    arrays = numpy.concatenate([doc.to_array(loaded) for _, doc in pieces])
    out.from_array(loaded, cast(Ints2d, arrays))
    if any(len(doc) for _, doc in pieces):
        out.tensor = numpy.vstack([doc.tensor for _, doc in pieces if len(doc)])
    return out


def run(document: Document, chunk_chars: int | None = None) -> Doc:
    """The Doc of one document, with every component's results on it. `chunk_chars`
    (default spaCy's `max_length`) is the longest piece tokenised at once."""
    nlp = get_nlp()
    text = document_text(document)
    doc = make_doc(nlp, text.text, chunk_chars)
    doc.user_data[DOCUMENT_KEY] = document
    doc.user_data[OFFSETS_KEY] = text.offsets
    doc._.registry = PriorityRegistry()
    with reading_labels(document.blocks), reading_tables():
        for _, proc in nlp.pipeline:
            doc = proc(doc)
    return doc
