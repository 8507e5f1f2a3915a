"""Checkout: one transaction, every rule, nothing partial."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.core.cart import Cart
from pos_desktop.core.coupons import CouponType
from pos_desktop.core.discounts import percent_off
from pos_desktop.core.errors import (
    ApprovalRequired,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.money import Money
from pos_desktop.core.pricing import compute_totals
from pos_desktop.core.tax import VAT_18
from pos_desktop.services import checkout as checkout_module
from pos_desktop.services import coupons, loyalty
from pos_desktop.services.checkout import checkout
from pos_desktop.services.context import Actor
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.inventory import StockMovement
from pos_desktop.store.models.loyalty import CouponUsage, LoyaltyTransaction
from pos_desktop.store.models.sales import (
    Payment,
    Sale,
    SaleLine,
    SaleStatusHistory,
    SaleTax,
)
from pos_desktop.store.models.sales import (
    PaymentMethodCode as M,
)
from tests.sales.conftest import Shop
from tests.support.terminal import Terminal


def test_cash_sale_with_change(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 2), (shop.soap, 1))
    result = checkout(shop.ctx, shop.term.cashier, cart, [PaymentRequest(M.CASH, 3000_00)])
    assert result.total_minor == 2 * 1250_00 + 95_50
    assert result.change_minor == 3000_00 - result.total_minor
    assert result.receipt_number == "S01-T01-000001"
    assert not result.replayed
    with shop.term.db.read() as s:
        sale = s.get(Sale, result.sale_id)
        assert sale is not None and sale.kind == "SALE" and sale.total_minor == result.total_minor
        lines = s.execute(select(SaleLine).where(SaleLine.sale_id == sale.id)).scalars().all()
        assert [(ln.name, ln.quantity_milli) for ln in sorted(lines, key=lambda x: x.line_no)] == [
            ("Rice 5kg", 2000),
            ("Soap bar", 1000),
        ]
        assert sum(ln.total_minor for ln in lines) == sale.total_minor
        taxes = s.execute(select(SaleTax).where(SaleTax.sale_id == sale.id)).scalars().all()
        assert sum(t.tax_minor for t in taxes) == sale.tax_minor > 0
        (pay,) = s.execute(select(Payment).where(Payment.sale_id == sale.id)).scalars().all()
        assert (pay.amount_minor, pay.tendered_minor, pay.change_minor) == (
            sale.total_minor,
            3000_00,
            result.change_minor,
        )
        assert pay.shift_id == sale.shift_id is not None
        history = s.execute(
            select(SaleStatusHistory).where(SaleStatusHistory.sale_id == sale.id)
        ).scalar_one()
        assert history.new_status == "COMPLETED"
        moves = (
            s.execute(select(StockMovement).where(StockMovement.reference_id == sale.id))
            .scalars()
            .all()
        )
        assert sorted(m.quantity_milli for m in moves) == [-2000, -1000]
    assert shop.on_hand(shop.rice) == 98


def _cash(amount: int) -> list[PaymentRequest]:
    return [PaymentRequest(M.CASH, amount)]


def test_split_payment_cash_card_lankaqr_pending(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 2))  # 2,500.00
    result = checkout(
        shop.ctx,
        shop.term.cashier,
        cart,
        [
            PaymentRequest(M.CARD, 1000_00, reference="AUTH-778899"),
            PaymentRequest(M.LANKAQR, 500_00, reference="LQR-123"),
            PaymentRequest(M.CASH, 2000_00),
        ],
    )
    assert result.change_minor == 1000_00
    assert result.pending_verification_minor == 500_00
    with shop.term.db.read() as s:
        rows = s.execute(select(Payment).where(Payment.sale_id == result.sale_id)).scalars()
        by_method = {p.method: p for p in rows}
    assert by_method[M.CARD].status == "COMPLETED"
    assert by_method[M.CARD].reference == "AUTH-778899"
    assert by_method[M.LANKAQR].status == "PENDING_VERIFICATION"
    assert by_method[M.CASH].amount_minor == 1000_00
    assert sum(p.amount_minor for p in by_method.values()) == result.total_minor


def test_overpay_by_card_refused_and_nothing_written(shop: Shop) -> None:
    before = (shop.count(Sale), shop.outbox_count())
    with pytest.raises(ValidationError, match="only cash"):
        checkout(
            shop.ctx,
            shop.term.cashier,
            shop.cart((shop.soap, 1)),
            [PaymentRequest(M.CARD, 100_00, reference="AUTH1")],
        )
    assert (shop.count(Sale), shop.outbox_count()) == before


def test_card_needs_terminal_reference(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="reference"):
        checkout(
            shop.ctx, shop.term.cashier, shop.cart((shop.soap, 1)), [PaymentRequest(M.CARD, 95_50)]
        )


def test_weighed_line(shop: Shop) -> None:
    cart = shop.cart((shop.dhal, "0.375"))
    result = checkout(shop.ctx, shop.term.cashier, cart, _cash(200_00))
    assert result.total_minor == 180_00  # 0.375 kg x 480.00, exempt
    assert result.tax_minor == 0
    assert shop.on_hand(shop.dhal) == Decimal("99.625")


def test_empty_cart_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="empty"):
        checkout(shop.ctx, shop.term.cashier, shop.cart(), _cash(100))


def test_no_open_shift_refused(terminal: Terminal) -> None:
    from tests.sales.conftest import _product

    rice = _product(terminal, sku="R1", name="Rice", price_minor=100_00)
    cart = Cart("LKR")
    cart.add_item(
        product_id=rice.product_id,
        name=rice.name,
        unit_price=rice.price,
        tax_class=rice.tax_class(),
    )
    with pytest.raises(ConflictError, match="no open shift"):
        checkout(terminal.ctx, terminal.cashier, cart, _cash(100_00))
    with terminal.db.read() as s:
        assert s.execute(select(Sale)).first() is None


def test_cashier_without_sales_permission_refused(shop: Shop) -> None:
    nobody = Actor("x", "x", "X", "cashier", frozenset(), 0)
    with pytest.raises(PermissionDenied):
        checkout(shop.ctx, nobody, shop.cart((shop.soap, 1)), _cash(100_00))


def test_unknown_product_refused(shop: Shop) -> None:
    cart = Cart("LKR")
    cart.add_item(product_id="ghost", name="Ghost", unit_price=Money(10_00), tax_class=VAT_18)
    with pytest.raises(ValidationError, match="not in this terminal's catalog"):
        checkout(shop.ctx, shop.term.cashier, cart, _cash(10_00))


def test_discount_above_cashier_limit_needs_manager(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 1))
    cart.set_line_discount(cart.lines[0].line_id, percent_off("15"))  # cashier limit is 10%
    with pytest.raises(ApprovalRequired, match="limit"):
        checkout(shop.ctx, shop.term.cashier, cart, _cash(1250_00))
    assert shop.count(Sale) == 0
    # Another cashier cannot approve it.
    with pytest.raises(PermissionDenied):
        checkout(
            shop.ctx,
            shop.term.cashier,
            cart,
            _cash(1250_00),
            approver=Actor("c2", "c2", "Other", "cashier", shop.term.cashier.permissions, 10),
        )
    result = checkout(shop.ctx, shop.term.cashier, cart, _cash(1250_00), approver=shop.term.manager)
    assert result.approved_by_id == shop.term.manager.user_id
    assert result.discount_minor == 187_50
    with shop.term.db.read() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "sale.approval")).scalar_one()
    assert row.approved_by_id == shop.term.manager.user_id
    assert row.user_id == shop.term.cashier.user_id
    assert row.new_values is not None and row.new_values["line_discount_percent"] == {
        "Rice 5kg": "15.00"
    }


def test_discount_within_limit_needs_no_approval(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 1))
    cart.set_order_discount(percent_off("10"))
    result = checkout(shop.ctx, shop.term.cashier, cart, _cash(1125_00))
    assert result.total_minor == 1125_00
    assert result.approved_by_id is None


def test_manager_discount_above_own_limit_needs_admin(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 1))
    cart.set_order_discount(percent_off("60"))  # manager limit is 50%
    with pytest.raises(ApprovalRequired):
        checkout(shop.ctx, shop.term.manager, cart, _cash(500_00))
    result = checkout(shop.ctx, shop.term.manager, cart, _cash(500_00), approver=shop.term.admin)
    assert result.approved_by_id == shop.term.admin.user_id


def test_price_override_needs_permission(shop: Shop) -> None:
    cart = shop.cart((shop.soap, 1))
    cart.override_price(cart.lines[0].line_id, Money(80_00))
    with pytest.raises(ApprovalRequired, match="price"):
        checkout(shop.ctx, shop.term.cashier, cart, _cash(80_00))
    result = checkout(shop.ctx, shop.term.cashier, cart, _cash(80_00), approver=shop.term.manager)
    assert result.total_minor == 80_00
    with shop.term.db.read() as s:
        line = s.execute(select(SaleLine).where(SaleLine.sale_id == result.sale_id)).scalar_one()
    assert (line.unit_price_minor, line.list_price_minor) == (80_00, 95_50)


def test_coupon_applied_and_usage_recorded(shop: Shop) -> None:
    coupon = coupons.create_coupon(
        shop.ctx,
        shop.term.manager,
        coupons.CouponInput(code="SAVE10", type=CouponType.PERCENTAGE, value=Decimal("10")),
    )
    cart = shop.cart((shop.rice, 2))
    with shop.term.db.read() as s:
        discount = coupons.validate_coupon(
            s, shop.ctx, "save10", compute_totals(cart).coupon_base, shop.ctx.clock()
        )
    cart.set_coupon("save10", discount.amount, coupon_id=coupon.coupon.id)  # as typed
    result = checkout(shop.ctx, shop.term.cashier, cart, _cash(2250_00))
    assert result.coupon_discount_minor == 250_00
    assert result.total_minor == 2250_00
    with shop.term.db.read() as s:
        usage = s.execute(select(CouponUsage)).scalar_one()
        sale = s.get(Sale, result.sale_id)
    assert (usage.sale_id, usage.discount_minor) == (result.sale_id, 250_00)
    assert sale is not None and sale.coupon_code == "SAVE10" and sale.coupon_id == coupon.coupon.id


def test_coupon_past_its_limit_refused(shop: Shop) -> None:
    coupon = coupons.create_coupon(
        shop.ctx,
        shop.term.manager,
        coupons.CouponInput(
            code="ONCE", type=CouponType.FIXED_AMOUNT, value=Money(100_00), usage_limit=1
        ),
    )
    for expect_ok in (True, False):
        cart = shop.cart((shop.rice, 1))
        cart.set_coupon("ONCE", Money(100_00), coupon_id=coupon.coupon.id)
        if expect_ok:
            checkout(shop.ctx, shop.term.cashier, cart, _cash(1150_00))
        else:
            with pytest.raises(ValidationError, match="usage limit"):
                checkout(shop.ctx, shop.term.cashier, cart, _cash(1150_00))
    assert shop.count(Sale) == 1


def test_stale_coupon_discount_refused(shop: Shop) -> None:
    coupons.create_coupon(
        shop.ctx,
        shop.term.manager,
        coupons.CouponInput(code="PCT20", type=CouponType.PERCENTAGE, value=Decimal("20")),
    )
    cart = shop.cart((shop.rice, 1))
    cart.set_coupon("PCT20", Money(250_00))  # computed for 1 pack...
    cart.add_item(  # ... then a second pack was added without re-applying the coupon
        product_id=shop.soap.product_id,
        name="Soap",
        unit_price=shop.soap.price,
        tax_class=shop.soap.tax_class(),
    )
    with pytest.raises(ValidationError, match="apply the coupon again"):
        checkout(shop.ctx, shop.term.cashier, cart, _cash(2000_00))


def test_loyalty_earn_and_redeem(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 2))  # 2,500.00 -> 25 points at 1 point per 100
    cart.set_customer(shop.customer_id)
    first = checkout(shop.ctx, shop.term.cashier, cart, _cash(2500_00))
    assert first.points_earned == 25
    assert first.points_balance == 25
    loyalty.adjust_points(shop.ctx, shop.term.manager, shop.customer_id, 475, "welcome")

    cart = shop.cart((shop.rice, 1))  # 1,250.00, 200 points = 200.00 paid with points
    cart.set_customer(shop.customer_id)
    second = checkout(
        shop.ctx,
        shop.term.cashier,
        cart,
        [PaymentRequest(M.LOYALTY_POINTS, points=200), PaymentRequest(M.CASH, 1050_00)],
    )
    assert second.points_redeemed == 200
    assert second.points_earned == 10  # on the 1,050.00 not paid with points
    assert second.points_balance == 500 - 200 + 10
    with shop.term.db.read() as s:
        pts = s.execute(
            select(Payment).where(
                Payment.sale_id == second.sale_id, Payment.method == M.LOYALTY_POINTS
            )
        ).scalar_one()
        customer = s.get(Customer, shop.customer_id)
    assert (pts.amount_minor, pts.points) == (200_00, 200)
    assert customer is not None and customer.total_orders == 2
    assert customer.total_spent_minor == 2500_00 + 1250_00


def test_redeeming_more_points_than_balance_refused(shop: Shop) -> None:
    loyalty.adjust_points(shop.ctx, shop.term.manager, shop.customer_id, 150, "welcome")
    cart = shop.cart((shop.rice, 1))
    cart.set_customer(shop.customer_id)
    before = shop.outbox_count()
    with pytest.raises(ValidationError, match="only 150 points"):
        checkout(
            shop.ctx,
            shop.term.cashier,
            cart,
            [PaymentRequest(M.LOYALTY_POINTS, points=300), PaymentRequest(M.CASH, 1000_00)],
        )
    assert shop.outbox_count() == before
    assert shop.count(LoyaltyTransaction) == 1


def test_points_need_a_customer(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="customer"):
        checkout(
            shop.ctx,
            shop.term.cashier,
            shop.cart((shop.rice, 1)),
            [PaymentRequest(M.LOYALTY_POINTS, points=100), PaymentRequest(M.CASH, 1250_00)],
        )


def test_failure_late_in_checkout_leaves_nothing(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Break the very last step: everything written before it must disappear."""
    loyalty.adjust_points(shop.ctx, shop.term.manager, shop.customer_id, 500, "welcome")
    tables = (
        Sale,
        SaleLine,
        SaleTax,
        Payment,
        SaleStatusHistory,
        StockMovement,
        LoyaltyTransaction,
        OutboxEntry,
        AuditLog,
    )
    before = {t: shop.count(t) for t in tables}
    cart = shop.cart((shop.rice, 1), (shop.soap, 2))
    cart.set_customer(shop.customer_id)
    cart.set_line_discount(cart.lines[0].line_id, percent_off("20"))

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(checkout_module, "_approval_audit", boom)
    payments = [PaymentRequest(M.LOYALTY_POINTS, points=100), PaymentRequest(M.CASH, 2000_00)]
    with pytest.raises(RuntimeError):
        checkout(shop.ctx, shop.term.cashier, cart, payments, approver=shop.term.manager)
    assert {t: shop.count(t) for t in tables} == before
    assert shop.on_hand(shop.rice) == 100
    monkeypatch.undo()
    result = checkout(shop.ctx, shop.term.cashier, cart, payments, approver=shop.term.manager)
    assert result.receipt_number == "S01-T01-000001"  # the failed attempt burnt no number


