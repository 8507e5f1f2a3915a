"""Alembic environment: runs against the connection handed in by ``pos_desktop.store.migrate``."""

from __future__ import annotations

from alembic import context

import pos_desktop.store.models  # noqa: F401  (registers every table)
from pos_desktop.store.base import Base
from pos_desktop.store.migrations_filter import include_object

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through pos_desktop.store.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
