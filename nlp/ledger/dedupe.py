"""The same document in two formats (PDF and Word of one report) counted once.

Two documents are one when they are of the same board (when both name one, compared
as `board_key`s), kind and period (as parsed: "2019-20" and "2019/20" agree) and their
content agrees: at least `SHARED` of the smaller one's actions and progress rows have
a near-identical twin in the other, or — whatever was found in them, even nothing —
their whole text does: the documents' text sketches (`nlp.findings.sketch`, a MinHash
of every run of four words) are at least `SAME_TEXT` similar. A PDF and the Word file
it was made from score 0.9 or more; two plans of one board and period, which share
their boilerplate, score up to about 0.66 on our corpora (a guess: 0.8 keeps them
apart). Findings without a sketch (made before it existed) are compared by the text of
what was found in them, the same way.

Which copy is kept: the richer one (more actions, progress rows, priorities, sections
and people found). On a tie the Word copy is kept: Word carries list numbers and
table cells exactly, where a PDF's are recovered from layout. A remaining tie goes to
the smaller sha256, so the choice never depends on file names or input order.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.process import extractOne

from nlp.findings.boards import board_key
from nlp.findings.model import Findings
from nlp.findings.sketch import similarity
from nlp.ledger.text import normalise
from nlp.periods import format_period, parse_period

SHARED = 0.8
TWIN = 90.0
SHINGLE = 4
SAME_TEXT = 0.8
MIN_SHINGLES = 12


def dedupe(findings: Sequence[Findings]) -> tuple[list[Findings], list[str]]:
    """The documents with duplicates removed, and a note per duplicate dropped."""
    ranked = sorted(findings, key=_richness_key)
    texts = {id(f): _texts(f) for f in ranked}  # normalised once, not once per pair
    shingles = {id(f): _shingles(f) for f in ranked}
    kept: list[Findings] = []
    notes: list[str] = []
    for f in ranked:
        twin = next(
            (k for k in kept if _same_document(k, f, texts) or _same_text(k, f, shingles)),
            None,
        )
        if twin is None:
            kept.append(f)
        else:
            notes.append(
                f"{f.document.file} is the same document as {twin.document.file}"
                f" ({_described(f)}); counted once, kept"
                f" {twin.document.file}"
            )
    return kept, notes


def _described(f: Findings) -> str:
    """ "the business plan for 2019/20", in words and one year style, for a person."""
    kind = "document" if f.document.kind == "other" else f.document.kind.replace("_", " ")
    printed = f.document.actions_period or f.document.period
    period = parse_period(printed)
    year = format_period(period.start, period.end) if period else printed
    return f"the {kind} for {year}" if year else f"the {kind}"


def _richness_key(f: Findings) -> tuple[int, int, str]:
    rich = (
        len(f.actions) * 4
        + len(f.progress) * 4
        + len(f.priorities) * 2
        + len(f.sections)
        + len(f.people)
    )
    return (-rich, 0 if f.document.format == "docx" else 1, f.document.sha256)


def _texts(f: Findings) -> list[str]:
    out = [normalise(" ".join((a.text, *a.items))) for a in f.actions]
    out += [normalise(f"{p.action} {p.update}") for p in f.progress]
    return [t for t in out if t]


def _shingles(f: Findings) -> frozenset[int]:
    """Hashes of every run of `SHINGLE` normalised words in what was found."""
    parts = [s.heading + " " + s.text for s in f.sections]
    parts += [p.title for p in f.priorities]
    parts += [" ".join((a.text, *a.items)) for a in f.actions]
    parts += [f"{p.action} {p.update}" for p in f.progress]
    parts += [p.name for p in f.people]
    words = normalise(" ".join(parts)).split()
    return frozenset(hash(tuple(words[k : k + SHINGLE])) for k in range(len(words) - SHINGLE + 1))


def _comparable(a: Findings, b: Findings) -> bool:
    """Same board (when both name one), kind and period."""
    da, db = a.document, b.document
    if da.board and db.board and board_key(da.board) != board_key(db.board):
        return False
    return da.kind == db.kind and parse_period(da.period) == parse_period(db.period)


def _same_text(a: Findings, b: Findings, shingles: dict[int, frozenset[int]]) -> bool:
    if not _comparable(a, b):
        return False
    ka, kb = a.document.text_sketch, b.document.text_sketch
    if ka and kb:
        return similarity(ka, kb) >= SAME_TEXT
    sa, sb = shingles[id(a)], shingles[id(b)]
    return min(len(sa), len(sb)) >= MIN_SHINGLES and len(sa & sb) >= SAME_TEXT * len(sa | sb)


def _same_document(a: Findings, b: Findings, texts: dict[int, list[str]]) -> bool:
    da, db = a.document, b.document
    if da.sha256 == db.sha256:
        return True
    if not _comparable(a, b):
        return False
    ta, tb = texts[id(a)], texts[id(b)]
    if not ta and not tb:
        na = normalise(" ".join(s.text for s in a.sections))
        nb = normalise(" ".join(s.text for s in b.sections))
        return bool(na or nb) and fuzz.token_set_ratio(na, nb) >= TWIN
    small, large = sorted((ta, tb), key=len)
    if not small or len(small) < SHARED * len(large):
        return False
    twins = sum(
        1 for t in small if extractOne(t, large, scorer=fuzz.ratio, score_cutoff=TWIN) is not None
    )
    return twins >= SHARED * len(small)
