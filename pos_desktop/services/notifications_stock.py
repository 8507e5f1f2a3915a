"""Low and negative stock alerts, raised after stock movements.

Negative stock is allowed (two offline tills can sell the last unit); it is flagged, never
refused. The threshold is the warehouse's reorder level for the product when set, otherwise the
product's ``stock_threshold_milli``. Only movements that take stock down are checked.

No spam: at most one *unread* STOCK notification per (product, variant, warehouse, kind). Once
staff mark it read, the next fall below the level raises a new one. The look-up goes through
``ix_notifications_unread`` (store, is_read) and then filters the few unread rows by their JSON
data, so its cost follows the number of unread alerts, not the history.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.quantity import from_milli
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models import Notification
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.inventory import WarehouseInventory

STOCK_TYPE = "STOCK"


class StockAlert(StrEnum):
    LOW = "LOW"
    NEGATIVE = "NEGATIVE"


@dataclass(frozen=True, slots=True)
class StockKey:
    """What an alert is about: a product (``variant_id`` None: with all its variants) in one
    warehouse."""

    product_id: str
    warehouse_id: str
    variant_id: str | None


@dataclass(frozen=True, slots=True)
class _Product:
    """What an alert says about a product."""

    name: str
    sku: str
    unit: str
    threshold_milli: int | None


_WI = WarehouseInventory
# Built once: every sale runs them, and building a select costs about as much as running it.
# The products of a document with their reorder levels in its warehouses: one row per product
# and warehouse_inventory row (a row without a variant stands for the product itself, as the
# unique index on coalesce(variant_id, '') has it).
_PRODUCTS_AND_LEVELS = (
    select(
        Product.id,
        Product.name,
        Product.sku,
        Product.unit,
        Product.stock_threshold_milli,
        _WI.warehouse_id,
        _WI.variant_id,
        _WI.reorder_level_milli,
    )
    .outerjoin(
        _WI,
        (_WI.product_id == Product.id)
        & _WI.warehouse_id.in_(bindparam("warehouse_ids", expanding=True)),
    )
    .where(Product.id.in_(bindparam("product_ids", expanding=True)))
)
# Unread STOCK alerts about some products, through ix_notifications_unread (store, is_read).
_UNREAD = select(
    func.json_extract(Notification.data, "$.kind"),
    func.json_extract(Notification.data, "$.product_id"),
    func.coalesce(func.json_extract(Notification.data, "$.variant_id"), ""),
    func.json_extract(Notification.data, "$.warehouse_id"),
).where(
    Notification.store_id == bindparam("store_id"),
    Notification.is_read.is_(False),
    Notification.type == STOCK_TYPE,
    func.json_extract(Notification.data, "$.product_id").in_(
        bindparam("product_ids", expanding=True)
    ),
)


def check_stock_levels(
    session: Session, ctx: ServiceContext, on_hand: Mapping[StockKey, int]
) -> dict[StockKey, Notification]:
    """Add a LOW or NEGATIVE notification for each item whose on-hand calls for one and has
    none unread; returns the new notifications. Never commits.

    Callers pass every item one document took stock from, with its on-hand after the whole
    document: one query for the products and their levels whatever the number of lines, and one
    for the unread alerts when there is something to raise."""
    if not on_hand:
        return {}
    products: dict[str, _Product] = {}
    levels: dict[tuple[str, str, str], int | None] = {}
    for pid, name, sku, unit, threshold, wid, vid, level in session.execute(
        _PRODUCTS_AND_LEVELS,
        {
            "product_ids": sorted({k.product_id for k in on_hand}),
            "warehouse_ids": sorted({k.warehouse_id for k in on_hand}),
        },
    ):
        products[pid] = _Product(name, sku, unit, threshold)
        if wid is not None:
            levels[(wid, pid, vid or "")] = level
    due: dict[StockKey, StockAlert] = {}
    for key, qty in on_hand.items():
        product = products.get(key.product_id)
        if product is None:
            continue  # a movement for a product this terminal has not pulled yet
        # The warehouse's reorder level wins; the product's threshold is the fallback.
        level = levels.get((key.warehouse_id, key.product_id, key.variant_id or ""))
        if level is None:
            level = product.threshold_milli
        if qty < 0:
            due[key] = StockAlert.NEGATIVE
        elif level is not None and qty <= level:
            due[key] = StockAlert.LOW
    if not due:
        return {}
    unread = {
        tuple(row)
        for row in session.execute(
            _UNREAD,
            {
                "store_id": ctx.terminal.store_id,
                "product_ids": sorted({k.product_id for k in due}),
            },
        )
    }
    return {
        key: _notify(session, ctx, key, kind, products[key.product_id], on_hand[key])
        for key, kind in due.items()
        if (kind.value, key.product_id, key.variant_id or "", key.warehouse_id) not in unread
    }


def _notify(
    session: Session,
    ctx: ServiceContext,
    key: StockKey,
    kind: StockAlert,
    product: _Product,
    on_hand_milli: int,
) -> Notification:
    qty = from_milli(on_hand_milli)
    if kind is StockAlert.NEGATIVE:
        title = f"Negative stock: {product.name}"
        message = (
            f"{product.name} ({product.sku}) is at {qty} {product.unit}: more was sold or moved "
            "out than was recorded in. Check the count and any missing deliveries."
        )
    else:
        title = f"Low stock: {product.name}"
        message = (
            f"{product.name} ({product.sku}) is down to {qty} {product.unit}; time to reorder."
        )
    row = Notification(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        type=STOCK_TYPE,
        title=title[:200],
        message=message[:1000],
        data={
            "kind": kind.value,
            "product_id": key.product_id,
            "variant_id": key.variant_id,
            "warehouse_id": key.warehouse_id,
            "on_hand_milli": on_hand_milli,
        },
        is_read=False,
        created_at=ctx.clock(),
    )
    session.add(row)
    return row
