"""Session-level pieces the delivery services share: loading an order and its deliveries,
their derived status, appending status rows, and the order's goods leaving or returning to
stock. Nothing here commits or checks a permission: the public services in delivery_orders.py
and delivery_dispatch.py do.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.delivery_flow import (
    ACTIVE_DELIVERY,
    Derived,
    delivery_status,
    derive,
    order_status,
)
from pos_desktop.services.stock import SaleStockLine, record_sale_movements
from pos_desktop.store.models.delivery import (
    Delivery,
    DeliveryStatus,
    DeliveryStatusHistory,
    Order,
    OrderItem,
    OrderStatus,
    OrderStatusHistory,
)
from pos_desktop.store.models.inventory import StockMovement

STOCK_REFERENCE = "order"
"""``stock_movements.reference_type`` of an order's goods (reference_id = the order's id)."""


@dataclass(frozen=True, slots=True)
class OrderState:
    order: Order
    status: OrderStatus
    seq: int
    concurrent: bool


@dataclass(frozen=True, slots=True)
class DeliveryState:
    delivery: Delivery
    status: DeliveryStatus
    seq: int
    concurrent: bool


def load_order(session: Session, ctx: ServiceContext, order_id: str) -> Order:
    order = session.get(Order, order_id)
    if order is None or order.store_id != ctx.terminal.store_id:
        raise NotFoundError("no such order in this store")
    return order


def order_history(session: Session, order_id: str) -> list[OrderStatusHistory]:
    return list(
        session.execute(
            select(OrderStatusHistory)
            .where(OrderStatusHistory.order_id == order_id)
            .order_by(OrderStatusHistory.seq, OrderStatusHistory.created_at, OrderStatusHistory.id)
        ).scalars()
    )


def _state(derived: Derived | None) -> Derived:
    # An order pulled before its history (rows of one push arrive together, so only a broken
    # HQ could do this) reads as just taken.
    return derived or Derived(OrderStatus.PENDING.value, 0, False)


def order_state(session: Session, order: Order) -> OrderState:
    d = _state(derive(order_history(session, order.id)))
    return OrderState(order, order_status(d.status), d.seq, d.concurrent)


def write_order_status(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    state: OrderState,
    new: OrderStatus,
    *,
    reason: str | None = None,
    notes: str | None = None,
) -> OrderStatusHistory:
    row = OrderStatusHistory(
        organization_id=state.order.organization_id,
        store_id=state.order.store_id,
        device_id=ctx.terminal.device_id,
        order_id=state.order.id,
        seq=state.seq + 1,
        status=state.status.value if state.seq else None,
        new_status=new.value,
        reason=reason,
        notes=notes,
        changed_by_id=actor.user_id,
        created_at=ctx.clock(),
    )
    session.add(row)
    return row


def deliveries_of(session: Session, order_id: str) -> list[Delivery]:
    return list(
        session.execute(
            select(Delivery)
            .where(Delivery.order_id == order_id)
            .order_by(Delivery.created_at, Delivery.id)
        ).scalars()
    )


def delivery_history(session: Session, delivery_id: str) -> list[DeliveryStatusHistory]:
    return list(
        session.execute(
            select(DeliveryStatusHistory)
            .where(DeliveryStatusHistory.delivery_id == delivery_id)
            .order_by(
                DeliveryStatusHistory.seq,
                DeliveryStatusHistory.created_at,
                DeliveryStatusHistory.id,
            )
        ).scalars()
    )


def delivery_state(session: Session, delivery: Delivery) -> DeliveryState:
    d = derive(delivery_history(session, delivery.id)) or Derived("PENDING", 0, False)
    return DeliveryState(delivery, delivery_status(d.status), d.seq, d.concurrent)


def active_delivery(session: Session, order_id: str) -> DeliveryState | None:
    """The order's delivery still under way (the newest one, if several are)."""
    states = [delivery_state(session, d) for d in deliveries_of(session, order_id)]
    active = [s for s in states if s.status in ACTIVE_DELIVERY]
    return active[-1] if active else None


def write_delivery_status(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    state: DeliveryState,
    new: DeliveryStatus,
    *,
    reason: str | None = None,
    notes: str | None = None,
) -> DeliveryStatusHistory:
    row = DeliveryStatusHistory(
        organization_id=state.delivery.organization_id,
        store_id=state.delivery.store_id,
        device_id=ctx.terminal.device_id,
        delivery_id=state.delivery.id,
        seq=state.seq + 1,
        status=state.status.value if state.seq else None,
        new_status=new.value,
        reason=reason,
        notes=notes,
        changed_by_id=actor.user_id,
        created_at=ctx.clock(),
    )
    session.add(row)
    return row


def goods_out_milli(session: Session, order_id: str) -> dict[tuple[str, str | None], int]:
    """Per (product, variant): how much of the order is out of stock now (OUT minus returned),
    from the movement ledger itself, so two tills that both packed it are both counted."""
    rows = session.execute(
        select(
            StockMovement.product_id,
            StockMovement.variant_id,
            func.sum(StockMovement.quantity_milli),
        )
        .where(
            StockMovement.reference_type == STOCK_REFERENCE,
            StockMovement.reference_id == order_id,
        )
        .group_by(StockMovement.product_id, StockMovement.variant_id)
    ).all()
    return {(pid, vid): -int(total) for pid, vid, total in rows if int(total) != 0}


def take_goods_out(session: Session, ctx: ServiceContext, actor: Actor, order: Order) -> int:
    """OUT movements (reason sale, reference the order) for every line; returns how many."""
    items = session.execute(
        select(OrderItem).where(OrderItem.order_id == order.id).order_by(OrderItem.line_no)
    ).scalars()
    lines = [SaleStockLine(i.product_id, i.variant_id, i.quantity_milli) for i in items]
    moved = record_sale_movements(
        session,
        ctx,
        lines,
        order.id,
        created_by_id=actor.user_id,
        reference_type=STOCK_REFERENCE,
    )
    return len(moved)


def return_goods(session: Session, ctx: ServiceContext, actor: Actor, order: Order) -> int:
    """IN movements (reason return) for whatever of the order is out of stock; returns how
    many. Nothing out (cancelled before PACKED): nothing moves."""
    out: dict[tuple[str, str | None], int] = defaultdict(int, goods_out_milli(session, order.id))
    lines = [
        SaleStockLine(pid, vid, -qty)
        for (pid, vid), qty in sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
        if qty > 0
    ]
    if not lines:
        return 0
    moved = record_sale_movements(
        session,
        ctx,
        lines,
        order.id,
        created_by_id=actor.user_id,
        reference_type=STOCK_REFERENCE,
    )
    return len(moved)
