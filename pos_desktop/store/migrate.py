"""Schema migrations: Alembic, driven programmatically (no alembic.ini needed at run time).

Start-up cost: Alembic and the revision scripts are only loaded when the database is not
already at ``HEAD_REVISION`` (a plain SQL read otherwise); a test keeps the constant equal to
the newest revision script.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
HEAD_REVISION: Final = "0007"  # the newest file in migrations/versions (tests/test_migrations.py)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the app."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def has_migrations() -> bool:
    return any((MIGRATIONS_DIR / "versions").glob("*.py"))


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        return False


def upgrade(
    engine: Engine, revision: str = "head", *, before: Callable[[str], None] | None = None
) -> None:
    """Bring the schema to ``revision``; refuse a database newer than this app knows.

    ``before(current_revision)`` runs first when an existing schema is about to be upgraded
    to head (the app's pre-upgrade backup); if it raises, nothing is migrated."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD_REVISION:
        return  # the common case at every start: nothing to load, nothing to do
    from alembic import command

    script = _scripts()
    if current is not None and not _known(script, current):
        raise SchemaTooNewError(
            f"this database is at schema {current}, newer than this app understands; "
            "install the newer version of the app"
        )
    if before is not None and current is not None and revision == "head":
        before(current)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
