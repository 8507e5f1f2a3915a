"""HQ data-layer fixtures: a migrated HQ database on SQLite and on PostgreSQL.

The schema is migrated once per test session into a template (a SQLite file, a PostgreSQL
template database); each test gets a fresh copy, so every test starts from an empty, fully
migrated database without paying for the migrations again.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.server.service import HqDatabase
from tests.hq.world import World, build_world
from tests.support import pg

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hq_template") / "hq.db"
    db = HqDatabase(f"sqlite:///{path}")
    db.upgrade()
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """Name of a PostgreSQL template database holding the migrated schema."""
    dsn = pg.pg_dsn()
    name = pg.create_database(dsn, "hqtpl")
    db = HqDatabase(pg.database_url(dsn, name))
    try:
        db.upgrade()
    finally:
        db.dispose()
    yield name
    pg.drop_database(dsn, name)


def _open_sqlite(template: Path, tmp_path: Path) -> HqDatabase:
    path = tmp_path / "hq.db"
    shutil.copyfile(template, path)
    db = HqDatabase(f"sqlite:///{path}")
    db.upgrade()  # at head already: only makes this copy's own epoch if missing
    return db


@pytest.fixture(params=BACKENDS)
def hq_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqDatabase]:
    """A migrated, empty HQ database on each backend."""
    if request.param == "sqlite":
        db = _open_sqlite(request.getfixturevalue("sqlite_template"), tmp_path)
        yield db
        db.dispose()
        return
    template = request.getfixturevalue("pg_template")
    with pg.fresh_database("hq", template=template) as url:
        db = HqDatabase(url)
        db.upgrade()
        try:
            yield db
        finally:
            db.dispose()


@pytest.fixture
def world(hq_db: HqDatabase) -> World:
    """Two organizations: A (stores S01, S02; devices a1, a2 in S01, a3 in S02), B (S01; b1)."""
    return build_world(hq_db)
