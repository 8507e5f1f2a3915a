"""Alembic environment of the HQ database (PostgreSQL or SQLite).

Run through ``HqDatabase.upgrade()`` (the connection is handed in), or with the alembic command
line: ``alembic -c sync/server/alembic.ini -x url=postgresql+psycopg://... upgrade head``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.server.meta import HQ_METADATA
from sync.server.schema import describe  # noqa: F401  (registers every table)

target_metadata = HQ_METADATA


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise RuntimeError("give the database: alembic -x url=... or sqlalchemy.url in alembic.ini")
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure_and_run(conn)


run_migrations_online()
