"""A fresh PostgreSQL database per test, created on the server and dropped afterwards.

The server is CARRYFORWARD_TEST_POSTGRES_URL (`.ci/run` sets it, with the password it
gives the postgres role), else postgres@localhost:5432 without a password. With the
default the tests skip when no server answers; a URL given explicitly must work, so
there they fail instead: CI cannot pass by silently skipping PostgreSQL.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import pytest
import sqlalchemy

ENV = "CARRYFORWARD_TEST_POSTGRES_URL"
DEFAULT_URL = "postgresql+psycopg://postgres@localhost:5432/postgres"


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, empty database (an admin URL's server, a random name)."""
    given = os.environ.get(ENV)
    admin_url = given or DEFAULT_URL

    def unavailable(reason: str) -> NoReturn:
        if given:
            pytest.fail(f"{ENV} is set but {reason}")
        pytest.skip(reason)

    if importlib.util.find_spec("psycopg") is None:
        unavailable("the PostgreSQL driver is not installed (pip install 'psycopg[binary]')")
    engine = sqlalchemy.create_engine(
        admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 2}
    )
    name = f"carryforward_test_{secrets.token_hex(4)}"
    try:
        with engine.connect() as c:
            c.exec_driver_sql(f"CREATE DATABASE {name}")
    except sqlalchemy.exc.OperationalError as exc:
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True)
        unavailable(f"no PostgreSQL server reachable at {where}: {str(exc)[:100]}")
    url = engine.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        engine.dispose()
