"""One order status step with everything that goes with it, in the caller's transaction.

- PACKED: the goods leave stock (OUT, reason sale, reference the order): from then on they are
  in a parcel, not on a shelf, and a stock take must not count them.
- OUT_FOR_DELIVERY: needs a delivery (courier + tracking number); it becomes DISPATCHED.
- DELIVERED: the dispatched delivery becomes DELIVERED (COD cash is settled afterwards).
- CANCELLED (reason required): goods that left stock come back (IN, reason return), and a
  delivery under way ends RETURNED.

The delivery side (delivery_dispatch.py) calls the same function when a courier's update
moves the order on (dispatched -> out for delivery, delivered -> delivered).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.delivery_flow import check_delivery_step, check_order_step
from pos_desktop.services.delivery_state import (
    OrderState,
    active_delivery,
    return_goods,
    take_goods_out,
    write_delivery_status,
    write_order_status,
)
from pos_desktop.store.models.delivery import DeliveryStatus, OrderStatus

MAX_NOTE = 1000
MAX_REASON = 500


def clean_note(text: str | None, limit: int, label: str) -> str | None:
    cleaned = " ".join((text or "").split())
    if len(cleaned) > limit:
        raise ValidationError(f"the {label} is longer than {limit} characters")
    return cleaned or None


def step_order(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    state: OrderState,
    new: OrderStatus,
    *,
    reason: str | None = None,
    notes: str | None = None,
    from_delivery: bool = False,
) -> list[str]:
    """Write one legal step and its effects; returns the entities it touched."""
    check_order_step(state.status, new)
    why = clean_note(reason, MAX_REASON, "reason")
    note = clean_note(notes, MAX_NOTE, "note")
    touched = ["order_status_history"]
    if new is OrderStatus.CANCELLED and why is None:
        raise ValidationError("say why the order is cancelled")
    delivery = active_delivery(session, state.order.id)
    if new is OrderStatus.OUT_FOR_DELIVERY and not from_delivery:
        if delivery is None:
            raise ValidationError("assign a courier (a delivery with a tracking number) first")
        if delivery.status is not DeliveryStatus.DISPATCHED:
            check_delivery_step(delivery.status, DeliveryStatus.DISPATCHED)
            write_delivery_status(session, ctx, actor, delivery, DeliveryStatus.DISPATCHED)
            touched.append("delivery_status_history")
    if new is OrderStatus.DELIVERED and not from_delivery:
        if delivery is None or delivery.status is not DeliveryStatus.DISPATCHED:
            raise ValidationError(
                "the order's delivery is not dispatched; dispatch it or assign a new courier"
            )
        write_delivery_status(session, ctx, actor, delivery, DeliveryStatus.DELIVERED)
        touched.append("delivery_status_history")
    write_order_status(session, ctx, actor, state, new, reason=why, notes=note)
    if new is OrderStatus.PACKED and take_goods_out(session, ctx, actor, state.order):
        touched.append("stock_movements")
    if new is OrderStatus.CANCELLED:
        if return_goods(session, ctx, actor, state.order):
            touched.append("stock_movements")
        if delivery is not None:
            write_delivery_status(
                session, ctx, actor, delivery, DeliveryStatus.RETURNED, reason="order cancelled"
            )
            touched.append("delivery_status_history")
    return touched
