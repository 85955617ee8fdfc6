"""The report's narrative sections, carried forward from last year's report.

Each section keeps last year's number and heading (year advanced) and gets, in order:
sentences that carry over with the year moved on, facts that carry over (people and
their roles), a short sourced extract of what last year said, what newer documents
say that bears on it, and a marked placeholder for what only the Chair can write.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from drafting.build.author import Author
from drafting.build.index import LedgerIndex, cite
from drafting.build.years import advance_text, ends_tenure, ordinal_end, ordinal_phrase
from drafting.model import Cite, DraftParagraph, DraftSection, Sentence, SentenceKind
from nlp.findings.model import Findings, Person, Section
from nlp.sentences import split_sentences

EXTRACT_PARAGRAPHS = 2
MAX_THIS_YEAR = 4
HEADING_MATCH = 80
SHORT_CLAUSE = 12
_CLAUSE = re.compile(r",\s+(?:and|but|as)\s+|;\s+|\s+[–—]\s+(?!\d)")  # not "1 April – 31 March"
_STOP_HEAD = re.compile(r"^(appendix|annex)\b", re.I)
_LIST_OF_APPENDICES = re.compile(r"^(list of )?appendices\b", re.I)
_SKIP_HEAD = re.compile(r"^(contents|table of contents)\b", re.I)
_PLACEHOLDERS = (
    (re.compile(r"purpose", re.I), "confirm to whom this report is addressed and on whose behalf"),
    (
        re.compile(r"conclusion|summary", re.I),
        "your overall judgement of the year, your thanks, and the concerns and priorities "
        "for the year ahead",
    ),
)
DEFAULT_PLACEHOLDER = "your judgement of progress here, thanks to those involved, and any concerns"


@dataclass(frozen=True)
class Carry:
    """How last year's report is carried forward: from period `old` to `new`, for
    `author`; `missing` the periods between with no report (ordinals are then not
    moved); `handover` when last year's report says its author is leaving."""

    old: str
    new: str
    author: Author
    missing: tuple[str, ...] = ()
    handover: bool = False

    @property
    def ordinals(self) -> bool:
        return not self.missing


@dataclass
class Head:
    section: Section
    paragraphs: list[Section] = field(default_factory=list)


def outline(findings: Findings) -> list[Head]:
    """Last year's body sections, in order, each with its numbered paragraphs: from the
    first heading to the list of appendices (or the first appendix)."""
    heads: list[Head] = []
    title = (findings.document.title or "").strip().lower()
    numbered = any(s.number and "." not in s.number.strip(".") for s in findings.sections)
    for sec in findings.sections:
        if heads and sec.heading == heads[-1].section.heading and sec.number:
            heads[-1].paragraphs.append(sec)
            continue
        heading = sec.heading.strip()
        if _STOP_HEAD.match(heading):
            break
        if heads and _LIST_OF_APPENDICES.match(heads[-1].section.heading):
            break
        if heading.lower() == title or _SKIP_HEAD.match(heading) or not heading:
            continue
        if numbered and not sec.number and not _LIST_OF_APPENDICES.match(heading):
            continue
        heads.append(Head(sec))
    return heads


def build_sections(
    index: LedgerIndex,
    template: Findings,
    newer: list[Findings],
    carry: Carry,
    appendices: list[tuple[str, Cite | None]],
) -> tuple[DraftSection, ...]:
    out = []
    for head in outline(template):
        sec = head.section
        heading = advance_text(sec.heading, carry.old, carry.new, ordinals=carry.ordinals)
        source = cite(template, sec.source, sec.heading)
        if _LIST_OF_APPENDICES.match(sec.heading):
            paragraphs = _appendix_list(appendices)
        else:
            paragraphs = _paragraphs(index, template, head, newer, carry)
        out.append(DraftSection(sec.number, heading, paragraphs, source))
    if not any(_LIST_OF_APPENDICES.match(s.heading) for s in out):
        out.append(DraftSection(None, "List of Appendices", _appendix_list(appendices)))
    return tuple(out)


def _paragraphs(
    index: LedgerIndex, template: Findings, head: Head, newer: list[Findings], carry: Carry
) -> tuple[DraftParagraph, ...]:
    out: list[DraftParagraph] = []
    old, new = carry.old, carry.new
    carried = _advanced(template, head, carry)
    if carried:
        out.append(DraftParagraph("carried", tuple(carried)))
    people = _people(template, head)
    if people:
        lead = f"Carried over from the {old} report (confirm they still hold these roles):"
        out.append(DraftParagraph("carried", tuple(people), lead=lead))
    quoted = {s.text for s in carried if s.kind == "quoted"}
    extract = [s for s in _last_year(template, head) if s.text not in quoted]
    if extract:
        lead = (
            f"The latest report found ({old}) said:"
            if carry.missing
            else f"Last year's report ({old}) said:"
        )
        out.append(DraftParagraph("last_year", tuple(extract), lead=lead))
    out.append(_this_year(head, newer, new, {s.text for s in extract}))
    out.append(_placeholder(head.section.heading, carry.author))
    return tuple(out)


def _body(head: Head) -> list[Section]:
    return head.paragraphs or ([head.section] if head.section.text.strip() else [])


