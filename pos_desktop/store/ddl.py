"""SQL the ORM cannot express (FTS5 virtual tables and their triggers).

The Alembic migrations execute the same statements, so a migrated database and a test schema
built with ``create_all`` match.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

EXTRA_DDL: list[str] = []


def create_extra(engine: Engine) -> None:
    with engine.begin() as conn:
        for statement in EXTRA_DDL:
            conn.execute(text(statement))
