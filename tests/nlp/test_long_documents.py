"""Long documents are read whole (issue 21): a text over spaCy's `max_length` (E088)
is tokenised in pieces joined into one Doc, with the same tokens and findings as a
reading in one piece."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import nlp
from extract import extract
from extract.docx.read import read_docx
from extract.model import Document
from nlp.findings.pipeline import document_text, get_nlp, joined_docs, run, text_chunks
from tests.bench.word_report import long_docx
from tests.conftest import CORPORA

PAGES = 400  # about 1.1 M characters of text: over spaCy's 1,000,000


@pytest.fixture(scope="module")
def long_document() -> Document:
    return read_docx(long_docx(PAGES), file="long.docx", sha256="")


def test_a_text_over_spacys_limit_is_read_whole(long_document: Document) -> None:
    text = document_text(long_document).text
    assert len(text) > get_nlp().max_length
    doc = run(long_document)
    assert doc.text == text
    assert len(doc.spans["actions"]) == len(doc._.actions)


def test_the_pieces_give_the_findings_of_bigger_pieces(long_document: Document) -> None:
    assert nlp.find(long_document, chunk_chars=150_000) == nlp.find(long_document)


@pytest.mark.parametrize(
    "path",
    [
        "harrowfield/2019-20_accountability_report.pdf",
        "harrowfield/2019-20_business_plan.docx",
        "kestrelvale/2021-22_annual_report.pdf",
    ],
)
def test_small_pieces_give_the_findings_and_tokens_of_one_piece(path: str) -> None:
    document = extract(CORPORA / path)
    whole, pieces = run(document), run(document, chunk_chars=3_000)
    assert pieces.text == whole.text
    assert [t.text for t in pieces] == [t.text for t in whole]
    assert nlp.find(document, chunk_chars=3_000) == nlp.find(document)


def test_pieces_end_at_a_line_break_else_a_space_else_the_limit() -> None:
    assert list(text_chunks("aaa\nbbb\nccc", 5)) == ["aaa\n", "bbb\n", "ccc"]
    assert list(text_chunks("aa bb cc", 4)) == ["aa ", "bb ", "cc"]
    assert list(text_chunks("abcdefg", 3)) == ["abc", "def", "g"]
    assert list(text_chunks("short", 10)) == ["short"]


@pytest.mark.parametrize("chunk", [300, 4_000])
def test_pieces_join_into_the_doc_spacy_joins(chunk: int) -> None:
    # Special cases (NORM set per token), a piece boundary inside them, each piece's
    # first token a sentence start: joined_docs must give from_docs' Doc byte for byte.
    document = extract(CORPORA / "harrowfield/2019-20_business_plan.docx")
    special = "We don't know (e.g. the audit's scope) \u2014 yet.\nMs. Smith's 3 a.m. review\n"
    text = document_text(document).text + "\n" + special * 40
    nlp_ = get_nlp()
    pieces = [(piece, nlp_.make_doc(piece)) for piece in text_chunks(text, chunk)]
    assert len(pieces) > 2
    spacy_joined = Doc.from_docs([doc for _, doc in pieces], ensure_whitespace=False)
    assert joined_docs(nlp_, pieces).to_bytes() == spacy_joined.to_bytes()
