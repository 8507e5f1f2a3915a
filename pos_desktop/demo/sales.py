"""A few days of past trading, rung up through the real services.

Each past day is a shift (services/shifts.py) opened at 08:30 shop time with a LKR 10,000
float, a few dozen sales through ``checkout`` (stock out, loyalty earned, coupon uses, receipt
numbers, outbox rows: everything a real sale writes), and a close with the drawer counted by
denomination. Today's shift is left open with a couple of morning sales, so ``pos report x``
has something to read and ``pos report z`` shows yesterday. The service context's clock is set
to each sale's moment, so dates, shift reports and point expiries are those of that moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import select

from pos_desktop.core.cart import Cart
from pos_desktop.core.clock import fixed_clock
from pos_desktop.core.denominations import denominations_for
from pos_desktop.core.money import Money
from pos_desktop.core.pricing import compute_totals
from pos_desktop.demo.promotions import LIMITED_COUPON, LIMITED_COUPON_USES
from pos_desktop.services import coupons as coupon_service
from pos_desktop.services.catalog import ProductHit, lookup_barcode, lookup_item_code
from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.shift_reports import expected_cash_minor
from pos_desktop.services.shifts import close_shift, current_shift, open_shift
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models.catalog import Product

OPENING_FLOAT: Final = Money(10_000_00, "LKR")
OPEN_AT: Final = time(8, 30)
TRADING_HOURS: Final = 11


@dataclass
class SalesSeed:
    sales: int = 0
    closed_shifts: int = 0
    open_shift_id: str | None = None
    receipts: list[str] = field(default_factory=list)


def _at(ctx: ServiceContext, moment: datetime) -> ServiceContext:
    return ServiceContext(db=ctx.db, terminal=ctx.terminal, clock=fixed_clock(moment))


def _codes(db: Database) -> list[tuple[str | None, str | None]]:
    with db.read() as s:
        rows = s.execute(select(Product.barcode, Product.item_code).order_by(Product.sku)).all()
    return [(r[0], r[1]) for r in rows]


def _pick(ctx: ServiceContext, code: tuple[str | None, str | None]) -> ProductHit | None:
    barcode, item_code = code
    with ctx.db.read() as s:  # the same lookups the sell screen makes on a scan
        if barcode:
            return lookup_barcode(s, barcode)
        return lookup_item_code(s, item_code) if item_code else None


def _cart(
    ctx: ServiceContext, rng: random.Random, codes: list[tuple[str | None, str | None]]
) -> Cart:
    cart = Cart(ctx.terminal.currency)
    for _ in range(rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 8))):
        hit = _pick(ctx, rng.choice(codes))
        if hit is None:
            continue
        if hit.is_weighed:
            qty: Decimal | int = Decimal(rng.randint(250, 2_500)).scaleb(-3)
        else:
            qty = rng.choice((1, 1, 1, 2, 3))
        cart.add_item(
            product_id=hit.product_id,
            name=hit.name,
            unit_price=hit.price,
            tax_class=hit.tax_class(),
            quantity=qty,
            sku=hit.sku,
            barcode=hit.barcode,
            weighed=hit.is_weighed,
        )
    return cart


def _payment(rng: random.Random, total_minor: int, index: int) -> PaymentRequest:
    roll = rng.random()
    if roll < 0.62:
        step = rng.choice((100_00, 500_00, 1_000_00, 5_000_00))
        handed = -(-total_minor // step) * step  # rounded up to the note the customer used
        return PaymentRequest("CASH", handed)
    if roll < 0.9:
        return PaymentRequest("CARD", total_minor, reference=f"AUTH{index:06d}")
    return PaymentRequest("LANKAQR", total_minor, reference=f"LQR{index:08d}")


def _count(expected_minor: int, currency: str) -> dict[int, int]:
    """The drawer counted note by note (whole rupees: cents in the till are not counted)."""
    left = expected_minor // 100
    counts: dict[int, int] = {}
    for face in denominations_for(currency):
        n, left = divmod(left, face)
        if n:
            counts[face] = n
    return counts


def _sell(
    ctx: ServiceContext,
    cashier: Actor,
    rng: random.Random,
    codes: list[tuple[str | None, str | None]],
    customers: list[str],
    coupon_uses_left: int,
    index: int,
) -> tuple[str, bool]:
    cart = _cart(ctx, rng, codes)
    if cart.is_empty:
        return "", False
    if customers and rng.random() < 0.45:
        cart.set_customer(rng.choice(customers))
    used_coupon = False
    if coupon_uses_left > 0:
        with ctx.db.read() as s:
            base = compute_totals(cart).coupon_base
            found = coupon_service.find_coupon(s, ctx, LIMITED_COUPON)
            discount = coupon_service.validate_coupon(
                s, ctx, LIMITED_COUPON, base, ctx.clock(), cart.customer_id
            )
        assert found is not None
        cart.set_coupon(LIMITED_COUPON, discount.amount, coupon_id=found.id)
        used_coupon = True
    total = compute_totals(cart).grand_total.minor
    result = checkout(ctx, cashier, cart, [_payment(rng, total, index)])
    return result.receipt_number, used_coupon


def seed_sales(
    ctx: ServiceContext,
    cashier: Actor,
    *,
    now: datetime,
    seed: int,
    customers: list[str],
    days: int = 3,
    per_day: int = 30,
) -> SalesSeed:
    """``days`` closed past shifts of ``per_day`` sales, then today's shift, left open."""
    rng = random.Random(seed ^ 0x5A1E)
    identity: TerminalIdentity = ctx.terminal
    zone = ZoneInfo("Asia/Colombo")
    codes = _codes(ctx.db)
    result = SalesSeed()
    coupon_uses_left = LIMITED_COUPON_USES
    today = now.astimezone(zone).date()
    for back in range(days, 0, -1):
        opened = datetime.combine(today - timedelta(days=back), OPEN_AT, zone)
        open_shift(_at(ctx, opened), cashier, OPENING_FLOAT)
        gap = timedelta(hours=TRADING_HOURS) / per_day
        for i in range(per_day):
            moment = opened + gap * (i + 1) - timedelta(minutes=rng.randint(0, 5))
            number, used = _sell(
                _at(ctx, moment), cashier, rng, codes, customers, coupon_uses_left, result.sales
            )
            if number:
                result.sales += 1
                result.receipts.append(number)
                coupon_uses_left -= used
        closing = opened + timedelta(hours=TRADING_HOURS, minutes=30)
        with ctx.db.read() as s:
            shift = current_shift(s, ctx)
            assert shift is not None
            expected = expected_cash_minor(s, shift)
        close_shift(_at(ctx, closing), cashier, _count(expected, identity.currency))
        result.closed_shifts += 1
    # Today: opened two hours ago, a few sales since.
    opened = now - timedelta(hours=2)
    shift_result = open_shift(_at(ctx, opened), cashier, OPENING_FLOAT)
    result.open_shift_id = shift_result.shift_id
    for i in range(4):
        moment = opened + timedelta(minutes=20 * (i + 1))
        number, _ = _sell(_at(ctx, moment), cashier, rng, codes, customers, 0, result.sales)
        if number:
            result.sales += 1
            result.receipts.append(number)
    return result
