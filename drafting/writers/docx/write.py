"""Draft → Word: real styles (Title, Heading 1–3, List Number, Table Grid), numbered
headings and paragraphs as Word numbering, the progress appendix in a landscape
section, header and footer with board, period and page numbers, and every drafted
sentence's source as a comment."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

from drafting.model import Cite, Draft, DraftSection, Sentence
from drafting.writers.chart import chart_alt_text, status_chart
from drafting.writers.docx import numbering, threads
from drafting.writers.docx.comments import (
    Apparatus,
    add_comment,
    add_sources,
    apparatus,
    notes_shown,
)
from drafting.writers.docx.copy_mark import mark_tracked
from drafting.writers.docx.parts import (
    add_sentences,
    deterministic,
    grey,
    keep_periods_whole,
    orient,
    page_field,
)
from drafting.writers.docx.tables import checklist_table, progress_table

CHART_NOTE = (
    "Counted from the statuses in Appendix 2 (the progress appendix): suggested, or "
    "confirmed where a person reviewed them."
)
HEADER_STYLE_TABS = (4680, 9360)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
FONT = "Arial"
LANGUAGE = "en-GB"
"""The draft's language (document properties and every run's default)."""


@dataclass(frozen=True)
class FinalCopy:
    """An approved draft as the report to publish: no DRAFT header, no how-to-read box,
    no tool notes, placeholders, cues or review trail; sources as comments only when
    `sources`; `author` and `created` for the document's properties."""

    sources: bool = False
    author: str | None = None
    created: dt.datetime | None = None


def write_docx(
    draft: Draft,
    path: str | Path | None = None,
    *,
    final: FinalCopy | None = None,
    tracked: frozenset[str] = frozenset(),
) -> bytes:
    """The draft as .docx bytes (also written to `path` when given); `final` for the
    clean copy of an approved draft; the sentences whose ids are in `tracked` written
    as tracked insertions by the tool, for a person to accept or reject in Word, with
    the comments threaded (follow-up lines as replies under a source comment)."""
    document = docx.Document()
    date = _date(draft.date)
    shown = (
        Apparatus(tracked=tracked, threads=bool(tracked))
        if final is None
        else Apparatus(notes=False, sources=final.sources)
    )
    with apparatus(shown) as replies:
        _styles(document)
        _header_footer(document, draft)
        _cover(document, draft, date)
        _body(document, draft, date)
        _plan_appendix(document, draft, date)
        _progress_appendix(document, draft, date)
        _charts_and_checklist(document, draft, date)
    if shown.threads:
        threads.add_comments_extended(document, replies)
    _properties(document, draft, final.created if final and final.created else date, final)
    if tracked:
        mark_tracked(document)
    keep_periods_whole(document.element.body)
    out = io.BytesIO()
    document.save(out)
    data = deterministic(out.getvalue())
    if path is not None:
        Path(path).write_bytes(data)
    return data


def _date(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _styles(document: DocxDocument) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    caption = document.styles["Caption"]
    caption.font.name = FONT
    caption.font.size = Pt(9.5)
    caption.font.italic = False
    caption.font.bold = False
    caption.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)


