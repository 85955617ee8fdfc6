"""sentence ids: stored drafts name their sentences by stable id, not position

Drafts stored before drafting gave every sentence an id have sentences without one and
verdicts keyed by position (`s<section>.p<paragraph>.<k>`, `r<row>.<k>`). This gives
each stored sentence the id drafting would give it (`drafting.build.ids`, the one rule),
keys the verdicts by the id of the sentence at that position in the same stored
content, and does the same in every version: its content, and the `where` of its
change (a verdict's position is looked up in that version's own content, which a
verdict never reorders). A positional key that names no sentence is dropped (it could
never be shown). Drafts that already have ids are left as they are.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import copy
from typing import Any

import sqlalchemy as sa
from alembic import op

from drafting.build.ids import row_part, section_part, sentence_id, sentence_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DRAFTS = sa.table("drafts", sa.column("id", sa.Integer), sa.column("content", sa.JSON))
VERSIONS = sa.table(
    "draft_versions",
    sa.column("id", sa.Integer),
    sa.column("content", sa.JSON),
    sa.column("change", sa.JSON),
)


def upgrade() -> None:
    bind = op.get_bind()
    for row in bind.execute(sa.select(DRAFTS.c.id, DRAFTS.c.content)).all():
        content, _ = with_ids(row.content)
        if content is not None:
            bind.execute(DRAFTS.update().where(DRAFTS.c.id == row.id).values(content=content))
    query = sa.select(VERSIONS.c.id, VERSIONS.c.content, VERSIONS.c.change)
    for version in bind.execute(query).all():
        content, by_position = with_ids(version.content)
        if content is None:
            continue
        change = dict(version.change)
        if change.get("where") in by_position:
            change["where"] = by_position[change["where"]]
        values = {"content": content, "change": change}
        bind.execute(VERSIONS.update().where(VERSIONS.c.id == version.id).values(**values))


def downgrade() -> None:
    """Ids are kept on the sentences (older code ignores them); verdicts, and the
    versions' verdict places, go back to positions."""
    bind = op.get_bind()
    for row in bind.execute(sa.select(DRAFTS.c.id, DRAFTS.c.content)).all():
        content, _ = _positional(row.content)
        bind.execute(DRAFTS.update().where(DRAFTS.c.id == row.id).values(content=content))
    query = sa.select(VERSIONS.c.id, VERSIONS.c.content, VERSIONS.c.change)
    for version in bind.execute(query).all():
        content, by_id = _positional(version.content)
        change = dict(version.change)
        if change.get("where") in by_id:
            change["where"] = by_id[change["where"]]
        values = {"content": content, "change": change}
        bind.execute(VERSIONS.update().where(VERSIONS.c.id == version.id).values(**values))


def with_ids(stored: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The content with an id on every sentence and its verdicts keyed by them, and the
    positional key → id of each sentence; (None, {}) when its sentences have ids."""
    content = copy.deepcopy(stored)
    places = list(_sentences(content["draft"]))
    if all(s.get("id") for _, _, _, s in places):
        return None, {}
    taken = {s["id"] for _, _, _, s in places if s.get("id")}
    by_position = {}
    for position, prefix, part, sentence in places:
        if not sentence.get("id"):
            sentence["id"] = sentence_id(prefix, part, sentence_key(sentence), taken)
        by_position[position] = sentence["id"]
    review = content.get("review", {})
    content["review"] = {by_position[k]: v for k, v in review.items() if k in by_position}
    return content, by_position


def _sentences(draft: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(positional key, id prefix, part, sentence JSON) of every sentence, in order."""
    out = []
    for i, section in enumerate(draft["sections"]):
        part = section_part(section["number"], section["heading"])
        for j, p in enumerate(section["paragraphs"]):
            out += [(f"s{i}.p{j}.{k}", "s", part, s) for k, s in enumerate(p["sentences"])]
    for i, row in enumerate(draft["rows"]):
        part = row_part(row["priority"], row["number"], row["action"])
        out += [(f"r{i}.{k}", "r", part, s) for k, s in enumerate(row["update"])]
    return out


def _positional(stored: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    content = copy.deepcopy(stored)
    by_id = {s["id"]: key for key, _, _, s in _sentences(content["draft"]) if s.get("id")}
    review = content.get("review", {})
    content["review"] = {by_id[k]: v for k, v in review.items() if k in by_id}
    return content, by_id
