"""What the delivery pages show: orders by status with search, one order in full, counts.

The list is keyset-paged (newest first, ``(created_at, id)`` cursor) and filters on the status
derived in SQL: a correlated subquery takes each order's newest history row by the index
``(order_id, seq)``. Search takes what a manager types: an order number, a tracking number, a
phone number (any written form, matched on the stored E.164 digits) or part of a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.phone import phone_search_digits
from pos_desktop.services.catalog import ProductHit, search_products
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.services.delivery_flow import (
    DELIVERY_NEXT,
    ORDER_NEXT,
)
from pos_desktop.services.delivery_numbers import normalize_code
from pos_desktop.services.delivery_state import (
    deliveries_of,
    delivery_history,
    delivery_state,
    goods_out_milli,
    load_order,
    order_history,
    order_state,
)
from pos_desktop.store.models import User
from pos_desktop.store.models.delivery import (
    Courier,
    Delivery,
    DeliveryStatus,
    Order,
    OrderItem,
    OrderPayment,
    OrderPaymentMethod,
    OrderStatus,
    OrderStatusHistory,
)

PAGE: Final = 100


def _status_expr() -> Any:
    h = aliased(OrderStatusHistory)
    return (
        select(h.new_status)
        .where(h.order_id == Order.id)
        .order_by(h.seq.desc(), h.created_at.desc(), h.id.desc())
        .limit(1)
        .correlate(Order)
        .scalar_subquery()
    )


def _tracking_expr() -> Any:
    d = aliased(Delivery)
    return (
        select(d.tracking_number)
        .where(d.order_id == Order.id)
        .order_by(d.created_at.desc(), d.id.desc())
        .limit(1)
        .correlate(Order)
        .scalar_subquery()
    )


def _settled_expr() -> Any:
    p = aliased(OrderPayment)
    return exists().where(p.order_id == Order.id, p.method == OrderPaymentMethod.COD.value)


@dataclass(frozen=True, slots=True)
class OrderRow:
    id: str
    order_number: str
    created_at: datetime
    customer_name: str
    customer_phone: str
    city: str
    status: OrderStatus
    payment_method: str
    total: Money
    cod_amount: Money
    tracking_number: str | None
    settled: bool


@dataclass(frozen=True, slots=True)
class OrderPage:
    rows: tuple[OrderRow, ...]
    next_cursor: tuple[datetime, str] | None


def _search(text: str) -> Any:
    code = normalize_code(text)
    clauses = [
        Order.order_number.startswith(code),
        Order.customer_name.ilike(f"%{' '.join(text.split())}%"),
        exists().where(Delivery.order_id == Order.id, Delivery.tracking_number.startswith(code)),
    ]
    digits = phone_search_digits(text)
    if digits is not None and len(digits) >= 3:
        clauses.append(Order.customer_phone.contains(digits))
    return or_(*clauses)


def list_orders(
    ctx: ServiceContext,
    actor: Actor,
    *,
    status: OrderStatus | str | None = None,
    text: str = "",
    after: tuple[datetime, str] | None = None,
    limit: int = PAGE,
) -> OrderPage:
    require(actor, Permission.MANAGE_DELIVERIES)
    limit = max(1, min(limit, 500))
    status_col = _status_expr().label("status")
    query = select(
        Order, status_col, _tracking_expr().label("tracking"), _settled_expr().label("settled")
    ).where(Order.store_id == ctx.terminal.store_id)
    if status:
        query = query.where(_status_expr() == OrderStatus(str(status)).value)
    if text.strip():
        query = query.where(_search(text.strip()[:64]))
    if after is not None:
        moment, last_id = after
        query = query.where(
            or_(Order.created_at < moment, and_(Order.created_at == moment, Order.id < last_id))
        )
    query = query.order_by(Order.created_at.desc(), Order.id.desc()).limit(limit + 1)
    with ctx.db.read() as s:
        found = s.execute(query).all()
    rows = tuple(
        OrderRow(
            id=o.id,
            order_number=o.order_number,
            created_at=o.created_at,
            customer_name=o.customer_name,
            customer_phone=o.customer_phone,
            city=str(o.shipping_address.get("city", "")),
            status=OrderStatus(st or OrderStatus.PENDING.value),
            payment_method=o.payment_method,
            total=Money(o.total_minor, o.currency),
            cod_amount=Money(o.cod_amount_minor, o.currency),
            tracking_number=tracking,
            settled=bool(settled),
        )
        for o, st, tracking, settled in found[:limit]
    )
    more = len(found) > limit
    return OrderPage(rows, (rows[-1].created_at, rows[-1].id) if more and rows else None)


def status_counts(ctx: ServiceContext, actor: Actor) -> dict[OrderStatus, int]:
    require(actor, Permission.MANAGE_DELIVERIES)
    status = _status_expr().label("status")
    inner = select(status).where(Order.store_id == ctx.terminal.store_id).subquery()
    with ctx.db.read() as s:
        found = s.execute(select(inner.c.status, func.count()).group_by(inner.c.status)).all()
    counts = dict.fromkeys(OrderStatus, 0)
    for value, n in found:
        counts[OrderStatus(value or OrderStatus.PENDING.value)] += int(n)
    return counts


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    status: str | None
    new_status: str
    by: str
    reason: str | None
    notes: str | None
    seq: int


@dataclass(frozen=True, slots=True)
class DeliveryView:
    id: str
    tracking_number: str
    courier_id: str
    courier_name: str
    courier_phone: str | None
    status: DeliveryStatus
    next_steps: tuple[DeliveryStatus, ...]
    history: tuple[HistoryEntry, ...]
    special_instructions: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ItemView:
    line_no: int
    product_id: str
    name: str
    sku: str | None
    quantity_milli: int
    unit_price: Money
    total: Money


@dataclass(frozen=True, slots=True)
class PaymentView:
    method: str
    amount: Money
    expected: Money
    reference: str | None
    note: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class OrderDetail:
    id: str
    order_number: str
    created_at: datetime
    customer_id: str | None
    customer_name: str
    customer_phone: str
    address: dict[str, str]
    payment_method: str
    notes: str | None
    subtotal: Money
    tax: Money
    delivery_fee: Money
    total: Money
    cod_amount: Money
    tax_inclusive: bool
    status: OrderStatus
    next_steps: tuple[OrderStatus, ...]
    concurrent: bool  # two tills changed the status from the same point offline
    goods_out: bool  # the goods are out of stock for this order now
    items: tuple[ItemView, ...]
    history: tuple[HistoryEntry, ...]
    deliveries: tuple[DeliveryView, ...]
    payments: tuple[PaymentView, ...]

    @property
    def active_delivery(self) -> DeliveryView | None:
        live = [d for d in self.deliveries if d.next_steps]
        return live[-1] if live else None

    @property
    def settled(self) -> bool:
        return any(p.method == OrderPaymentMethod.COD.value for p in self.payments)


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.name).where(User.id.in_(ids))).all()
    return {i: n for i, n in rows}


def _entries(rows: list[Any], names: dict[str, str]) -> tuple[HistoryEntry, ...]:
    return tuple(
        HistoryEntry(
            r.created_at,
            r.status,
            r.new_status,
            names.get(r.changed_by_id or "", ""),
            r.reason,
            r.notes,
            r.seq,
        )
        for r in rows
    )


def order_detail(ctx: ServiceContext, actor: Actor, order_id: str) -> OrderDetail:
    require(actor, Permission.MANAGE_DELIVERIES)
    with ctx.db.read() as s:
        order = load_order(s, ctx, order_id)
        state = order_state(s, order)
        history = order_history(s, order.id)
        deliveries = [
            (d, delivery_state(s, d), delivery_history(s, d.id)) for d in deliveries_of(s, order.id)
        ]
        names = _names(
            s,
            {r.changed_by_id for r in history if r.changed_by_id}
            | {r.changed_by_id for _, _, hs in deliveries for r in hs if r.changed_by_id},
        )
        couriers = {
            c.id: c
            for c in s.execute(
                select(Courier).where(Courier.id.in_({d.courier_id for d, _, _ in deliveries}))
            ).scalars()
        }
        items = s.execute(
            select(OrderItem).where(OrderItem.order_id == order.id).order_by(OrderItem.line_no)
        ).scalars()
        payments = s.execute(
            select(OrderPayment)
            .where(OrderPayment.order_id == order.id)
            .order_by(OrderPayment.created_at, OrderPayment.id)
        ).scalars()
        cur = order.currency
        return OrderDetail(
            id=order.id,
            order_number=order.order_number,
            created_at=order.created_at,
            customer_id=order.customer_id,
            customer_name=order.customer_name,
            customer_phone=order.customer_phone,
            address={k: str(v) for k, v in order.shipping_address.items()},
            payment_method=order.payment_method,
            notes=order.notes,
            subtotal=Money(order.subtotal_minor, cur),
            tax=Money(order.tax_minor, cur),
            delivery_fee=Money(order.delivery_fee_minor, cur),
            total=Money(order.total_minor, cur),
            cod_amount=Money(order.cod_amount_minor, cur),
            tax_inclusive=order.tax_inclusive,
            status=state.status,
            next_steps=ORDER_NEXT[state.status],
            concurrent=state.concurrent,
            goods_out=bool(goods_out_milli(s, order.id)),
            items=tuple(
                ItemView(
                    i.line_no,
                    i.product_id,
                    i.name,
                    i.sku,
                    i.quantity_milli,
                    Money(i.unit_price_minor, cur),
                    Money(i.total_minor, cur),
                )
                for i in items
            ),
            history=_entries(history, names),
            deliveries=tuple(
                DeliveryView(
                    id=d.id,
                    tracking_number=d.tracking_number,
                    courier_id=d.courier_id,
                    courier_name=couriers[d.courier_id].name if d.courier_id in couriers else "",
                    courier_phone=couriers[d.courier_id].phone
                    if d.courier_id in couriers
                    else None,
                    status=st.status,
                    next_steps=DELIVERY_NEXT[st.status],
                    history=_entries(hs, names),
                    special_instructions=d.special_instructions,
                    created_at=d.created_at,
                )
                for d, st, hs in deliveries
            ),
            payments=tuple(
                PaymentView(
                    p.method,
                    Money(p.amount_minor, cur),
                    Money(p.expected_minor, cur),
                    p.reference,
                    p.note,
                    p.created_at,
                )
                for p in payments
            ),
        )


def find_products(
    ctx: ServiceContext, actor: Actor, text: str, limit: int = 12
) -> list[ProductHit]:
    """Products on sale matching a name, SKU or scanned barcode, for an order's lines."""
    require(actor, Permission.MANAGE_DELIVERIES)
    with ctx.db.read() as s:
        return search_products(s, text, limit)
