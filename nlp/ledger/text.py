"""Text for linking: the matching form, content tokens and distinctive phrases.

Three forms of an item's text are used:

- `fold_for_matching(text)`: typographic quotes and dashes made ASCII, bullets and the
  leading list label gone, spaces collapsed. It is not `extract.text_rules.collapse_spaces`
  (the text as stored): it changes characters so that two wordings can meet, and it
  feeds `text_hash`, which keys people's decisions across runs, so what it returns must
  never change (it keeps its own whitespace step for that reason);
- `normalise(text)`: lower case, straight quotes, list numbers, bullets, numbers,
  punctuation and stop words gone, spaces collapsed. Two actions whose normalised
  texts are equal are the `same` action.
- `stems(text)`: the normalised words with a light suffix stripper applied, so that
  "reviews", "reviewed" and "reviewing" meet. These feed the IDF weights, the
  coverage tests of split and merge detection, and distinctive phrases.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

STOP_WORDS = frozenset(
    """a about above after again all also am an and any are as at be been being
    both but by can could did do does doing during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not now of off on once only or other our ours out over own
    same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours within across via per
    ensure ensuring continue continued continuing every including include includes
    using make sure well""".split()  # noqa: SIM905
)
"""English function words, plus a few verbs plans use to open any action
("ensure", "continue") that carry no content."""

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2022": " ",
        "\u25aa": " ",
        "\u25cf": " ",
        "\uf0b7": " ",
    }
)
_LEADING_LABEL = re.compile(
    r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]\s*)*"
    r"(?:\(?(?:[A-Za-z]?\d+(?:\.\d+)*|[a-z]|[ivx]{1,4})[.)]\s+|P\d+(?:\.\d+)*\s+)?"
)
_WORD = re.compile(r"[a-z][a-z']*")


def fold_for_matching(text: str) -> str:
    """Straight quotes and dashes, no bullets or leading list label, single spaces."""
    text = text.translate(_QUOTES)
    text = _LEADING_LABEL.sub("", text, count=1)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Lower-case words of `text` (numbers and punctuation dropped), stop words kept."""
    return [w.strip("'") for w in _WORD.findall(fold_for_matching(text).lower()) if w.strip("'")]


def normalise(text: str) -> str:
    """The comparison form: content words only, in order, single-spaced."""
    return " ".join(w for w in words(text) if w not in STOP_WORDS and len(w) > 1)


def text_hash(text: str) -> str:
    """A short hash of the normalised text; keys decisions across re-extraction."""
    return hashlib.sha256(normalise(text).encode()).hexdigest()[:16]


_IRREGULAR = {"children": "child", "people": "person", "women": "woman", "men": "man"}
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ate",
    "ional",
    "al",
    "ments",
    "ment",
    "ings",
    "ing",
    "ness",
    "ies",
    "ied",
    "ers",
    "ed",
    "es",
    "er",
    "ly",
    "s",
)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet plural and tense, never below 4 letters."""
    word = word.replace("'", "")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for _ in range(2):  # "implementations" -> "implement" -> "impl", as "implement" does
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                if suffix in ("ies", "ied"):
                    word += "y"
                break
        else:
            break
    return word.rstrip("e") if len(word) > 4 else word


def stems(text: str) -> list[str]:
    """Stemmed content words of `text`, in order."""
    return [stem(w) for w in normalise(text).split()]


class Idf:
    """Inverse document frequency of stems over a collection of texts."""

    def __init__(self, texts: Iterable[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for toks in texts:
            n += 1
            df.update(set(toks))
        self.n = n
        self.df = df

    def __call__(self, token: str) -> float:
        return math.log((self.n + 1) / (self.df.get(token, 0) + 1)) + 1.0

    def weight(self, tokens: Iterable[str]) -> float:
        """Summed IDF of the distinct tokens. `math.fsum` is exact, so the result does
        not depend on the set's iteration order (which varies with PYTHONHASHSEED)."""
        return math.fsum(self(t) for t in set(tokens))


def phrases(tokens: Sequence[str]) -> set[str]:
    """Bigrams of adjacent content stems."""
    return {f"{a} {b}" for a, b in itertools.pairwise(tokens)}


def distinctive(tokens: Sequence[str], idf: Idf, df_phrases: Counter[str], n: int) -> set[str]:
    """The bigrams of `tokens` that few texts share, and rare single stems: what
    says *this* action rather than any action."""
    out = {p for p in phrases(tokens) if df_phrases.get(p, 0) <= max(2, n // 50)}
    rare = idf.n and math.log((idf.n + 1) / 3) + 1.0
    out |= {t for t in tokens if len(t) >= 5 and idf(t) >= rare}
    return out
