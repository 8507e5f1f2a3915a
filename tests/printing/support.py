"""Sales for the printing tests, made through the real checkout and returns services."""

from __future__ import annotations

from pos_desktop.core.discounts import amount_off
from pos_desktop.core.money import Money
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import load_sale
from pos_desktop.services.returns import ReturnLine, ReturnResult, return_items
from pos_desktop.store.models.sales import PaymentMethodCode as M
from tests.sales.conftest import Shop


def cash_sale(shop: Shop, *, customer: bool = False, tendered: int = 3000_00) -> CheckoutResult:
    """2 x Rice 5kg (1,250.00) + 1 x Soap bar (95.50) = 2,595.50, paid cash."""
    cart = shop.cart((shop.rice, 2), (shop.soap, 1))
    if customer:
        cart.set_customer(shop.customer_id)
    return checkout(shop.ctx, shop.term.cashier, cart, [PaymentRequest(M.CASH, tendered)])


def card_sale(shop: Shop) -> CheckoutResult:
    cart = shop.cart((shop.soap, 3))
    total = 3 * 95_50
    return checkout(
        shop.ctx, shop.term.cashier, cart, [PaymentRequest(M.CARD, total, reference="AUTH-7781")]
    )


def discounted_sale(shop: Shop) -> CheckoutResult:
    """A line discount and a weighed line, paid by card."""
    cart = shop.cart((shop.rice, 1), (shop.dhal, "1.250"))
    rice_line = cart.lines[0].line_id
    cart.set_line_discount(rice_line, amount_off(Money(50_00)))
    total = 1250_00 - 50_00 + 600_00
    return checkout(
        shop.ctx,
        shop.term.manager,
        cart,
        [PaymentRequest(M.CARD, total, reference="AUTH-1")],
    )


def refund_one_rice(shop: Shop, sale: CheckoutResult) -> ReturnResult:
    with shop.term.db.read() as s:
        view = load_sale(s, sale.receipt_number)
    rice = next(line.id for line in view.lines if line.name == "Rice 5kg")
    return return_items(
        shop.ctx,
        shop.term.manager,
        sale.receipt_number,
        [ReturnLine(rice, 1)],
        "CASH",
        reason="damaged pack",
    )
