"""Where a correction applies, in the document's own words, as its history names it:
for a PDF the page and the first words there ("the table on page 4, the row beginning
“Review the…”"); for a Word file the heading it sits under and the paragraph's or row's
words (`pages.places.word_place`), never a table ordinal or an item id."""

from __future__ import annotations

from typing import Any

from extract.codec import decode
from extract.model import Source
from nlp.corrections import Target, locate
from nlp.findings.model import Findings
from service.web.pages.places import FIRST_WORDS, headings_of, word_place

TABLE_KINDS = ("table_kind", "column_role")
ROW_KINDS = ("section_row", "join_rows", "split_row")


def correction_place(kind: str, target: dict[str, Any], findings: Findings | None) -> str:
    """Where the correction `kind` at `target` is in `findings`' document ("" for one
    of the whole document); when its place is no longer found, the words it was made
    on."""
    if kind.startswith("document_") or kind == "add_person" or findings is None:
        return _words_only(kind, target)
    t = decode(Target, target)
    found = _place(kind, t, findings)
    return found if found is not None else _words_only(kind, target)


def _place(kind: str, t: Target, f: Findings) -> str | None:
    if kind in TABLE_KINDS:
        table = locate.table(f, t)
        if table is None:
            return None
        where = _at(f, table.source, None, table_words="the table")
        column = next((c for c in table.columns if c.col == t.col), None)
        if kind == "column_role" and column is not None:
            title = f" \u201c{column.title}\u201d" if column.title else ""
            where += f", column {column.col + 1}{title}"
        return where
    if kind in ROW_KINDS:
        found = locate.row(f, t) or (locate.row_at(f, t) if kind == "split_row" else None)
        if found is None:
            return None
        table, row = found
        return f"{_at(f, table.source, None, 'the table')}, the row {_begins(row.text)}"
    if kind in ("action_priority", "action_number"):
        a = locate.action(f, t)
        return None if a is None else _item(f, a.source, a.number, "action", a.text)
    if kind.startswith("progress_"):
        p = locate.progress(f, t)
        return None if p is None else _item(f, p.source, p.number, "row", p.action)
    if kind == "mark_priority":
        k = locate.section(f, t)
        if k is None:
            return None
        s = f.sections[k]
        return f"the heading \u201c{s.heading}\u201d" + _page(s.source)
    if kind in ("mark_list", "unmark_list"):
        x = locate.list_(f, t)
        if x is None:
            return None
        under = f" under \u201c{x.heading}\u201d" if x.heading else ""
        return f"the list{under}{_page(x.source)} {_begins(x.items[0] if x.items else '')}"
    if kind == "unmark_priority":
        marked = locate.priority(f, t)
        if marked is None:
            return None
        return f"priority {marked.number or ''} \u201c{marked.title}\u201d"
    if kind == "remove_person":
        return f"\u201c{t.item}\u201d" if t.item else None
    return None


def _item(f: Findings, source: Source, number: str | None, what: str, text: str) -> str:
    named = f"{what} {number} " if number else f"the {what} "
    if f.document.format == "docx":
        where = _at(f, source, text, "the table")
        return f"{named}{_begins(text)} ({where})" if source.table is not None else where
    return f"{named}{_begins(text)}{_page(source)}"


def _at(f: Findings, source: Source, quote: str | None, table_words: str) -> str:
    """A table's (or a paragraph's) place: on its PDF page, or under its Word heading."""
    if f.document.format == "docx":
        plain = {"sha256": f.document.sha256, "paragraph": source.paragraph, "table": 0}
        if source.table is None and quote is not None:
            plain["table"] = None
        return word_place({f.document.sha256: headings_of(f)}, plain, quote)
    return f"{table_words}{_page(source)}".strip()


def _page(source: Source) -> str:
    return f" on page {source.page}" if source.page else ""


def _begins(text: str) -> str:
    words = " ".join(text.replace("|", " ").split()[:FIRST_WORDS])
    return f"beginning \u201c{words}\u2026\u201d" if words else ""


def _words_only(kind: str, target: dict[str, Any]) -> str:
    """A place no longer found: the words the correction was made on."""
    if kind.startswith("document_") or kind == "add_person":
        return ""
    words = str(target.get("fingerprint") or "")
    return f"where the words were \u201c{words}\u201d" if words else ""
