"""Regenerating a draft when new documents arrived, keeping what people did to it.

The draft is built again from the board's ledger for the same period, then:

- every verdict whose sentence (by its stable id, `drafting.build.ids`) is still in the
  new draft stays on it;
- a drafted paragraph a person moved to another section goes there again;
- every paragraph or appendix update a person wrote ("written" sentences) goes back in
  its place: the section with the same number (else heading), the paragraph with the
  same role and rank among that role's paragraphs (a paragraph the person added: after
  the paragraph it followed, found by its sentences' ids); the row with the same priority,
  number and action, its status decision with it;
- a progress appendix row a person removed stays out, and one a person added goes back
  after the row it followed;
- the parts a person edited in Word outside the body and the rows (the title, the
  board's line, lines under the title, notes dismissed, Appendix 1, the checklist) stay
  as the person left them when the documents still give that part as they did at the
  last generation; when they give it differently, the new part is taken and the
  person's version listed;
- whatever no longer fits (a verdict on a sentence the new draft does not have, a
  person's text whose section or row is gone, a drafted sentence kept in a paragraph
  the person edited that the documents no longer give) is listed in the version that records
  the regeneration, with its text, so none is lost (the previous version keeps it
  all, too).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from drafting.build import build_draft
from drafting.model import AppendixRow, Draft, DraftParagraph, DraftSection
from extract.codec import encode
from service.review import drafts
from service.review.content import DraftContent
from service.web.store import ledger as ledger_store
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow


def regenerate(scope: BoardScope, row: DraftRow, base: int | None) -> DraftRow:
    old = drafts.editable(row, base)
    fresh = build_draft(ledger_store.ledger(scope), period=row.period, date=old.draft.date)
    removed = {_row_key(r) for r in old.removed_rows}
    fresh = replace(fresh, rows=tuple(r for r in fresh.rows if _row_key(r) not in removed))
    lost: list[dict[str, Any]] = []
    sections = _moves_kept(tuple(_section(s, old.draft) for s in fresh.sections), old.draft)
    _unplaced_sections(old.draft, fresh, lost)
    generated = _generated(scope, row)
    rows, status_review = _rows(fresh, old, lost, generated)
    rows, status_review = _added_rows(rows, status_review, old)
    draft = replace(fresh, sections=sections, rows=rows)
    draft = _kept_parts(draft, old.draft, generated, lost)
    _outdated(fresh, draft, lost)
    ids = {sid for sid, _where, _s in drafts.sentences(draft)}
    review = {k: v for k, v in old.review.items() if k in ids}
    texts = {sid: s.text for sid, _where, s in drafts.sentences(old.draft)}
    lost += [
        {"what": "verdict", "id": k, "state": v, "text": texts.get(k, "")}
        for k, v in old.review.items()
        if k not in ids
    ]
    content = DraftContent(draft, review, status_review, old.removed_rows)
    kept = {"verdicts": len(review), "statuses": len(status_review)}
    return drafts.save(
        scope, row, content, "regenerated", None, None, None, kept=kept, no_longer_fit=lost
    )


def _outdated(fresh: Draft, draft: Draft, lost: list[dict[str, Any]]) -> None:
    """Drafted sentences kept in a paragraph a person edited that the documents no
    longer give (their sources changed): kept, and listed."""
    given = {sid for sid, _where, _s in drafts.sentences(fresh)}
    for section in draft.sections:
        for p in section.paragraphs:
            if not _written(p):
                continue
            lost += [
                {"what": "sentence kept", "id": s.id, "where": section.heading, "text": s.text}
                for s in p.sentences
                if s.kind != "written" and s.id not in given
            ]


PARTS = ("title", "board", "cover", "notes", "plan", "checklist")
"""The parts of a draft a person may edit in Word outside its sections and rows."""


def _generated(scope: BoardScope, row: DraftRow) -> Draft | None:
    """The draft as the documents gave it at the last generation (None: not recorded)."""
    made = [
        v for v in scope.versions(row.id) if v.change.get("action") in ("generated", "regenerated")
    ]
    return drafts.content_of(made[-1]).draft if made else None


def _kept_parts(
    draft: Draft, old: Draft, generated: Draft | None, lost: list[dict[str, Any]]
) -> Draft:
    """Each of `PARTS` a person changed since the last generation kept, when the
    documents still give it as they did then; else the new one, the person's listed."""
    if generated is None:
        return draft
    kept = {}
    for part in PARTS:
        mine, then, now = getattr(old, part), getattr(generated, part), getattr(draft, part)
        if mine == then:
            continue
        if now == then:
            kept[part] = mine
        else:
            lost.append({"what": part, "where": part, "text": encode(mine)})
    return replace(draft, **kept)


def _added_rows(
    rows: tuple[AppendixRow, ...], status_review: dict[str, Any], old: DraftContent
) -> tuple[tuple[AppendixRow, ...], dict[str, Any]]:
    """The rows a person added (no source) back after the row each followed."""
    out, decisions = list(rows), dict(status_review)
    for k, r in enumerate(old.draft.rows):
        if r.action_cite is not None:
            continue
        before = [_row_key(p) for p in old.draft.rows[:k]]
        keys = [_row_key(p) for p in out]
        place = next((keys.index(b) + 1 for b in reversed(before) if b in keys), 0)
        decisions = {str(int(i) + 1) if int(i) >= place else i: v for i, v in decisions.items()}
        out.insert(place, r)
        decision = old.status_review.get(str(k))
        if decision is not None:
            decisions[str(place)] = decision
    return tuple(out), decisions