def test_receipt_numbers_are_gapless(shop: Shop) -> None:
    numbers = []
    for i in range(30):
        cart = shop.cart((shop.soap, 1))
        if i % 5 == 0:  # some refused attempts in between
            with pytest.raises(ValidationError):
                checkout(shop.ctx, shop.term.cashier, cart, _cash(1_00))
        numbers.append(checkout(shop.ctx, shop.term.cashier, cart, _cash(100_00)).receipt_number)
    assert numbers == [f"S01-T01-{n:06d}" for n in range(1, 31)]


def test_retrying_a_committed_checkout_does_not_count_twice(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 1))
    first = checkout(shop.ctx, shop.term.cashier, cart, _cash(1300_00))
    outbox = shop.outbox_count()
    again = checkout(shop.ctx, shop.term.cashier, cart, _cash(1300_00))
    assert again.replayed
    assert (again.sale_id, again.receipt_number, again.change_minor) == (
        first.sale_id,
        first.receipt_number,
        50_00,
    )
    assert shop.count(Sale) == 1
    assert shop.outbox_count() == outbox
    assert shop.on_hand(shop.rice) == 99
    cart.add_item(
        product_id=shop.soap.product_id,
        name="Soap",
        unit_price=shop.soap.price,
        tax_class=shop.soap.tax_class(),
    )
    with pytest.raises(ConflictError, match="already completed"):
        checkout(shop.ctx, shop.term.cashier, cart, _cash(2000_00))


