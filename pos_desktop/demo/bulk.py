"""Bulk rows through SQLAlchemy Core: one executemany per batch, in the caller's transaction.

Core inserts skip the ORM unit of work, so they are an order of magnitude faster than
``session.add`` for thousands of rows, and they do not pass through the outbox listeners: the
demo's and the benchmark's seeded reference data is local, not news for HQ. Column defaults
(ids, timestamps, JSON defaults) still apply, and the database enforces every constraint.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from pos_desktop.store.base import Base

T = TypeVar("T")

BATCH = 5_000


def insert_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> int:
    if rows:
        session.execute(insert(cast(Table, model.__table__)), list(rows))
    return len(rows)


def batched(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
