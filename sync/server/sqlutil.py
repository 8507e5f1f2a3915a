"""Small SQL helpers that differ between PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    MetaData,
    Select,
    String,
    Table,
    any_,
    cast,
    insert,
    literal,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

T = TypeVar("T")


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def insert_for(session: Session, table: Table) -> Any:
    """The dialect's INSERT construct (it has ``on_conflict_do_*`` on both backends)."""
    if dialect(session) == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Many new rows at once: ``COPY ... FROM STDIN`` on PostgreSQL (the fastest way in, several
    times cheaper than one INSERT per row for the server and for Python), executemany on SQLite
    (in-process, fast as it is). A refused row raises SQLAlchemy's IntegrityError/DataError on
    both backends, so callers handle one kind of error."""
    if not rows:
        return
    if dialect(session) != "postgresql":
        session.execute(insert(table), list(rows))
        return
    import psycopg

    columns = list(table.columns)
    sa_dialect = session.get_bind().dialect
    procs = [c.type._cached_bind_processor(sa_dialect) for c in columns]
    names = ", ".join(sa_dialect.identifier_preparer.quote(c.name) for c in columns)
    raw: Any = session.connection().connection.driver_connection
    sql = f"COPY {sa_dialect.identifier_preparer.quote(table.name)} ({names}) FROM STDIN"
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for row in rows:
                copy.write_row(
                    [
                        proc(row.get(c.name)) if proc else row.get(c.name)
                        for c, proc in zip(columns, procs, strict=True)
                    ]
                )
    except psycopg.errors.IntegrityError as exc:
        raise IntegrityError(sql, None, exc) from exc
    except psycopg.errors.DataError as exc:
        raise DataError(sql, None, exc) from exc


def upsert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str],
    update: Sequence[str],
) -> None:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET update = excluded.update, many rows.

    On PostgreSQL a large batch goes through ``COPY`` into a temporary table of the same shape,
    then one ``INSERT ... SELECT ... ON CONFLICT``: one statement for the server instead of one
    per row."""
    if not rows:
        return
    if dialect(session) == "postgresql" and len(rows) >= COPY_UPSERT_MIN:
        _upsert_via_copy(session, table, rows, keys, update)
        return
    stmt = insert_for(session, table)
    stmt = stmt.on_conflict_do_update(
        index_elements=list(keys), set_={name: stmt.excluded[name] for name in update}
    )
    session.execute(stmt, list(rows))


COPY_UPSERT_MIN = 50


def _upsert_via_copy(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str],
    update: Sequence[str],
) -> None:
    quote = session.get_bind().dialect.identifier_preparer.quote
    sets = ", ".join(f"{quote(n)} = excluded.{quote(n)}" for n in update)
    staged_insert(
        session,
        table,
        rows,
        f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {sets}",
    )


def insert_new(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    conflict_keys: Sequence[str],
    returning: str,
) -> set[Any]:
    """Insert the rows whose ``conflict_keys`` are new; returns their ``returning`` values.

    One statement decides, so two transactions can never both think they inserted a row.
    (A "look up, then insert the missing" query would need the planner to pick the right
    index; on a table without statistics PostgreSQL scans it instead.)"""
    if not rows:
        return set()
    quote = session.get_bind().dialect.identifier_preparer.quote
    if dialect(session) == "postgresql":
        try:  # the common case: every key is new, and COPY straight in is the cheapest
            with session.begin_nested():
                bulk_insert(session, table, rows)
            return {row[returning] for row in rows}
        except IntegrityError:
            pass  # a key exists (or a row is refused): decide row by row through staging
        found = staged_insert(
            session,
            table,
            rows,
            f"ON CONFLICT ({', '.join(quote(k) for k in conflict_keys)}) DO NOTHING"
            f" RETURNING {quote(returning)}",
        )
        return {row[0] for row in found}
    inserted: set[Any] = set()
    for batch in chunks(rows, 500):
        stmt = (
            sqlite.insert(table)
            .values(batch)
            .on_conflict_do_nothing(index_elements=list(conflict_keys))
            .returning(table.c[returning])
        )
        inserted.update(session.execute(stmt).scalars())
    return inserted


def staged_insert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    tail: str,
    order_by: str | None = None,
) -> list[Any]:
    """PostgreSQL: ``COPY`` the rows into a temporary twin of ``table``, then one
    ``INSERT INTO table SELECT ... FROM twin [ORDER BY] <tail>`` (an ON CONFLICT clause, a
    RETURNING list). One statement for the server, however many rows. Returns its rows."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    staging = _staging(session, table)
    bulk_insert(session, staging, rows)
    names = ", ".join(quote(c.name) for c in table.columns)
    order = f" ORDER BY {quote(order_by)}" if order_by else ""
    result = session.execute(
        text(
            f"INSERT INTO {quote(table.name)} ({names}) SELECT {names}"
            f" FROM {quote(staging.name)}{order} {tail}"
        )
    )
    found = list(result.all()) if "RETURNING" in tail else []
    session.execute(text(f"DELETE FROM {quote(staging.name)}"))
    return found


_STAGING: dict[str, Table] = {}


def _staging(session: Session, table: Table) -> Table:
    """A temporary table shaped like ``table`` (one per connection, emptied after each use)."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    staging = _STAGING.get(table.name)
    if staging is None:
        staging = Table(f"staging_{table.name}", MetaData(), *(c._copy() for c in table.columns))
        _STAGING[table.name] = staging
    # Cheap when it exists; not cached per connection, since a savepoint that rolls back
    # also drops a temporary table created inside it.
    session.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {quote(staging.name)}"
            f" (LIKE {quote(table.name)} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"
        )
    )
    return staging


def ids_in(session: Session, column: ColumnElement[Any], ids: Sequence[str]) -> ColumnElement[bool]:
    """``column IN ids``; on PostgreSQL as ``= ANY(array)``, one parameter instead of
    thousands (the driver parses a 5,000-placeholder query for every page otherwise)."""
    if dialect(session) == "postgresql":
        return column == any_(cast(literal(list(ids), ARRAY(String())), ARRAY(String())))
    return column.in_(list(ids))


@contextmanager
def key_lookups(session: Session) -> Iterator[None]:
    """Statements inside look rows up by key. On PostgreSQL, seq scans are priced out for
    them: a table filled since its last ANALYZE (a fresh database, a bulk load) looks tiny to
    the planner, which then scans 200,000 rows to find 500 ids. ``SET LOCAL`` lasts until the
    end of the transaction (or of a savepoint that rolls back), so it is reset after."""
    if dialect(session) != "postgresql":
        yield
        return
    session.execute(text("SET LOCAL enable_seqscan = off"))
    yield
    session.execute(text("SET LOCAL enable_seqscan = on"))


def locked(session: Session, stmt: Select[Any]) -> Select[Any]:
    """``SELECT ... FOR UPDATE`` on PostgreSQL (SQLite already holds the only write lock)."""
    return stmt.with_for_update() if dialect(session) == "postgresql" else stmt


def chunks(items: Sequence[T] | Iterable[T], size: int = 1000) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
