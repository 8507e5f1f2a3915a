"""Alembic migrations: an empty database migrates to head, and head matches the models exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

import pos_desktop.store.models  # noqa: F401
from pos_desktop.store import migrate
from pos_desktop.store.base import Base
from pos_desktop.store.db import make_engine
from pos_desktop.store.migrations_filter import include_object


def test_migrations_exist() -> None:
    assert migrate.has_migrations(), "store/migrations/versions holds no revision"


def test_empty_database_migrates_to_head_matching_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db")
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
        index_names = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='index'"))
        }
        tables = set(inspect(conn).get_table_names())
        fts = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%fts5%'")
        ).all()
    assert diff == [], f"models and migrations disagree: {diff}"
    assert set(Base.metadata.tables) <= tables
    # compare_metadata cannot see expression indexes on SQLite: check every index by name.
    model_indexes = {i.name for t in Base.metadata.tables.values() for i in t.indexes}
    assert model_indexes <= index_names, model_indexes - index_names
    assert fts, "the FTS5 product search table was not created by the migration"
    engine.dispose()


def test_upgrade_is_idempotent(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db")
    migrate.upgrade(engine)
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    engine.dispose()


def test_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    with pytest.raises(migrate.SchemaTooNewError, match="newer"):
        migrate.upgrade(engine)
    engine.dispose()


def test_head_constant_matches_the_newest_revision_script() -> None:
    # upgrade() trusts HEAD_REVISION to skip loading Alembic at start-up.
    assert migrate.head_revision() == migrate.HEAD_REVISION
