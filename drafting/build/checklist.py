"""Before you publish: what statutory guidance expects a safeguarding annual report to
contain (Working Together to Safeguard Children 2018, chapter 3), and whether the
evidence for the draft's year holds it, with where."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.build.index import cite, is_prose
from drafting.model import AppendixRow, ChecklistItem, Cite
from nlp.findings.model import Findings
from nlp.sentences import split_sentences

MAX_WHERE = 3
# A RAG key printed as a sentence is not evidence. "– complete;" is how our corpus's
# keys read ("Blue – complete; Green – …"); real keys vary (colons, tables, "Achieved").
# GUESS keyed to our own documents: generalise when a real board's key slips through.
_LEGEND = re.compile(r"\bRAG\b|–\s*complete;")


@dataclass(frozen=True)
class Requirement:
    text: str
    pattern: re.Pattern[str]


REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement(
        "What the safeguarding partners and relevant agencies did in the year",
        re.compile(
            r"\b(launched|published|delivered|held|met|completed|agreed|established|introduced|"
            r"reviewed|appointed|trained|implemented)\b",
            re.I,
        ),
    ),
    Requirement(
        "How effective the arrangements have been in practice",
        re.compile(r"\b(effective(ness)?|assurance|audit(s|ed)?)\b", re.I),
    ),
    Requirement(
        "Evidence of the impact of the partners' work, including training, on outcomes "
        "for children and families",
        re.compile(r"\b(impact|outcomes?)\b.*\b(children|famil|young people|training)", re.I),
    ),
    Requirement(
        "Analysis of areas where there has been little or no evidence of progress on "
        "agreed priorities",
        re.compile(
            r"\b(little|no|less|limited|slow)\s+(evidence of\s+)?progress\b|\b(delayed|slipped|"
            r"behind schedule|not (been )?achieved)\b",
            re.I,
        ),
    ),
    Requirement(
        "Actions taken on learning from local and national child safeguarding practice "
        "reviews (serious case reviews)",
        re.compile(
            r"\b(serious case reviews?|SCRs?|practice reviews?|learning lessons reviews?|LLRs?|"
            r"rapid reviews?|learning (?:briefing|bulletin)s?)\b",
            re.I,
        ),
    ),
    Requirement(
        "How feedback from children and families was sought and used",
        re.compile(
            r"\b(voice|feedback|views|listen\w*|consult\w*|experience)\b.*\b(child|young "
            r"people|famil|parents)|\b(children|young people|families)\b.*\b(told us|said|"
            r"feedback|views)\b",
            re.I,
        ),
    ),
)


def build_checklist(
    template: Findings, newer: list[Findings], rows: tuple[AppendixRow, ...]
) -> tuple[ChecklistItem, ...]:
    out = []
    for req in REQUIREMENTS:
        where = _search(req.pattern, newer)
        last_year = _search(req.pattern, [template])[:1]
        note = None
        if req is REQUIREMENTS[3]:
            stuck = [r for r in rows if r.gap or r.status == "delayed"]
            if stuck:
                note = (
                    f"{len(stuck)} of {len(rows)} planned actions have no update or are "
                    "delayed: the analysis should cover them."
                )
        out.append(ChecklistItem(req.text, bool(where), tuple(where), tuple(last_year), note))
    return tuple(out)


def _search(pattern: re.Pattern[str], documents: list[Findings]) -> list[Cite]:
    found: list[Cite] = []
    for findings in documents:
        units = [(s.source, s.text) for s in findings.sections]
        units += [(p.source, p.update) for p in findings.progress]
        for source, text in units:
            for sentence in split_sentences(text):
                if pattern.search(sentence) and not _LEGEND.search(sentence) and is_prose(sentence):
                    found.append(cite(findings, source, sentence))
                    break
            if len(found) >= MAX_WHERE:
                return found
    return found
