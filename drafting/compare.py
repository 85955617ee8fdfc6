"""Round trip: read a draft (ours, or one a person edited in Word) back through
`extract.extract` into sections and appendix rows, and list what changed between two
of them, section by section and row by row. A section's paragraphs are aligned by
their words, so a paragraph added or removed in the middle is one change, not every
paragraph after it changed."""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import docx
from docx.oxml.ns import qn

from drafting.writers.docx.comments import AUTHOR, TRACKED_SUBJECT
from extract import extract
from extract.model import Document, Heading, ListItem, Paragraph, Row, Table

ChangeKind = Literal["added", "removed", "changed"]
Form = Literal["numbered", "bullet", "plain"]
_BULLET = re.compile(r"^\s*[•\-–]\s+")
_NUMBERED = re.compile(r"^([A-Z]{0,3}\d+(?:\.\d+)*)[.)]?\s+(.*)$", re.S)


@dataclass(frozen=True)
class ReadRow:
    priority: str
    number: str
    action: str
    update: str
    status: str


@dataclass(frozen=True)
class ReadParagraph:
    label: str
    """As `ReadBack.paragraphs` keys it: "3.2", or "<section> ¶k"."""
    text: str
    form: Form


@dataclass
class ReadBack:
    """What a draft .docx says, keyed the way people refer to it."""

    headings: dict[str, str] = field(default_factory=dict)
    """Section number (or heading text when unnumbered) → heading."""
    paragraphs: dict[str, str] = field(default_factory=dict)
    """Paragraph number ("3.2"), or "<section> ¶k" when unnumbered → text."""
    rows: dict[tuple[str, str], ReadRow] = field(default_factory=dict)
    """(priority, action number) → the progress appendix row."""
    sections: dict[str, list[ReadParagraph]] = field(default_factory=dict)
    """Section number (or heading) → its paragraphs in order."""
    title: str = ""
    """The first heading: the report's title, with its period."""


@dataclass(frozen=True)
class Change:
    where: str
    kind: ChangeKind
    before: str | None
    after: str | None
    section: str | None = None
    """For a paragraph: its section's number (or heading) as the copies print it."""
    index: int | None = None
    """For a paragraph: its place among the section's paragraphs in the first copy;
    for one added, how many of them come before it."""
    anchor: str | None = None
    """For a paragraph added: the text of the edited copy's paragraph it follows (None:
    it opens the section)."""
    form: Form | None = None
    """For a paragraph added: numbered, a bullet, or plain."""


def read_draft(source: str | Path | bytes | Document) -> ReadBack:
    document = source if isinstance(source, Document) else extract(source)
    out = ReadBack()
    section = "front"
    unnumbered = 0
    for block in document.blocks:
        if isinstance(block, Heading) and block.level <= 1:
            section = block.number or block.text
            out.headings[section] = block.text
            out.title = out.title or block.text
            unnumbered = 0
        elif isinstance(block, Paragraph | ListItem) and block.text.strip():
            form: Form = "bullet" if isinstance(block, ListItem) else "plain"
            if isinstance(block, Paragraph) and block.number:
                label, form = block.number, "numbered"
            else:
                unnumbered += 1
                label = f"{section} ¶{unnumbered}"
            out.paragraphs[label] = block.text
            out.sections.setdefault(section, []).append(ReadParagraph(label, block.text, form))
        elif isinstance(block, Table) and _is_appendix(block):
            out.rows.update(_rows(block))
    return out


def _is_appendix(table: Table) -> bool:
    if table.n_cols != 3 or not table.rows:
        return False
    head = [t.lower() for t in table.rows[0].texts]
    return head[0].startswith("planned action") and head[-1].startswith("status")


def _rows(table: Table) -> dict[tuple[str, str], ReadRow]:
    out: dict[tuple[str, str], ReadRow] = {}
    priority = ""
    for k, row in enumerate(table.rows):
        if row.header or (k == 0):
            continue
        if len(row.cells) == 1 or row.cells[0].col_span >= 3:
            priority = row.cells[0].text.strip()
            continue
        out.update(_row(priority, row, k))
    return out


def _row(priority: str, row: Row, k: int) -> dict[tuple[str, str], ReadRow]:
    texts = row.texts + [""] * (3 - len(row.cells))
    action, update, status = texts[0], texts[1], texts[2]
    m = _NUMBERED.match(action.strip())
    number, action = (m.group(1), m.group(2)) if m else (f"row {k}", action)
    action = "\n".join(_BULLET.sub("– ", line) for line in action.splitlines())
    status_line = status.strip().splitlines()[0] if status.strip() else ""
    return {
        (priority, number): ReadRow(priority, number, action.strip(), update.strip(), status_line)
    }


def compare(before: ReadBack, after: ReadBack) -> list[Change]:
    """What a person changed: headings, paragraphs, then appendix rows (each column)."""
    changes = _diff("heading", before.headings, after.headings)
    for section in _keys(before.sections, after.sections):
        changes += paragraph_changes(
            section, before.sections.get(section, []), after.sections.get(section, [])
        )
    for key in _keys(before.rows, after.rows):
        old, new = before.rows.get(key), after.rows.get(key)
        where = f"appendix row {key[0]} / {key[1]}"
        if old is None or new is None:
            kind: ChangeKind = "added" if old is None else "removed"
            text = (new or old).action  # type: ignore[union-attr]
            changes.append(
                Change(where, kind, None if old is None else text, text if new else None)
            )
            continue
        for column in ("action", "update", "status"):
            a, b = getattr(old, column), getattr(new, column)
            if _norm(a) != _norm(b):
                changes.append(Change(f"{where}: {column}", "changed", a, b))
    return changes


