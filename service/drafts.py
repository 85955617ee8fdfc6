"""Drafts with their versions. A draft's content is the `drafting.model.Draft` as JSON
plus the chair's review (which drafted sentences were accepted or rejected); every
change adds a `draft_versions` row (who, when, what, and the content after it). An
approved draft is frozen: changes answer `Conflict`.

Suggestion ids name drafted sentences: `s<section>.p<paragraph>.<sentence>` in the
body and `r<row>.<sentence>` in the progress appendix's update column (all 0-based).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from drafting.build import build_draft
from drafting.model import Draft, DraftParagraph
from extract.model import to_dict
from nlp.model import Status
from service import ledger_store
from service.codec import draft_from_dict
from service.errors import BadRequest, Conflict, NotFound
from service.scope import BoardScope
from service.tables import DraftRow, DraftVersion, User, now

STATUSES: tuple[Status, ...] = ("complete", "in_progress", "planned", "delayed", "unknown")


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
    """The draft as it reads now: rejected suggestions left out."""
    draft = draft_from_dict(content["draft"])
    rejected = {k for k, v in content.get("review", {}).items() if v == "rejected"}
    if not rejected:
        return draft
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
    if status is not None and status not in STATUSES:
        raise BadRequest(f"status must be one of {', '.join(STATUSES)}")
    before = {"update": " ".join(s["text"] for s in r["update"]), "status": r["status"]}
    if update is not None:
        r["update"] = [{"text": update, "kind": "assembled", "cites": []}]
        r["gap"] = False
        _forget(content, f"r{index}.")
    if status is not None:
        r["status"], r["status_cue"] = status, f"set by {scope.user.email}"
    after = {"update": " ".join(s["text"] for s in r["update"]), "status": r["status"]}
    return _save(scope, row, content, "edit_row", f"appendix row {index}", before, after)


VERDICTS = {"accept": "accepted", "reject": "rejected"}


def verdict_of(word: str) -> str:
    """The review state a verdict in a path names (accept, reject)."""
    if word not in VERDICTS:
        raise BadRequest("the verdict is accept or reject")
    return VERDICTS[word]


def review(
    scope: BoardScope, row: DraftRow, suggestion: str, verdict: str, base: int | None
) -> DraftRow:
    content = _editable(row, base)
    known = {s["id"]: s for s in suggestions(content)}
    if suggestion not in known:
        raise NotFound(f"there is no suggestion {suggestion} in draft {row.id}")
    if verdict not in ("accepted", "rejected"):
        raise BadRequest("verdict must be accept or reject")
    before = known[suggestion]["state"]
    content["review"][suggestion] = verdict
    return _save(scope, row, content, verdict, suggestion, before, verdict)


def approve(scope: BoardScope, row: DraftRow, base: int | None) -> DraftRow:
    content = _editable(row, base)
    row.status, row.approved_by, row.approved_at = "approved", scope.user.id, now()
    return _save(scope, row, content, "approved", None, "draft", "approved")


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
) -> DraftRow:
    row.content = content
    row.version += 1
    _record(scope, row, {"action": action, "where": where, "before": before, "after": after})
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
    return data


def version_json(v: DraftVersion, users: dict[int, User]) -> dict[str, Any]:
    user = users.get(v.user_id)
    return {
        "number": v.number,
        "by": user.email if user else v.user_id,
        "at": v.at.isoformat(),
        "change": v.change,
    }
