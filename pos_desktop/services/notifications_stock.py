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

from collections.abc import Collection, Mapping
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


# Built once: every sale runs them, and building a select costs about as much as running it.
_PRODUCTS = select(Product).where(Product.id.in_(bindparam("ids", expanding=True)))
_LEVELS = select(
    WarehouseInventory.warehouse_id,
    WarehouseInventory.product_id,
    WarehouseInventory.variant_id,
    WarehouseInventory.reorder_level_milli,
).where(
    WarehouseInventory.product_id.in_(bindparam("product_ids", expanding=True)),
    WarehouseInventory.warehouse_id.in_(bindparam("warehouse_ids", expanding=True)),
)


@dataclass(frozen=True, slots=True)
class StockKey:
    """What an alert is about: a product (``variant_id`` None: with all its variants) in one
    warehouse."""

    product_id: str
    warehouse_id: str
    variant_id: str | None


def _reorder_levels(session: Session, keys: Collection[StockKey]) -> dict[StockKey, int | None]:
    """Each key's warehouse reorder level (one query); keys without a warehouse row are absent.

    A row with no variant stands for the product itself, as the unique index
    ``coalesce(variant_id, '')`` has it."""
    if not keys:
        return {}
    rows = session.execute(
        _LEVELS,
        {
            "product_ids": sorted({k.product_id for k in keys}),
            "warehouse_ids": sorted({k.warehouse_id for k in keys}),
        },
    ).all()
    found = {(wid, pid, vid or ""): level for wid, pid, vid, level in rows}
    levels: dict[StockKey, int | None] = {}
    for key in keys:
        item = (key.warehouse_id, key.product_id, key.variant_id or "")
        if item in found:
            levels[key] = found[item]
    return levels


def _has_unread(
    session: Session,
    ctx: ServiceContext,
    kind: StockAlert,
    product_id: str,
    variant_id: str | None,
    warehouse_id: str,
) -> bool:
    data = Notification.data
    found = session.execute(
        select(Notification.id)
        .where(
            Notification.store_id == ctx.terminal.store_id,
            Notification.is_read.is_(False),
            Notification.type == STOCK_TYPE,
            func.json_extract(data, "$.kind") == kind.value,
            func.json_extract(data, "$.product_id") == product_id,
            func.coalesce(func.json_extract(data, "$.variant_id"), "") == (variant_id or ""),
            func.json_extract(data, "$.warehouse_id") == warehouse_id,
        )
        .limit(1)
    ).first()
    return found is not None


def check_stock_levels(
    session: Session, ctx: ServiceContext, on_hand: Mapping[StockKey, int]
) -> dict[StockKey, Notification]:
    """Add a LOW or NEGATIVE notification for each item whose on-hand calls for one and has
    none unread; returns the new notifications. Never commits.

    Callers pass every item one document took stock from, with its on-hand after the whole
    document: two queries (products, reorder levels) whatever the number of lines, then one
    unread look-up per alert to raise."""
    if not on_hand:
        return {}
    ids = sorted({k.product_id for k in on_hand})
    products = {p.id: p for p in session.execute(_PRODUCTS, {"ids": ids}).scalars()}
    levels = _reorder_levels(session, [k for k, qty in on_hand.items() if qty >= 0])
    raised: dict[StockKey, Notification] = {}
    for key, qty in on_hand.items():
        product = products.get(key.product_id)
        if product is None:
            continue  # a movement for a product this terminal has not pulled yet
        # The warehouse's reorder level wins; the product's threshold is the fallback.
        level = levels.get(key)
        if level is None:
            level = product.stock_threshold_milli
        row = _alert(session, ctx, key, product, qty, level)
        if row is not None:
            raised[key] = row
    return raised


def _alert(
    session: Session,
    ctx: ServiceContext,
    key: StockKey,
    product: Product,
    on_hand_milli: int,
    level: int | None,
) -> Notification | None:
    if on_hand_milli < 0:
        kind = StockAlert.NEGATIVE
    elif level is None or on_hand_milli > level:
        return None
    else:
        kind = StockAlert.LOW
    product_id, warehouse_id, variant_id = key.product_id, key.warehouse_id, key.variant_id
    if _has_unread(session, ctx, kind, product_id, variant_id, warehouse_id):
        return None
    qty = from_milli(on_hand_milli)
    unit = product.unit
    if kind is StockAlert.NEGATIVE:
        title = f"Negative stock: {product.name}"
        message = (
            f"{product.name} ({product.sku}) is at {qty} {unit}: more was sold or moved out than "
            "was recorded in. Check the count and any missing deliveries."
        )
    else:
        title = f"Low stock: {product.name}"
        message = f"{product.name} ({product.sku}) is down to {qty} {unit}; time to reorder."
    row = Notification(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        type=STOCK_TYPE,
        title=title[:200],
        message=message[:1000],
        data={
            "kind": kind.value,
            "product_id": product_id,
            "variant_id": variant_id,
            "warehouse_id": warehouse_id,
            "on_hand_milli": on_hand_milli,
        },
        is_read=False,
        created_at=ctx.clock(),
    )
    session.add(row)
    return row
