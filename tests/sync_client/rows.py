"""Whole rows as HQ sends them (JSON values), built from the terminal's table definitions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from pos_desktop.core.ids import new_id
from pos_desktop.store.base import Base
from pos_desktop.store.outbox import to_payload_value

NOW = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def _default(table: Table, name: str) -> Any:
    column = table.c[name]
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        try:
            return arg(None)
        except TypeError:
            return arg()
    return arg


def hq_row(entity: str, **values: Any) -> dict[str, Any]:
    """Every column of ``entity`` (defaults filled in), as JSON values."""
    table = Base.metadata.tables[entity]
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name in values:
            value = values[column.name]
        elif column.name == "id":
            value = new_id()
        elif column.name in ("created_at", "updated_at"):
            value = NOW
        else:
            value = _default(table, column.name)
        row[column.name] = to_payload_value(value)
    return row


def product(org: str, n: int, **values: Any) -> dict[str, Any]:
    base = {
        "organization_id": org,
        "sku": f"SKU-{n:07d}",
        "barcode": None,
        "name": f"Product {n}",
        "price_minor": 100 + n,
        "currency": "LKR",
    }
    return hq_row("products", **{**base, **values})


def customer(org: str, name: str, **values: Any) -> dict[str, Any]:
    return hq_row("customers", organization_id=org, name=name, **values)


def tax_class(org: str, code: str, rate: str) -> dict[str, Any]:
    return hq_row("tax_classes", organization_id=org, code=code, name=code, rate=Decimal(rate))


def warehouse(org: str, store: str, code: str = "MAIN") -> dict[str, Any]:
    return hq_row(
        "warehouses", organization_id=org, store_id=store, code=code, name=code, is_default=True
    )


def exchange_rate(org: str, rate: str, on: date) -> dict[str, Any]:
    return hq_row(
        "currency_exchange_rates",
        organization_id=org,
        from_currency="USD",
        to_currency="LKR",
        rate=Decimal(rate),
        rate_date=on,
    )
