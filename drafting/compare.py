"""Round trip: what changed between two copies of a draft read back (`drafting.readback`),
part by part: the cover, each section's paragraphs, Appendix 1, the progress
appendix's rows (each column) and the checklist's rows. A section's paragraphs are
aligned by their words, so a paragraph added or removed in the middle is one change,
not every paragraph after it changed; a paragraph moved elsewhere is one move. Texts
are compared by `drafting.textnorm.key`, so Word's autocorrect (curly quotes, dashes,
non-breaking spaces) is no change."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from drafting.readback import (
    COVER,
    Form,
    ReadBack,
    ReadCheck,
    ReadParagraph,
    ReadPriority,
    ReadRow,
    read_draft,
)
from drafting.textnorm import key
from drafting.tracked import tracked_state

__all__ = [
    "COVER",
    "Change",
    "ReadBack",
    "ReadParagraph",
    "ReadRow",
    "compare",
    "compare_files",
    "paragraph_changes",
    "read_draft",
    "same_draft",
    "shared",
    "tracked_state",
    "word_changes",
]

ChangeKind = Literal["added", "removed", "changed", "moved"]
Part = Literal["body", "cover", "plan", "rows", "checklist"]
MOVED_ALIKE = 0.8
"""A paragraph removed in one place and one added elsewhere whose words are at least
this alike are one paragraph moved (and perhaps touched up on the way)."""


@dataclass(frozen=True)
class Change:
    where: str
    kind: ChangeKind
    before: str | None
    after: str | None
    section: str | None = None
    """For a paragraph: its section's number (or heading) as the copies print it; for a
    row added or removed: its priority; in Appendix 1: "<k>/outcomes" or "<k>/actions"."""
    index: int | None = None
    """For a paragraph: its place among the section's paragraphs in the first copy;
    for one added (or moved), how many of them come before it."""
    anchor: str | None = None
    """For a paragraph added (or moved): the text of the edited copy's paragraph it
    follows (None: it opens the section); for a row added: the number of the row it
    follows in its priority."""
    form: Form | None = None
    """For a paragraph added: numbered, a bullet, or plain."""
    part: Part = "body"
    cells: tuple[str, ...] = ()
    """For a row added: its cells (action, update, status; requirement, found, where)."""
    moved_from: str | None = None
    """For a paragraph moved: the section it was in."""
    from_index: int | None = None
    """For a paragraph moved: its place there in the first copy."""
    reason: str | None = None
    """Set when the change cannot be applied: why, in words."""


def compare(before: ReadBack, after: ReadBack) -> list[Change]:
    """What a person changed: headings, paragraphs (moves found across sections),
    Appendix 1, appendix rows (each column), then the checklist."""
    after = _same_sections(before, after)
    changes = _diff("heading", before.headings, after.headings)
    paragraphs: list[Change] = []
    for section in _keys(before.sections, after.sections):
        paragraphs += paragraph_changes(
            section, before.sections.get(section, []), after.sections.get(section, [])
        )
    changes += _moves(paragraphs)
    changes += plan_changes(before.plan, after.plan)
    changes += row_changes(before.rows, after.rows)
    changes += checklist_changes(before.checklist, after.checklist)
    return [
        replace(c, part="cover") if c.section == COVER or c.where == "heading cover" else c
        for c in changes
    ]


def _same_sections(before: ReadBack, after: ReadBack) -> ReadBack:
    """`after` with its sections keyed as `before` keys them wherever they are the same
    section: an unnumbered section (keyed by its heading) whose heading differs only as
    autocorrect makes it, or was edited in its place among the headings."""
    a, b = list(before.headings), list(after.headings)
    rename: dict[str, str] = {}
    matcher = difflib.SequenceMatcher(None, [key(k) for k in a], [key(k) for k in b])
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "replace") and i2 - i1 == j2 - j1:
            rename.update({b[j1 + d]: a[i1 + d] for d in range(i2 - i1) if a[i1 + d] != b[j1 + d]})
    if not rename:
        return after
    sections = {rename.get(k, k): v for k, v in after.sections.items()}
    headings = {rename.get(k, k): v for k, v in after.headings.items()}
    return replace(after, sections=sections, headings=headings)


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
    headings = {("h", key(t).lower()) for t in read.headings.values()}
    return headings | {("r", *k) for k in read.rows}


def _diff(label: str, before: dict[str, str], after: dict[str, str]) -> list[Change]:
    out = []
    for k in _keys(before, after):
        a, b = before.get(k), after.get(k)
        if a is None:
            out.append(Change(f"{label} {k}", "added", None, b))
        elif b is None:
            out.append(Change(f"{label} {k}", "removed", a, None))
        elif key(a) != key(b):
            out.append(Change(f"{label} {k}", "changed", a, b))
    return out


def _moves(changes: list[Change]) -> list[Change]:
    """A body paragraph removed in one place and added (alike enough) in another, as
    one move to where it was added."""
    removed = [c for c in changes if c.kind == "removed" and c.section != COVER]
    out: list[Change] = []
    taken: set[int] = set()
    for c in changes:
        if c.kind != "added" or c.section == COVER:
            out.append(c)
            continue
        scored = [
            (_alike(key(r.before or ""), key(c.after or "")), k)
            for k, r in enumerate(removed)
            if k not in taken
        ]
        best = max(scored, default=(0.0, -1))
        if best[0] < MOVED_ALIKE:
            out.append(c)
            continue
        taken.add(best[1])
        was = removed[best[1]]
        out.append(
            replace(
                c,
                where=f"{was.where} moved",
                kind="moved",
                before=was.before,
                moved_from=was.section,
                from_index=was.index,
            )
        )
    gone = {id(removed[k]) for k in taken}
    return [c for c in out if id(c) not in gone]


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
    a, b = [key(p.text) for p in before], [key(p.text) for p in after]
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
        if key(was.text) != key(now.text):
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


def plan_changes(before: list[ReadPriority], after: list[ReadPriority]) -> list[Change]:
    """Appendix 1: each priority's heading, outcomes and actions (aligned as paragraphs
    are); a priority added or removed whole."""
    out: list[Change] = []
    a = [key(p.label) for p in before]
    b = [key(p.label) for p in after]
    pairs: list[tuple[int | None, int | None]] = []
    if len(a) == len(b):
        pairs = [(k, k) for k in range(len(a))]
    else:
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
            n = min(i2 - i1, j2 - j1) if op in ("equal", "replace") else 0
            pairs += [(i1 + d, j1 + d) for d in range(n)]
            pairs += [(i, None) for i in range(i1 + n, i2)]
            pairs += [(None, j) for j in range(j1 + n, j2)]
    for i, j in pairs:
        old = before[i] if i is not None else None
        new = after[j] if j is not None else None
        where = f"Appendix 1, {(old or new).label}"  # type: ignore[union-attr]
        if old is None or new is None:
            kind: ChangeKind = "added" if old is None else "removed"
            text = (new or old).label  # type: ignore[union-attr]
            at = j if old is None else i
            was, now = (None, text) if old is None else (text, None)
            out.append(Change(where, kind, was, now, part="plan", index=at))
            continue
        if key(old.label) != key(new.label):
            out.append(Change(where, "changed", old.label, new.label, part="plan", index=i))
        for column in ("outcomes", "actions"):
            listed = [
                replace(
                    c, where=f"{where}: {column[:-1]} {c.where.rsplit('¶', 1)[-1]}", part="plan"
                )
                for c in paragraph_changes(
                    f"{i}/{column}",
                    _as_paragraphs(getattr(old, column), column),
                    _as_paragraphs(getattr(new, column), column),
                )
            ]
            out += listed
    return out


def _as_paragraphs(texts: list[str], column: str) -> list[ReadParagraph]:
    form: Form = "bullet" if column == "outcomes" else "numbered"
    return [ReadParagraph(f"¶{k + 1}", t, form) for k, t in enumerate(texts)]


def row_changes(
    before: dict[tuple[str, str], ReadRow], after: dict[tuple[str, str], ReadRow]
) -> list[Change]:
    """The progress appendix: each column of a row kept; a row added (its cells, and the
    row it follows in its priority) or removed."""
    before, after = _folded(before), _folded(after)
    out, after = _bands(before, after)
    order = list(after)
    for k in _keys(before, after):
        old, new = before.get(k), after.get(k)
        printed = (old or new).priority  # type: ignore[union-attr]
        where = f"appendix row {printed} / {k[1]}"
        if old is None and new is not None:
            at = order.index(k)
            prev = order[at - 1] if at > 0 and order[at - 1][0] == k[0] else None
            cells = (new.action, new.update, new.status)
            out.append(
                Change(
                    where,
                    "added",
                    None,
                    new.action,
                    printed,
                    None,
                    prev and prev[1],
                    part="rows",
                    cells=cells,
                )
            )
            continue
        if new is None and old is not None:
            out.append(Change(where, "removed", old.action, None, printed, part="rows"))
            continue
        for column in ("action", "update", "status"):
            a, b = getattr(old, column), getattr(new, column)
            if key(a) != key(b):
                out.append(Change(f"{where}: {column}", "changed", a, b, part="rows"))
    return out


def _folded(rows: dict[tuple[str, str], ReadRow]) -> dict[tuple[str, str], ReadRow]:
    """Rows keyed by their priority's words as compared (`key`), not as printed."""
    return {(key(p), n): r for (p, n), r in rows.items()}