def _header_footer(document: DocxDocument, draft: Draft, index: int = 0) -> None:
    """Board and period in the header, right tab at the section's own text width (so a
    landscape section has its own), page X of Y in the footer."""
    section = document.sections[index]
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    mark = "DRAFT · " if notes_shown() else ""
    header.text = f"{draft.board or draft.title}\t{mark}{draft.period}"
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    tabs = header.paragraph_format.tab_stops
    tabs.clear_all()
    for inherited in HEADER_STYLE_TABS:  # the Header style's centre and right stops
        tabs.add_tab_stop(Twips(inherited), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    grey(header)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{draft.period} · Page ")
    page_field(footer, "PAGE")
    footer.add_run(" of ")
    page_field(footer, "NUMPAGES")
    grey(footer)


def _cover(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> None:
    document.add_paragraph(draft.title, style="Title")
    if not notes_shown():
        for line in (draft.board, *draft.cover):
            if line:
                document.add_paragraph(line, style="Subtitle")
        return
    document.add_paragraph(
        f"Draft for {draft.author} to complete · carried forward from the "
        f"{draft.previous_period or 'previous'} report",
        style="Subtitle",
    )
    for line in draft.cover:  # a person's lines, under the title's own
        document.add_paragraph(line, style="Subtitle")
    how = document.add_paragraph(style="Intense Quote")
    how.add_run(
        "How to read this draft: every drafted sentence and table cell has a comment naming the "
        "document, page or paragraph, and the words it came from. Text highlighted in yellow is "
        f"for {draft.author} to write, or an update still needed. Check the list at the end before "
        "publishing."
    )
    for note in draft.notes:
        document.add_paragraph(note, style="List Bullet")


def _body(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> None:
    num_id = _outline_numbering(document, draft)
    for section in draft.sections:
        heading = document.add_heading(section.heading, level=1)
        if section.source is not None:
            add_sources(document, heading.runs, [section.source], date)
        if num_id is not None and section.number:
            numbering.number(heading, num_id, 0)
        _paragraphs(document, section, num_id, date)


def _outline_numbering(document: DocxDocument, draft: Draft) -> int | None:
    """Word numbering for the headings when last year's numbers run 1, 2, 3...; else None
    (the numbers are then written as text)."""
    numbers = [s.number for s in draft.sections if s.number]
    if not numbers or not all(re.fullmatch(r"\d+", n) for n in numbers):
        return None
    first = int(numbers[0])
    if [int(n) for n in numbers] != list(range(first, first + len(numbers))):
        return None
    abstract = numbering.add_abstract(document, numbering.OUTLINE)
    return numbering.add_num(document, abstract, start=first if first != 1 else None)


BULLET_HANG = 360
"""Twips between a body bullet and its text (Word's List Bullet)."""


def _paragraphs(
    document: DocxDocument, section: DraftSection, num_id: int | None, date: dt.datetime | None
) -> None:
    k = m = 0
    for para in section.paragraphs:
        if not notes_shown() and all(s.kind in ("placeholder", "note") for s in para.sentences):
            continue  # only the author's placeholder: a final copy has no empty paragraph
        p = document.add_paragraph()
        if para.numbered and section.number:
            k, m = (k, m + 1) if para.sub else (k + 1, 0)
            if num_id is not None:
                numbering.number(p, num_id, 2 if para.sub else 1)
            else:
                p.add_run(f"{section.number}.{k}.{m} " if para.sub else f"{section.number}.{k} ")
        elif para.bullet:
            p.style = document.styles["List Bullet"]
            if section.number:  # under the numbered paragraph's text, not at the margin
                p.paragraph_format.left_indent = Twips(numbering.INDENT * 2 + BULLET_HANG)
                p.paragraph_format.first_line_indent = Twips(-BULLET_HANG)
        elif not para.numbered:
            p.style = document.styles["List Paragraph"]
        add_sentences(document, p, para.sentences, date, lead=para.lead)


def _plan_appendix(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> None:
    heading = document.add_heading(f"Appendix 1: {draft.plan_title}", level=1)
    heading.paragraph_format.page_break_before = True
    abstract = numbering.add_abstract(document, numbering.SIMPLE)
    for priority in draft.plan:
        h = document.add_heading(priority.label, level=2)
        add_sources(document, h.runs, [priority.cite], date)
        if priority.outcomes:
            document.add_heading("Outcomes", level=3)
            for outcome in priority.outcomes:
                p = document.add_paragraph(style="List Bullet")
                add_sentences(document, p, [Sentence(outcome, "quoted", (priority.cite,))], date)
        document.add_heading("Actions", level=3)
        num_id = numbering.add_num(document, abstract, start=1)
        for _number, text, cite in priority.actions:
            first, *items = text.split("\n")
            p = document.add_paragraph(style="List Number")
            numbering.number(p, num_id, 0)
            add_sentences(document, p, [_planned(first, cite)], date)
            for item in items:
                sub = document.add_paragraph(style="List Number 2")
                numbering.number(sub, num_id, 1)
                add_sentences(document, sub, [_planned(item.lstrip("– "), cite)], date)


def _planned(text: str, cite: Cite | None) -> Sentence:
    """An action of Appendix 1 as a sentence: quoted from the plan, or a person's."""
    return Sentence(text, "quoted", (cite,)) if cite is not None else Sentence(text, "written")


def _progress_appendix(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    orient(section, landscape=True)
    _header_footer(document, draft, index=len(document.sections) - 1)
    document.add_heading(f"Appendix 2: {draft.appendix_title}", level=1)
    if notes_shown():
        _progress_caption(document, draft)
    progress_table(document, draft, date)


def _progress_caption(document: DocxDocument, draft: Draft) -> None:
    document.add_paragraph(
        f"One row per planned action. Updates are drafted from the documents for {draft.period}; "
        "highlighted cells still need an update. Status is a suggestion: its cue is shown.",
        style="Caption",
    )


def _charts_and_checklist(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    orient(section, landscape=False)
    _header_footer(document, draft, index=len(document.sections) - 1)
    document.add_heading("Appendix 3: Status of planned actions by priority", level=1)
    for counts in draft.charts:
        heading = document.add_heading(counts.priority, level=2)
        add_comment(document, heading.runs, [CHART_NOTE], date)
        picture = document.add_picture(io.BytesIO(status_chart(counts)), width=Cm(14))
        picture._inline.docPr.set("descr", chart_alt_text(counts))
        total = sum(n for _k, n in counts.counts)
        caption = f"{total} planned actions; statuses as Appendix 2 shows them."
        document.add_paragraph(caption, style="Caption")
    if notes_shown():
        _checklist(document, draft, date)


def _checklist(document: DocxDocument, draft: Draft, date: dt.datetime | None) -> None:
    heading = document.add_heading("Before you publish (delete this page)", level=1)
    heading.paragraph_format.page_break_before = True
    document.add_paragraph(
        "What Working Together to Safeguard Children (2018) expects a safeguarding annual report "
        f"to contain, and whether the documents for {draft.period} hold it.",
        style="Caption",
    )
    checklist_table(document, draft.checklist, date)


def _default_language(document: DocxDocument) -> None:
    """The language of every run without its own: the styles' defaults."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = (
        defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        if defaults is not None
        else None
    )
    if lang is not None:
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)


def _properties(
    document: DocxDocument, draft: Draft, date: dt.datetime | None, final: FinalCopy | None
) -> None:
    props = document.core_properties
    props.title = draft.title
    props.language = LANGUAGE
    props.comments = ""
    props.revision = 1
    fixed = date or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    props.created = fixed
    props.modified = fixed
    _default_language(document)
    if final is None:
        props.author = props.last_modified_by = "Carryforward"
        props.subject = f"Draft report {draft.period}"
        return
    author = final.author or draft.author.removeprefix("the ")
    props.author = props.last_modified_by = author
    props.subject = f"{draft.board + ' · ' if draft.board else ''}{draft.period}"
