"""findings.pipeline_version: the pipeline that made each document's stored findings

A service started with another pipeline (`service.batch.version.PIPELINE_VERSION`)
reads the documents whose findings an older one made again, with their corrections
(`service.web.jobs.requeue_stale`). Rows from before this column have none: they are
read again once.

Revision ID: 0004_correct
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_correct"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pipeline_version", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_column("pipeline_version")