def _bands(
    before: dict[tuple[str, str], ReadRow], after: dict[tuple[str, str], ReadRow]
) -> tuple[list[Change], dict[tuple[str, str], ReadRow]]:
    """A priority's band renamed (its rows the same, under a heading only the copy has):
    one change each, and the copy's rows keyed under the old name for the row diff."""
    old = list(dict.fromkeys(p for p, _n in before))
    new = list(dict.fromkeys(p for p, _n in after))
    gone = [p for p in old if p not in new]
    came = [p for p in new if p not in old]
    renamed: dict[str, str] = {}
    for p in came:
        numbers = {n for q, n in after if q == p}
        match = next((g for g in gone if numbers == {n for q, n in before if q == g}), None)
        if match is not None and match not in renamed.values():
            renamed[p] = match
    label = {p: r.priority for (p, _n), r in [*before.items(), *after.items()]}
    changes = [
        Change(f"appendix band {label[was]}", "changed", label[was], label[now], part="rows")
        for now, was in renamed.items()
    ]
    keyed = {
        (renamed.get(p, p), n): replace(r, priority=label[renamed[p]]) if p in renamed else r
        for (p, n), r in after.items()
    }
    return changes, keyed


def checklist_changes(
    before: dict[str, ReadCheck] | None, after: dict[str, ReadCheck] | None
) -> list[Change]:
    """The before-you-publish checklist: a row's "in the evidence?" and "where" cells,
    rows added or removed; the whole table gone is one change."""
    if before is None:
        return []
    if after is None:
        return [
            Change(
                "checklist", "removed", "the before-you-publish checklist", None, part="checklist"
            )
        ]
    out: list[Change] = []
    a = {key(k).lower(): v for k, v in before.items()}
    b = {key(k).lower(): v for k, v in after.items()}
    for k in _keys(a, b):
        old, new = a.get(k), b.get(k)
        if old is None and new is not None:
            cells = (new.requirement, new.found, new.where)
            out.append(
                Change(
                    f"checklist: {new.requirement}",
                    "added",
                    None,
                    new.requirement,
                    part="checklist",
                    cells=cells,
                )
            )
        elif new is None and old is not None:
            out.append(
                Change(
                    f"checklist: {old.requirement}",
                    "removed",
                    old.requirement,
                    None,
                    part="checklist",
                )
            )
        elif old is not None and new is not None:
            for column, label in (("found", "in the evidence?"), ("where", "where")):
                x, y = getattr(old, column), getattr(new, column)
                if key(x) != key(y):
                    out.append(
                        Change(
                            f"checklist: {old.requirement}: {label}",
                            "changed",
                            x,
                            y,
                            section=old.requirement,
                            part="checklist",
                        )
                    )
    return out


def _keys(before: dict[Any, Any], after: dict[Any, Any]) -> list[Any]:
    return list(dict.fromkeys([*before, *after]))


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """The words of `after` against `before`: ("same" | "added" | "removed", words), so a
    person sees which words changed, not a whole paragraph struck and re-added. Words
    differing only as autocorrect makes them (quotes, dashes) are the same."""
    a, b = before.split(), after.split()
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(
        None, [key(w) for w in a], [key(w) for w in b], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", " ".join(b[j1:j2])))
    return out