def _action_edited(fresh: Draft, row: AppendixRow, generated: Draft | None) -> int | None:
    """The fresh row `row` is when a person edited its action (in Word): the one with its
    priority and number, still worded as the last generation worded it."""
    if generated is None:
        return None
    then = {(r.priority, r.number): r.action for r in generated.rows}
    was = then.get((row.priority, row.number))
    return next(
        (
            k
            for k, r in enumerate(fresh.rows)
            if (r.priority, r.number) == (row.priority, row.number)
            and r.action == was != row.action
        ),
        None,
    )


def _moves_kept(sections: tuple[DraftSection, ...], old: Draft) -> tuple[DraftSection, ...]:
    """A drafted paragraph a person moved to another section (its sentences, by id, in a
    section other than the one the documents give it in) moved there again, after the
    paragraph it followed."""
    out = [list(s.paragraphs) for s in sections]
    keys = [_key(s) for s in sections]
    for old_section in old.sections:
        if _key(old_section) not in keys:
            continue
        to = keys.index(_key(old_section))
        for k, p in enumerate(old_section.paragraphs):
            ids = {s.id for s in p.sentences}
            if _written(p) or not ids or any(ids & _ids(q) for q in out[to]):
                continue
            found = [(i, j) for i, ps in enumerate(out) for j, q in enumerate(ps) if ids == _ids(q)]
            if not found:
                continue
            i, j = found[0]
            moving = out[i].pop(j)
            out[to].insert(_after(out[to], old_section.paragraphs[:k]), moving)
    return tuple(replace(s, paragraphs=tuple(ps)) for s, ps in zip(sections, out, strict=True))


def _ids(paragraph: DraftParagraph) -> set[str]:
    return {s.id for s in paragraph.sentences}


def _key(section: DraftSection) -> tuple[str, str]:
    return ("number", section.number) if section.number else ("heading", section.heading)


def _written(p: DraftParagraph) -> bool:
    return any(s.kind == "written" for s in p.sentences)


def _section(new: DraftSection, old_draft: Draft) -> DraftSection:
    old = next((s for s in old_draft.sections if _key(s) == _key(new)), None)
    if old is None:
        return new
    paragraphs = list(new.paragraphs)
    for k, (role_rank, p) in enumerate(_ranked(old.paragraphs)):
        if not _written(p):
            continue
        if p.role == "written":  # a paragraph a person added: after the one it followed
            paragraphs.insert(_after(paragraphs, old.paragraphs[:k]), p)
            continue
        at = next((k for k, (rr, _p) in enumerate(_ranked(paragraphs)) if rr == role_rank), None)
        if at is None:
            paragraphs.append(p)
        else:
            paragraphs[at] = p
    return replace(new, paragraphs=tuple(paragraphs))


def _after(paragraphs: Sequence[DraftParagraph], before: Sequence[DraftParagraph]) -> int:
    """Where a paragraph that followed `before` goes in `paragraphs`: after the last of
    them still there (sharing a sentence), else at the end."""
    for old in reversed(before):
        ids = {s.id for s in old.sentences}
        at = next((k for k, p in enumerate(paragraphs) if ids & {s.id for s in p.sentences}), None)
        if at is not None:
            return at + 1
    return len(paragraphs) if before else 0


def _ranked(paragraphs: Sequence[DraftParagraph]) -> list[tuple[tuple[str, int], DraftParagraph]]:
    seen: dict[str, int] = {}
    out: list[tuple[tuple[str, int], DraftParagraph]] = []
    for p in paragraphs:
        rank = seen.get(p.role, 0)
        seen[p.role] = rank + 1
        out.append(((p.role, rank), p))
    return out


def _unplaced_sections(old: Draft, fresh: Draft, lost: list[dict[str, Any]]) -> None:
    keys = {_key(s) for s in fresh.sections}
    for section in old.sections:
        if _key(section) in keys:
            continue
        for p in section.paragraphs:
            if _written(p):
                lost.append({"what": "text", "where": section.heading, "text": p.text})


def _row_key(r: AppendixRow) -> tuple[str, str, str]:
    return (r.priority, r.number, r.action)


def _rows(
    fresh: Draft, old: DraftContent, lost: list[dict[str, Any]], generated: Draft | None
) -> tuple[tuple[AppendixRow, ...], dict[str, Any]]:
    at = {_row_key(r): k for k, r in enumerate(fresh.rows)}
    rows = list(fresh.rows)
    status_review = {}
    for k, r in enumerate(old.draft.rows):
        if r.action_cite is None:
            continue  # a person's row: `_added_rows` puts it back
        new = at.get(_row_key(r))
        if new is None:
            new = _action_edited(fresh, r, generated)
            if new is not None:
                rows[new] = replace(rows[new], action=r.action, items=r.items)
        written = any(s.kind == "written" for s in r.update)
        decision = old.status_review.get(str(k))
        if new is None:
            if written or decision is not None:
                lost.append(
                    {"what": "row", "where": f"{r.priority} / {r.number}", "text": r.update_text}
                )
            continue
        if written:
            rows[new] = replace(rows[new], update=r.update, gap=False)
        if decision is not None:
            status_review[str(new)] = decision
    return tuple(rows), status_review
