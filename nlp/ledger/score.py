"""Pairwise scores between two lists of items (actions, or progress rows' actions).

The score of a pair is a blend of
- IDF-weighted cosine of content stems (what the two texts say, rare words weighing
  more than "partnership" or "safeguarding"),
- rapidfuzz `token_sort_ratio` over the normalised texts (the wording),
- rapidfuzz `partial_token_set_ratio`-like containment (IDF-weighted share of the
  shorter text found in the longer),
plus small structural bonuses: same priority, same printed number, a shared
distinctive phrase, a similar position in the list. Every pair also gets a short
reason naming what drove its score.

Containment matrices (how much of B's content A holds, and the reverse) are kept for
split and merge detection.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from nlp.findings.labels import shape
from nlp.ledger.formula import muted_positions
from nlp.ledger.head import head, verb
from nlp.ledger.ordinals import ordinal
from nlp.ledger.text import Idf, normalise, phrases, stem

Matrix = npt.NDArray[np.float64]

W_COSINE = 0.45
W_WORDING = 0.30
W_CONTAIN = 0.25
BONUS_PRIORITY = 0.04
BONUS_NUMBER = 0.04
BONUS_PHRASE = 0.04
BONUS_POSITION = 0.03
W_HEAD = 0.10
"""Weight of the heads' agreement (`nlp.ledger.head`) in a progress row's score
against an action: the mean of each head's share in the other item's words. A guess:
a row restating its action keeps the action's object. Not used between plans, where it
added more wrong links than right ones on our corpora."""


@dataclass(frozen=True)
class Item:
    """One linkable thing: an action, or the action a progress row restates."""

    id: str
    text: str
    priority: str | None = None
    number: str | None = None
    position: float = 0.0
    """Rank in its list, 0..1."""
    confidence: float = 1.0
    """How sure the reading of the item was (`Reading.confidence`), 1.0 when unknown."""
    stock: frozenset[tuple[str, str]] = frozenset()
    """The board's stock phrases (`nlp.ledger.formula`), muted in `tokens` and `core`."""
    sentence: str = ""
    """The action's own words without its sub-items ("" when `text` has none)."""
    norm: str = field(init=False)
    said: str = field(init=False)
    """`sentence` normalised: what `same_wording` compares."""
    core: str = field(init=False)
    """`norm` without the muted words: what the wording is compared on."""
    tokens: tuple[str, ...] = field(init=False)
    stems: tuple[str, ...] = field(init=False)
    """Every stem of the text but the opening verb, stock phrases included: where
    another item's head is looked for (`head_in_row`). An object is itself wherever it
    stands, even inside the board's stock phrase; the verb is what is done to the
    object, not an object ("Audit the offer" does not hold "an audit of cases")."""
    head: tuple[str, ...] = field(init=False)
    """The content stems of the action's object (`nlp.ledger.head`)."""
    content: tuple[str, ...] = field(init=False)
    """`tokens` without the opening verb (unless it is also in the head): what a split
    or merge part must cover, since plans change the verb between years."""

    def __post_init__(self) -> None:
        norm = normalise(self.text)
        words = norm.split()
        stems = [stem(w) for w in words]
        own = head(self.text)
        muted = muted_positions(stems, own, self.stock) if self.stock else set()
        object.__setattr__(self, "norm", norm)
        object.__setattr__(self, "said", normalise(self.sentence) if self.sentence else norm)
        object.__setattr__(self, "core", " ".join(w for k, w in enumerate(words) if k not in muted))
        object.__setattr__(self, "tokens", tuple(t for k, t in enumerate(stems) if k not in muted))
        object.__setattr__(self, "head", own)
        v = verb(self.text)
        cut = None if v is None or v in own else v
        object.__setattr__(self, "content", tuple(t for t in self.tokens if t != cut))
        object.__setattr__(self, "stems", tuple(t for t in stems if t != cut))


def same_wording(a: Item, b: Item) -> bool:
    """An action carried word for word: its own sentence unchanged, whatever sub-items
    were read under it. A plan restating an action keeps its wording; its list of
    sub-items is read less surely (a list cut by a page break, outcomes taken for
    items) and a changed list alone does not make the action reworded. *Guess*: the
    sentence is the action; the items are detail."""
    return bool(a.said) and a.said == b.said


