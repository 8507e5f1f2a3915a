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

from enum import StrEnum

from sqlalchemy import func, select
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


def threshold_milli(
    session: Session, product: Product, warehouse_id: str, variant_id: str | None
) -> int | None:
    level = session.execute(
        select(WarehouseInventory.reorder_level_milli).where(
            WarehouseInventory.warehouse_id == warehouse_id,
            WarehouseInventory.product_id == product.id,
            func.coalesce(WarehouseInventory.variant_id, "") == (variant_id or ""),
        )
    ).scalar_one_or_none()
    return level if level is not None else product.stock_threshold_milli


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


def check_stock_level(
    session: Session,
    ctx: ServiceContext,
    *,
    product_id: str,
    warehouse_id: str,
    variant_id: str | None,
    on_hand_milli: int,
) -> Notification | None:
    """Add a LOW or NEGATIVE notification if on-hand calls for one and none is unread.
    Returns the new notification, or None. Never commits."""
    product = session.get(Product, product_id)
    if product is None:
        return None  # a movement for a product this terminal has not pulled yet
    if on_hand_milli < 0:
        kind = StockAlert.NEGATIVE
    else:
        level = threshold_milli(session, product, warehouse_id, variant_id)
        if level is None or on_hand_milli > level:
            return None
        kind = StockAlert.LOW
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
