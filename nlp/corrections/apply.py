"""Corrections applied: `read` reads a Document with the table corrections forced on the
table reader, then applies the rest; `apply` applies the rest to findings already read.
A correction that no longer fits is listed in `Findings.unapplied` with the reason, never
silently dropped. Later corrections of the same thing win (they are applied in order)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from extract.model import Document, Source
from nlp.corrections import locate
from nlp.corrections.lists import list_readings, replaced_by
from nlp.corrections.model import READER_KINDS, READER_ROLE, Correction
from nlp.corrections.tables import table_ordinals, table_readings
from nlp.findings import find
from nlp.findings.forced import Forced, forcing
from nlp.findings.model import Findings, Person, Priority, Reading, TableReading, Unapplied
from nlp.findings.sketch import similarity

TWIN_TEXT = 0.8
"""Sketch similarity above which two documents are copies (`nlp.ledger.dedupe.SAME_TEXT`)."""


def read(document: Document, corrections: Sequence[Correction] = ()) -> Findings:
    """The document's findings, with its tables' readings, read with `corrections`
    applied. The caller chooses them: the document's own (by content hash) and its
    twins' (`twins_of`); a twin's are found again by their fingerprints alone."""
    lists = list_readings(document)
    plain = replace(find(document), tables=table_readings(document), lists=lists)
    given = {c.target.sha256 for c in corrections}
    reader = [c for c in _ordered(corrections) if c.kind in READER_KINDS]
    if not reader:
        return apply(plain, corrections, given)
    forced, unapplied = _forced(document, plain, reader)
    with forcing(forced):
        findings = replace(find(document), tables=table_readings(document), lists=lists)
    return apply(replace(findings, unapplied=tuple(unapplied)), corrections, given)


def for_document(corrections: Iterable[Correction], *sha256: str) -> list[Correction]:
    """The corrections made on the documents with these content hashes."""
    return [c for c in corrections if c.target.sha256 in sha256]


def apply(
    findings: Findings, corrections: Iterable[Correction], twins: Iterable[str] = ()
) -> Findings:
    """`findings` with every correction of its document (or of a twin, by content hash)
    that is not a table correction applied; the ones that do not fit are added to
    `unapplied`."""
    mine = {findings.document.sha256, *twins}
    unapplied = list(findings.unapplied)
    for c in _ordered(corrections):
        if c.kind in READER_KINDS or c.target.sha256 not in mine:
            continue
        changed = _apply_one(findings, c)
        if isinstance(changed, str):
            unapplied.append(Unapplied(c.id, changed))
        else:
            findings = changed
    return replace(findings, unapplied=tuple(unapplied))


def twins_of(findings: Findings, others: Iterable[Findings]) -> list[str]:
    """Content hashes of the other documents that are copies of this one (their whole
    text is alike: a PDF and the Word file it was made from)."""
    mine = findings.document.text_sketch
    return [
        o.document.sha256
        for o in others
        if o.document.sha256 != findings.document.sha256
        and mine
        and o.document.text_sketch
        and similarity(mine, o.document.text_sketch) >= TWIN_TEXT
    ]


def with_fingerprints(
    corrections: Iterable[Correction], read: Iterable[Findings]
) -> list[Correction]:
    """The corrections with the fingerprint of their target's words filled in from
    their own document's findings where it was left out (a corrections file written
    by hand names an item by id alone), so their document's twin can find them."""
    by_sha = {f.document.sha256: f for f in read}
    out = []
    for c in corrections:
        own = by_sha.get(c.target.sha256)
        if not c.target.fingerprint and own is not None:
            found = locate.fingerprint_at(own, c.target, c.kind)
            c = replace(c, target=replace(c.target, fingerprint=found))
        out.append(c)
    return out


def _ordered(corrections: Iterable[Correction]) -> list[Correction]:
    return sorted(corrections, key=lambda c: c.at)