@dataclass(frozen=True)
class Scores:
    rows: tuple[Item, ...]
    cols: tuple[Item, ...]
    total: Matrix
    cosine: Matrix
    wording: Matrix
    col_in_row: Matrix
    """Share (IDF-weighted) of each column item's content found in the row item."""
    row_in_col: Matrix
    phrase: npt.NDArray[np.bool_]
    priority: npt.NDArray[np.bool_]
    number: npt.NDArray[np.bool_]
    head_in_row: Matrix
    """Share (IDF-weighted) of each column item's head found in the row item's words."""
    head_in_col: Matrix
    """Share of each row item's head found in the column item's words."""

    def reason(self, i: int, j: int) -> str:
        parts = [
            f"words {self.cosine[i, j]:.2f}",
            f"wording {self.wording[i, j]:.2f}",
        ]
        if self.phrase[i, j]:
            parts.append("shared phrase")
        if self.priority[i, j]:
            parts.append("same priority")
        if self.number[i, j]:
            parts.append("same number")
        return ", ".join(parts)


def priority_key(priority: str | None) -> str | None:
    """The priority's enumerator, whatever the title beside it: "Priority 2: Continuous
    ..." and "2" give "2", "Aim B – Neglect" and "B" give "b", "Area III" and "III" give
    "iii" (the label shapes of `nlp.findings.labels`); a title without an enumerator
    gives its normalised text."""
    if not priority:
        return None
    m = re.search(r"\d+", priority)
    if m:
        return str(int(m.group(0)))
    bare = priority.strip(" .:)(")
    if _BARE_ENUMERATOR.fullmatch(bare):
        return bare.lower()
    label = shape(priority)
    if label is not None and label.number:
        return label.number.lower()
    return normalise(priority) or None


_BARE_ENUMERATOR = re.compile(r"[A-Za-z]|[IVXivx]{1,5}")


def is_title_key(key: str) -> bool:
    """A `priority_key` that is a title, not an enumerator."""
    return not key.isdigit() and not _BARE_ENUMERATOR.fullmatch(key)


def number_key(number: str | None) -> str | None:
    if not number:
        return None
    digits = re.findall(r"\d+", number)
    return ".".join(str(int(d)) for d in digits) if digits else number.strip(".) ").lower()


CANDIDATE_COSINE = 0.15
"""Pairs below this cosine (and with little containment) cannot reach any threshold."""
TOP_K = 8
"""Only each item's `TOP_K` best partners (by words alone, either direction) are
candidates: their wording is computed and they may be linked. Everything else scores 0."""


def score(rows: Sequence[Item], cols: Sequence[Item], idf: Idf, head_weight: float = 0.0) -> Scores:
    """Every row item against every column item; `head_weight` (`W_HEAD` for progress
    rows against actions) adds the heads' agreement."""
    vocab = {
        t: k
        for k, t in enumerate(
            sorted({t for it in (*rows, *cols) for t in (*it.tokens, *it.stems, *it.head)})
        )
    }
    weights = np.array([idf(t) for t in vocab], dtype=np.float64)
    xr, xc = _binary(rows, vocab), _binary(cols, vocab)
    inter = (xr * weights) @ xc.T
    wr, wc = xr @ weights, xc @ weights
    norm_r = np.sqrt((xr * weights**2).sum(axis=1))
    norm_c = np.sqrt((xc * weights**2).sum(axis=1))
    cosine = ((xr * weights) @ (xc * weights).T) / _safe(np.outer(norm_r, norm_c))
    col_in_row = np.minimum(inter / _safe(wc)[None, :], 1.0)
    row_in_col = np.minimum(inter / _safe(wr)[:, None], 1.0)
    contain = np.maximum(col_in_row, row_in_col)
    hr, hc = _binary(rows, vocab, "head"), _binary(cols, vocab, "head")
    sr, sc = _binary(rows, vocab, "stems"), _binary(cols, vocab, "stems")
    head_in_row = np.minimum(((sr * weights) @ hc.T) / _safe(hc @ weights)[None, :], 1.0)
    head_in_col = np.minimum(((hr * weights) @ sc.T) / _safe(hr @ weights)[:, None], 1.0)
    candidates = ((cosine >= CANDIDATE_COSINE) | (contain >= 0.5)) & _top_k(
        W_COSINE * cosine + W_CONTAIN * contain, TOP_K
    )
    wording = _wording(rows, cols, candidates)
    total = W_COSINE * cosine + W_WORDING * wording + W_CONTAIN * contain
    phrase = _shared_phrases(rows, cols)
    pri = _equal_keys(
        [ordinal(priority_key(r.priority)) for r in rows],
        [ordinal(priority_key(c.priority)) for c in cols],
    )
    num = _equal_keys([number_key(r.number) for r in rows], [number_key(c.number) for c in cols])
    pos_r = np.array([r.position for r in rows])[:, None]
    pos_c = np.array([c.position for c in cols])[None, :]
    near = np.abs(pos_r - pos_c) <= 0.1
    total = total + BONUS_PHRASE * phrase + BONUS_PRIORITY * pri + BONUS_NUMBER * num
    total = total + BONUS_POSITION * near
    total = total + head_weight * (head_in_row + head_in_col) / 2
    total = np.where(candidates, np.clip(total, 0.0, 1.0), 0.0)
    return Scores(
        tuple(rows),
        tuple(cols),
        total,
        cosine,
        wording,
        col_in_row,
        row_in_col,
        phrase,
        pri,
        num,
        head_in_row,
        head_in_col,
    )


