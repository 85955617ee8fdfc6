"""People named in a document, with their role and organisation.

Rules over each paragraph, list item and table cell (no trained model needed):

- a title or rank before a name ("Dr.", "Cllr", "Detective Chief Superintendent") marks
  a name and is dropped from it; honours after it ("CBE") are dropped too;
- an apposition after a name gives the role: "Name, Role[, Organisation]" or
  "Name (Role, Organisation)" / "Name (Organisation)";
- a role before a name: "My Vice-Chair, Name", "the Cabinet Member for … (Cllr A and
  now Cllr B)";
- a signature block: a line that is only a name, then its role, then its organisation;
- a table with Name / Role / Organisation columns;
- otherwise, two or three capitalised words starting with a common given name (a small
  gazetteer in `data/given_names.txt`: a guess that misses rarer names).

When an English trained spaCy pipeline (`en_core_web_sm`) is installed its PERSON
entities are added as candidates; nothing requires or downloads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extract.model import Block, Heading, ListItem, Paragraph, Source, Table
from extract.text_rules import collapse_spaces
from nlp.findings.model import Person
from nlp.findings.people_cues import appointed_role, role_before_comma
from nlp.findings.people_roles import (
    ROLE_WORDS,
    has_org_word,
    has_role_word,
    split_role_org,
)
from nlp.findings.people_tables import people_columns
from nlp.findings.text import cell_text

TITLE = (
    r"(?:(?:Detective\s+)?(?:Chief\s+|Assistant\s+Chief\s+|Deputy\s+Chief\s+)?"
    r"(?:Superintendent|Inspector|Constable|Sergeant)|Commander|Ch\.?\s*Supt\.?|Supt\.?|"
    r"D\.?C\.?I\.?|D\.?I\.?|Dr\.?|Doctor|Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Miss|"
    r"Prof\.?|Professor|Sir|Dame|Lord|Lady|Baroness|Rev(?:d|erend)?\.?|Canon|Father)"
)
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_TOKEN = (
    rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[{_UP}]['’][{_UP}][{_LOW}]+)"
    rf"(?:-[{_UP}][{_LOW}]+)?"
)
NAME = rf"{_TOKEN}(?:\s+[A-Z]\.)?(?:\s+{_TOKEN}){{1,2}}"
_HONOURS = r"(?:\s+(?:CBE|OBE|MBE|DBE|KBE|QPM|KC|QC|JP|BEM))*"
_TITLED = re.compile(rf"\b({TITLE})\s+({NAME}){_HONOURS}")
_PLAIN = re.compile(rf"(?<![\w'’-])({NAME}){_HONOURS}(?![\w-])")
_ROLE_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]|[Nn]ew|[Aa]s)\s+((?:[A-Z][\w'’&-]*\s*){1,4}?),?\s*$"
)
_CONTEXT_ROLE = re.compile(
    r"\b(?:the|our|my|its|a)\s+((?:[A-Z][\w'’&-]*|of|for|and|&)(?:[\s,]+(?:[A-Z][\w'’&-]*|of|for|and|&))*)\s*$"
)


@dataclass(frozen=True)
class _Found:
    name: str
    role: str | None
    organisation: str | None
    source: Source


@cache
def _words(name: str) -> frozenset[str]:
    path = Path(__file__).with_name("data") / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def given_names() -> frozenset[str]:
    return _words("given_names.txt")


def not_names() -> frozenset[str]:
    return _words("not_names.txt")


def find_people(blocks: tuple[Block, ...], ner: Any = None) -> tuple[Person, ...]:
    """People in reading order, one per name. `ner` is an optional trained spaCy
    pipeline whose PERSON entities add candidates the rules missed."""
    found: list[_Found] = []
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            found.extend(_from_table(block))
        elif isinstance(block, Heading | Paragraph | ListItem):
            found.extend(
                _from_signature(blocks, i) or _from_text(collapse_spaces(block.text), block.source)
            )
    if ner is not None:
        found.extend(_from_ner(blocks, ner))
    return _merge(found)


def _from_ner(blocks: tuple[Block, ...], ner: Any) -> list[_Found]:
    items = [
        (collapse_spaces(b.text), b.source) for b in blocks if isinstance(b, Paragraph | ListItem)
    ]
    out = []
    for doc, (text, source) in zip(ner.pipe(t for t, _ in items), items, strict=True):
        for ent in doc.ents:
            name = _trim(ent.text) if ent.label_ == "PERSON" else None
            if name:
                out.append(_with_role(text, ent.start_char, ent.end_char, name, None, source))
    return out


def strip_title(name: str) -> str:
    """A name without its leading titles or ranks and trailing honours."""
    name = collapse_spaces(name)
    while True:
        m = re.match(rf"{TITLE}\s+(?=\S)", name)
        if not m:
            break
        name = name[m.end() :]
    return re.sub(rf"{_HONOURS}$", "", name).strip()


def _from_text(text: str, source: Source) -> list[_Found]:
    out: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for m in _TITLED.finditer(text):
        name = _trim(m.group(2))
        if name:
            out.append(_with_role(text, m.start(), m.end(), name, m.group(1), source))
            taken.append((m.start(), m.end()))
    for m in _PLAIN.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        name = _trim(m.group(1))
        end = m.end()
        words = (name or "").split()
        if len(words) == 3 and words[2] in given_names() and re.match(r"\s+[A-Z]", text[end:]):
            name = " ".join(words[:2])  # "… Marcus Hollin Siân Corrigan": two names run on
            end = m.start() + m.group(0).rfind(words[2])
        if not name or not _plausible(text, m.start(), end, name):
            continue
        out.append(_with_role(text, m.start(), end, name, None, source))
    return out


def _trim(name: str) -> str | None:
    """Drop leading/trailing words that cannot be part of a name."""
    words = name.split()
    while words and words[0] in not_names():
        words = words[1:]
    while words and (words[-1] in not_names() or words[-1].lower() in ROLE_WORDS):
        words = words[:-1]
    if len(words) < 2 or any(w in not_names() for w in words):
        return None
    return " ".join(words)


def _plausible(text: str, start: int, end: int, name: str) -> bool:
    """An untitled name: a known given name, or an apposition giving a role."""
    if name.split()[0] in given_names():
        return True
    if _cued(text, start, end, name):
        return True
    after = text[end:].lstrip()
    if after.startswith(","):
        segment = after[1:].split(",")[0].split(".")[0].strip().strip("()")
        return has_role_word(segment) and len(segment.split()) <= 8
    return bool(after.startswith("(") and has_role_word(after[1:].split(")")[0]))


def _cued(text: str, start: int, end: int, name: str) -> bool:
    """A role just before ", <name>" or an appointment names a person, when the name
    is a whole capitalised run and no organisation ("…, Fenwick Constabulary")."""
    if has_org_word(text[start:end]) or re.match(r"\s+[A-Z]", text[end:]):
        return False
    before = role_before_comma(text[:start])
    return bool(before) or appointed_role(text[:start], text[end:]) is not None


def _with_role(
    text: str, start: int, end: int, name: str, title: str | None, source: Source
) -> _Found:
    role: str | None
    org: str | None
    before = role_before_comma(text[:start])
    after = text[end:].lstrip()
    # A bracketed "(Role, Organisation)" right after the name is the person's own post and
    # outranks a role before it ("Its Chair, Name (Director, Public Health)"): a guess.
    bracketed = after.startswith("(")
    if before and not bracketed and (not after.startswith(",") or after[1:].lstrip()[:1].islower()):
        role, org = before  # "Its Business Manager, Name, joined …": the role came first
    else:
        role, org = _apposition(text[end:])
        if role is None and before:
            role, org = before[0], org or before[1]
    if role is None:
        role = appointed_role(text[:start], text[end:]) or None
    if role is None:
        role = _role_before(text[:start])
    if (
        role is None
        and title
        and not re.match(r"(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Prof)", title)
    ):
        role = None if title.startswith(("Cllr", "Councillor")) else collapse_spaces(title)
    if role is None and title and title.startswith(("Cllr", "Councillor")):
        role = "Councillor"
    return _Found(name, role, org, source)


def _apposition(after: str) -> tuple[str | None, str | None]:
    """Role and organisation written just after a name."""
    after = after.lstrip()
    if after.startswith(",") and after[1:].lstrip().startswith("("):
        after = after[1:].lstrip()
    if after.startswith("("):
        inner = after[1:].split(")")[0]
        return split_role_org(inner)
    if after.startswith(","):
        return split_role_org(after[1:], stop_at_clause=True)
    return None, None


def _role_before(before: str) -> str | None:
    before = re.sub(rf"{TITLE}\s*$", "", before.rstrip()).rstrip(" ,")
    inside = before.rfind("(") > before.rfind(")")
    if inside:
        lead = before[: before.rfind("(")].rstrip()
        m = _CONTEXT_ROLE.search(lead)
        if m and has_role_word(m.group(1)):
            return collapse_spaces(m.group(1)).strip(" ,")
        before = re.sub(r"\b(?:firstly|first|then|now|and|later|formerly)\b", " ", before)
    m = _ROLE_BEFORE.search(before + " ")
    if m and has_role_word(m.group(1)) and not has_org_word(m.group(1)):
        return collapse_spaces(m.group(1)).strip(" ,")
    return None


def _from_signature(blocks: tuple[Block, ...], i: int) -> list[_Found]:
    """A line that is only a name (titles and honours allowed), then role, then org."""
    block = blocks[i]
    if isinstance(block, Table):
        return []
    text = collapse_spaces(block.text)
    m = re.fullmatch(rf"(?:{TITLE}\s+)?({NAME}){_HONOURS}", text)
    if not m or _trim(m.group(1)) is None:
        return []
    lines = [
        collapse_spaces(b.text) for b in blocks[i + 1 : i + 3] if isinstance(b, Paragraph | Heading)
    ]
    role = lines[0] if lines and has_role_word(lines[0]) and len(lines[0]) < 80 else None
    org = None
    if role and "," in role:
        role, org = split_role_org(role)
    elif role and len(lines) > 1 and has_org_word(lines[1]) and len(lines[1]) < 80:
        org = lines[1]
    if role is None and m.group(1).split()[0] not in given_names():
        return []
    return [_Found(m.group(1), role, org, block.source)]


def _from_table(table: Table) -> list[_Found]:
    """Membership tables: a Name column, with Role and Organisation columns if any."""
    cols = people_columns(table, _is_name)
    if cols is None:
        return []
    name_col, role_col, org_col = cols
    out = []
    for row in table.body_rows:
        by_col = {c.col: c for c in row.cells}
        raw = cell_text(by_col.get(name_col))
        m = re.search(rf"(?:{TITLE}\s+)?({NAME})", raw)
        if not m or _trim(m.group(1)) is None:
            continue
        role = cell_text(by_col.get(role_col)) if role_col is not None else None
        org = cell_text(by_col.get(org_col)) if org_col is not None else None
        out.append(_Found(m.group(1), role or None, org or None, row.source))
    return out


def _is_name(text: str) -> bool:
    """A cell that is only a person's name (titles and honours allowed)."""
    m = re.fullmatch(rf"(?:{TITLE}\s+)?({NAME}){_HONOURS}", collapse_spaces(text))
    return m is not None and _trim(m.group(1)) is not None and not has_org_word(text)


def _merge(found: list[_Found]) -> tuple[Person, ...]:
    """One person per name; the first role and organisation found are kept."""
    by_name: dict[str, _Found] = {}
    order: list[str] = []
    for f in found:
        key = f.name.lower()
        if key not in by_name:
            by_name[key] = f
            order.append(key)
        else:
            old = by_name[key]
            by_name[key] = _Found(
                old.name, old.role or f.role, old.organisation or f.organisation, old.source
            )
    return tuple(
        Person(by_name[k].name, by_name[k].role, by_name[k].organisation, by_name[k].source)
        for k in order
    )


__all__ = ["ROLE_WORDS", "find_people"]
