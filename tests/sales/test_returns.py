"""Returns and refunds: partial, restock or write-off, loyalty, refund methods, never too much."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos_desktop.core.discounts import amount_off, percent_off
from pos_desktop.core.errors import (
    ApprovalRequired,
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.money import Money
from pos_desktop.core.pricing import compute_totals
from pos_desktop.services import loyalty
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.context import Actor
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import SaleView, load_sale
from pos_desktop.services.returns import ORIGINAL, ReturnLine, return_items
from pos_desktop.services.voids import void_sale
from pos_desktop.store.models.inventory import StockMovement
from pos_desktop.store.models.sales import Payment, Sale, SaleLine, SaleTax
from pos_desktop.store.models.sales import PaymentMethodCode as M
from tests.sales.conftest import Shop


def _view(shop: Shop, key: str) -> SaleView:
    with shop.term.db.read() as s:
        return load_sale(s, key)


def _line(view: SaleView, name: str) -> str:
    return next(line.id for line in view.lines if line.name == name)


def _sale(shop: Shop, payments: list[PaymentRequest] | None = None) -> CheckoutResult:
    cart = shop.cart((shop.rice, 3), (shop.soap, 2))  # 3,750.00 + 191.00
    return checkout(
        shop.ctx, shop.term.cashier, cart, payments or [PaymentRequest(M.CASH, 4000_00)]
    )


def test_cashier_needs_refund_approval(shop: Shop) -> None:
    sale = _sale(shop)
    rice = _line(_view(shop, sale.receipt_number), "Rice 5kg")
    with pytest.raises(ApprovalRequired):
        return_items(
            shop.ctx,
            shop.term.cashier,
            sale.receipt_number,
            [(rice, 1, True)],
            "CASH",
            reason="damaged",
        )
    nobody = Actor("x", "x", "X", "cashier", frozenset(), 0)
    with pytest.raises(PermissionDenied):
        return_items(
            shop.ctx,
            nobody,
            sale.receipt_number,
            [(rice, 1, True)],
            "CASH",
            approver=shop.term.manager,
            reason="damaged",
        )
    result = return_items(
        shop.ctx,
        shop.term.cashier,
        sale.receipt_number,
        [(rice, 1, True)],
        "CASH",
        approver=shop.term.manager,
        reason="damaged",
    )
    assert result.approved_by_id == shop.term.manager.user_id


def test_partial_return_then_more_than_remaining_refused(shop: Shop) -> None:
    sale = _sale(shop)
    view = _view(shop, sale.receipt_number)
    rice = _line(view, "Rice 5kg")
    first = return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [ReturnLine(rice, 2)],
        "CASH",
        reason="not needed",
    )
    assert first.refund_minor == 2500_00
    assert first.cash_out_minor == 2500_00
    assert first.original_status == "PARTIALLY_RETURNED"
    assert first.return_receipt_number == "S01-T01-000002"
    assert shop.on_hand(shop.rice) == 99
    before = (shop.count(Sale), shop.outbox_count())
    with pytest.raises(ValidationError, match="only 1 of Rice 5kg"):
        return_items(
            shop.ctx,
            shop.term.manager,
            sale.receipt_number,
            [ReturnLine(rice, 2)],
            "CASH",
            reason="again",
        )
    assert (shop.count(Sale), shop.outbox_count()) == before
    again = _view(shop, sale.receipt_number)
    assert again.line(rice).returned_milli == 2000
    assert again.status == "PARTIALLY_RETURNED"
    # The rest, and the soap: the sale is now fully returned and fully refunded.
    soap = _line(view, "Soap bar")
    last = return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [(rice, 1, True), (soap, 2, True)],
        "CASH",
        reason="not needed",
    )
    assert last.original_status == "RETURNED"
    assert first.refund_minor + last.refund_minor == sale.total_minor
    with pytest.raises(ValidationError, match="only 0"):
        return_items(
            shop.ctx,
            shop.term.manager,
            sale.receipt_number,
            [(soap, 1, True)],
            "CASH",
            reason="again",
        )


def test_return_document_is_negative_and_balanced(shop: Shop) -> None:
    sale = _sale(shop)
    rice = _line(_view(shop, sale.receipt_number), "Rice 5kg")
    result = return_items(
        shop.ctx, shop.term.manager, sale.sale_id, [(rice, 1, True)], "CASH", reason="x"
    )
    with shop.term.db.read() as s:
        doc = s.get(Sale, result.return_id)
        lines = (
            s.execute(select(SaleLine).where(SaleLine.sale_id == result.return_id)).scalars().all()
        )
        taxes = (
            s.execute(select(SaleTax).where(SaleTax.sale_id == result.return_id)).scalars().all()
        )
        pays = s.execute(select(Payment).where(Payment.sale_id == result.return_id)).scalars().all()
    assert doc is not None and doc.kind == "RETURN" and doc.original_sale_id == sale.sale_id
    assert doc.total_minor == -1250_00 == sum(ln.total_minor for ln in lines)
    assert doc.tax_minor == sum(t.tax_minor for t in taxes) < 0
    (line,) = lines
    assert line.quantity_milli == -1000 and line.original_line_id == rice and line.restock
    assert [(p.method, p.amount_minor, p.change_minor) for p in pays] == [("CASH", -1250_00, 0)]
    assert pays[0].shift_id == doc.shift_id


def test_write_off_records_return_and_writeoff(shop: Shop) -> None:
    sale = _sale(shop)
    soap = _line(_view(shop, sale.receipt_number), "Soap bar")
    result = return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [(soap, 1, False)],
        "CASH",
        reason="broken",
    )
    assert shop.on_hand(shop.soap) == 98  # sold 2, one came back broken
    with shop.term.db.read() as s:
        moves = s.execute(
            select(StockMovement.reason, StockMovement.quantity_milli).where(
                StockMovement.reference_id == result.return_id
            )
        ).all()
    assert sorted(moves) == [("return", 1000), ("writeoff", -1000)]


def test_refund_share_includes_discounts_and_never_exceeds_line(shop: Shop) -> None:
    cart = shop.cart((shop.soap, 3))  # 286.50
    cart.set_line_discount(cart.lines[0].line_id, amount_off(Money(10_00)))
    cart.set_order_discount(percent_off("5"))
    sale = checkout(shop.ctx, shop.term.cashier, cart, [PaymentRequest(M.CASH, 300_00)])
    soap = _line(_view(shop, sale.receipt_number), "Soap bar")
    refunds = [
        return_items(
            shop.ctx, shop.term.manager, sale.receipt_number, [(soap, 1, True)], "CASH", reason="x"
        ).refund_minor
        for _ in range(3)
    ]
    assert sum(refunds) == sale.total_minor
    assert max(refunds) - min(refunds) <= 1
    assert all(r < 95_50 for r in refunds)  # each unit's share of the discounted total


def test_refund_to_card_limited_to_card_payment(shop: Shop) -> None:
    sale = _sale(
        shop, [PaymentRequest(M.CARD, 2000_00, reference="AUTH-5"), PaymentRequest(M.CASH, 2000_00)]
    )
    rice = _line(_view(shop, sale.receipt_number), "Rice 5kg")
    with pytest.raises(ValidationError, match="reference"):
        return_items(
            shop.ctx, shop.term.manager, sale.receipt_number, [(rice, 1, True)], "CARD", reason="x"
        )
    result = return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [(rice, 1, True)],
        "CARD",
        reason="x",
        reference="REFUND-1",
    )
    assert result.cash_out_minor == 0
    assert [(t.method, t.amount_minor, t.reference) for t in result.refunds] == [
        ("CARD", -1250_00, "REFUND-1")
    ]
    with pytest.raises(ValidationError, match="took only"):
        return_items(
            shop.ctx,
            shop.term.manager,
            sale.receipt_number,
            [(rice, 1, True)],
            "CARD",
            reason="x",
            reference="REFUND-2",
        )


def test_refund_by_original_methods(shop: Shop) -> None:
    sale = _sale(
        shop,
        [PaymentRequest(M.LANKAQR, 1941_00, reference="LQR-1"), PaymentRequest(M.CASH, 2000_00)],
    )
    view = _view(shop, sale.receipt_number)
    result = return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [(_line(view, "Rice 5kg"), 3, True), (_line(view, "Soap bar"), 2, True)],
        ORIGINAL,
        reason="whole basket",
    )
    by_method = {t.method: t for t in result.refunds}
    assert by_method[M.LANKAQR].amount_minor == -1941_00
    assert by_method[M.LANKAQR].status == "PENDING_VERIFICATION"
    assert by_method[M.LANKAQR].reference == "LQR-1"
    assert by_method[M.CASH].amount_minor == -2000_00
    assert result.money_refund_minor == sale.total_minor


def test_loyalty_reversed_and_points_given_back(shop: Shop) -> None:
    loyalty.adjust_points(shop.ctx, shop.term.manager, shop.customer_id, 500, "welcome")
    cart = shop.cart((shop.rice, 2))  # 2,500.00
    cart.set_customer(shop.customer_id)
    sale = checkout(
        shop.ctx,
        shop.term.cashier,
        cart,
        [PaymentRequest(M.LOYALTY_POINTS, points=500), PaymentRequest(M.CASH, 2000_00)],
    )
    assert sale.points_earned == 20  # on the 2,000.00 paid in money
    rice = _line(_view(shop, sale.receipt_number), "Rice 5kg")
    half = return_items(
        shop.ctx, shop.term.manager, sale.receipt_number, [(rice, 1, True)], "CASH", reason="x"
    )
    assert half.points_earned_reversed == 10
    assert half.points_restored == 250  # a fifth of the sale was paid with points
    assert half.cash_out_minor == 1250_00 - 250_00
    rest = return_items(
        shop.ctx, shop.term.manager, sale.receipt_number, [(rice, 1, True)], "CASH", reason="x"
    )
    assert half.points_earned_reversed + rest.points_earned_reversed == 20
    assert half.points_restored + rest.points_restored == 500
    assert half.cash_out_minor + rest.cash_out_minor == 2000_00
    with shop.term.db.read() as s:
        assert loyalty.balance(s, shop.customer_id) == 500


def test_cannot_return_against_voided_sale_or_a_return(shop: Shop) -> None:
    sale = _sale(shop)
    rice = _line(_view(shop, sale.receipt_number), "Rice 5kg")
    first = return_items(
        shop.ctx, shop.term.manager, sale.receipt_number, [(rice, 1, True)], "CASH", reason="x"
    )
    with pytest.raises(ConflictError, match="not a sale"):
        return_items(
            shop.ctx,
            shop.term.manager,
            first.return_receipt_number,
            [(rice, 1, True)],
            "CASH",
            reason="x",
        )
    other = _sale(shop)
    void_sale(shop.ctx, shop.term.manager, other.receipt_number, "mistake")
    rice2 = _line(_view(shop, other.receipt_number), "Rice 5kg")
    with pytest.raises(ConflictError, match="voided"):
        return_items(
            shop.ctx,
            shop.term.manager,
            other.receipt_number,
            [(rice2, 1, True)],
            "CASH",
            reason="x",
        )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([], "at least one"),
        ([("nope", 1, True)], "no line"),
        ([("RICE", "0", True)], "positive"),
        ([("RICE", "1.5", True)], "whole units"),
        ([("RICE", -1, True)], "positive"),
        ([("RICE", 1, True), ("RICE", 1, True)], "only once"),
    ],
)
def test_bad_return_lines_refused(
    shop: Shop, lines: list[tuple[str, object, bool]], message: str
) -> None:
    sale = _sale(shop)
    rice = _line(_view(shop, sale.receipt_number), "Rice 5kg")
    real = [(rice if key == "RICE" else key, qty, restock) for key, qty, restock in lines]
    with pytest.raises(ValidationError, match=message):
        return_items(
            shop.ctx,
            shop.term.manager,
            sale.receipt_number,
            real,
            "CASH",  # type: ignore[arg-type]
            reason="x",
        )


def test_unknown_receipt(shop: Shop) -> None:
    with pytest.raises(NotFoundError):
        return_items(
            shop.ctx, shop.term.manager, "S01-T01-999999", [("x", 1, True)], "CASH", reason="x"
        )
    with pytest.raises(ValidationError):
        return_items(shop.ctx, shop.term.manager, "   ", [("x", 1, True)], "CASH", reason="x")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    qty=st.integers(1, 7),
    unit=st.integers(1, 100_000),
    pct=st.integers(0, 50),
    parts=st.lists(st.integers(1, 7), min_size=1, max_size=8),
)
def test_refunds_never_exceed_what_was_paid(
    shop: Shop, qty: int, unit: int, pct: int, parts: list[int]
) -> None:
    cart = shop.cart((shop.rice, qty), (shop.dhal, "0.733"))
    cart.override_price(cart.lines[0].line_id, Money(unit))
    if pct:
        cart.set_order_discount(percent_off(str(pct)))
    total = compute_totals(cart).grand_total.minor
    sale = checkout(shop.ctx, shop.term.admin, cart, [PaymentRequest(M.CASH, total)])
    view = _view(shop, sale.receipt_number)
    rice, dhal = _line(view, "Rice 5kg"), _line(view, "Red dhal")
    refunded = 0
    for part in parts:
        left = _view(shop, sale.receipt_number).line(rice).remaining_milli // 1000
        try:
            result = return_items(
                shop.ctx,
                shop.term.admin,
                sale.receipt_number,
                [(rice, part, True)],
                "CASH",
                reason="prop",
            )
        except ValidationError:
            assert part > left
            continue
        refunded += result.refund_minor
        assert result.refund_minor >= 0
    refunded += return_items(
        shop.ctx,
        shop.term.admin,
        sale.receipt_number,
        [(dhal, "0.733", True)],
        "CASH",
        reason="prop",
    ).refund_minor
    final = _view(shop, sale.receipt_number)
    assert refunded == final.refunded_minor <= final.paid_minor == sale.total_minor
    for line in final.lines:
        assert 0 <= line.refunded_minor <= line.total_minor
        if line.remaining_milli == 0:
            assert line.refunded_minor == line.total_minor
