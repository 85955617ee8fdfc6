"""A newer document's section that holds a bulleted list is drafted as its lines, then
each item a bullet of its own, as last year's lists are: not the items run inline into
one paragraph with their bullet characters (invented sentences, Harrowfield's
headings)."""

from __future__ import annotations

import dataclasses
import io

import docx

from drafting.build import build_draft
from drafting.writers.docx.write import write_docx
from nlp.ledger import Ledger
from tests.drafting.fixtures import corpus_ledger

LEAD = "The partners agreed three changes this year:"
ITEMS = (
    "a joint protocol for the four boards;",
    "a new escalation policy for schools;",
    "quarterly reporting to the Executive Board.",
)


def _with_list(ledger: Ledger) -> Ledger:
    report_, plan, newer = ledger.documents
    sections = list(newer.sections)
    text = "\n".join([LEAD, *(f"• {item}" for item in ITEMS)])
    sections[1] = dataclasses.replace(sections[1], text=text)
    newer = dataclasses.replace(newer, sections=tuple(sections))
    return dataclasses.replace(ledger, documents=(report_, plan, newer))


def test_a_list_in_a_newer_section_stays_a_list() -> None:
    ledger = _with_list(corpus_ledger(with_newer=True))
    heading = ledger.documents[2].sections[1].heading
    draft = build_draft(ledger, period="2018/19")
    section = next(s for s in draft.sections if s.heading == heading)
    fresh = [p for p in section.paragraphs if p.role == "this_year"]
    assert [(p.text, p.bullet, p.numbered) for p in fresh] == [
        (LEAD, False, True),
        *((item, True, False) for item in ITEMS),
    ]
    assert all(s.cites[0].quote == s.text for p in fresh for s in p.sentences)

    document = docx.Document(io.BytesIO(write_docx(draft)))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert all(item in bullets for item in ITEMS)
    assert not any("•" in p.text for p in document.paragraphs)