def test_checkout_writes_outbox_rows_for_every_ledger_row(shop: Shop) -> None:
    before = shop.outbox_count()
    result = checkout(shop.ctx, shop.term.cashier, shop.cart((shop.rice, 1)), _cash(1250_00))
    with shop.term.db.read() as s:
        rows = s.execute(select(OutboxEntry).where(OutboxEntry.seq > before)).scalars().all()
    entities = sorted(r.entity for r in rows)
    assert entities.count("sales") == 1
    assert {
        "sale_lines",
        "sale_taxes",
        "payments",
        "sale_status_history",
        "stock_movements",
    } <= set(entities)
    assert len({r.txn_id for r in rows}) == 1
    assert any(r.entity_id == result.sale_id for r in rows)


def test_concurrent_checkouts_get_unique_gapless_numbers(shop: Shop) -> None:
    """Two writers (the till and, say, a back-office sale) queue on BEGIN IMMEDIATE."""
    from concurrent.futures import ThreadPoolExecutor

    def sell(_: int) -> str:
        cart = shop.cart((shop.soap, 1))
        return checkout(shop.ctx, shop.term.cashier, cart, _cash(100_00)).receipt_number

    with ThreadPoolExecutor(max_workers=3) as pool:
        numbers = list(pool.map(sell, range(24)))
    assert sorted(numbers) == [f"S01-T01-{n:06d}" for n in range(1, 25)]
    assert shop.on_hand(shop.soap) == 100 - 24
