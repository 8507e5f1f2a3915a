"""HQ's Alembic migrations build the whole schema on an empty database, on SQLite and on
PostgreSQL, and what they build matches the metadata the code uses."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from sync.server.hq_models import HQ_TABLE_NAMES
from sync.server.schema import BUSINESS, HQ_METADATA
from sync.server.service import HqDatabase
from tests.support import pg


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqDatabase]:
    if request.param == "sqlite":
        db = HqDatabase(f"sqlite:///{tmp_path / 'empty.db'}")
        yield db
        db.dispose()
        return
    with pg.fresh_database("hqmig") as url:
        db = HqDatabase(url)
        try:
            yield db
        finally:
            db.dispose()


def test_upgrade_builds_every_table_on_an_empty_database(empty_db: HqDatabase) -> None:
    empty_db.upgrade()
    empty_db.upgrade()  # a second run has nothing to do
    with empty_db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert names == set(HQ_METADATA.tables) | {"alembic_version"}
    assert not any(n.startswith("products_fts") or n == "product_search_docids" for n in names)
    assert set(HQ_TABLE_NAMES) <= names


def test_the_migrated_schema_matches_the_metadata(empty_db: HqDatabase) -> None:
    empty_db.upgrade()
    with empty_db.engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect the expression index of warehouse_inventory (checked below).
        warnings.simplefilter("ignore")
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, HQ_METADATA)
    assert diffs == []
    catalog = (
        "SELECT name FROM sqlite_master WHERE type = 'index'"
        if empty_db.is_sqlite
        else "SELECT indexname FROM pg_indexes"
    )
    with empty_db.engine.connect() as conn:
        indexes = set(conn.execute(text(catalog)).scalars())
    assert "uq_warehouse_inventory_item" in indexes


def test_every_unique_key_of_a_business_table_includes_the_organization(
    empty_db: HqDatabase,
) -> None:
    empty_db.upgrade()
    with empty_db.engine.connect() as conn:
        inspector = inspect(conn)
        for name in BUSINESS:
            if name == "organizations":
                continue
            keys = [u["column_names"] for u in inspector.get_unique_constraints(name)]
            keys += [
                [c for c in i["column_names"] if c]
                for i in inspector.get_indexes(name)
                if i["unique"]
            ]
            for columns in keys:
                assert "organization_id" in columns, (name, columns)
