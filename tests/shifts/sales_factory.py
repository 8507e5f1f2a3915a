"""Writes sales ledger rows straight through the models, for report tests.

Each ``SaleSpec`` is a whole document (sale, lines, tax rows, payments). The specs are also the
input of the independent expected-figures computation in the tests, so the report is checked
against what was written, not against another query of the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert

from pos_desktop.core.ids import new_id
from pos_desktop.store.models.sales import Payment, Sale, SaleLine, SaleTax
from pos_desktop.store.terminal import TerminalIdentity


@dataclass(frozen=True)
class PaySpec:
    method: str
    amount_minor: int  # applied; negative for a refund
    change_minor: int = 0
    status: str = "COMPLETED"


@dataclass(frozen=True)
class LineSpec:
    quantity_milli: int
    total_minor: int
    tax_class: str = "VAT"
    tax_rate: Decimal = Decimal("0.18")
    tax_minor: int = 0
    discount_minor: int = 0


@dataclass(frozen=True)
class SaleSpec:
    kind: str
    counter: int
    lines: tuple[LineSpec, ...]
    payments: tuple[PaySpec, ...]
    coupon_discount_minor: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total_minor(self) -> int:
        return sum(line.total_minor for line in self.lines)

    @property
    def tax_minor(self) -> int:
        return sum(line.tax_minor for line in self.lines)

    @property
    def discount_minor(self) -> int:
        return sum(line.discount_minor for line in self.lines) + self.coupon_discount_minor


def receipt(ident: TerminalIdentity, counter: int) -> str:
    return f"{ident.store_code}-{ident.device_code}-{counter:06d}"


def rows_for(
    ident: TerminalIdentity, shift_id: str, cashier_id: str, spec: SaleSpec, at: datetime
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    scope = {"organization_id": ident.organization_id, "store_id": ident.store_id}
    sale_id = new_id()
    sale = {
        **scope,
        "id": sale_id,
        "device_id": ident.device_id,
        "receipt_number": receipt(ident, spec.counter),
        "kind": spec.kind,
        "original_sale_id": None,
        "shift_id": shift_id,
        "cashier_id": cashier_id,
        "currency": ident.currency,
        "subtotal_minor": spec.total_minor + spec.discount_minor,
        "discount_minor": spec.discount_minor,
        "tax_minor": spec.tax_minor,
        "total_minor": spec.total_minor,
        "tax_inclusive": True,
        "coupon_discount_minor": spec.coupon_discount_minor,
        "loyalty_points_earned": 0,
        "loyalty_points_redeemed": 0,
        "status": "COMPLETED",
        "created_at": at,
    }
    lines = [
        {
            **scope,
            "id": new_id(),
            "sale_id": sale_id,
            "line_no": i + 1,
            "name": f"Item {i}",
            "quantity_milli": line.quantity_milli,
            "unit_price_minor": abs(line.total_minor),
            "gross_minor": line.total_minor + line.discount_minor,
            "discount_minor": line.discount_minor,
            "order_discount_minor": 0,
            "tax_class_code": line.tax_class,
            "tax_rate": line.tax_rate,
            "tax_minor": line.tax_minor,
            "total_minor": line.total_minor,
            "weighed": False,
        }
        for i, line in enumerate(spec.lines)
    ]
    by_class: dict[tuple[str, Decimal], list[int]] = {}
    for line in spec.lines:
        acc = by_class.setdefault((line.tax_class, line.tax_rate), [0, 0])
        acc[0] += line.total_minor - line.tax_minor
        acc[1] += line.tax_minor
    taxes = [
        {
            **scope,
            "id": new_id(),
            "sale_id": sale_id,
            "tax_class_code": code,
            "tax_rate": rate,
            "taxable_minor": taxable,
            "tax_minor": tax,
        }
        for (code, rate), (taxable, tax) in by_class.items()
    ]
    payments = [
        {
            **scope,
            "id": new_id(),
            "device_id": ident.device_id,
            "sale_id": sale_id,
            "customer_id": None,
            "shift_id": shift_id,
            "method": p.method,
            "amount_minor": p.amount_minor,
            "tendered_minor": p.amount_minor + p.change_minor,
            "change_minor": p.change_minor,
            "currency": ident.currency,
            "status": p.status,
            "reference": None if p.method == "CASH" else f"REF{p.amount_minor}",
            "points": None,
            "original_payment_id": None,
            "created_at": at,
        }
        for p in spec.payments
    ]
    return sale, lines, taxes, payments


def write_sales(
    db: Any,
    ident: TerminalIdentity,
    shift_id: str,
    cashier_id: str,
    specs: list[SaleSpec],
    at: datetime,
) -> None:
    """Bulk insert (Core executemany) in one transaction; fast enough for thousands of sales."""
    sales: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    taxes: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    for spec in specs:
        s, ls, ts, ps = rows_for(ident, shift_id, cashier_id, spec, at)
        sales.append(s)
        lines += ls
        taxes += ts
        payments += ps
    with db.uow() as uow:
        conn = uow.session.connection()
        for model, rows in (
            (Sale, sales),
            (SaleLine, lines),
            (SaleTax, taxes),
            (Payment, payments),
        ):
            if rows:
                table: Table = model.__table__  # type: ignore[assignment]
                conn.execute(insert(table), rows)
        uow.commit()