def _forced(
    document: Document, plain: Findings, corrections: list[Correction]
) -> tuple[Forced, list[Unapplied]]:
    blocks = {k: b for b, k in table_ordinals(document).items()}
    kinds: dict[int, str] = {}
    roles: dict[int, dict[int, str]] = {}
    sections: dict[tuple[int, int], bool] = {}
    joins: set[tuple[int, int]] = set()
    splits: set[tuple[int, int]] = set()
    unapplied = []
    for c in corrections:
        if c.kind in ("table_kind", "column_role"):
            tables = _alike(plain, c)
            if not tables:
                unapplied.append(Unapplied(c.id, "its table is no longer in the document"))
            for table in tables:
                if c.kind == "table_kind":
                    kinds[blocks[table.table]] = c.value
                else:
                    role = READER_ROLE.get(c.value, c.value)
                    roles.setdefault(blocks[table.table], {})[int(c.target.col or 0)] = role
            continue
        found = locate.row(plain, c.target)
        if found is None and c.kind == "split_row":
            found = locate.row_at(plain, c.target)  # its text grew by a join a person made
        if found is None:
            unapplied.append(Unapplied(c.id, "its row is no longer in the document"))
            continue
        row = found[1]
        key = (blocks[row.table], row.row)
        following = _next_row(plain, row.table, row.row)
        after = (blocks[following[0]], following[1]) if following else None
        if c.kind == "section_row":
            sections[key] = c.value == "yes"
        elif c.kind == "join_rows":
            if after is None:
                unapplied.append(Unapplied(c.id, "there is no row after it to join"))
            elif sections.get(key, row.section):
                unapplied.append(Unapplied(c.id, "its row is a section row, which is not joined"))
            else:
                joins.add(after)
        else:
            at = [int(c.value)] if c.value.isdigit() else list(row.joined)
            splits.update((blocks[row.table], j) for j in at)
            if after is not None and (not c.value or after[1] in at):
                joins.discard(after)  # undoes a join a person made
    return Forced(kinds, roles, sections, frozenset(joins), frozenset(splits)), unapplied


def _alike(findings: Findings, c: Correction) -> list[TableReading]:
    """The correction's table, and every other table of the document headed the same way
    (one table per priority repeats its header: a role given once holds for all)."""
    table = locate.table(findings, c.target)
    if table is None:
        return []
    alike = [t for t in findings.tables if t.fingerprint == table.fingerprint] or [table]
    if c.kind == "column_role":
        alike = [t for t in alike if any(x.col == c.target.col for x in t.columns)]
    return alike


def _next_row(findings: Findings, table: int, row: int) -> tuple[int, int] | None:
    rows = [(r.table, r.row) for t in findings.tables for r in t.rows]
    k = rows.index((table, row))
    return rows[k + 1] if k + 1 < len(rows) else None


def _set_by(c: Correction) -> Reading:
    return Reading(1.0, f"set by {c.by}" + (f" on {c.at[:10]}" if c.at else ""))


def _apply_one(f: Findings, c: Correction) -> Findings | str:
    """The findings with `c` applied, or why it does not fit."""
    doc = f.document
    k = c.kind
    if k == "document_kind":
        return replace(f, document=replace(doc, kind=c.value, kind_reading=_set_by(c)))  # type: ignore[arg-type]
    if k == "document_period":
        return replace(f, document=replace(doc, period=c.value, period_reading=_set_by(c)))
    if k == "document_actions_period":
        actions = tuple(replace(a, period=c.value) for a in f.actions)
        return replace(f, document=replace(doc, actions_period=c.value), actions=actions)
    if k == "document_board":
        return replace(f, document=replace(doc, board=c.value, board_reading=_set_by(c)))
    if k in ("action_priority", "action_number"):
        a = locate.action(f, c.target)
        if a is None:
            return "its action is no longer in the document"
        if k == "action_priority":
            new = replace(a, priority=c.value, reading=_set_by(c))
        else:
            new = replace(a, number=c.value, reading=_set_by(c))
        return replace(f, actions=tuple(new if x is a else x for x in f.actions))
    if k in ("progress_number", "progress_status", "progress_priority"):
        p = locate.progress(f, c.target)
        if p is None:
            return "its progress row is no longer in the document"
        if k == "progress_number":
            new_p = replace(p, number=c.value, reading=_set_by(c))
        elif k == "progress_priority":
            new_p = replace(p, priority=c.value, reading=_set_by(c))
        else:
            new_p = replace(p, status=c.value, status_cue=f"set by {c.by}", reading=_set_by(c))  # type: ignore[arg-type]
        return replace(f, progress=tuple(new_p if x is p else x for x in f.progress))
    return _apply_lists(f, c)


