"""HQ's schema: the terminal's business tables, copied and adapted, plus HQ's own tables.

Every synced table of the terminal (and ``customer_loyalty``) is copied with
``Table.to_metadata`` into ``HQ_METADATA`` and adapted for a multi-tenant server:

- every unique constraint or unique index gets ``organization_id`` (so two tenants never
  collide on a SKU, a receipt number or an exchange-rate date);
- SQLite collations (``NOCASE``) are dropped: PostgreSQL has none of that name;
- integers become 64-bit (PostgreSQL's INTEGER is 32-bit: 21 million LKR in cents);
- no ``onupdate`` defaults: HQ writes ``updated_at`` itself, and keeping a view count
  current (``coupons.used_count``) is not an edit that should win a merge;
- ``hlc`` columns hold 64 characters (a stamp with a device id as its node is 58);
- the single-column ``organization_id`` index becomes ``(organization_id, id)``, the keyset
  order of snapshot pages.

Device-local tables (outbox, cursors, print queue, held tickets, receipt counters) are not
copied, nor the terminal's SQLite FTS DDL (``pos_desktop/store/ddl.py`` is never run here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Table, UniqueConstraint

import pos_desktop.store.models  # noqa: F401  (registers every terminal table)
from pos_desktop.store.base import Base
from sync.entities import ENTITY_RULES, EntityRule
from sync.server import hq_commerce, hq_models  # noqa: F401  (register HQ's own tables)
from sync.server.meta import HQ_METADATA

HLC_LEN = 64

EXTRA_TERMINAL_TABLES = ("customer_loyalty",)
"""Terminal tables HQ keeps although they do not travel (source document entities)."""


def _needs_org(columns: list[str]) -> bool:
    return "organization_id" not in columns


def _adapt(table: Table) -> None:
    for column in table.columns:
        if column.name == "hlc":
            # "<15-digit ms>:<5-digit counter>:<device uuid>" is 58 characters; the terminal
            # declares 48, which SQLite never enforces but PostgreSQL would.
            column.type = String(HLC_LEN)
        elif isinstance(column.type, String) and column.type.collation:
            column.type = String(column.type.length)
        elif type(column.type) is Integer:
            column.type = BigInteger()
        column.unique = False
        # HQ sets updated_at itself (the merge compares it); a derived count is not an edit.
        column.onupdate = None
    has_org = "organization_id" in table.columns
    for constraint in list(table.constraints):
        if not isinstance(constraint, UniqueConstraint) or not has_org:
            continue
        names = [c.name for c in constraint.columns]
        if _needs_org(names):
            table.constraints.discard(constraint)
            table.append_constraint(UniqueConstraint("organization_id", *names))
    for index in list(table.indexes):
        cols = [getattr(e, "name", None) for e in index.expressions]
        if cols == ["organization_id"] and has_org:
            table.indexes.discard(index)
            Index(f"ix_{table.name}_org_id", table.c.organization_id, table.c.id)
        elif index.unique and has_org and _needs_org([c for c in cols if c]):
            table.indexes.discard(index)
            Index(
                index.name,
                table.c.organization_id,
                *index.expressions,
                unique=True,
                **index.dialect_kwargs,
            )


def _copy_terminal_tables() -> None:
    kinds = {m.class_.__tablename__: m.class_.__sync_kind__ for m in Base.registry.mappers}
    for source in Base.metadata.sorted_tables:
        synced = kinds.get(source.name) is not None or source.name in ENTITY_RULES
        if not synced and source.name not in EXTRA_TERMINAL_TABLES:
            continue
        _adapt(source.to_metadata(HQ_METADATA))


_copy_terminal_tables()


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """What the sync and admin code needs to know about one HQ table."""

    name: str
    table: Table
    rule: EntityRule | None  # None: HQ-only (source document entities without a terminal)
    has_org: bool
    store_column: bool  # has a store_id column
    store_required: bool  # store_id NOT NULL: a store-scoped row
    has_hlc: bool
    has_updated_at: bool

    @property
    def kind(self) -> str:
        return self.rule.kind if self.rule else "hq"


def _info(name: str, rule: EntityRule | None) -> EntityInfo:
    table = HQ_METADATA.tables[name]
    store = table.c.get("store_id")
    return EntityInfo(
        name=name,
        table=table,
        rule=rule,
        has_org="organization_id" in table.c,
        store_column=store is not None,
        store_required=store is not None and not store.nullable,
        has_hlc="hlc" in table.c,
        has_updated_at="updated_at" in table.c,
    )


SYNCED: dict[str, EntityInfo] = {name: _info(name, rule) for name, rule in ENTITY_RULES.items()}
"""Entities of the protocol (``sync/entities.py``), by name."""

HQ_ONLY: dict[str, EntityInfo] = {
    name: _info(name, None) for name in (*EXTRA_TERMINAL_TABLES, *hq_commerce.TABLE_NAMES)
}
"""Business tables that exist only at HQ (edited with an organization API key)."""

BUSINESS: dict[str, EntityInfo] = {**SYNCED, **HQ_ONLY}

TABLE_ORDER: dict[str, int] = {t.name: i for i, t in enumerate(HQ_METADATA.sorted_tables)}
"""Parents before children (foreign keys): the order of multi-row inserts."""


def table(name: str) -> Table:
    return HQ_METADATA.tables[name]


def column_names(name: str) -> list[str]:
    return [c.name for c in HQ_METADATA.tables[name].columns]


def describe() -> dict[str, Any]:
    """Table -> columns (for diagnostics and tests)."""
    return {t.name: [c.name for c in t.columns] for t in HQ_METADATA.sorted_tables}
