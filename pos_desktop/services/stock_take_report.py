"""The variance report of a stock take: expected against counted, per line and in total, in
units and in cost value, and its CSV export.

For an open take, expected is the ledger at each line's snapshot moment (what completing it now
would use); for a completed one, the figures its COUNT movements were written from. Products of
the scope that the ledger holds but nobody counted are listed as "not counted" (their
difference is what completing with ``zero_uncounted`` would write off).

Value = difference x the product's cost when counted, rounded half up to the minor unit;
a product without a cost has no value (``value_known`` False) and is left out of the totals.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.quantity import from_milli
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.stock_take import (
    StockTakeView,
    _take,
    get_stock_take,
    ledger_at,
    uncounted_in_scope,
)
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.inventory import Warehouse
from pos_desktop.store.models.stock_take import StockTakeLine, StockTakeStatus


def value_minor(quantity_milli: int, unit_cost_minor: int | None) -> int | None:
    if unit_cost_minor is None:
        return None
    exact = Decimal(quantity_milli) * unit_cost_minor / 1000
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class VarianceLine:
    product_id: str
    sku: str
    name: str
    unit: str
    expected_milli: int
    counted_milli: int | None  # None: in scope, not counted
    unit_cost_minor: int | None

    @property
    def difference_milli(self) -> int:
        return (self.counted_milli or 0) - self.expected_milli

    @property
    def expected_value_minor(self) -> int | None:
        return value_minor(self.expected_milli, self.unit_cost_minor)

    @property
    def counted_value_minor(self) -> int | None:
        return value_minor(self.counted_milli or 0, self.unit_cost_minor)

    @property
    def difference_value_minor(self) -> int | None:
        return value_minor(self.difference_milli, self.unit_cost_minor)

    @property
    def value_known(self) -> bool:
        return self.unit_cost_minor is not None


@dataclass(frozen=True, slots=True)
class VarianceReport:
    take: StockTakeView
    warehouse_name: str
    currency: str
    lines: list[VarianceLine]  # counted lines (by SKU), then the uncounted ones

    def _sum(self, values: list[int | None]) -> int:
        return sum(v for v in values if v is not None)

    @property
    def counted(self) -> list[VarianceLine]:
        return [ln for ln in self.lines if ln.counted_milli is not None]

    @property
    def not_counted(self) -> list[VarianceLine]:
        return [ln for ln in self.lines if ln.counted_milli is None]

    @property
    def expected_value_minor(self) -> int:
        return self._sum([ln.expected_value_minor for ln in self.counted])

    @property
    def counted_value_minor(self) -> int:
        return self._sum([ln.counted_value_minor for ln in self.counted])

    @property
    def difference_value_minor(self) -> int:
        return self._sum([ln.difference_value_minor for ln in self.counted])

    @property
    def shortage_value_minor(self) -> int:
        return self._sum([v for ln in self.counted if (v := ln.difference_value_minor) and v < 0])

    @property
    def surplus_value_minor(self) -> int:
        return self._sum([v for ln in self.counted if (v := ln.difference_value_minor) and v > 0])

    @property
    def lines_with_variance(self) -> int:
        return sum(1 for ln in self.counted if ln.difference_milli)


def variance_report(
    session: Session, ctx: ServiceContext, stock_take_id: str, *, include_uncounted: bool = True
) -> VarianceReport:
    take = _take(session, ctx, stock_take_id, open_=False)
    is_open = take.status == StockTakeStatus.OPEN.value
    rows = session.execute(
        select(StockTakeLine, Product.sku, Product.name, Product.unit)
        .join(Product, Product.id == StockTakeLine.product_id)
        .where(StockTakeLine.stock_take_id == take.id)
        .order_by(Product.sku)
    ).all()
    lines = [
        VarianceLine(
            line.product_id,
            sku,
            name,
            unit,
            ledger_at(session, line.product_id, take.warehouse_id, line.snapshot_at)
            if is_open
            else line.expected_milli,
            line.counted_milli,
            line.unit_cost_minor,
        )
        for line, sku, name, unit in rows
    ]
    if include_uncounted and is_open:
        missing = uncounted_in_scope(session, take, [ln.product_id for ln in lines])
        if missing:
            products = session.execute(
                select(Product.id, Product.sku, Product.name, Product.unit, Product.cost_minor)
                .where(Product.id.in_(list(missing)))
                .order_by(Product.sku)
            )
            lines.extend(
                VarianceLine(pid, sku, name, unit, missing[pid], None, cost)
                for pid, sku, name, unit, cost in products
            )
    wh = session.get(Warehouse, take.warehouse_id)
    return VarianceReport(
        get_stock_take(session, ctx, take.id),
        wh.name if wh is not None else "",
        ctx.terminal.currency,
        lines,
    )


CSV_HEADER = (
    "sku",
    "name",
    "unit",
    "expected",
    "counted",
    "difference",
    "unit_cost",
    "expected_value",
    "counted_value",
    "difference_value",
)


def variance_csv(report: VarianceReport) -> str:
    """The report as CSV text (UTF-8 when written; amounts in major units, plain digits)."""

    def qty(milli: int | None) -> str:
        return "" if milli is None else str(from_milli(milli))

    def money(minor: int | None) -> str:
        return (
            "" if minor is None else format_amount(Money(minor, report.currency)).replace(",", "")
        )

    def cell(value: str) -> str:
        # A name starting with =, +, - or @ would run as a formula in a spreadsheet.
        return "'" + value if value[:1] in ("=", "+", "-", "@") else value

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["stock take", report.take.reference, "warehouse", report.warehouse_name])
    w.writerow(CSV_HEADER)
    for ln in report.lines:
        w.writerow(
            [
                cell(ln.sku),
                cell(ln.name),
                ln.unit,
                qty(ln.expected_milli),
                qty(ln.counted_milli),
                qty(ln.difference_milli) if ln.counted_milli is not None else "",
                money(ln.unit_cost_minor),
                money(ln.expected_value_minor),
                money(ln.counted_value_minor) if ln.counted_milli is not None else "",
                money(ln.difference_value_minor) if ln.counted_milli is not None else "",
            ]
        )
    w.writerow(
        [
            "TOTAL",
            f"{len(report.counted)} counted, {report.lines_with_variance} with a difference",
            "",
            "",
            "",
            "",
            "",
            money(report.expected_value_minor),
            money(report.counted_value_minor),
            money(report.difference_value_minor),
        ]
    )
    return out.getvalue()