def _top_k(prelim: Matrix, k: int) -> npt.NDArray[np.bool_]:
    """True where the pair is among the row's or the column's k best."""
    out = np.zeros(prelim.shape, dtype=bool)
    n_rows, n_cols = prelim.shape
    if n_cols <= k or n_rows <= k:
        out[:] = True
        return out
    top_in_row = np.argpartition(-prelim, k - 1, axis=1)[:, :k]
    out[np.arange(n_rows)[:, None], top_in_row] = True
    top_in_col = np.argpartition(-prelim, k - 1, axis=0)[:k, :]
    out[top_in_col, np.arange(n_cols)[None, :]] = True
    return out


def _binary(items: Sequence[Item], vocab: dict[str, int], what: str = "tokens") -> Matrix:
    """One row per item, 1 where the item's `what` (tokens, stems or head) holds the stem."""
    x = np.zeros((len(items), max(1, len(vocab))), dtype=np.float64)
    for i, it in enumerate(items):
        for t in set(getattr(it, what)):
            x[i, vocab[t]] = 1.0
    return x


def _safe(a: Matrix) -> Matrix:
    return np.where(a > 0, a, 1.0)


def _wording(
    rows: Sequence[Item], cols: Sequence[Item], candidates: npt.NDArray[np.bool_]
) -> Matrix:
    """token_sort_ratio of the normalised texts, for candidate pairs only (a full
    `cdist` when most pairs are candidates)."""
    out = np.zeros((len(rows), len(cols)))
    if not rows or not cols:
        return out
    if candidates.mean() > 0.3:
        raw = cdist(
            [r.core for r in rows],
            [c.core for c in cols],
            scorer=fuzz.token_sort_ratio,
            dtype=np.float64,
            workers=-1,
        )
        return np.asarray(raw, dtype=np.float64) / 100.0
    scorer = fuzz.token_sort_ratio
    for i, j in zip(*np.nonzero(candidates), strict=True):
        out[i, j] = scorer(rows[i].core, cols[j].core) / 100.0
    return out


def _shared_phrases(rows: Sequence[Item], cols: Sequence[Item]) -> npt.NDArray[np.bool_]:
    """True where the two texts share a bigram that few items of either list use."""
    df: Counter[str] = Counter()
    row_ph = [phrases(r.tokens) for r in rows]
    col_ph = [phrases(c.tokens) for c in cols]
    for ph in (*row_ph, *col_ph):
        df.update(ph)
    limit = max(2, (len(rows) + len(cols)) // 40)
    index: dict[str, list[int]] = {}
    for j, ph in enumerate(col_ph):
        for p in ph:
            if df[p] <= limit:
                index.setdefault(p, []).append(j)
    out = np.zeros((len(rows), len(cols)), dtype=bool)
    for i, ph in enumerate(row_ph):
        for p in ph:
            for j in index.get(p, ()):
                out[i, j] = True
    return out


def _equal_keys(a: list[str | None], b: list[str | None]) -> npt.NDArray[np.bool_]:
    codes: dict[str, int] = {}
    ca = np.array([codes.setdefault(x, len(codes)) if x is not None else -1 for x in a])
    cb = np.array([codes.setdefault(y, len(codes)) if y is not None else -2 for y in b])
    if not len(ca) or not len(cb):
        return np.zeros((len(a), len(b)), dtype=bool)
    return np.asarray(ca[:, None] == cb[None, :])
