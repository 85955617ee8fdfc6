"""The Alembic migrations build exactly the tables `service.web.store.tables` declares:
a fresh database upgraded to head, compared by Alembic's autogenerate with the ORM's
metadata, differs in nothing. A column (table, index, type...) added to the tables
without a migration fails here. On SQLite always, on PostgreSQL when reachable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData

from service.web.store.db import make_engine, migrate
from service.web.store.tables import Base
from tests.service.postgres import fresh_database


def differences(url: str, metadata: MetaData) -> list[Any]:
    """What autogenerate would write to turn the migrated database into `metadata`."""
    engine = make_engine(url)
    try:
        migrate(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, metadata))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
    else:
        with fresh_database() as url:
            yield url


def test_migration_head_matches_the_tables(fresh_url: str) -> None:
    assert differences(fresh_url, Base.metadata) == []


def test_a_column_without_a_migration_is_a_difference(fresh_url: str) -> None:
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    metadata.tables["boards"].append_column(Column("unmigrated", Integer, nullable=True))
    found = differences(fresh_url, metadata)
    assert [(d[0], d[2], d[3].name) for d in found] == [("add_column", "boards", "unmigrated")]