def _apply_list(f: Findings, c: Correction) -> Findings | str:
    """A list marked as the priorities (each item one, numbered as printed or by its
    place; they replace the priorities the reader found, keeping those a person set),
    as one priority's outcomes (they replace the outcomes read), or un-marked (no
    priority or outcome read from its items any more)."""
    found = locate.list_(f, c.target)
    if found is None:
        return "its list is no longer in the document"
    prints = [locate.fingerprint(x) for x in found.items]
    if c.kind == "unmark_list":
        marked = set(prints)
        kept = []
        for p in f.priorities:
            if locate.fingerprint(p.title) in marked:
                continue
            outcomes = tuple(o for o in p.outcomes if locate.fingerprint(o) not in marked)
            kept.append(p if outcomes == p.outcomes else replace(p, outcomes=outcomes))
        if tuple(kept) == f.priorities:
            return "that list is no longer read as priorities or outcomes"
        return replace(f, priorities=tuple(kept))
    if c.value == "outcomes":
        number = c.extra.get("priority", "")
        of = next((x for x in f.priorities if x.number == number), None)
        if of is None:
            return f"priority {number} is no longer read in the document"
        new = replace(of, outcomes=found.items, reading=_set_by(c))
        return replace(f, priorities=tuple(new if x is of else x for x in f.priorities))
    gone = {id(p) for p in replaced_by(f.priorities, found)}
    kept = [p for p in f.priorities if id(p) not in gone]
    have = {locate.fingerprint(p.title): p for p in kept}
    listed = tuple(
        Priority(
            found.numbers[k] or str(k + 1),
            text,
            have[prints[k]].outcomes if prints[k] in have else (),
            found.source,
            _set_by(c),
        )
        for k, text in enumerate(found.items)
    )
    others = tuple(p for p in kept if locate.fingerprint(p.title) not in set(prints))
    if not gone and all(p in have for p in prints):
        return "that list is already read as the priorities"
    return replace(f, priorities=(*listed, *others))


def _apply_lists(f: Findings, c: Correction) -> Findings | str:
    if c.kind == "mark_priority":
        k = locate.section(f, c.target)
        if k is None:
            return "its heading is no longer in the document"
        s = f.sections[k]
        if any(locate.fingerprint(p.title) == locate.fingerprint(s.heading) for p in f.priorities):
            return "that heading is already read as a priority"
        outcomes = tuple(x.strip() for x in c.extra.get("outcomes", "").splitlines() if x.strip())
        new = Priority(c.value or None, s.heading, outcomes, s.source, _set_by(c))
        return replace(f, priorities=(*f.priorities, new))
    if c.kind == "unmark_priority":
        p = locate.priority(f, c.target)
        if p is None:
            return "that priority is no longer read in the document"
        return replace(f, priorities=tuple(x for x in f.priorities if x is not p))
    if c.kind in ("mark_list", "unmark_list"):
        return _apply_list(f, c)
    if c.kind == "add_person":
        if any(locate.fingerprint(p.name) == locate.fingerprint(c.value) for p in f.people):
            return "that person is already read in the document"
        source = Source(f.document.file, f.document.sha256)
        person = Person(
            c.value,
            c.extra.get("role") or None,
            c.extra.get("organisation") or None,
            source,
            _set_by(c),
        )
        return replace(f, people=(*f.people, person))
    if c.kind == "remove_person":
        gone = locate.person(f, c.target)
        if gone is None:
            return "that person is no longer read in the document"
        return replace(f, people=tuple(p for p in f.people if p is not gone))
    return f"{c.kind} cannot be applied to findings"
