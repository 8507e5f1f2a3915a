"""Handing orders to couriers, their progress, and settling cash on delivery (MANAGE_DELIVERIES).

- ``assign_delivery``: a courier takes the order with a new tracking number ("TRK" + 8,
  delivery_numbers.py). One delivery at a time: a courier who brings the parcel back ends his
  delivery RETURNED, then another can be assigned.
- ``update_delivery_status``: the courier's progress. DISPATCHED moves a PACKED order out for
  delivery; DELIVERED moves the order to DELIVERED; RETURNED (reason required) leaves the order
  where it is (assign another courier, or cancel the order and its goods come back).
- ``settle_cod``: when a DELIVERED cash-on-delivery order's money reaches the store, the amount
  is recorded as an ``order_payments`` row (method COD) tied to the delivery: that delivery is
  then settled. A short amount needs a note. The order does not become a POS sale: the cash is
  the courier's handover, not takings of a till's shift (see store/models/delivery.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.delivery_flow import check_delivery_step, delivery_status
from pos_desktop.services.delivery_numbers import next_tracking
from pos_desktop.services.delivery_state import (
    active_delivery,
    delivery_state,
    load_order,
    order_state,
    write_delivery_status,
)
from pos_desktop.services.delivery_transitions import (
    MAX_NOTE,
    MAX_REASON,
    clean_note,
    step_order,
)
from pos_desktop.store.models.delivery import (
    Courier,
    Delivery,
    DeliveryStatus,
    DeliveryStatusHistory,
    OrderPayment,
    OrderPaymentMethod,
    OrderStatus,
)

ASSIGNABLE = frozenset(
    {
        OrderStatus.PENDING,
        OrderStatus.CONFIRMED,
        OrderStatus.PROCESSING,
        OrderStatus.PACKED,
        OrderStatus.OUT_FOR_DELIVERY,
    }
)


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    delivery_id: str
    tracking_number: str
    status: DeliveryStatus
    order_status: OrderStatus
    changes: Changes


@dataclass(frozen=True, slots=True)
class SettlementResult:
    payment_id: str
    amount: Money
    expected: Money
    changes: Changes


def assign_delivery(
    ctx: ServiceContext,
    actor: Actor,
    order_id: str,
    courier_id: str,
    *,
    special_instructions: str | None = None,
    estimated_delivery_at: datetime | None = None,
) -> DeliveryResult:
    require(actor, Permission.MANAGE_DELIVERIES)
    instructions = clean_note(special_instructions, MAX_NOTE, "delivery instructions")
    with ctx.db.uow() as uow:
        s = uow.session
        state = order_state(s, load_order(s, ctx, order_id))
        if state.status not in ASSIGNABLE:
            raise ValidationError(f"an order that is {state.status.value} cannot be assigned")
        current = active_delivery(s, order_id)
        if current is not None:
            raise ConflictError(
                f"the order is already with a courier ({current.delivery.tracking_number}); "
                "mark that delivery returned first"
            )
        courier = s.get(Courier, courier_id)
        if (
            courier is None
            or courier.organization_id != ctx.terminal.organization_id
            or not courier.is_active
        ):
            raise NotFoundError("no such active courier")
        tracking, seq = next_tracking(s, ctx.terminal.store_id, ctx.terminal.device_code)
        order = state.order
        row = Delivery(
            organization_id=order.organization_id,
            store_id=order.store_id,
            device_id=ctx.terminal.device_id,
            order_id=order.id,
            courier_id=courier.id,
            tracking_number=tracking,
            tracking_seq=seq,
            address=dict(order.shipping_address),
            special_instructions=instructions,
            estimated_delivery_at=estimated_delivery_at,
            created_by_id=actor.user_id,
            created_at=ctx.clock(),
        )
        s.add(row)
        s.flush()
        s.add(
            DeliveryStatusHistory(
                organization_id=order.organization_id,
                store_id=order.store_id,
                device_id=ctx.terminal.device_id,
                delivery_id=row.id,
                seq=1,
                new_status=DeliveryStatus.PENDING.value,
                changed_by_id=actor.user_id,
                created_at=ctx.clock(),
            )
        )
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "delivery.assign",
                "deliveries",
                row.id,
                None,
                {"order_number": order.order_number, "courier": courier.name, "tracking": tracking},
            ),
        )
        uow.commit()
        result = DeliveryResult(
            row.id,
            tracking,
            DeliveryStatus.PENDING,
            state.status,
            Changes.of("deliveries", "delivery_status_history", "orders", ids=(order.id, row.id)),
        )
    return result


def update_delivery_status(
    ctx: ServiceContext,
    actor: Actor,
    delivery_id: str,
    new_status: DeliveryStatus | str,
    *,
    reason: str | None = None,
    notes: str | None = None,
) -> DeliveryResult:
    require(actor, Permission.MANAGE_DELIVERIES)
    new = delivery_status(str(new_status))
    why = clean_note(reason, MAX_REASON, "reason")
    note = clean_note(notes, MAX_NOTE, "note")
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(Delivery, delivery_id)
        if row is None or row.store_id != ctx.terminal.store_id:
            raise NotFoundError("no such delivery in this store")
        state = delivery_state(s, row)
        check_delivery_step(state.status, new)
        order = order_state(s, load_order(s, ctx, row.order_id))
        touched = ["delivery_status_history"]
        order_after = order.status
        if new is DeliveryStatus.RETURNED and why is None:
            raise ValidationError("say why the parcel came back")
        if new is DeliveryStatus.DISPATCHED:
            if order.status not in (OrderStatus.PACKED, OrderStatus.OUT_FOR_DELIVERY):
                raise ValidationError("pack the order before the courier takes it")
            if order.status is OrderStatus.PACKED:
                order_after = OrderStatus.OUT_FOR_DELIVERY
        if new is DeliveryStatus.DELIVERED:
            if order.status is not OrderStatus.OUT_FOR_DELIVERY:
                raise ValidationError("the order is not out for delivery")
            order_after = OrderStatus.DELIVERED
        write_delivery_status(s, ctx, actor, state, new, reason=why, notes=note)
        if order_after is not order.status:
            touched += step_order(s, ctx, actor, order, order_after, from_delivery=True)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "delivery.status",
                "deliveries",
                row.id,
                {"status": state.status.value},
                {"status": new.value, "tracking": row.tracking_number},
                reason=why,
            ),
        )
        uow.commit()
        result = DeliveryResult(
            row.id,
            row.tracking_number,
            new,
            order_after,
            Changes.of("deliveries", "orders", *touched, ids=(row.id, row.order_id)),
        )
    return result


def settle_cod(
    ctx: ServiceContext,
    actor: Actor,
    order_id: str,
    amount_minor: int,
    *,
    note: str | None = None,
) -> SettlementResult:
    """Record the cash the courier handed over for a delivered COD order."""
    require(actor, Permission.MANAGE_DELIVERIES)
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor < 0:
        raise ValidationError("the amount received must be zero or more")
    cleaned = clean_note(note, 500, "note")
    with ctx.db.uow() as uow:
        s = uow.session
        state = order_state(s, load_order(s, ctx, order_id))
        order = state.order
        if order.payment_method != OrderPaymentMethod.COD.value:
            raise ValidationError(f"order {order.order_number} was paid by {order.payment_method}")
        if state.status is not OrderStatus.DELIVERED:
            raise ValidationError("cash on delivery is settled once the order is delivered")
        paid = s.execute(
            select(OrderPayment.id).where(
                OrderPayment.order_id == order.id,
                OrderPayment.method == OrderPaymentMethod.COD.value,
            )
        ).first()
        if paid is not None:
            raise ConflictError(f"order {order.order_number} is already settled")
        if amount_minor != order.cod_amount_minor and cleaned is None:
            raise ValidationError("the amount differs from the COD amount: add a note saying why")
        delivered = s.execute(
            select(Delivery.id)
            .where(Delivery.order_id == order.id)
            .order_by(Delivery.created_at.desc(), Delivery.id.desc())
        ).first()
        payment = OrderPayment(
            organization_id=order.organization_id,
            store_id=order.store_id,
            device_id=ctx.terminal.device_id,
            order_id=order.id,
            delivery_id=delivered[0] if delivered else None,
            method=OrderPaymentMethod.COD.value,
            amount_minor=amount_minor,
            expected_minor=order.cod_amount_minor,
            currency=order.currency,
            note=cleaned,
            received_by_id=actor.user_id,
            created_at=ctx.clock(),
        )
        s.add(payment)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "order.cod_settled",
                "orders",
                order.id,
                None,
                {"amount_minor": amount_minor, "expected_minor": order.cod_amount_minor},
                reason=cleaned,
            ),
        )
        uow.commit()
        result = SettlementResult(
            payment.id,
            Money(amount_minor, order.currency),
            Money(order.cod_amount_minor, order.currency),
            Changes.of("order_payments", "orders", ids=(order.id,)),
        )
    return result
