"""Writing HQ's rows into one terminal table with Core executemany, and the slow path for the
rare row that collides.

Why not ``INSERT ... ON CONFLICT DO UPDATE``: an upsert's conflict clause overrides the
``INSERT OR IGNORE`` inside the product search triggers (store/ddl.py), which then fail. So a
batch is split into ids already present (one ``UPDATE`` executemany) and new ids (one plain
``INSERT`` executemany), each inside a savepoint. If the batch hits a constraint, the savepoint
is rolled back and the rows go one by one: for HQ-owned tables a local row that holds the same
unique key under another id (a product made offline with HQ's SKU) is deleted and HQ's row
written; anything else that still fails is skipped and reported, never wedging the sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Index,
    Table,
    TextClause,
    UniqueConstraint,
    and_,
    delete,
    literal,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.store.base import Base
from sync.client.convert import TableCodec
from sync.client.search_index import products_indexed_per_page

log = logging.getLogger(__name__)

CHUNK = 500  # ids per IN (...) list


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class WriteResult:
    inserted: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    deleted: int = 0
    skipped: list[str] = field(default_factory=list)  # why each refused row was refused


def existing_ids(conn: Connection, table: Table, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(ids):
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(part))).scalars())
    return found


def _by_shape(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(row)), []).append(row)
    return shapes


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _insert_sql(table: Table, keys: tuple[str, ...]) -> str:
    cols = ", ".join(_quote(k) for k in keys)
    return f"INSERT INTO {_quote(table.name)} ({cols}) VALUES ({', '.join('?' for _ in keys)})"


def _update_sql(table: Table, keys: tuple[str, ...]) -> str:
    sets = ", ".join(f"{_quote(k)} = ?" for k in keys)
    return f"UPDATE {_quote(table.name)} SET {sets} WHERE id = ?"


def _insert_params(keys: tuple[str, ...], rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    getter = itemgetter(*keys)
    if len(keys) == 1:
        return [(getter(r),) for r in rows]
    return [getter(r) for r in rows]


def _update_params(keys: tuple[str, ...], rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    if not keys:
        return []
    getter = itemgetter(*keys, "id")
    return [getter(r) for r in rows]


class TableWriter:
    """Writes into one table; ``replace_colliding`` allows deleting local rows that hold one of
    the row's unique keys under another id (HQ-owned tables only)."""

    def __init__(
        self,
        session: Session,
        codec: TableCodec,
        *,
        replace_colliding: bool,
        protected: frozenset[str] = frozenset(),
    ) -> None:
        self.session = session
        self.conn = session.connection()
        self.codec = codec
        self.table = codec.table
        self.replace_colliding = replace_colliding
        self.protected = protected

    # -- writes -------------------------------------------------------------------------------

    def insert_new(self, rows: list[dict[str, Any]], result: WriteResult) -> None:
        """Insert rows whose ids are not present; present ids are left alone (ledger)."""
        present = existing_ids(self.conn, self.table, [r["id"] for r in rows])
        self._insert([r for r in rows if r["id"] not in present], result)

    def upsert(self, rows: list[dict[str, Any]], result: WriteResult) -> None:
        """Update present ids, insert the others (HQ's row wins)."""
        present = existing_ids(self.conn, self.table, [r["id"] for r in rows])
        old = [r for r in rows if r["id"] in present]
        fresh = [r for r in rows if r["id"] not in present]
        if self.table.name != "products":
            self._update(old, result)
            self._insert(fresh, result)
            return
        with products_indexed_per_page(self.conn, len(rows)) as indexed:
            self._update(old, result)
            self._insert(fresh, result)
            indexed(r["id"] for r in (*result.updated, *result.inserted))

    def update_fields(self, row_id: str, values: dict[str, Any]) -> None:
        """Set some stored values of one row (no savepoint: the caller's values are known)."""
        keys = tuple(k for k in values if k != "id")
        if keys:
            params = (*(values[k] for k in keys), row_id)
            self.conn.exec_driver_sql(_update_sql(self.table, keys), params)

    def _insert(self, rows: list[dict[str, Any]], result: WriteResult) -> None:
        full = [self.codec.with_defaults(r) for r in rows]
        for keys, group in _by_shape(full).items():
            sql = _insert_sql(self.table, keys)
            self._batch(group, sql, _insert_params(keys, group), result.inserted, result)

    def _update(self, rows: list[dict[str, Any]], result: WriteResult) -> None:
        for shape, group in _by_shape(rows).items():
            keys = tuple(k for k in shape if k != "id")
            if not keys:
                result.updated.extend(group)
                continue
            sql = _update_sql(self.table, keys)
            self._batch(group, sql, _update_params(keys, group), result.updated, result)

    def _batch(
        self,
        rows: list[dict[str, Any]],
        sql: str,
        params: list[tuple[Any, ...]],
        done: list[dict[str, Any]],
        result: WriteResult,
    ) -> None:
        try:
            with self.session.begin_nested():
                self.conn.exec_driver_sql(sql, params)
        except IntegrityError:
            for row, one in zip(rows, params, strict=True):
                self._one(row, sql, one, done, result)
            return
        done.extend(rows)

    def _one(
        self,
        row: dict[str, Any],
        sql: str,
        params: tuple[Any, ...],
        done: list[dict[str, Any]],
        result: WriteResult,
    ) -> None:
        if self._try(sql, params):
            done.append(row)
            return
        if self.replace_colliding:
            colliders = self.colliders(row)
            if colliders and not (set(colliders) & self.protected):
                with self.session.begin_nested():
                    result.deleted += self.delete_ids(colliders)
                if self._try(sql, params):
                    log.info("%s %s replaced local rows %s", self.table.name, row["id"], colliders)
                    done.append(row)
                    return
        reason = f"{self.table.name} {row['id']}: conflicts with a local row; skipped"
        log.warning(reason)
        result.skipped.append(reason)

    def _try(self, sql: str, params: tuple[Any, ...]) -> bool:
        try:
            with self.session.begin_nested():
                self.conn.exec_driver_sql(sql, params)
        except IntegrityError:
            return False
        return True

    # -- deletes ------------------------------------------------------------------------------

    def delete_ids(self, ids: Iterable[str]) -> int:
        """Delete rows by id, with the rows of HQ-owned child tables that point at them."""
        wanted = [i for i in dict.fromkeys(ids) if i not in self.protected]
        if not wanted:
            return 0
        return _delete_tree(self.conn, self.table, wanted, _hq_owned)

    def delete_each(self, ids: Iterable[str], result: WriteResult) -> None:
        """Delete by id; a delete the database refuses (a foreign key) is skipped, reported."""
        wanted = [i for i in dict.fromkeys(ids) if i not in self.protected]
        try:
            with self.session.begin_nested():
                result.deleted += self.delete_ids(wanted)
            return
        except IntegrityError:
            pass
        for one in wanted:
            try:
                with self.session.begin_nested():
                    result.deleted += self.delete_ids([one])
            except IntegrityError:
                reason = f"{self.table.name} {one}: still referenced locally; not deleted"
                log.warning(reason)
                result.skipped.append(reason)

    # -- collisions on other unique keys --------------------------------------------------------

    def colliders(self, values: dict[str, Any]) -> list[str]:
        """Ids of other local rows holding one of ``values``' unique keys."""
        table = self.table
        incoming = select(
            *[
                literal(values[c.name], c.type).label(c.name)
                for c in table.columns
                if c.name in values
            ]
        ).subquery("incoming")
        found: list[str] = []
        for exprs, where in _unique_keys(table):
            conds: list[Any] = []
            for expr in exprs:
                if isinstance(expr, Column):
                    value = values.get(expr.name)
                    if value is None:  # NULLs never collide in a SQLite unique index
                        conds = []
                        break
                    conds.append(expr == literal(value))
                else:
                    inner = select(text(str(expr))).select_from(incoming).scalar_subquery()
                    conds.append(text(str(expr)) == inner)
            if not conds:
                continue
            if where is not None:
                conds.append(where)
            query = select(table.c.id).where(and_(*conds), table.c.id != values["id"])
            found.extend(i for i in self.conn.execute(query).scalars() if i not in found)
        return found


