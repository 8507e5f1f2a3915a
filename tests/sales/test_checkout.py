"""Checkout: one transaction, every rule, nothing partial."""

from __future__ import annotations

from sqlalchemy import select

from pos_desktop.services.checkout import checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.store.models.inventory import StockMovement
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