def compare_files(a: str | Path | bytes, b: str | Path | bytes) -> list[Change]:
    return compare(read_draft(a), read_draft(b))


SAME_DRAFT = 0.2
"""Two versions of a draft share at least this share of section headings and rows."""


def same_draft(a: ReadBack, b: ReadBack) -> bool:
    """`a` and `b` look like two versions of one draft (a draft and the copy a person
    edited), not two different documents: worth comparing row by row."""
    return shared(a, b) >= SAME_DRAFT


def shared(a: ReadBack, b: ReadBack) -> float:
    """Share of headings (by their words: numbers are shared by any two documents) and
    appendix rows (by priority and action number) found in both."""
    keys_a = _landmarks(a)
    keys_b = _landmarks(b)
    union = keys_a | keys_b
    return len(keys_a & keys_b) / len(union) if union else 1.0


def _landmarks(read: ReadBack) -> set[tuple[str, ...]]:
    headings = {("h", " ".join(t.lower().split())) for t in read.headings.values()}
    return headings | {("r", *key) for key in read.rows}


def _diff(label: str, before: dict[str, str], after: dict[str, str]) -> list[Change]:
    out = []
    for key in _keys(before, after):
        a, b = before.get(key), after.get(key)
        if a is None:
            out.append(Change(f"{label} {key}", "added", None, b))
        elif b is None:
            out.append(Change(f"{label} {key}", "removed", a, None))
        elif _norm(a) != _norm(b):
            out.append(Change(f"{label} {key}", "changed", a, b))
    return out


SAME_PARAGRAPH = 0.5
"""A paragraph of the edited copy whose words are at least this alike to one of the
first copy's, in the same stretch of the section, is that paragraph edited."""


def paragraph_changes(
    section: str, before: list[ReadParagraph], after: list[ReadParagraph]
) -> list[Change]:
    """One section's paragraphs aligned by their words: edited, added and removed. In a
    stretch that differs, a paragraph alike to one of the first copy's is that one
    edited; between two such, the first copy's left over and the edited copy's new ones
    pair up in order as rewritten, the rest removed or added."""
    a, b = [_norm(p.text) for p in before], [_norm(p.text) for p in after]
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        i, j = i1, j1
        for jj in range(j1, j2):
            match = next((k for k in range(i, i2) if _alike(a[k], b[jj]) >= SAME_PARAGRAPH), None)
            if match is not None:
                out += _stretch(section, before, after, range(i, match), range(j, jj))
                out += _stretch(section, before, after, range(match, match + 1), range(jj, jj + 1))
                i, j = match + 1, jj + 1
        out += _stretch(section, before, after, range(i, i2), range(j, j2))
    return out


def _stretch(
    section: str,
    before: list[ReadParagraph],
    after: list[ReadParagraph],
    old: range,
    new: range,
) -> list[Change]:
    """Paragraphs `old` of the first copy became `new` of the edited one, in order."""
    out: list[Change] = []
    paired = min(len(old), len(new))
    for k, j in zip(old[:paired], new[:paired], strict=True):
        was, now = before[k], after[j]
        if _norm(was.text) != _norm(now.text):
            out.append(Change(f"paragraph {was.label}", "changed", was.text, now.text, section, k))
    out += [_removed(section, k, before[k]) for k in old[paired:]]
    out += [_added(section, old.stop, after, j) for j in new[paired:]]
    return out


def _alike(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _added(section: str, at: int, after: list[ReadParagraph], j: int) -> Change:
    new = after[j]
    anchor = after[j - 1].text if j > 0 else None
    return Change(f"paragraph {new.label}", "added", None, new.text, section, at, anchor, new.form)


def _removed(section: str, k: int, old: ReadParagraph) -> Change:
    return Change(f"paragraph {old.label}", "removed", old.text, None, section, k)


def _keys(before: dict[Any, Any], after: dict[Any, Any]) -> list[Any]:
    return list(dict.fromkeys([*before, *after]))


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """The words of `after` against `before`: ("same" | "added" | "removed", words), so a
    person sees which words changed, not a whole paragraph struck and re-added."""
    a, b = before.split(), after.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", " ".join(b[j1:j2])))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def tracked_state(source: str | Path | bytes) -> tuple[bool, list[str]]:
    """Whether a .docx is (an edited) tracked-suggestions copy, and the texts of the
    insertions by the tool still in it: neither accepted nor rejected in Word."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    document = docx.Document(io.BytesIO(data))
    tracked = (document.core_properties.subject or "").endswith(TRACKED_SUBJECT)
    still = [
        _norm("".join(t.text or "" for t in ins.iter(qn("w:t"))))
        for ins in document.element.body.iter(qn("w:ins"))
        if ins.get(qn("w:author")) == AUTHOR
    ]
    return tracked, [t for t in still if t]
