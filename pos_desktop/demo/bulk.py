"""Bulk rows for seeded data: one DBAPI executemany per batch, in the caller's transaction.

Rows skip the ORM unit of work (an order of magnitude faster than ``session.add`` for
thousands of rows) and so do not pass through the outbox listeners: the demo's and the
benchmark's seeded reference data is local, not news for HQ. Values still go through each
column type's bind processing (UTC datetimes, JSON text), every column that has a default or is
NOT NULL must be given explicitly (``insert_rows`` refuses a row shape that would leave one to
chance), and the database enforces every constraint.

``deferred_product_search`` lifts the per-row FTS trigger during a bulk load of products and
rebuilds the search index once at the end (store/ddl.py's rebuild), which is several times
faster than maintaining it row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from typing import Any, TypeVar, cast

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from pos_desktop.store.base import Base
from pos_desktop.store.ddl import PRODUCT_SEARCH_DDL, rebuild_product_search

T = TypeVar("T")

BATCH = 5_000
_PRODUCT_INSERT_TRIGGER = "products_fts_ai"


def _processor(proc: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    if proc is None:
        return None
    cache: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        # Seeded rows share a handful of timestamps: convert each distinct one once.
        try:
            return cache[value]
        except KeyError:
            cache[value] = result = proc(value)
            return result
        except TypeError:  # unhashable (a JSON dict or list)
            return proc(value)

    return run


def insert_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table; returns the count."""
    if not rows:
        return 0
    table = cast(Table, model.__table__)
    names = list(rows[0].keys())
    unknown = [n for n in names if n not in table.c]
    missing = [
        c.name
        for c in table.columns
        if c.name not in names and (c.default is not None or not c.nullable)
    ]
    if unknown or missing:
        raise ValueError(f"{table.name}: unknown columns {unknown}, missing columns {missing}")
    conn = session.connection()
    dialect = conn.dialect
    procs = [
        _processor(table.c[n].type.dialect_impl(dialect).bind_processor(dialect)) for n in names
    ]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    getter = itemgetter(*names)
    converted = [(i, p) for i, p in enumerate(procs) if p is not None]
    params: list[Any] = []
    for row in rows:
        values = list(getter(row)) if len(names) > 1 else [row[names[0]]]
        for i, proc in converted:
            values[i] = proc(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)
    return len(rows)


@contextmanager
def deferred_product_search(session: Session) -> Iterator[None]:
    """Within the block, new products are not indexed one by one; the index is rebuilt after.

    All in the caller's transaction: if it rolls back, the trigger comes back with it.
    """
    create = next(s for s in PRODUCT_SEARCH_DDL if f" {_PRODUCT_INSERT_TRIGGER} " in s)
    conn = session.connection()
    conn.execute(text(f"DROP TRIGGER IF EXISTS {_PRODUCT_INSERT_TRIGGER}"))
    yield
    rebuild_product_search(conn)
    conn.execute(text(create))


def batched(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
