"""HQ database: engine, SQLite pragmas, transactions, migrations and the server epoch.

PostgreSQL (``postgresql+psycopg://...``) in production; SQLite (``sqlite:///path``) as the
embedded default. SQLite gets WAL, foreign keys, FULL sync and a long busy timeout, and every
write transaction starts with ``BEGIN IMMEDIATE`` (one writer at a time, no lock upgrades that
deadlock); read-only transactions start deferred and read a WAL snapshot.
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sync.server.hq_models import SERVER_META

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
EPOCH_KEY = "epoch"
T = TypeVar("T")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN itself
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class HqDatabase:
    """One HQ database. ``transaction()`` commits on success and rolls back on any error."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._read_engine = (
            self.engine.execution_options(sqlite_begin="DEFERRED")
            if self.is_sqlite
            else self.engine
        )

    def upgrade(self) -> None:
        """Alembic upgrade to head (an empty database gets the whole schema); make an epoch."""
        from alembic import command

        config = alembic_config()
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        with self.transaction() as session:
            ensure_epoch(session)

    @contextmanager
    def transaction(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session in one transaction. ``readonly`` (pull, snapshot, listings) lets SQLite
        read a snapshot without taking the write lock; on PostgreSQL it changes nothing."""
        session = Session(bind=self._read_engine if readonly else self.engine)
        session.info["readonly"] = readonly
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def run(self, work: Callable[[Session], T], *, readonly: bool = False, attempts: int = 3) -> T:
        """``work(session)`` in one transaction, run again (from the start, in a new
        transaction) when the database aborted it to break a deadlock or a serialization
        conflict, or SQLite stayed locked: nothing of a failed attempt was committed."""
        for attempt in range(1, attempts + 1):
            try:
                with self.transaction(readonly=readonly) as session:
                    return work(session)
            except DBAPIError as exc:
                if attempt == attempts or not is_retryable(exc):
                    raise
                time.sleep(0.05 * attempt * (1 + random.random()))
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()


RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock


def is_retryable(exc: DBAPIError) -> bool:
    """A transaction the database gave up on for concurrency reasons, safe to run again."""
    state = getattr(exc.orig, "sqlstate", None)
    if state in RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(exc.orig)


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def ensure_epoch(session: Session) -> str:
    current = session.execute(
        select(SERVER_META.c.value).where(SERVER_META.c.key == EPOCH_KEY)
    ).scalar_one_or_none()
    if current is not None:
        return str(current)
    value = secrets.token_hex(16)
    session.execute(insert(SERVER_META).values(key=EPOCH_KEY, value=value))
    return value


def server_epoch(session: Session) -> str:
    value = session.execute(
        select(SERVER_META.c.value).where(SERVER_META.c.key == EPOCH_KEY)
    ).scalar_one_or_none()
    if value is None:
        raise RuntimeError("the HQ database has no epoch; run `pos-hq migrate` (upgrade) first")
    return str(value)


def rotate_epoch(session: Session, now: datetime | None = None) -> str:
    """A new epoch, after the database was restored from a backup: terminals re-push what HQ
    may have lost and re-snapshot reference data."""
    ensure_epoch(session)
    value = secrets.token_hex(16)
    values: dict[str, Any] = {"value": value}
    if now is not None:
        values["updated_at"] = now
    session.execute(update(SERVER_META).where(SERVER_META.c.key == EPOCH_KEY).values(**values))
    return value
