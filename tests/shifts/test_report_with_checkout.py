"""End to end: sales made by the checkout service show up exactly in the X and Z reports."""

from __future__ import annotations

import pytest

from pos_desktop.core.cart import Cart
from pos_desktop.core.errors import ConflictError
from pos_desktop.core.money import Money
from pos_desktop.services import catalog, catalog_edit, stock
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.shift_reports import x_report
from pos_desktop.services.shifts import cash_out, close_shift, open_shift
from pos_desktop.store.models.sales import PaymentMethodCode as M
from tests.support.terminal import Terminal


def _product(term: Terminal, sku: str, name: str, price_minor: int, **extra: object) -> ProductHit:
    draft = catalog_edit.ProductDraft(sku=sku, name=name, price_minor=price_minor, **extra)  # type: ignore[arg-type]
    result = catalog_edit.create_product(term.ctx, term.admin, draft)
    stock.receive_stock(term.ctx, term.admin, result.product.id, "100")
    with term.db.read() as s:
        return next(h for h in catalog.search_products(s, sku) if h.product_id == result.product.id)


def _cart(term: Terminal, *items: tuple[ProductHit, int]) -> Cart:
    cart = Cart(term.ctx.terminal.currency)
    for hit, qty in items:
        cart.add_item(
            product_id=hit.product_id,
            name=hit.name,
            unit_price=hit.price,
            tax_class=hit.tax_class(),
            quantity=qty,
            sku=hit.sku,
            barcode=hit.barcode,
        )
    return cart


def test_checkout_sales_in_the_x_and_z_reports(terminal: Terminal) -> None:
    ctx, cashier = terminal.ctx, terminal.cashier
    rice = _product(terminal, "RICE5", "Rice 5kg", 1250_00)
    tea = _product(terminal, "TEA", "Tea 100g", 340_00, tax_class_code="EXEMPT")
    with pytest.raises(ConflictError, match="no open shift"):
        checkout(ctx, cashier, _cart(terminal, (rice, 1)), [PaymentRequest(M.CASH, 2000_00)])

    shift_id = open_shift(ctx, cashier, Money(2000_00)).shift_id
    results: list[CheckoutResult] = [
        checkout(ctx, cashier, _cart(terminal, (rice, 2)), [PaymentRequest(M.CASH, 3000_00)]),
        checkout(
            ctx,
            cashier,
            _cart(terminal, (tea, 3)),
            [PaymentRequest(M.CARD, 1020_00, reference="AUTH-1")],
        ),
        checkout(
            ctx,
            cashier,
            _cart(terminal, (rice, 1), (tea, 1)),
            [
                PaymentRequest(M.LANKAQR, 590_00, reference="LQR-9"),
                PaymentRequest(M.CASH, 1000_00),
            ],
        ),
    ]
    cash_out(ctx, cashier, Money(500_00), "drop")

    with terminal.db.read() as s:
        report = x_report(s, ctx, shift_id)
    assert report.sales_count == 3
    assert report.sales_total_minor == sum(r.total_minor for r in results)
    assert report.net_total_minor == report.sales_total_minor
    assert report.tax_total_minor == sum(r.tax_minor for r in results)
    assert sum(t.tax_minor for t in report.tax_by_class) == report.tax_total_minor
    assert {t.tax_class_code for t in report.tax_by_class} >= {"EXEMPT"}
    methods = {m.method: m for m in report.payments_by_method}
    tenders = [t for r in results for t in r.tenders]
    for method in (M.CASH, M.CARD, M.LANKAQR):
        assert methods[method].amount_minor == sum(
            t.amount_minor for t in tenders if t.method == method
        )
    assert report.pending_verification_minor == 590_00
    cash_taken = sum(t.amount_minor for t in tenders if t.method == M.CASH)
    assert report.cash_sales_minor == cash_taken
    expected = 2000_00 + cash_taken - 500_00
    assert report.expected_cash_minor == expected
    assert report.first_receipt_number == results[0].receipt_number
    assert report.last_receipt_number == results[-1].receipt_number

    # Count exactly what is expected (in notes and coins) and close: over/short is zero.
    remaining, counted = expected // 100, {}
    for face in (5000, 2000, 1000, 500, 100, 50, 20, 10, 5, 2, 1):
        counted[face], remaining = divmod(remaining, face)
    assert expected % 100 == 0
    z = close_shift(ctx, cashier, counted).report
    assert z.over_short_minor == 0 and z.final
    assert z.sales_total_minor == report.sales_total_minor
    with pytest.raises(ConflictError, match="no open shift: open a shift before selling"):
        checkout(ctx, cashier, _cart(terminal, (rice, 1)), [PaymentRequest(M.CASH, 2000_00)])