def _advanced(template: Findings, head: Head, carry: Carry) -> list[Sentence]:
    """Clauses whose year ordinal or date range moves on ("This is my second
    Accountability Report" → "This is my third Accountability Report."). A long clause
    keeps only its opening words and leaves the rest to the author: what the year was
    about is theirs to say. An ordinal that may no longer be the author's (last year's
    author said it was their last, or handed over) or that cannot be moved by one year
    (a report is missing) becomes a placeholder, with last year's sentence quoted."""
    out: list[Sentence] = []
    old, new, who = carry.old, carry.new, carry.author.the
    for para in _body(head):
        for sentence in split_sentences(para.text):
            if ordinal_phrase(sentence) and (
                carry.missing or carry.handover or ends_tenure(sentence)
            ):
                out.extend(_ordinal_placeholder(template, para, sentence, carry))
                continue
            for clause in _CLAUSE.split(sentence):
                moved = advance_text(clause, old, new)
                if moved == clause or moved == clause.replace(old, new):
                    continue
                text = moved.rstrip(" .") + "."
                end = ordinal_end(moved)
                if len(moved.split()) > SHORT_CLAUSE and end is not None:
                    rest = moved[end:].split()[:2]
                    text = " ".join([moved[:end], *rest]) + f" … [for {who} to complete]."
                out.append(Sentence(text, "advanced", (cite(template, para.source, clause),)))
    return out


def _ordinal_placeholder(
    template: Findings, para: Section, sentence: str, carry: Carry
) -> list[Sentence]:
    phrase = ordinal_phrase(sentence) or ""
    who = carry.author
    if carry.missing:
        text = (
            f"[For {who.the}: the {carry.old} report called itself the “{phrase}”; no "
            f"report for {', '.join(carry.missing)} was found, so say which this one is]"
        )
    else:
        text = (
            f"[For {who.the}: this was {who.previous} {phrase} — say whether this is "
            "your first report]"
        )
    quote = Sentence(f"“{sentence}”", "quoted", (cite(template, para.source, sentence),))
    return [Sentence(text, "placeholder"), quote]


def _people(template: Findings, head: Head) -> list[Sentence]:
    """People named in this section and not in an earlier one, with their roles."""
    out = []
    body = _body(head)
    for person in template.people:
        para = next((p for p in body if person.name in p.text), None)
        if para is None or not person.role or _named_before(template, head, person.name):
            continue
        quote = next((s for s in split_sentences(para.text) if person.name in s), person.name)
        out.append(
            Sentence(_person_text(person), "assembled", (cite(template, para.source, quote),))
        )
    return out


def _named_before(template: Findings, head: Head, name: str) -> bool:
    for sec in template.sections:
        if sec is head.section or sec in head.paragraphs:
            return False
        if name in sec.text:
            return True
    return False


def _person_text(person: Person) -> str:
    parts = [p for p in (person.role, person.organisation) if p]
    if len(parts) == 2 and parts[1] in parts[0]:
        parts = parts[:1]
    return f"{person.name}, {', '.join(parts)}." if parts else f"{person.name}."


def _last_year(template: Findings, head: Head) -> list[Sentence]:
    out = []
    for para in _body(head)[:EXTRACT_PARAGRAPHS]:
        sentences = split_sentences(para.text)
        if sentences:
            quote = sentences[0]
            out.append(Sentence(f"“{quote}”", "quoted", (cite(template, para.source, quote),)))
    return out


def _this_year(
    head: Head,
    newer: list[Findings],
    new: str,
    said: Collection[str] = (),
) -> DraftParagraph:
    """First sentences of newer documents' sections whose heading matches this one, less
    those that repeat last year's words."""
    out: list[Sentence] = []
    repeated = False
    for findings in newer:
        for sec in findings.sections:
            if len(out) >= MAX_THIS_YEAR:
                break
            if fuzz.token_set_ratio(sec.heading, head.section.heading) < HEADING_MATCH:
                continue
            first = split_sentences(sec.text)[:1]
            if sec.number and first and len(first[0]) > 25:
                quote = first[0]
                if f"“{quote}”" in said:
                    repeated = True
                    continue
                out.append(Sentence(f"“{quote}”", "quoted", (cite(findings, sec.source, quote),)))
    lead = f"The documents for {new} say:"
    if not out and repeated:
        note = Sentence(f"The documents for {new} repeat last year's words here.", "note")
        return DraftParagraph("this_year", (note,), lead=None)
    if not out:
        note = Sentence(f"No document for {new} speaks to this section yet.", "note")
        return DraftParagraph("this_year", (note,), lead=None)
    return DraftParagraph("this_year", tuple(out), lead=lead)


def _placeholder(heading: str, author: Author) -> DraftParagraph:
    what = next((text for pattern, text in _PLACEHOLDERS if pattern.search(heading)), None)
    text = f"[For {author.the} to write: {what or DEFAULT_PLACEHOLDER}.]"
    return DraftParagraph("placeholder", (Sentence(text, "placeholder"),))


def _appendix_list(appendices: list[tuple[str, Cite | None]]) -> tuple[DraftParagraph, ...]:
    out = []
    for k, (title, source) in enumerate(appendices, start=1):
        kind: SentenceKind = "advanced" if source else "assembled"
        sentence = Sentence(f"Appendix {k}: {title}", kind, (source,) if source else ())
        out.append(DraftParagraph("carried", (sentence,), numbered=False))
    return tuple(out)
