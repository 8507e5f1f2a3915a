"""Voiding a sale of the current shift, and auditing lines removed before payment."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import ApprovalRequired, ConflictError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty, shifts
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import load_sale
from pos_desktop.services.returns import return_items
from pos_desktop.services.shift_reports import x_report
from pos_desktop.services.voids import record_line_removed, void_sale
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import Payment, Sale, SaleLine
from pos_desktop.store.models.sales import PaymentMethodCode as M
from tests.sales.conftest import Shop


def _sale(shop: Shop, *, customer: bool = False, points: int = 0) -> CheckoutResult:
    cart = shop.cart((shop.rice, 2), (shop.soap, 1))  # 2,595.50
    payments = [PaymentRequest(M.CARD, 1000_00, reference="AUTH-1")]
    if customer:
        cart.set_customer(shop.customer_id)
    if points:
        payments.append(PaymentRequest(M.LOYALTY_POINTS, points=points))
    payments.append(PaymentRequest(M.CASH, 2000_00))
    return checkout(shop.ctx, shop.term.cashier, cart, payments)


def test_void_needs_a_manager(shop: Shop) -> None:
    sale = _sale(shop)
    with pytest.raises(ApprovalRequired):
        void_sale(shop.ctx, shop.term.cashier, sale.receipt_number, "customer changed mind")
    with pytest.raises(ValidationError, match="why"):
        void_sale(shop.ctx, shop.term.manager, sale.receipt_number, "  ")
    assert shop.count(Sale) == 1


def test_void_reverses_stock_loyalty_payments(shop: Shop) -> None:
    loyalty.adjust_points(shop.ctx, shop.term.manager, shop.customer_id, 300, "welcome")
    sale = _sale(shop, customer=True, points=100)
    assert shop.on_hand(shop.rice) == 98
    with shop.term.db.read() as s:
        balance_after_sale = loyalty.balance(s, shop.customer_id)
    assert sale.points_earned > 0 and sale.points_redeemed == 100

    voided = void_sale(
        shop.ctx,
        shop.term.cashier,
        sale.receipt_number,
        "wrong customer",
        approver=shop.term.manager,
    )
    assert voided.void_receipt_number == "S01-T01-000002"
    assert voided.refunded_minor == sale.total_minor
    assert voided.points_earned_reversed == sale.points_earned
    assert voided.points_restored == 100
    assert voided.approved_by_id == shop.term.manager.user_id
    assert shop.on_hand(shop.rice) == 100
    assert shop.on_hand(shop.soap) == 100
    with shop.term.db.read() as s:
        assert loyalty.balance(s, shop.customer_id) == 300
        assert balance_after_sale == 300 - 100 + sale.points_earned
        view = load_sale(s, sale.receipt_number)
        doc = s.get(Sale, voided.void_id)
        lines = (
            s.execute(select(SaleLine).where(SaleLine.sale_id == voided.void_id)).scalars().all()
        )
        pays = s.execute(select(Payment).where(Payment.sale_id == voided.void_id)).scalars().all()
        customer = s.get(Customer, shop.customer_id)
    assert view.status == "VOIDED"
    assert doc is not None and doc.kind == "VOID" and doc.original_sale_id == sale.sale_id
    assert doc.total_minor == -sale.total_minor and doc.tax_minor == -sale.tax_minor
    assert sorted(ln.quantity_milli for ln in lines) == [-2000, -1000]
    assert sum(p.amount_minor for p in pays) == -sale.total_minor
    assert {p.method: p.amount_minor for p in pays}[M.CASH] == -(sale.total_minor - 1100_00)
    assert customer is not None and customer.total_orders == 0 and customer.total_spent_minor == 0


def test_void_twice_refused(shop: Shop) -> None:
    sale = _sale(shop)
    void_sale(shop.ctx, shop.term.manager, sale.sale_id, "test")
    with pytest.raises(ConflictError, match="already voided"):
        void_sale(shop.ctx, shop.term.manager, sale.sale_id, "again")


def test_void_of_a_void_refused(shop: Shop) -> None:
    sale = _sale(shop)
    voided = void_sale(shop.ctx, shop.term.manager, sale.sale_id, "test")
    with pytest.raises(ConflictError, match="not a sale"):
        void_sale(shop.ctx, shop.term.manager, voided.void_receipt_number, "again")


def test_void_after_a_return_refused(shop: Shop) -> None:
    sale = _sale(shop)
    view_line = _line_id(shop, sale, "Soap bar")
    return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [(view_line, 1, True)],
        "CASH",
        reason="faulty",
    )
    with pytest.raises(ConflictError, match="already returned"):
        void_sale(shop.ctx, shop.term.manager, sale.receipt_number, "test")


def test_only_the_current_shift_can_be_voided(shop: Shop) -> None:
    sale = _sale(shop)
    shifts.close_shift(shop.ctx, shop.term.manager, {1000: 5})
    shifts.open_shift(shop.ctx, shop.term.cashier, Money(0))
    with pytest.raises(ConflictError, match="earlier shift"):
        void_sale(shop.ctx, shop.term.manager, sale.receipt_number, "late")


def test_void_nets_out_of_the_shift_report(shop: Shop) -> None:
    sale = _sale(shop)
    void_sale(shop.ctx, shop.term.manager, sale.receipt_number, "test")
    with shop.term.db.read() as s:
        shift = shifts.current_shift(s, shop.ctx)
        assert shift is not None
        report = x_report(s, shop.ctx, shift.id)
    assert report.net_total_minor == 0
    assert report.voids_count == 1
    assert report.expected_cash_minor == 5000_00


def test_record_line_removed_audits(shop: Shop) -> None:
    cart = shop.cart((shop.rice, 3))
    line = cart.remove_line(cart.lines[0].line_id)
    record_line_removed(shop.ctx, shop.term.cashier, cart.cart_id, line, reason="changed mind")
    with shop.term.db.read() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "cart.line_removed")).scalar_one()
    assert row.user_id == shop.term.cashier.user_id
    assert row.old_values is not None
    assert (row.old_values["name"], row.old_values["quantity_milli"]) == ("Rice 5kg", 3000)
    assert row.old_values["gross_minor"] == 3750_00


def _line_id(shop: Shop, sale: CheckoutResult, name: str) -> str:
    with shop.term.db.read() as s:
        view = load_sale(s, sale.receipt_number)
    return next(line.id for line in view.lines if line.name == name)
