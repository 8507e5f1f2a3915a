"""Inventory valuation, as of now: stock on hand x the product's cost, per product and
warehouse, summed per category and per warehouse.

On hand is the stock ledger's sum (``stock_movements``, as ``services.stock`` defines it), over
all of a product's variants, in this store's warehouses. Cost is the product's current
``cost_minor`` (what the catalog says a unit costs now; purchasing keeps it up to date); a
product without a cost is valued at zero and counted in ``without_cost``. Value per row =
on hand x cost, rounded half up to the minor unit. Negative stock (sold before it was
received) is valued negative, as it is: the report shows it rather than hiding it, and
``negative_rows`` counts such rows. Products with nothing on hand are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from pos_desktop.core.money import Money
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.reports_period import require_reports
from pos_desktop.store.models.catalog import Category, Product
from pos_desktop.store.models.inventory import StockMovement, Warehouse


@dataclass(frozen=True, slots=True)
class ValuationRow:
    product_id: str
    sku: str
    name: str
    category: str  # "" when the product has none
    warehouse: str
    weighed: bool
    on_hand_milli: int
    unit_cost: Money | None
    value: Money


@dataclass(frozen=True, slots=True)
class ValuationGroup:
    name: str
    on_hand_milli: int
    value: Money
    rows: int


@dataclass(frozen=True, slots=True)
class ValuationReport:
    as_of: datetime
    currency: str
    rows: tuple[ValuationRow, ...]  # by category, then name
    by_category: tuple[ValuationGroup, ...]
    by_warehouse: tuple[ValuationGroup, ...]
    total: Money
    without_cost: int
    negative_rows: int


def line_value(on_hand_milli: int, cost_minor: int) -> int:
    """on hand (thousandths) x unit cost, half up to the minor unit."""
    exact = Decimal(on_hand_milli) * cost_minor / 1000
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _groups(rows: list[ValuationRow], key: str, currency: str) -> tuple[ValuationGroup, ...]:
    acc: dict[str, tuple[int, int, int]] = {}
    for r in rows:
        name = getattr(r, key)
        qty, value, n = acc.get(name, (0, 0, 0))
        acc[name] = (qty + r.on_hand_milli, value + r.value.minor, n + 1)
    return tuple(
        ValuationGroup(name, qty, Money(value, currency), n)
        for name, (qty, value, n) in sorted(acc.items(), key=lambda kv: (-kv[1][1], kv[0]))
    )


def inventory_valuation(ctx: ServiceContext, actor: Actor) -> ValuationReport:
    require_reports(actor)
    cur = ctx.terminal.currency
    with ctx.db.read() as s:
        warehouses = dict(
            s.execute(
                select(Warehouse.id, Warehouse.name).where(
                    Warehouse.store_id == ctx.terminal.store_id
                )
            ).all()
        )
        on_hand = (
            select(
                StockMovement.product_id.label("product_id"),
                StockMovement.warehouse_id.label("warehouse_id"),
                func.sum(StockMovement.quantity_milli).label("qty"),
            )
            .where(StockMovement.warehouse_id.in_(list(warehouses)))
            .group_by(StockMovement.product_id, StockMovement.warehouse_id)
            .subquery()
        )
        found = s.execute(
            select(
                Product.id,
                Product.sku,
                Product.name,
                Category.name,
                Product.is_weighed,
                Product.cost_minor,
                on_hand.c.warehouse_id,
                on_hand.c.qty,
            )
            .join(on_hand, on_hand.c.product_id == Product.id)
            .outerjoin(Category, Category.id == Product.category_id)
            .where(on_hand.c.qty != 0)
        ).all()
    rows = [
        ValuationRow(
            pid,
            sku,
            name,
            category or "",
            warehouses.get(wid, wid),
            bool(weighed),
            int(qty),
            Money(cost, cur) if cost is not None else None,
            Money(line_value(int(qty), cost) if cost is not None else 0, cur),
        )
        for pid, sku, name, category, weighed, cost, wid, qty in found
    ]
    rows.sort(key=lambda r: (r.category, r.name, r.warehouse))
    return ValuationReport(
        as_of=ctx.clock(),
        currency=cur,
        rows=tuple(rows),
        by_category=_groups(rows, "category", cur),
        by_warehouse=_groups(rows, "warehouse", cur),
        total=Money(sum(r.value.minor for r in rows), cur),
        without_cost=sum(1 for r in rows if r.unit_cost is None),
        negative_rows=sum(1 for r in rows if r.on_hand_milli < 0),
    )
