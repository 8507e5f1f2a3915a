"""An oracle that never asks the code under test: raw ``sqlite3`` on the terminal files and
raw SQL (SQLAlchemy Core ``text`` on a plain engine) on HQ's database.

Values are normalised so the two backends compare equal: booleans to bool, JSON text to
objects, timestamps and decimals to strings only where a test needs them (most comparisons
use ids, integers and codes, which both backends store alike).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine

Row = dict[str, Any]

SALE_KEYS = (
    "id",
    "receipt_number",
    "organization_id",
    "store_id",
    "device_id",
    "customer_id",
    "subtotal_minor",
    "discount_minor",
    "tax_minor",
    "total_minor",
    "coupon_id",
    "coupon_discount_minor",
    "loyalty_points_earned",
    "loyalty_points_redeemed",
    "status",
)
LINE_KEYS = (
    "id",
    "sale_id",
    "line_no",
    "product_id",
    "quantity_milli",
    "unit_price_minor",
    "discount_minor",
    "coupon_discount_minor",
    "tax_minor",
    "total_minor",
    "store_id",
)
SALE_PARTS: dict[str, tuple[str, ...]] = {
    "sale_lines": LINE_KEYS,
    "sale_taxes": ("id", "sale_id", "tax_class_code", "taxable_minor", "tax_minor", "store_id"),
    "sale_status_history": ("id", "sale_id", "status", "new_status", "store_id"),
}
"""Tables hanging off a sale (no device id of their own), with the columns compared."""
PAYMENT_KEYS = (
    "id",
    "sale_id",
    "method",
    "amount_minor",
    "tendered_minor",
    "change_minor",
    "status",
    "points",
    "customer_id",
    "store_id",
    "device_id",
)
MOVEMENT_KEYS = (
    "id",
    "store_id",
    "warehouse_id",
    "product_id",
    "variant_id",
    "movement_type",
    "quantity_milli",
    "device_id",
)
LOYALTY_KEYS = ("id", "customer_id", "type", "points", "sale_id", "store_id", "device_id")
CUSTOMER_KEYS = (
    "id",
    "organization_id",
    "name",
    "phone",
    "phone_normalized",
    "email",
    "notes",
    "loyalty_card_number",
    "status",
    "merged_into_id",
    "home_store_id",
    "total_orders",
    "total_spent_minor",
    "hlc",
)
PRODUCT_KEYS = ("id", "organization_id", "sku", "barcode", "name", "price_minor", "hlc")
STOCK_LEVEL_KEYS = (
    "id",
    "organization_id",
    "store_id",
    "warehouse_id",
    "product_id",
    "variant_id",
    "on_hand_milli",
)
BALANCE_KEYS = ("id", "customer_id", "points_balance", "total_earned", "total_redeemed")

LEDGERS: dict[str, tuple[str, ...]] = {
    "sales": SALE_KEYS,
    "payments": PAYMENT_KEYS,
    "stock_movements": MOVEMENT_KEYS,
    "loyalty_transactions": LOYALTY_KEYS,
}
"""Ledgers whose rows carry the device that made them, with the columns compared."""

BOOL_COLUMNS = frozenset({"is_read", "is_active", "tax_inclusive", "weighed", "restock", "deleted"})
JSON_COLUMNS = frozenset({"data", "payload", "clocks", "address"})


def _norm(name: str, value: Any) -> Any:
    if name in BOOL_COLUMNS and isinstance(value, int):
        return bool(value)
    if name in JSON_COLUMNS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _row(mapping: Mapping[str, Any]) -> Row:
    return {k: _norm(k, v) for k, v in mapping.items()}


def project(rows: Iterable[Row], keys: Sequence[str]) -> set[tuple[Any, ...]]:
    """Rows as a set of tuples of ``keys`` (order-free comparison of two sides)."""
    return {tuple(r[k] for k in keys) for r in rows}


def by_id(rows: Iterable[Row]) -> dict[str, Row]:
    return {str(r["id"]): r for r in rows}


def hlc_key(stamp: str) -> tuple[int, int, str]:
    """``<ms>:<counter>:<node>`` as a tuple that orders like the clock."""
    wall, counter, node = stamp.split(":", 2)
    return int(wall), int(counter), node


def fingerprint(rows: Iterable[Mapping[str, Any]], skip: frozenset[str] = frozenset()) -> str:
    """A digest of a table's rows (order-free) without the ``skip`` columns."""
    lines = sorted(
        json.dumps({k: v for k, v in r.items() if k not in skip}, sort_keys=True, default=str)
        for r in rows
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


class TerminalFile:
    """A terminal's SQLite file read with ``sqlite3`` (the file the till wrote, nothing else)."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path

    def rows(self, sql: str, *params: Any) -> list[Row]:
        con = sqlite3.connect(self.path, timeout=30)
        try:
            con.row_factory = sqlite3.Row
            return [_row(dict(r)) for r in con.execute(sql, params).fetchall()]
        finally:
            con.close()

    def scalar(self, sql: str, *params: Any) -> Any:
        rows = self.rows(sql, *params)
        return next(iter(rows[0].values())) if rows else None

    def tables(self) -> dict[str, list[str]]:
        """Every ordinary table (FTS shadow tables left out) and its columns."""
        names = [
            r["name"]
            for r in self.rows(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'"
            )
        ]
        names = [n for n in names if "_fts" not in n]
        return {n: [c["name"] for c in self.rows(f'PRAGMA table_info("{n}")')] for n in names}

    def all(self, table: str, where: str = "", *params: Any) -> list[Row]:
        return self.rows(f'SELECT * FROM "{table}" {where}', *params)

    def made_here(self, table: str, device_id: str) -> list[Row]:
        return self.all(table, "WHERE device_id = ?", device_id)

    def sale_parts_made_here(self, table: str, device_id: str) -> list[Row]:
        """Rows of a table hanging off a sale (lines, taxes, history) of this device's sales."""
        return self.rows(
            f'SELECT x.* FROM "{table}" x JOIN sales s ON s.id = x.sale_id WHERE s.device_id = ?',
            device_id,
        )

    def pending_outbox(self) -> int:
        return int(self.scalar("SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL"))

    def outbox(self) -> list[Row]:
        return self.rows("SELECT * FROM sync_outbox ORDER BY seq")

    def dump(self, skip_tables: frozenset[str] = frozenset()) -> dict[str, str]:
        """A fingerprint of every table (to show that a round changed nothing)."""
        return {
            name: fingerprint(self.all(name), skip=frozenset({"updated_at"}))
            for name in self.tables()
            if name not in skip_tables
        }


@dataclass
class HqDatabase:
    """HQ's database read with plain SQL."""

    url: str

    def __post_init__(self) -> None:
        self.engine: Engine = create_engine(self.url)

    def rows(self, sql: str, **params: Any) -> list[Row]:
        with self.engine.connect() as con:
            return [_row(dict(r)) for r in con.execute(text(sql), params).mappings()]

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as con:
            return con.execute(text(sql), params).scalar()

    def of_org(self, table: str, org_id: str, where: str = "", **params: Any) -> list[Row]:
        extra = f" AND ({where})" if where else ""
        return self.rows(
            f"SELECT * FROM {table} WHERE organization_id = :org{extra}", org=org_id, **params
        )

    def tables(self) -> dict[str, list[str]]:
        inspector = inspect(self.engine)
        return {
            name: [c["name"] for c in inspector.get_columns(name)]
            for name in inspector.get_table_names()
        }

    def dump(
        self,
        skip_tables: frozenset[str] = frozenset(),
        skip_columns: frozenset[str] = frozenset(),
    ) -> dict[str, str]:
        return {
            name: fingerprint(self.rows(f"SELECT * FROM {name}"), skip=skip_columns)
            for name in self.tables()
            if name not in skip_tables
        }

    def close(self) -> None:
        self.engine.dispose()


def union_by_id(parts: Iterable[Iterable[Row]], keys: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Rows of several terminals keyed by id; the same id must carry the same content."""
    found: dict[str, tuple[Any, ...]] = {}
    for part in parts:
        for row in part:
            value = tuple(row[k] for k in keys)
            previous = found.setdefault(str(row["id"]), value)
            assert previous == value, (
                f"id {row['id']} differs between terminals: {previous} {value}"
            )
    return found


def sums(rows: Iterable[Row], key: Sequence[str], value: str) -> dict[tuple[Any, ...], int]:
    out: dict[tuple[Any, ...], int] = defaultdict(int)
    for r in rows:
        out[tuple(r[k] for k in key)] += int(r[value])
    return dict(out)
