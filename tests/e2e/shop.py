"""Doing business on an enrolled terminal through the real services, as the sell screen does:
a ``TillSession`` cart, the customer and coupon attached by the till's I/O functions, and the
real checkout (one transaction: sale, lines, payments, stock, loyalty, coupon use, outbox)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from pos_desktop.core.money import Money
from pos_desktop.services import customers, loyalty, shifts, stock, till
from pos_desktop.services.catalog import ProductHit, search_products
from pos_desktop.services.checkout import CheckoutResult
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.store.models.sales import PaymentMethodCode
from tests.e2e.world import Till

CASH = PaymentMethodCode.CASH
CARD = PaymentMethodCode.CARD


def product(t: Till, sku: str) -> ProductHit:
    with t.db.read() as s:
        hits = [h for h in search_products(s, sku) if h.sku == sku]
    assert hits, f"{t.name} has no product {sku}"
    return hits[0]


def receive(t: Till, sku: str, quantity: int) -> None:
    stock.receive_stock(t.ctx, t.actor("manager"), product(t, sku).product_id, quantity)


def on_hand(t: Till, sku: str) -> int:
    with t.db.read() as s:
        return int(stock.on_hand_milli(s, product(t, sku).product_id))


def open_shift(t: Till) -> None:
    shifts.open_shift(t.ctx, t.actor("cashier"), Money(5_000_00, t.ctx.terminal.currency))


def new_customer(t: Till, name: str, phone: str) -> str:
    made = customers.create_customer(
        t.ctx, t.actor("cashier"), customers.CustomerInput(name=name, phone=phone)
    )
    return made.customer.id


def edit_customer(t: Till, customer_id: str, **changes: object) -> tuple[str, ...]:
    result = customers.update_customer(t.ctx, t.actor("manager"), customer_id, changes)
    return result.changed_fields


def give_points(t: Till, customer_id: str, points: int) -> int:
    result = loyalty.adjust_points(t.ctx, t.actor("manager"), customer_id, points, "Welcome")
    return result.summary.balance


def balance(t: Till, customer_id: str) -> int:
    with t.db.read() as s:
        return int(loyalty.balance(s, customer_id))


def sell(
    t: Till,
    items: Sequence[tuple[str, int]],
    *,
    method: str = CASH,
    customer_id: str | None = None,
    coupon: str | None = None,
    points: int | None = None,
) -> CheckoutResult:
    """One sale of ``items`` (sku, quantity) paid by ``method`` (after ``points``, if any)."""
    ctx = t.ctx
    session = till.TillSession()
    session.configure(till.load_settings(ctx))
    for sku, quantity in items:
        session.add_hit(product(t, sku), quantity)
    if customer_id is not None:
        session.attach_customer_id(ctx, customer_id)
    if coupon is not None:
        session.apply_coupon(ctx, coupon)
    due = session.totals().grand_total.minor
    payments: list[PaymentRequest] = []
    if points:
        with t.db.read() as s:
            point_value = loyalty.policy(s, ctx).point_value_minor
        payments.append(PaymentRequest(PaymentMethodCode.LOYALTY_POINTS, points=points))
        due -= points * point_value
    if method == CARD:
        payments.append(PaymentRequest(CARD, due, reference=f"AUTH{len(items):02d}{due}"))
    else:
        # The customer hands over a round sum; the till gives change.
        payments.append(PaymentRequest(CASH, -(-due // 100_00) * 100_00))
    return session.pay(ctx, t.actor("cashier"), payments)


def coupon_row(code: str, *, percent: str, usage_limit: int) -> dict[str, object]:
    """A coupon as HQ's organization API takes it."""
    now = datetime.now(UTC)
    return {
        "code": code,
        "code_normalized": code.upper(),
        "name": f"{percent}% off",
        "type": "PERCENTAGE",
        "value_percent": percent,
        "currency": "LKR",
        "usage_limit": usage_limit,
        "is_active": True,
        "valid_from": (now - timedelta(days=1)).isoformat(),
        "valid_to": (now + timedelta(days=30)).isoformat(),
    }
