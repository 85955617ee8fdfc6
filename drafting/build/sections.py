"""The report's narrative sections, carried forward from last year's report.

Each section keeps last year's number and heading (year advanced) and gets, in order:
last year's paragraphs in their own words with years, dates and ordinals moved on
(sentences that may no longer hold marked for revision, `revisions`), what newer
documents say under the same heading as paragraphs of their own words, and at most
one placeholder, for what only the Chair can write (her judgement, her thanks).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from drafting.build.author import Author
from drafting.build.index import LedgerIndex, cite
from drafting.build.revisions import (
    Departure,
    departure_note,
    event_note,
    last_years_event,
    period_note,
    revision_notes,
    tells_of_period,
)
from drafting.build.years import advance_text, ends_tenure, ordinal_phrase
from drafting.model import Cite, DraftParagraph, DraftSection, Sentence, SentenceKind
from nlp.findings.model import Findings, Section
from nlp.sentences import split_sentences

MAX_THIS_YEAR = 6
HEADING_MATCH = 80
REPEATED = 90
_STOP_HEAD = re.compile(r"^(appendix|annex)\b", re.I)
_LIST_OF_APPENDICES = re.compile(r"^(list of )?appendices\b", re.I)
_SKIP_HEAD = re.compile(r"^(contents|table of contents)\b", re.I)
# A guess at a sign-off run on after a paragraph's last sentence (the PDF reader joins
# the lines): capitalised words only (name, role, board), ending in a month and year,
# no full stop ("… Jo Bloggs Independent Chair, X Board May 2019"), or ending in "on
# behalf of …" ("… Jo Bloggs Ann Other On behalf of the partners"). Not carried forward.
_SIGN_OFF = re.compile(
    r"(?<=[.!?])\s+(?:[A-Z][\w'’.,&()-]*\s+){0,14}(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:19|20)\d{2}\s*$"
    r"|(?<=[.!?])\s+(?:[A-Z][\w'’.,&()-]*\s+){0,20}[Oo]n\s+behalf\s+of\b[^.!?]*$"
)
_BULLET = re.compile(r"^\s*[•▪◦●·‣–-]\s+")
_THANKS = re.compile(r"\b(?:I|we)\s+(?:would\s+like\s+to\s+)?thank\b|\bmy\s+thanks\b", re.I)
_NO_PLACEHOLDER = re.compile(r"purpose|foreword|about\b|contents", re.I)
_PLACEHOLDERS = (
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
    gone: dict[str, Departure] = field(default_factory=dict)
    """People a source says have left, by name."""

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
    for para in _body(head):
        lead, items = lead_and_items(without_sign_off(para.text))
        carried = tuple(_carried(template, replace(para, text=lead), carry))
        if carried:
            out.append(DraftParagraph("carried", carried, sub=_sub(head.section, para, out)))
        for item in items:  # last year's bullets stay bullets, one paragraph each
            bullet = tuple(_carried(template, replace(para, text=item), carry))
            if bullet:
                out.append(DraftParagraph("carried", bullet, numbered=False, bullet=True))
    said = [s.cites[0].quote for p in out for s in p.sentences]
    out.extend(_this_year(head, newer, said))
    placeholder = _placeholder(head.section.heading, carry.author)
    if placeholder is not None:
        out.append(placeholder)
    return tuple(out)


def _sub(section: Section, para: Section, before: list[DraftParagraph]) -> bool:
    """`para` is numbered two levels below its section (3.3.1 under 3), after a
    numbered paragraph: drafted one level down, as it was."""
    depth = len((para.number or "").strip(".").split(".")) - len(
        (section.number or "").strip(".").split(".")
    )
    return bool(section.number and para.number) and depth >= 2 and any(p.numbered for p in before)


def lead_and_items(text: str) -> tuple[str, list[str]]:
    """A paragraph's own lines, and the bulleted items listed in it (each without its
    bullet): a list stays a list, wherever its paragraph is drafted from."""
    lines = text.split("\n")
    lead = "\n".join(x for x in lines if not _BULLET.match(x))
    return lead, [_BULLET.sub("", x) for x in lines if _BULLET.match(x)]


def without_sign_off(text: str) -> str:
    """The text less a sign-off run on after its last sentence (`_SIGN_OFF`)."""
    return _SIGN_OFF.sub("", text.rstrip())


def _body(head: Head) -> list[Section]:
    return head.paragraphs or ([head.section] if head.section.text.strip() else [])


def _carried(template: Findings, para: Section, carry: Carry) -> list[Sentence]:
    """Last year's paragraph in its own words, years, dates and ordinals moved on; a
    sentence that may no longer hold (an ordinal that is not the author's to move, an
    event of last year, someone who has left, last year's thanks) is kept as it was
    written and marked for revision."""
    out = []
    for sentence in split_sentences(para.text):
        notes = []
        if ordinal_phrase(sentence) and (carry.missing or carry.handover or ends_tenure(sentence)):
            text = sentence
            notes.append(_ordinal_note(sentence, carry))
        elif tells_of_period(sentence, carry.old):
            text = sentence  # last year's fact, kept in last year's words
            notes.append(period_note(carry.old, carry.new))
        else:
            text = _own_role(
                advance_text(sentence, carry.old, carry.new, ordinals=carry.ordinals), carry.author
            )
        when = last_years_event(sentence, carry.old)
        if when:
            notes.append(event_note(when, carry.new, carry.old))
        notes += revision_notes(sentence, carry.new)
        notes += [departure_note(d) for name, d in carry.gone.items() if name in sentence]
        if _THANKS.search(sentence):
            notes.append(f"Last year's thanks: {carry.author.the} to say whom to thank now.")
        cited = (cite(template, para.source, sentence),)
        out.append(Sentence(text, "advanced", cited, revise=" ".join(notes)))
    return out


def _own_role(text: str, author: Author) -> str:
    """ "my role as Independent Chair" → the successor's role after a handover."""
    if not author.was:
        return text
    said = re.compile(r"\b(my\s+role\s+as\s+(?:the\s+)?)" + re.escape(author.was) + r"\b")
    return said.sub(lambda m: m.group(1) + author.role, text)


def _ordinal_note(sentence: str, carry: Carry) -> str:
    phrase = ordinal_phrase(sentence) or ""
    who = carry.author
    if carry.missing:
        return (
            f"The {carry.old} report called itself the “{phrase}”; no report for "
            f"{', '.join(carry.missing)} was found: say which this one is."
        )
    return f"This was {who.previous} {phrase}: say whether this is your first report."


def _this_year(head: Head, newer: list[Findings], said: Collection[str]) -> list[DraftParagraph]:
    """What newer documents say under a heading like this one, as paragraphs of their
    own words (cited), less sentences that repeat last year's."""
    out: list[DraftParagraph] = []
    count = 0
    for findings in newer:
        for sec in findings.sections:
            if count >= MAX_THIS_YEAR:
                return out
            if fuzz.token_set_ratio(sec.heading, head.section.heading) < HEADING_MATCH:
                continue
            if not sec.number or not sec.text.strip():
                continue
            paragraphs = _quoted(findings, sec, said, MAX_THIS_YEAR - count)
            count += sum(len(p.sentences) for p in paragraphs)
            out.extend(paragraphs)
    return out


def _quoted(
    findings: Findings, sec: Section, said: Collection[str], room: int
) -> list[DraftParagraph]:
    """A newer document's section as paragraphs of its own words: its lines, then each
    item of a list in it as a bullet of its own (at most `room` sentences), less
    sentences that repeat last year's."""
    lead, items = lead_and_items(without_sign_off(sec.text))
    out: list[DraftParagraph] = []
    for k, text in enumerate([lead, *items]):
        fresh = [
            Sentence(t, "quoted", (cite(findings, sec.source, t),))
            for t in split_sentences(text)
            if not any(fuzz.ratio(t, old) >= REPEATED for old in said)
        ][:room]
        if fresh:
            room -= len(fresh)
            bullet = k > 0
            out.append(
                DraftParagraph("this_year", tuple(fresh), numbered=not bullet, bullet=bullet)
            )
    return out


def _placeholder(heading: str, author: Author) -> DraftParagraph | None:
    """The one thing in a section only the author can write: their judgement and
    thanks; none where last year's words say what the section is for."""
    if _NO_PLACEHOLDER.search(heading):
        return None
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
