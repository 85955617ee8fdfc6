"""The tokenizer's cache filled line by line (`pipeline._fill_cache`) gives the tokens
a fresh tokenizer gives: spaCy stops caching a text after its first special case (a
line break is one), so the findings' Doc fills the cache first; cached or not, the
tokens must not change."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, NORM, ORTH, PREFIX, SHAPE, SPACY

from extract import extract
from nlp.findings.pipeline import document_text, get_nlp, make_doc
from tests.conftest import CORPORA

ATTRS = [ORTH, NORM, LOWER, SHAPE, PREFIX, IS_PUNCT, IS_SPACE, LIKE_NUM, SPACY]
# Special cases mid-line and at line starts, affixes around them, a repeated chunk
# after a special case (the one a fresh tokenizer does not cache).
MIXED = (
    "We don't know (e.g. the audit's scope) — yet.\n"
    "Partners agreed: don't repeat 2019/20's audit.\n"
    "\n  Partners agreed;  the Board's \u00a0review, i.e. (re-audit).\n"
    "Ms. Smith's review: 3 a.m. — 'partners agreed'\n"
)


def _same(ref: spacy.tokens.Doc, ours: spacy.tokens.Doc) -> bool:
    return (
        ours.text == ref.text
        and [t.idx for t in ours] == [t.idx for t in ref]
        and np.array_equal(ours.to_array(ATTRS), ref.to_array(ATTRS))
    )


def test_mixed_special_cases_tokenise_as_a_fresh_tokenizer_does() -> None:
    fresh = spacy.blank("en").make_doc(MIXED * 3)
    assert _same(fresh, make_doc(get_nlp(), MIXED * 3))
    assert "\n" in [t.text for t in fresh]  # the special case that stopped the caching


@pytest.mark.parametrize(
    "path",
    ["harrowfield/2019-20_business_plan.docx", "morrowby/2020-21_business_plan.docx"],
)
def test_a_corpus_document_tokenises_as_a_fresh_tokenizer_does(path: str) -> None:
    text = document_text(extract(CORPORA / path)).text
    assert _same(spacy.blank("en").make_doc(text), make_doc(get_nlp(), text))
