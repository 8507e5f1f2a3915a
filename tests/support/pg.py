"""Fresh PostgreSQL databases for tests.

The server is given by ``POS_TEST_PG_DSN`` (e.g. ``postgresql://pos:pos@127.0.0.1:5432/postgres``;
the user needs CREATEDB). Without it a test that needs PostgreSQL is skipped with the reason,
or fails when ``POS_REQUIRE_PG=1`` (CI), so a missing server never passes silently there.

``fresh_database()`` makes ``CREATE DATABASE hq_<random>`` (optionally from a template that
already holds the migrated schema: copying it is much faster than migrating every time) and
drops it afterwards.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

DSN_ENV = "POS_TEST_PG_DSN"
REQUIRE_ENV = "POS_REQUIRE_PG"


def pg_dsn() -> str:
    """The DSN, or skip/fail the calling test when there is none."""
    dsn = os.environ.get(DSN_ENV, "").strip()
    if dsn:
        return dsn
    reason = f"PostgreSQL tests need {DSN_ENV} (e.g. postgresql://pos:pos@127.0.0.1:5432/postgres)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {DSN_ENV} is not set: {reason}")
    pytest.skip(reason)


def _admin_connect(dsn: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(dsn, autocommit=True)


def database_url(dsn: str, name: str) -> str:
    """SQLAlchemy URL (psycopg 3 driver) of database ``name`` on the DSN's server."""
    from sqlalchemy.engine import make_url

    url = make_url(dsn).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


def create_database(dsn: str, prefix: str = "hq", template: str | None = None) -> str:
    name = f"{prefix}_{secrets.token_hex(6)}"
    with _admin_connect(dsn) as conn:
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{suffix}')
    return name


def drop_database(dsn: str, name: str) -> None:
    with _admin_connect(dsn) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def fresh_database(prefix: str = "hq", template: str | None = None) -> Iterator[str]:
    """Yields the SQLAlchemy URL of a new, empty (or template-copied) database; drops it after."""
    dsn = pg_dsn()
    name = create_database(dsn, prefix, template)
    try:
        yield database_url(dsn, name)
    finally:
        drop_database(dsn, name)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (SQLAlchemy URL)."""
    with fresh_database() as url:
        yield url
