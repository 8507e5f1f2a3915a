"""Every kind of bad input the foundation issue names gets a clear error and writes nothing.

Each case snapshots the row count of every table (outbox included) before the refusal and
checks it afterwards. Where a refusal is itself worth recording (a failed PIN feeds the
lockout), only that record may be added.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_desktop.core.barcode import ProductCode, make_ean13, parse_scan
from pos_desktop.core.cart import Cart
from pos_desktop.core.coupons import CouponType
from pos_desktop.core.errors import (
    AccountLocked,
    ApprovalRequired,
    AuthenticationError,
    DomainError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services import auth, catalog
from pos_desktop.services.catalog_edit import ProductDraft, create_product
from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.services.coupons import CouponInput, create_coupon
from pos_desktop.services.products_csv import import_products
from pos_desktop.services.returns import ReturnLine, return_items
from pos_desktop.services.shifts import open_shift
from pos_desktop.services.stock import adjust_stock
from pos_desktop.services.voids import void_sale
from pos_desktop.store.base import Base
from tests.support.terminal import CASHIER_PIN, Terminal

BARCODE = make_ean13("479000000001")


def counts(term: Terminal) -> dict[str, int]:
    with term.db.engine.connect() as conn:
        return {
            name: conn.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
            for name in Base.metadata.tables
        }


def refused_without_writes(
    term: Terminal, action: Callable[[], object], error: type[DomainError], match: str
) -> DomainError:
    before = counts(term)
    with pytest.raises(error, match=match) as caught:
        action()
    assert counts(term) == before, "a refused request wrote rows"
    assert caught.value.message, "the refusal must carry a readable message"
    return caught.value


@pytest.fixture
def shop(terminal: Terminal) -> Terminal:
    create_product(
        terminal.ctx,
        terminal.admin,
        ProductDraft(sku="RICE-5", name="Samba rice 5kg", price_minor=125_000, barcode=BARCODE),
    )
    open_shift(terminal.ctx, terminal.cashier, Money.of("5000"))
    return terminal


def cart_with_rice(term: Terminal, quantity: int = 2) -> Cart:
    with term.db.read() as s:
        hit = catalog.lookup_barcode(s, BARCODE)
    assert hit is not None
    cart = Cart(term.ctx.terminal.currency)
    cart.add_item(
        product_id=hit.product_id,
        name=hit.name,
        unit_price=hit.price,
        tax_class=hit.tax_class(),
        quantity=quantity,
    )
    return cart


def test_malformed_and_unknown_barcodes(shop: Terminal) -> None:
    for garbage in ("4790000000019", "", "12345\x07", "ABC DEF", "9" * 60):
        with pytest.raises(ValidationError) as caught:
            parse_scan(garbage)
        assert caught.value.message
    unknown = parse_scan(make_ean13("479999999999"))
    assert isinstance(unknown, ProductCode)
    with shop.db.read() as s:
        assert catalog.lookup_barcode(s, unknown.gtin) is None


@pytest.mark.parametrize("quantity", ["-1", "0", "1000000", "1.2345", "abc"])
def test_negative_or_absurd_quantities(shop: Terminal, quantity: str) -> None:
    cart = cart_with_rice(shop)
    line = cart.lines[0]
    with pytest.raises(ValidationError):
        cart.set_quantity(line.line_id, quantity)
    assert cart.lines[0].quantity == Decimal(2)


@pytest.mark.parametrize("price_minor", [-1, 10**13])
def test_negative_or_absurd_prices(shop: Terminal, price_minor: int) -> None:
    draft = ProductDraft(sku="BAD", name="Bad price", price_minor=price_minor)
    refused_without_writes(
        shop, lambda: create_product(shop.ctx, shop.admin, draft), ValidationError, "price"
    )


def test_overpaying_by_card_is_refused_and_nothing_is_written(shop: Terminal) -> None:
    cart = cart_with_rice(shop)
    overpay = [PaymentRequest("CARD", amount_minor=300_000, reference="AUTH1")]
    refused_without_writes(
        shop,
        lambda: checkout(shop.ctx, shop.cashier, cart, overpay),
        ValidationError,
        "only cash can be overpaid",
    )


def test_refunding_more_than_was_sold(shop: Terminal) -> None:
    sale = checkout(shop.ctx, shop.cashier, cart_with_rice(shop), [PaymentRequest("CASH", 300_000)])
    with shop.db.read() as s:
        line_id = s.execute(
            text("SELECT id FROM sale_lines WHERE sale_id = :s"), {"s": sale.sale_id}
        ).scalar_one()
    refused_without_writes(
        shop,
        lambda: return_items(
            shop.ctx,
            shop.cashier,
            sale.receipt_number,
            [ReturnLine(line_id, Decimal(3))],
            "CASH",
            approver=shop.manager,
            reason="damaged",
        ),
        ValidationError,
        "only 2 of Samba rice 5kg can still be returned",
    )


def test_coupon_past_its_limit(shop: Terminal) -> None:
    create_coupon(
        shop.ctx,
        shop.admin,
        CouponInput(
            code="ONCE", type=CouponType.FIXED_AMOUNT, value=Money.of("100"), usage_limit=1
        ),
    )
    first = cart_with_rice(shop)
    first.set_coupon("ONCE", Money.of("100"))
    checkout(shop.ctx, shop.cashier, first, [PaymentRequest("CASH", 300_000)])
    second = cart_with_rice(shop)
    second.set_coupon("ONCE", Money.of("100"))
    refused_without_writes(
        shop,
        lambda: checkout(shop.ctx, shop.cashier, second, [PaymentRequest("CASH", 300_000)]),
        ValidationError,
        "reached its usage limit",
    )


def test_broken_csv_rows_import_nothing(shop: Terminal, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "sku,name,barcode,price\n"
        "OK-1,Good row,,100.00\n"
        "BAD-1,Bad barcode,4790000000019,100.00\n"
        "BAD-2,Negative,,-5\n"
        "OK-1,Duplicate SKU,,10\n",
        encoding="utf-8",
    )
    error = refused_without_writes(
        shop,
        lambda: import_products(shop.ctx, shop.admin, path),
        ValidationError,
        "nothing imported: row 3",
    )
    rows = {e.row for e in error.report.errors}  # type: ignore[attr-defined]
    assert {3, 4, 5} <= rows


def test_wrong_pin_locks_the_account(shop: Terminal) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login_with_pin(shop.ctx, "cashier", "0000")
    with pytest.raises(AccountLocked, match=r"(?i)locked"):
        auth.login_with_pin(shop.ctx, "cashier", CASHIER_PIN)  # even the right PIN, now


def test_cashier_attempting_manager_actions(shop: Terminal) -> None:
    sale = checkout(shop.ctx, shop.cashier, cart_with_rice(shop), [PaymentRequest("CASH", 300_000)])
    refused_without_writes(
        shop,
        lambda: void_sale(shop.ctx, shop.cashier, sale.receipt_number, "mistake"),
        ApprovalRequired,
        "manager approval needed to void",
    )
    with shop.db.read() as s:
        product_id = catalog.lookup_barcode(s, BARCODE).product_id  # type: ignore[union-attr]
    refused_without_writes(
        shop,
        lambda: adjust_stock(shop.ctx, shop.cashier, product_id, Decimal(5), reason="count"),
        PermissionDenied,
        "not allowed to manage inventory",
    )
    assert not shop.cashier.can(Permission.VOID_SALE)
