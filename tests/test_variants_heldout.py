"""The held-out part of corpora/variants/ stays held out: none of its presentation words
is in a product word list.

corpora/variants/README.md's rule: a held-out word that is (or becomes) part of a
product rule moves to `vocab_dev.py` and a fresh word replaces it. This test reads the
product's vocabularies the way a rule uses them — every module-level str, tuple, list,
set, frozenset, dict (keys and values) and compiled pattern of every module under
`nlp/` and `extract/`, and the word lists in `nlp/findings/data/` — and fails when a
content word (lower-cased, not an English grammar word) of `vocab_heldout.HELDOUT`
appears in them, when a whole held-out item is a product string or contains one of its
phrases, or when a short status code or symbol is one of the product's codes. It also
keeps the held-out content pools (`content_heldout.py`) apart from the shared ones and
its people's names out of the product's name lists.

When it fails after a product change, do not change the product: move the word to
vocab_dev.py and give the held-out part a fresh one (README.md).
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import pkgutil
import re
import types
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from corpora.variants import content as shared
from corpora.variants import content_heldout as own
from corpora.variants.vocab import Vocab
from corpora.variants.vocab_dev import DEV_WIDE as DEV
from corpora.variants.vocab_heldout import HELDOUT

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("nlp", "extract")

# Not vocabularies but text normalisation: stop words, suffixes and irregular plurals
# for similarity, prefixes kept hyphenated across PDF line breaks; and XML namespaces.
# Everything else at module level counts.
NOT_VOCABULARY = {
    "nlp.ledger.text.STOP_WORDS",
    "nlp.ledger.text._SUFFIXES",
    "nlp.ledger.text._IRREGULAR",
    "extract.pdf.text.COMPOUND_PREFIXES",
}
# The values that decide a document's kind and a report's list of priorities: the only
# words that prose (forewords, notes) must avoid; every other item avoids all words.
DECISIVE = (
    "nlp.findings.kinds.PLAN_NOUNS",
    "nlp.findings.kinds.REPORT_NOUNS",
    "nlp.findings.kinds.ACCOUNTABILITY",
    "nlp.findings.kind_period._KINDS",
    "nlp.findings.labels.INTRO_WORDS",
    "nlp.findings.labels._PRIORITY_WORD",
    "nlp.findings.report_priorities.INTRO_WORDS",
    "nlp.findings.priorities._LABEL",
    "nlp.findings.kind_voice._GROUP",
    "nlp.findings.kind_voice._NAMED_GROUP",
    "nlp.findings.kind_voice._STATUTORY",
)
PROSE = {"plan_foreword", "report_foreword", "about_text", "priority_note", "appendix_note"}
# report voices (vocab.VOICE_PARTS): sentences are prose, the rest headings and names
PROSE |= {
    f"voices.{part}"
    for part in ("opening", "addressees", "voice", "closing", "foreword", "subgroup_text")
}
PROSE |= {"voices.statutory", "voices.measures"}

# English grammar words (closed classes and a few adverbs): these may be shared.
_GRAMMAR = """a an the of for to in on at by with from into onto over under during throughout
    within without about after before since until upon across between against among
    via per as and or but nor so if than then that this these those there here which
    who whom whose what when where why how we our ours us you your they their them it
    its he she his her him i me my is are was were be been being am has have had do
    does did done will would shall should can could may might must not no each every
    all any some such own same other another more most less very also only just up out
    off now still yet again ever never far well one s"""
GRAMMAR = frozenset(_GRAMMAR.split())

_ESCAPE = re.compile(r"\\[A-Za-z]|\(\?P?<\w+>|\(\?P=\w+\)|\(\?[aiLmsux]+:", re.IGNORECASE)
_TOKEN = re.compile(r"[a-zà-ÿ]+")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _strings(value: object, depth: int = 0) -> Iterator[str]:
    if depth > 6:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, re.Pattern):
        pattern = value.pattern  # a bytes pattern (PDF operators) is read as Latin-1
        yield pattern if isinstance(pattern, str) else pattern.decode("latin-1")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, depth + 1)
            yield from _strings(v, depth + 1)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from _strings(v, depth + 1)


@cache
def product_strings() -> tuple[str, ...]:
    """Every module-level string of the product's modules."""
    return tuple(s for _, s in _module_strings())