def _unique_keys(table: Table) -> list[tuple[list[Any], ColumnElement[Any] | TextClause | None]]:
    keys: list[tuple[list[Any], ColumnElement[Any] | TextClause | None]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append((list(constraint.columns), None))
    for column in table.columns:
        if column.unique and not column.primary_key:
            keys.append(([column], None))
    for index in table.indexes:
        if isinstance(index, Index) and index.unique:
            where = index.dialect_options["sqlite"].get("where")
            keys.append((list(index.expressions), where))
    return keys


def _hq_owned(table: Table) -> bool:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return getattr(mapper.class_, "__sync_kind__", None) == "hq"
    return False


def _children(table: Table) -> list[tuple[Table, Column[Any]]]:
    found: list[tuple[Table, Column[Any]]] = []
    for other in Base.metadata.tables.values():
        for fk in other.foreign_keys:
            if fk.column.table is table and other is not table:
                found.append((other, fk.parent))
    return found


def _delete_tree(
    conn: Connection, table: Table, ids: list[str], may_cascade: Callable[[Table], bool]
) -> int:
    """Delete ``ids`` from ``table`` after the rows of cascadable child tables that point at
    them; rows of other child tables (ledger facts) make the database refuse, as it should."""
    for child, column in _children(table):
        if not may_cascade(child):
            continue
        for part in chunks(ids):
            child_ids = list(conn.execute(select(child.c.id).where(column.in_(part))).scalars())
            if child_ids:
                _delete_tree(conn, child, child_ids, may_cascade)
    deleted = 0
    for part in chunks(ids):
        deleted += conn.execute(delete(table).where(table.c.id.in_(part))).rowcount
    return deleted
