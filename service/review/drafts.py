"""Drafts with their versions. A draft's content is the `drafting.model.Draft` as JSON
plus the chair's review (which drafted sentences were accepted or rejected); every
change adds a `draft_versions` row (who, when, what, and the content after it). An
approved draft is frozen: changes answer `Conflict`.

Suggestion ids are the drafted sentences' own stable ids (`drafting.build.ids`:
"s…" in the body, "r…" in the progress appendix's update column), so a verdict stays
on its sentence whatever is edited, rejected or added around it; a sentence a person
writes gets a new id. The appendix rows' suggested statuses (`r<row>.status`, rows
never move) are reviewed apart, with `review_status`: see `service.review.statuses`.

Approving a draft with suggestions still pending is allowed, for sentences and
statuses alike: pending sentences stay in the text and pending statuses go out marked
as suggested (the .docx comment says so); the approval's version records how many.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from drafting.build import build_draft
from drafting.build.ids import new_sentence
from drafting.build.progress import refresh
from drafting.model import Draft, DraftParagraph, DraftSection, Sentence
from extract.codec import encode
from extract.errors import BadRequest, Conflict, NotFound
from service.review import content as stored
from service.review import statuses as draft_statuses
from service.review.content import DraftContent, Suggestion, Verdict
from service.review.statuses import STATUSES as STATUSES
from service.web.store import ledger as ledger_store
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow, DraftVersion, now


def generate(scope: BoardScope, period: str | None, date: str | None) -> DraftRow:
    draft = build_draft(ledger_store.ledger(scope), period=period, date=date)
    row = DraftRow(
        board_id=scope.board_id,
        title=draft.title,
        period=draft.period,
        content=stored.dump(DraftContent(draft)),
        created_by=scope.user.id,
    )
    scope.session.add(row)
    scope.session.flush()
    _record(scope, row, {"action": "generated", "where": None, "before": None, "after": None})
    return row


def content_of(row: DraftRow | DraftVersion) -> DraftContent:
    """The draft's (or a version's) stored content, decoded."""
    return stored.load(row.content)


def effective(content: DraftContent) -> Draft:
    """The draft as it reads now: rejected sentences left out, reviewed statuses in."""
    draft = content.draft
    rejected = {k for k, v in content.review.items() if v == "rejected"}
    if rejected:
        draft = _without(draft, rejected)
    return draft_statuses.apply(draft, content)


def as_reviewed(content: DraftContent) -> Draft:
    """The draft with reviewed statuses in and every sentence kept, rejected ones too:
    what the review page shows, with every paragraph at the index the edits use
    (leaving a paragraph's only sentence out would shift the paragraphs after it)."""
    return draft_statuses.apply(content.draft, content)


def sentences(draft: Draft) -> Iterator[tuple[str, str, Sentence]]:
    """Every drafted sentence with its id and where it is, in draft order."""
    for i, section in enumerate(draft.sections):
        for j, p in enumerate(section.paragraphs):
            for s in p.sentences:
                yield s.id, f"section {i} ¶{j}", s
    for i, row in enumerate(draft.rows):
        for s in row.update:
            yield s.id, f"appendix row {i}", s


def _without(draft: Draft, rejected: set[str]) -> Draft:
    sections = []
    for section in draft.sections:
        paragraphs: list[DraftParagraph] = []
        for p in section.paragraphs:
            kept = tuple(s for s in p.sentences if s.id not in rejected)
            if kept:
                paragraphs.append(replace(p, sentences=kept))
        sections.append(replace(section, paragraphs=tuple(paragraphs)))
    rows = tuple(
        replace(r, update=tuple(s for s in r.update if s.id not in rejected)) for r in draft.rows
    )
    return replace(draft, sections=tuple(sections), rows=rows)


def suggestions(content: DraftContent) -> list[Suggestion]:
    """Every sentence with its review state: pending, accepted or rejected; a person's
    own text is "written", nothing to tick."""
    return [
        Suggestion(sid, where, s.text, s.kind, len(s.cites), _state(content, sid, s))
        for sid, where, s in sentences(content.draft)
    ]


def _state(content: DraftContent, sid: str, sentence: Sentence) -> str:
    if sentence.kind == "written":
        return content.review.get(sid, "written")
    return content.review.get(sid, "pending")


BULK = ("accept_all", "reject_all")


def review_section(
    scope: BoardScope, row: DraftRow, index: int, verdict: str, base: int | None
) -> DraftRow:
    """Accept or reject every pending drafted sentence of section `index` (not its
    placeholders, not a person's own text) in one version, which records each
    sentence's state before so that `undo` can put them back."""
    content = editable(row, base)
    _at(content.draft.sections, index, "section")
    state: Verdict = "accepted" if verdict == "accepted" else "rejected"
    where = f"section {index} "
    pending = [
        s.id
        for s in suggestions(content)
        if s.where.startswith(where) and s.state == "pending" and s.kind != "placeholder"
    ]
    if not pending:
        raise BadRequest(f"section {index} has no suggestion left to {verdict[:6]}")
    decided = replace(content, review={**content.review, **dict.fromkeys(pending, state)})
    action = "accept_all" if state == "accepted" else "reject_all"
    before = dict.fromkeys(pending, "pending")
    return save(scope, row, decided, action, f"section {index}", before, state)


def undo(scope: BoardScope, row: DraftRow, number: int, base: int | None) -> DraftRow:
    """Undo the "accept all" or "reject all" of version `number`: its sentences go back
    to the state they had, unless a later verdict decided them again."""
    content = editable(row, base)
    found = [v for v in scope.versions(row.id) if v.number == number]
    if not found or found[0].change.get("action") not in BULK:
        raise BadRequest(f"version {number} of draft {row.id} is not an accept all or reject all")
    change = found[0].change
    later = {
        c.get("where") for v in scope.versions(row.id) if v.number > number for c in [v.change]
    }
    review = dict(content.review)
    restored = [sid for sid in change["before"] if sid not in later]
    for sid in restored:
        review.pop(sid, None)
    undone = replace(content, review=review)
    return save(scope, row, undone, "undo", change["where"], number, len(restored))


def edit_section(
    scope: BoardScope,
    row: DraftRow,
    index: int,
    paragraph: int | None,
    text: str | None,
    heading: str | None,
    base: int | None,
) -> DraftRow:
    content = editable(row, base)
    section = _at(content.draft.sections, index, "section")
    if heading is not None:
        before, edited = section.heading, replace(section, heading=heading)
        where = f"section {index} heading"
    elif paragraph is not None and text is not None:
        p = _at(section.paragraphs, paragraph, "paragraph")
        before = " ".join(s.text for s in p.sentences)
        written = replace(p, sentences=(new_sentence(content.draft, section, text),))
        edited = replace(section, paragraphs=put(section.paragraphs, paragraph, written))
        content = _forget(content, p.sentences)
        where = f"section {index} ¶{paragraph}"
    else:
        raise BadRequest("give a new `heading`, or a `paragraph` index and its new `text`")
    content = with_section(content, index, edited)
    after = heading if heading is not None else text
    return save(scope, row, content, "edit_section", where, before, after)


def edit_row(
    scope: BoardScope,
    row: DraftRow,
    index: int,
    update: str | None,
    status: str | None,
    base: int | None,
) -> DraftRow:
    content, before, after = row_edited(
        editable(row, base), index, update, status, scope.user.email
    )
    return save(scope, row, content, "edit_row", f"appendix row {index}", before, after)


def row_edited(
    content: DraftContent, index: int, update: str | None, status: str | None, by: str
) -> tuple[DraftContent, dict[str, Any], dict[str, Any]]:
    """Row `index` with a new update text, status, or both, by `by`: (the content, the
    row's update and status before, and after)."""
    r = _at(content.draft.rows, index, "appendix row")
    if update is None and status is None:
        raise BadRequest("give a new `update` text, a new `status`, or both")
    before = {"update": r.update_text, "status": draft_statuses.now(content, index).status}
    if status is not None:  # before the update: a gap's status is set, not a verdict
        content = draft_statuses.set_by_edit(content, index, status, by)
    if update is not None:
        if r.gap:
            content = draft_statuses.written_into_gap(content, index, by)
        replaced = r.update
        r = replace(r, update=(new_sentence(content.draft, r, update),), gap=False)
        rows = put(content.draft.rows, index, r)
        content = _forget(replace(content, draft=replace(content.draft, rows=rows)), replaced)
    after = {"update": r.update_text, "status": draft_statuses.now(content, index).status}
    return content, before, after


VERDICTS: dict[str, Verdict] = {"accept": "accepted", "reject": "rejected"}


def verdict_of(word: str) -> Verdict:
    """The review state a verdict in a path names (accept, reject)."""
    if word not in VERDICTS:
        raise BadRequest("the verdict is accept or reject")
    return VERDICTS[word]


def review(
    scope: BoardScope, row: DraftRow, suggestion: str, verdict: str, base: int | None
) -> DraftRow:
    content = editable(row, _base_for_verdict(scope, row, base, suggestion))
    known = {s.id: s for s in suggestions(content)}
    if suggestion not in known and base is not None and base < row.version:
        raise Conflict(
            f"the sentence {suggestion} is no longer in draft {row.id}: it was edited after "
            f"version {base}; reload the draft to see its text now"
        )
    if suggestion not in known:
        raise NotFound(f"there is no suggestion {suggestion} in draft {row.id}")
    if verdict not in ("accepted", "rejected"):
        raise BadRequest("verdict must be accept or reject")
    state: Verdict = "accepted" if verdict == "accepted" else "rejected"
    before = known[suggestion].state
    decided = replace(content, review={**content.review, suggestion: state})
    return save(scope, row, decided, state, suggestion, before, state)


def review_status(
    scope: BoardScope,
    row: DraftRow,
    index: int,
    verdict: str,
    status: str | None,
    base: int | None,
) -> DraftRow:
    """Accept or reject appendix row `index`'s suggested status; a rejection may name
    the status it should be (else the row's status is to confirm)."""
    place = f"appendix row {index} status"
    content = editable(row, _base_for_verdict(scope, row, base, place))
    decided, before, after = draft_statuses.decide(
        content, index, verdict, status, scope.user.email
    )
    action = f"status_{verdict}"
    return save(scope, row, decided, action, place, encode(before), encode(after))


def approve(scope: BoardScope, row: DraftRow, base: int | None) -> DraftRow:
    """Approve (chair): allowed with suggestions pending; the version says how many."""
    content = editable(row, base)
    row.status, row.approved_by, row.approved_at = "approved", scope.user.id, now()
    return save(scope, row, content, "approved", None, "draft", "approved", pending=left(content))


def reopen(scope: BoardScope, row: DraftRow, base: int | None) -> DraftRow:
    """Reopen an approved draft (chair) for more edits; the history records who, when and
    when it had been approved."""
    if row.status != "approved":
        raise Conflict(f"draft {row.id} is not approved: there is nothing to reopen")
    if base is not None and base != row.version:
        raise Conflict(
            f"draft {row.id} is at version {row.version}, not {base}: reload it and try again"
        )
    was = row.approved_at.isoformat(timespec="minutes") if row.approved_at else None
    row.status, row.approved_by, row.approved_at = "draft", None, None
    return save(scope, row, content_of(row), "reopened", None, "approved", "draft", approved=was)


def left(content: DraftContent) -> dict[str, int]:
    """What is still open in a draft: sentences and statuses not reviewed, and the
    placeholders only its author can write (not rejected)."""
    every = suggestions(content)
    written = [s for s in every if s.kind != "placeholder"]
    placeholders = [s for s in every if s.kind == "placeholder"]
    return {
        "sentences": sum(1 for s in written if s.state == "pending"),
        "statuses": draft_statuses.pending(content),
        "placeholders": sum(1 for s in placeholders if s.state != "rejected"),
    }


def _base_for_verdict(scope: BoardScope, row: DraftRow, base: int | None, where: str) -> int | None:
    """A verdict on `where` (a sentence id, or a row's status) made on an older version
    still applies when no change since then touched it: verdicts on other sentences and
    edits elsewhere leave it as it was seen (sentences keep their ids, rows their
    places). A sentence edited away since is not found (`review` says so); after another
    verdict on `where`, or an edit of its row, this one would silently reverse or miss
    it: a conflict."""
    if base is None or base >= row.version:
        return base
    since = [v.change for v in scope.versions(row.id) if v.number > base]
    touched = {c.get("where") for c in since}
    row_edit = where.removesuffix(" status") if where.endswith(" status") else None
    return base if where in touched or row_edit in touched else None


def editable(row: DraftRow, base: int | None) -> DraftContent:
    if row.status == "approved":
        at = row.approved_at.isoformat(timespec="minutes") if row.approved_at else "?"
        raise Conflict(
            f"draft {row.id} was approved ({at}) and is frozen; the Chair can reopen it "
            "(or generate a new draft) to change it"
        )
    if base is not None and base != row.version:
        raise Conflict(
            f"draft {row.id} is at version {row.version}, not {base}: someone changed it; "
            "reload it and apply your change again"
        )
    return content_of(row)


def _at(items: tuple[Any, ...], index: int, what: str) -> Any:
    if not 0 <= index < len(items):
        raise NotFound(f"there is no {what} {index} (this draft has {len(items)})")
    return items[index]


def put(items: tuple[Any, ...], index: int, item: Any) -> tuple[Any, ...]:
    return (*items[:index], item, *items[index + 1 :])


def with_section(content: DraftContent, index: int, section: DraftSection) -> DraftContent:
    sections = put(content.draft.sections, index, section)
    return replace(content, draft=replace(content.draft, sections=sections))


def _forget(content: DraftContent, replaced: tuple[Sentence, ...]) -> DraftContent:
    """The verdicts without those on sentences an edit replaced."""
    gone = {s.id for s in replaced}
    review = {k: v for k, v in content.review.items() if k not in gone}
    return replace(content, review=review)


def save(
    scope: BoardScope,
    row: DraftRow,
    content: DraftContent,
    action: str,
    where: str | None,
    before: Any,
    after: Any,
    **more: Any,
) -> DraftRow:
    row.content = stored.dump(recounted(content))
    row.version += 1
    change = {"action": action, "where": where, "before": before, "after": after, **more}
    _record(scope, row, change)
    return row


def recounted(content: DraftContent) -> DraftContent:
    """The content with its progress narrative counted again from the appendix rows as
    reviewed now (`drafting.build.progress.refresh`), so every number in it is the
    appendix's after a status is edited or decided; paragraphs a person wrote stay."""
    shown = draft_statuses.apply(content.draft, content)
    fresh = refresh(replace(content.draft, rows=shown.rows))
    return replace(content, draft=replace(content.draft, sections=fresh.sections))


def _record(scope: BoardScope, row: DraftRow, change: dict[str, Any]) -> None:
    scope.session.add(
        DraftVersion(
            draft_id=row.id,
            number=row.version,
            user_id=scope.user.id,
            change=change,
            content=row.content,
        )
    )
    scope.session.flush()
