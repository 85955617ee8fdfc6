"""Evidence: sentences of later documents' narrative that speak to an action.

A sentence is evidence for an action when it shares one of the action's distinctive
phrases (a bigram few actions use, or a rare word) and covers a fair share of the
action's weighted content. At most `PER_ACTION` sentences are kept per action, best
first. The link goes from the action to the section ("<sha12>:section:<k>"), with the
sentence on the link.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nlp.findings.model import Findings
from nlp.ledger.model import Link
from nlp.ledger.score import Item
from nlp.ledger.text import Idf, distinctive, phrases, stems
from nlp.sentences import split_sentences

PER_ACTION = 3
MIN_SCORE = 0.45
MIN_COVER = 0.30


@dataclass(frozen=True)
class NarrativeSentence:
    """A sentence of a document's narrative sections, a candidate evidence sentence."""

    section_id: str
    label: str
    text: str
    year: int
    doc: str
    tokens: tuple[str, ...]


def section_id(findings: Findings, k: int) -> str:
    return f"{findings.document.sha256[:12]}:section:{k}"


def sentences(findings: Findings, year: int) -> list[NarrativeSentence]:
    """Every sentence of the document's narrative sections."""
    out: list[NarrativeSentence] = []
    for k, sec in enumerate(findings.sections):
        label = f"{sec.number} {sec.heading}".strip() if sec.number else sec.heading
        for sent in split_sentences(sec.text):
            if len(sent) < 25:
                continue
            toks = tuple(stems(sent))
            if len(toks) >= 3:
                sid = section_id(findings, k)
                out.append(
                    NarrativeSentence(sid, label, sent, year, findings.document.sha256, toks)
                )
    return out


def find_evidence(
    actions: Sequence[tuple[Item, int, str]],
    pool: Sequence[NarrativeSentence],
    idf: Idf,
) -> list[Link]:
    """`actions` are (item, action year, sha256 of its document). A sentence may speak
    to an action when its document reports on that year or later and is not the
    action's own document."""
    if not actions or not pool:
        return []
    df_ph: Counter[str] = Counter()
    for it, _, _ in actions:
        df_ph.update(phrases(it.tokens))
    vocab = {t: k for k, t in enumerate(sorted({t for it, _, _ in actions for t in it.tokens}))}
    weights = np.array([idf(t) for t in vocab])
    xa = _binary([it.tokens for it, _, _ in actions], vocab)
    xs = _binary([s.tokens for s in pool], vocab)
    inter = (xa * weights) @ xs.T
    cover = inter / np.maximum(xa @ weights, 1e-9)[:, None]
    s_weight = np.array([idf.weight(s.tokens) for s in pool])
    precision = inter / np.maximum(s_weight, 1e-9)[None, :]
    total = 0.6 * cover + 0.4 * np.minimum(precision * 2.0, 1.0)
    years = np.array([s.year for s in pool])
    links: list[Link] = []
    for a, (it, year, sha) in enumerate(actions):
        ok = (cover[a] >= MIN_COVER) & (total[a] >= MIN_SCORE) & (years >= year)
        cand = [j for j in np.nonzero(ok)[0].tolist() if pool[j].doc != sha]
        if not cand:
            continue
        marks = distinctive(it.tokens, idf, df_ph, len(actions))
        scored = []
        for j in cand:
            shared = marks & (phrases(pool[j].tokens) | set(pool[j].tokens))
            if shared:
                scored.append((-float(total[a, j]), j, sorted(shared)[0]))
        for neg, j, mark in sorted(scored)[:PER_ACTION]:
            s = pool[j]
            links.append(
                Link(
                    it.id,
                    s.section_id,
                    "evidence",
                    round(-neg, 3),
                    f"{s.label[:60]}: shares '{mark}', covers {cover[a, j]:.0%} of the action",
                    sentence=s.text,
                )
            )
    return links


def _binary(token_lists: Sequence[tuple[str, ...]], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(token_lists), max(1, len(vocab))))
    for i, toks in enumerate(token_lists):
        for t in set(toks):
            k = vocab.get(t)
            if k is not None:
                x[i, k] = 1.0
    return x
