"""Drafts with their versions. A draft's content is the `drafting.model.Draft` as JSON
plus the chair's review (which drafted sentences were accepted or rejected); every
change adds a `draft_versions` row (who, when, what, and the content after it). An
approved draft is frozen: changes answer `Conflict`.

Suggestion ids name drafted sentences: `s<section>.p<paragraph>.<sentence>` in the
body and `r<row>.<sentence>` in the progress appendix's update column (all 0-based).
The appendix rows' suggested statuses (`r<row>.status`) are reviewed apart, with
`review_status`: see `service.review.statuses`.

Approving a draft with suggestions still pending is allowed, for sentences and
statuses alike: pending sentences stay in the text and pending statuses go out marked
as suggested (the .docx comment says so); the approval's version records how many.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from drafting.build import build_draft
from drafting.model import Draft, DraftParagraph
from extract.errors import BadRequest, Conflict, NotFound
from extract.model import to_dict
from service.review import statuses as draft_statuses
from service.review.statuses import STATUSES as STATUSES
from service.web.codec import draft_from_dict
from service.web.store import ledger as ledger_store
from service.web.store.scope import BoardScope
from service.web.store.tables import DraftRow, DraftVersion, User, now


def generate(scope: BoardScope, period: str | None, date: str | None) -> DraftRow:
    draft = build_draft(ledger_store.ledger(scope), period=period, date=date)
    content = {"draft": to_dict(draft), "review": {}}
    row = DraftRow(
        board_id=scope.board_id,
        title=draft.title,
        period=draft.period,
        content=content,
        created_by=scope.user.id,
    )
    scope.session.add(row)
    scope.session.flush()
    _record(scope, row, {"action": "generated", "where": None, "before": None, "after": None})
    return row


def effective(content: dict[str, Any]) -> Draft:
    """The draft as it reads now: rejected sentences left out, reviewed statuses in."""
    draft = draft_from_dict(content["draft"])
    rejected = {k for k, v in content.get("review", {}).items() if v == "rejected"}
    if rejected:
        draft = _without(draft, rejected)
    return draft_statuses.apply(draft, content)


def as_reviewed(content: dict[str, Any]) -> Draft:
    """The draft with reviewed statuses in and every sentence kept, rejected ones too:
    what the review page shows, at the indices the suggestions, the verdicts and the
    edits use (leaving rejected sentences out would shift them)."""
    return draft_statuses.apply(draft_from_dict(content["draft"]), content)


def _without(draft: Draft, rejected: set[str]) -> Draft:
    sections = []
    for i, section in enumerate(draft.sections):
        paragraphs: list[DraftParagraph] = []
        for j, p in enumerate(section.paragraphs):
            kept = tuple(s for k, s in enumerate(p.sentences) if f"s{i}.p{j}.{k}" not in rejected)
            if kept:
                paragraphs.append(replace(p, sentences=kept))
        sections.append(replace(section, paragraphs=tuple(paragraphs)))
    rows = tuple(
        replace(r, update=tuple(s for k, s in enumerate(r.update) if f"r{i}.{k}" not in rejected))
        for i, r in enumerate(draft.rows)
    )
    return replace(draft, sections=tuple(sections), rows=rows)


def suggestions(content: dict[str, Any]) -> list[dict[str, Any]]:
    draft = content["draft"]
    review = content.get("review", {})
    out = []
    for i, section in enumerate(draft["sections"]):
        for j, p in enumerate(section["paragraphs"]):
            for k, s in enumerate(p["sentences"]):
                out.append(_suggestion(f"s{i}.p{j}.{k}", f"section {i} ¶{j}", s, review))
    for i, row in enumerate(draft["rows"]):
        for k, s in enumerate(row["update"]):
            out.append(_suggestion(f"r{i}.{k}", f"appendix row {i}", s, review))
    return out


def _suggestion(sid: str, where: str, s: dict[str, Any], review: dict[str, str]) -> dict[str, Any]:
    return {
        "id": sid,
        "where": where,
        "text": s["text"],
        "kind": s["kind"],
        "cites": len(s["cites"]),
        "state": review.get(sid, "pending"),
    }


def edit_section(
    scope: BoardScope,
    row: DraftRow,
    index: int,
    paragraph: int | None,
    text: str | None,
    heading: str | None,
    base: int | None,
) -> DraftRow:
    content = _editable(row, base)
    sections = content["draft"]["sections"]
    section = _at(sections, index, "section")
    if heading is not None:
        before, section["heading"] = section["heading"], heading
        where = f"section {index} heading"
    elif paragraph is not None and text is not None:
        p = _at(section["paragraphs"], paragraph, "paragraph")
        before = " ".join(s["text"] for s in p["sentences"])
        p["sentences"] = [{"text": text, "kind": "assembled", "cites": []}]
        _forget(content, f"s{index}.p{paragraph}.")
        where = f"section {index} ¶{paragraph}"
    else:
        raise BadRequest("give a new `heading`, or a `paragraph` index and its new `text`")
    after = heading if heading is not None else text
    return _save(scope, row, content, "edit_section", where, before, after)


def edit_row(
    scope: BoardScope,
    row: DraftRow,
    index: int,
    update: str | None,
    status: str | None,
    base: int | None,
) -> DraftRow:
    content = _editable(row, base)
    r = _at(content["draft"]["rows"], index, "appendix row")
    if update is None and status is None:
        raise BadRequest("give a new `update` text, a new `status`, or both")
    before = {"update": _update_text(r), "status": draft_statuses.now(content, index)["status"]}
    if status is not None:  # before the update: a gap's status is set, not a verdict
        draft_statuses.set_by_edit(content, index, status, scope.user.email)
    if update is not None:
        if r["gap"]:
            draft_statuses.written_into_gap(content, index, scope.user.email)
        r["update"] = [{"text": update, "kind": "assembled", "cites": []}]
        r["gap"] = False
        _forget(content, f"r{index}.")
    after = {"update": _update_text(r), "status": draft_statuses.now(content, index)["status"]}
    return _save(scope, row, content, "edit_row", f"appendix row {index}", before, after)


def _update_text(row: dict[str, Any]) -> str:
    return " ".join(s["text"] for s in row["update"])


VERDICTS = {"accept": "accepted", "reject": "rejected"}


def verdict_of(word: str) -> str:
    """The review state a verdict in a path names (accept, reject)."""
    if word not in VERDICTS:
        raise BadRequest("the verdict is accept or reject")
    return VERDICTS[word]


def review(
    scope: BoardScope, row: DraftRow, suggestion: str, verdict: str, base: int | None
) -> DraftRow:
    content = _editable(row, _base_for_verdict(scope, row, base, suggestion))
    known = {s["id"]: s for s in suggestions(content)}
    if suggestion not in known:
        raise NotFound(f"there is no suggestion {suggestion} in draft {row.id}")
    if verdict not in ("accepted", "rejected"):
        raise BadRequest("verdict must be accept or reject")
    before = known[suggestion]["state"]
    content["review"][suggestion] = verdict
    return _save(scope, row, content, verdict, suggestion, before, verdict)


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
    content = _editable(row, _base_for_verdict(scope, row, base, place))
    before, after = draft_statuses.decide(content, index, verdict, status, scope.user.email)
    action = f"status_{verdict}"
    return _save(scope, row, content, action, place, before, after)


def approve(scope: BoardScope, row: DraftRow, base: int | None) -> DraftRow:
    """Approve (chair): allowed with suggestions pending; the version says how many."""
    content = _editable(row, base)
    row.status, row.approved_by, row.approved_at = "approved", scope.user.id, now()
    return _save(scope, row, content, "approved", None, "draft", "approved", pending=left(content))


def left(content: dict[str, Any]) -> dict[str, int]:
    """What is still open in a draft: sentences and statuses not reviewed, and the
    placeholders only its author can write (not rejected)."""
    sentences = suggestions(content)
    written = [s for s in sentences if s["kind"] != "placeholder"]
    placeholders = [s for s in sentences if s["kind"] == "placeholder"]
    return {
        "sentences": sum(1 for s in written if s["state"] == "pending"),
        "statuses": draft_statuses.pending(content),
        "placeholders": sum(1 for s in placeholders if s["state"] != "rejected"),
    }


VERDICT_ACTIONS = frozenset({"accepted", "rejected", "status_accepted", "status_rejected"})
"""Version actions that decide a suggestion and leave every sentence where it was."""


def _base_for_verdict(scope: BoardScope, row: DraftRow, base: int | None, where: str) -> int | None:
    """A verdict on `where` made on an older version still applies when every change
    since then was a verdict on something else (two tabs deciding different sentences:
    the sentences kept their places). After an edit the indices may point elsewhere, and
    after another verdict on `where` this one would silently reverse it: a conflict."""
    if base is None or base >= row.version:
        return base
    since = [v.change for v in scope.versions(row.id) if v.number > base]
    others = all(c.get("action") in VERDICT_ACTIONS and c.get("where") != where for c in since)
    return None if others else base


def _editable(row: DraftRow, base: int | None) -> dict[str, Any]:
    if row.status == "approved":
        at = row.approved_at.isoformat(timespec="minutes") if row.approved_at else "?"
        raise Conflict(
            f"draft {row.id} was approved ({at}) and is frozen; generate a new draft to change it"
        )
    if base is not None and base != row.version:
        raise Conflict(
            f"draft {row.id} is at version {row.version}, not {base}: someone changed it; "
            "reload it and apply your change again"
        )
    return copy.deepcopy(row.content)


def _at(items: list[Any], index: int, what: str) -> Any:
    if not 0 <= index < len(items):
        raise NotFound(f"there is no {what} {index} (this draft has {len(items)})")
    return items[index]


def _forget(content: dict[str, Any], prefix: str) -> None:
    content["review"] = {k: v for k, v in content["review"].items() if not k.startswith(prefix)}


def _save(
    scope: BoardScope,
    row: DraftRow,
    content: dict[str, Any],
    action: str,
    where: str | None,
    before: Any,
    after: Any,
    **more: Any,
) -> DraftRow:
    row.content = content
    row.version += 1
    change = {"action": action, "where": where, "before": before, "after": after, **more}
    _record(scope, row, change)
    return row


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


def draft_json(row: DraftRow, *, content: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": row.id,
        "board": row.board_id,
        "title": row.title,
        "period": row.period,
        "status": row.status,
        "version": row.version,
        "created_at": row.created_at.isoformat(),
        "approved_at": row.approved_at.isoformat() if row.approved_at else None,
    }
    if content:
        data["draft"] = to_dict(effective(row.content))
        data["suggestions"] = suggestions(row.content)
        data["status_suggestions"] = draft_statuses.suggestions(row.content)
    return data


def version_json(v: DraftVersion, users: dict[int, User]) -> dict[str, Any]:
    user = users.get(v.user_id)
    return {
        "number": v.number,
        "by": user.email if user else v.user_id,
        "at": v.at.isoformat(),
        "change": v.change,
    }