@cache
def name_lists() -> frozenset[str]:
    """The product's name word lists (nlp/findings/data/*.txt), lower-cased."""
    out = set()
    for path in sorted((REPO / "nlp" / "findings" / "data").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        out |= {ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")}
    return frozenset(out)


@cache
def _module_strings() -> tuple[tuple[str, str], ...]:
    """(module.name, string) for every module-level value of nlp/ and extract/."""
    out: list[tuple[str, str]] = []
    for pkg in PACKAGES:
        root = importlib.import_module(pkg)
        names = [pkg, *(m.name for m in pkgutil.walk_packages(root.__path__, f"{pkg}."))]
        for name in names:
            module = importlib.import_module(name)
            for key, value in vars(module).items():
                if key.startswith("__") or f"{name}.{key}" in NOT_VOCABULARY:
                    continue
                if isinstance(value, (types.ModuleType, types.FunctionType, type)):
                    continue
                where = f"{name}.{key}"
                out += [(where, s) for s in _strings(value) if "schemas.openxmlformats" not in s]
    return tuple(out)


@cache
def decisive_words() -> frozenset[str]:
    found = {w for where, s in _module_strings() if where in DECISIVE for w in words(s)}
    return frozenset(w for w in found if len(w) > 1)


def words(text: str) -> list[str]:
    """Lower-case words; in a pattern also the words with an optional letter or group
    left out ("adults?" gives "adults" and "adult")."""
    text = _PLACEHOLDER.sub(" ", _ESCAPE.sub(" ", text.lower()))
    short = re.sub(r"\((?:\?:)?[^()]*\)\?|[a-z]\?", "", text)
    found = _TOKEN.findall(text)
    return found + [w for w in _TOKEN.findall(short) if w not in found]


@cache
def product_words() -> frozenset[str]:
    return frozenset(w for s in product_strings() for w in words(s) if len(w) > 1)


def _stems(strings: tuple[str, ...]) -> frozenset[str]:
    """Regex stems ("priorit(?:y|ies)", "slipp(?:ed|age)", "partial\\w*"): a literal run
    followed by a group, a class or a word escape."""
    stems = set()
    for s in strings:
        for m in re.finditer(r"([a-z]{4,})(?=\(|\[|\\w)", s.lower()):
            stems.add(m.group(1))
    return frozenset(stems)


@cache
def product_stems() -> frozenset[str]:
    return _stems(product_strings())


def decisive_word(word: str) -> bool:
    """A word that decides a kind or a list of priorities (or its inflection or stem)."""
    if word in GRAMMAR or len(word) < 2:
        return False
    strings = tuple(s for where, s in _module_strings() if where in DECISIVE)
    if _variants(word) & decisive_words():
        return True
    return any(word.startswith(stem) for stem in _stems(strings))


@cache
def product_phrases() -> frozenset[str]:
    """Product strings that are plain phrases of two or more words."""
    out = set()
    for s in product_strings():
        t = s.lower().strip()
        if re.fullmatch(r"[a-z'’ -]+", t) and len(t.split()) >= 2:
            out.add(t)
    return frozenset(out)


@cache
def product_codes() -> frozenset[str]:
    """Short product strings (a letter, a symbol, "no"): status codes and markers."""
    return frozenset(s.strip().lower() for s in product_strings() if 0 < len(s.strip()) <= 3)


def _variants(word: str) -> set[str]:
    out = {word}
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.add(word[: -len(suffix)] + repl)
    return out


def known_word(word: str) -> bool:
    """The product knows this word (or its plain inflection, or a regex stem of it)."""
    if word in GRAMMAR or len(word) < 2:
        return False
    if _variants(word) & product_words():
        return True
    return any(word.startswith(stem) for stem in product_stems())


def vocab_items(vocab: Vocab) -> Iterator[tuple[str, str]]:
    """(field, text) for every presentation text of a vocabulary."""
    for title in vocab.plan_titles:
        yield "plan_titles", title
    for _, title in vocab.report_titles:
        yield "report_titles", title
    for pair in vocab.progress_headers:
        for text in pair:
            yield "progress_headers", text
    for label, _ in vocab.extra_columns:
        yield "extra_columns", label
    for choices in vocab.plan_columns.values():
        for text in choices:
            yield "plan_columns", text
    for scheme in vocab.schemes:
        for cells in scheme.cells.values():
            for text, _ in cells:
                if text:
                    yield "status_cells", text
        if scheme.key:
            yield "status_keys", scheme.key
    for field in ("priority_labels", "report_intros", "blocks", "board_styles", "captions"):
        for text in getattr(vocab, field):
            yield field, text
    for header in vocab.membership_headers:
        for text in header:
            yield "membership_headers", text
    for style in vocab.people_styles:
        if style in vocab.people_templates:
            yield "people_templates", vocab.people_templates[style]
    for key, text in vocab.headings.items():
        yield f"headings.{key}", text
    for parts in vocab.report_voices.values():
        for part, texts in parts.items():
            for text in texts:
                yield f"voices.{part}", text


def _shown(found: list[str]) -> str:
    """The offending words only when asked (CARRYFORWARD_SHOW_HELDOUT=1, for whoever
    replaces them in vocab_heldout.py): a failure seen while developing a rule must not
    show held-out wording."""
    if os.environ.get("CARRYFORWARD_SHOW_HELDOUT") == "1":
        return repr(found)
    return f"{len(found)} word(s) (CARRYFORWARD_SHOW_HELDOUT=1 shows them)"


def _problems(vocab: Vocab) -> list[str]:
    """What is wrong, by field and item number: never the held-out text itself, so
    that a failure shows no held-out wording to whoever reads it."""
    out = []
    seen: dict[str, int] = {}
    for name, text in vocab_items(vocab):
        seen[name] = seen.get(name, -1) + 1
        field = f"{name}[{seen[name]}]"
        low = text.lower().strip()
        if name.removeprefix("headings.") in PROSE:
            known = sorted({w for w in words(text) if decisive_word(w)})
            if known:
                out.append(f"{field}: has kind or priority words: {_shown(known)}")
            continue
        if len(low.rstrip(".:")) <= 3 and not re.search(r"[a-z]{2}", low):
            if low.rstrip(".:") in product_codes():
                out.append(f"{field}: is a product code")
            continue
        if low in product_phrases() or low.rstrip(".:") in {s.lower() for s in product_strings()}:
            out.append(f"{field}: is a product string")
        for phrase in product_phrases():
            if re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", low):
                out.append(f"{field}: contains a product phrase: {_shown([phrase])}")
        known = sorted({w for w in words(text) if known_word(w)})
        if known:
            out.append(f"{field}: has product words: {_shown(known)}")
        for code in re.findall(
            r"(?:^|[\s:;,(])([^\w\s;,.:=|()–—-]|[A-Z]{1,2})(?=\s*[=–—:-])", text
        ):
            if code.lower() in product_codes():
                out.append(f"{field}: a key code is a product code")
    return out


def test_the_collector_sees_the_product_vocabularies() -> None:
    """Guards the walk itself: words known to be in product rules are found."""
    for word in ("objective", "commitment", "deliverable", "rating", "achieved", "priority"):
        assert known_word(word), word
    assert "✓" in product_codes() and "b" in product_codes()
    assert "what we will do" in product_phrases()
    assert not known_word("the")
    assert {"plan", "report", "themes"} <= decisive_words()
    assert decisive_word("priorities") and decisive_word("accountability")
    assert not decisive_word("agencies")


def test_no_held_out_word_is_in_a_product_word_list() -> None:
    problems = _problems(HELDOUT)
    assert not problems, (
        "held-out words in product rules (move them to vocab_dev.py):\n" + "\n".join(problems)
    )


def test_held_out_content_pools_are_its_own() -> None:
    assert set(own.UPDATES) == set(shared.UPDATES)
    for status, templates in own.UPDATES.items():
        assert not {t for t, _ in templates} & set(shared.UPDATES[status]), status
    assert set(own.VERBS).isdisjoint(shared.VERBS)
    assert set(own.QUALIFIERS).isdisjoint(shared.QUALIFIERS)
    assert set(own.ITEMS).isdisjoint(shared.ITEMS)
    assert {t[0] for t in own.THEMES}.isdisjoint(t[0] for t in shared.THEMES)
    objects = {o for t in own.THEMES for o in t[3]}
    assert objects.isdisjoint(o for t in shared.THEMES for o in t[3])
    assert set(own.FIRST).isdisjoint(shared.FIRST) and set(own.LAST).isdisjoint(shared.LAST)
    assert {r for r, _ in own.ROLES}.isdisjoint(r for r, _ in shared.ROLES)
    assert set(own.LEADS).isdisjoint(shared.LEADS)


def test_held_out_names_are_not_in_product_name_lists() -> None:
    names = {w.lower() for n in (*own.FIRST, *own.LAST) for w in re.split(r"[\s-]", n)}
    known = sorted(n for n in names if n in name_lists() or known_word(n))
    assert not known, f"{len(known)} held-out name words are in product lists"


def test_update_templates_carry_their_true_statuses() -> None:
    """Each held-out update template names the statuses it is written to mean; a
    template of two statuses (done and not done) says so."""
    valid = {"complete", "in_progress", "delayed", "planned", "unknown"}
    for status, templates in own.UPDATES.items():
        for i, (_text, statuses) in enumerate(templates):
            where = f"UPDATES[{status!r}][{i}]"  # never the held-out text itself
            assert statuses and set(statuses) <= valid, where
            assert statuses[0] == status, where


def test_dev_vocabulary_is_listed_too() -> None:
    """The walk covers every dev field as well (the dev part may use product words)."""
    assert {f for f, _ in vocab_items(DEV)} >= {f for f, _ in vocab_items(HELDOUT)} - {
        "status_keys"
    }


def test_a_failure_names_the_field_not_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CARRYFORWARD_SHOW_HELDOUT", raising=False)
    bad = dataclasses.replace(HELDOUT, blocks=("Quietly recommendation objective",))
    problems = [p for p in _problems(bad) if p.startswith("blocks[0]")]
    assert problems
    assert not any("recommendation" in p or "objective" in p for p in problems)
    monkeypatch.setenv("CARRYFORWARD_SHOW_HELDOUT", "1")
    assert any("objective" in p for p in _problems(bad))
