"""compute_totals: worked examples a cashier could check by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.core.cart import Cart
from pos_desktop.core.discounts import amount_off, percent_off
from pos_desktop.core.errors import NotFoundError
from pos_desktop.core.money import Money
from pos_desktop.core.pricing import compute_totals
from pos_desktop.core.tax import EXEMPT, VAT_18, TaxClass


def lkr(text: str) -> Money:
    return Money.of(text)


def test_empty_cart_totals_are_zero() -> None:
    totals = compute_totals(Cart())
    zero = Money.zero()
    assert totals.lines == () and totals.taxes == ()
    assert (totals.subtotal, totals.net, totals.tax, totals.grand_total) == (zero,) * 4
    assert totals.item_count == 0 and totals.line_count == 0


def test_tax_exclusive_sale() -> None:
    cart = Cart(tax_inclusive=False)
    cart.add_item(product_id="a", name="A", unit_price=lkr("100.00"), tax_class=VAT_18, quantity=2)
    cart.add_item(product_id="b", name="B", unit_price=lkr("50.00"), tax_class=EXEMPT)
    totals = compute_totals(cart)
    assert totals.subtotal == lkr("250.00")
    assert totals.net == lkr("250.00")
    assert totals.tax == lkr("36.00")
    assert totals.grand_total == lkr("286.00")
    vat = totals.tax_by_code()["VAT"]
    assert (vat.base, vat.tax, vat.total) == (lkr("200.00"), lkr("36.00"), lkr("236.00"))
    assert totals.tax_by_code()["EXEMPT"].tax == Money.zero()
    a, b = totals.lines
    assert (a.net, a.tax, a.total, a.taxable) == (
        lkr("200.00"),
        lkr("36.00"),
        lkr("236.00"),
        lkr("200.00"),
    )
    assert (b.tax, b.total) == (Money.zero(), lkr("50.00"))
    assert totals.item_count == 3


def test_tax_inclusive_sale_contains_the_tax() -> None:
    cart = Cart(tax_inclusive=True)
    cart.add_item(product_id="a", name="A", unit_price=lkr("118.00"), tax_class=VAT_18)
    totals = compute_totals(cart)
    assert totals.grand_total == totals.net == lkr("118.00")
    assert totals.tax == lkr("18.00")
    (line,) = totals.lines
    assert (line.taxable, line.tax, line.total) == (lkr("100.00"), lkr("18.00"), lkr("118.00"))


def test_weighed_item_is_rounded_once_half_up() -> None:
    cart = Cart()
    # 0.375 kg x 1,234.50 = 462.9375 -> 462.94
    cart.add_item(
        product_id="fish",
        name="Seer fish",
        unit_price=lkr("1234.50"),
        tax_class=EXEMPT,
        quantity="0.375",
        weighed=True,
    )
    # 0.333 kg x 1.50 = 0.4995 -> 0.50 (half-up, not half-even)
    cart.add_item(
        product_id="chili",
        name="Green chili",
        unit_price=lkr("1.50"),
        tax_class=EXEMPT,
        quantity="0.333",
        weighed=True,
    )
    totals = compute_totals(cart)
    assert [ln.gross for ln in totals.lines] == [lkr("462.94"), lkr("0.50")]
    assert totals.item_count == 2  # a weighed line counts as one item


def test_all_discount_levels_together() -> None:
    cart = Cart(tax_inclusive=False)
    a = cart.add_item(
        product_id="a", name="A", unit_price=lkr("100.00"), tax_class=VAT_18, quantity=4
    )
    b = cart.add_item(product_id="b", name="B", unit_price=lkr("200.00"), tax_class=EXEMPT)
    cart.set_line_discount(a.line_id, percent_off("10"))  # 400 -> 360
    cart.set_order_discount(amount_off(lkr("56.00")))  # over 560: 36 on A, 20 on B
    cart.set_coupon("C", lkr("50.40"))  # over 504: 32.40 on A, 18 on B
    totals = compute_totals(cart)
    la, lb = totals.line(a.line_id), totals.line(b.line_id)
    assert (la.line_discount, la.order_discount, la.coupon_discount) == (
        lkr("40.00"),
        lkr("36.00"),
        lkr("32.40"),
    )
    assert (lb.line_discount, lb.order_discount, lb.coupon_discount) == (
        Money.zero(),
        lkr("20.00"),
        lkr("18.00"),
    )
    assert la.net == lkr("291.60") and lb.net == lkr("162.00")
    assert la.discount == lkr("108.40")
    assert totals.coupon_base == lkr("504.00")
    assert totals.subtotal == lkr("600.00")
    assert totals.discount == lkr("146.40")
    assert totals.net == lkr("453.60")
    assert totals.tax == lkr("52.49")  # 291.60 x 18% = 52.488 -> 52.49
    assert totals.grand_total == lkr("506.09")
    assert sum(ln.total.minor for ln in totals.lines) == totals.grand_total.minor


def test_coupon_larger_than_what_is_left_is_capped() -> None:
    cart = Cart()
    line = cart.add_item(product_id="a", name="A", unit_price=lkr("100.00"), tax_class=VAT_18)
    cart.set_coupon("BIG", lkr("500.00"))
    totals = compute_totals(cart)
    assert totals.coupon_discount == lkr("100.00")
    assert totals.grand_total == Money.zero() and totals.tax == Money.zero()
    assert totals.line(line.line_id).net == Money.zero()


def test_fixed_discount_shrinks_when_quantity_drops() -> None:
    cart = Cart()
    line = cart.add_item(
        product_id="a", name="A", unit_price=lkr("100.00"), tax_class=VAT_18, quantity=3
    )
    cart.set_line_discount(line.line_id, amount_off(lkr("250.00")))
    cart.set_order_discount(amount_off(lkr("50.00")))
    cart.set_quantity(line.line_id, 1)
    totals = compute_totals(cart)
    assert totals.line_discount == lkr("100.00")  # capped at the line's gross
    assert totals.order_discount == Money.zero()  # nothing left to discount
    assert totals.grand_total == Money.zero()


def test_percent_order_discount_is_on_lines_after_their_discounts() -> None:
    cart = Cart()
    a = cart.add_item(product_id="a", name="A", unit_price=lkr("100.00"), tax_class=VAT_18)
    cart.set_line_discount(a.line_id, amount_off(lkr("20.00")))
    cart.set_order_discount(percent_off("10"))
    totals = compute_totals(cart)
    assert totals.order_discount == lkr("8.00")
    assert totals.grand_total == lkr("72.00")


def test_order_discount_keeps_tax_per_class_right() -> None:
    # Half the order is VAT-able, half exempt: the order discount must reduce both halves, so
    # the VAT is computed on the discounted VAT-able half only.
    cart = Cart(tax_inclusive=True)
    cart.add_item(product_id="a", name="A", unit_price=lkr("118.00"), tax_class=VAT_18)
    cart.add_item(product_id="b", name="B", unit_price=lkr("118.00"), tax_class=EXEMPT)
    cart.set_order_discount(percent_off("50"))
    totals = compute_totals(cart)
    vat = totals.tax_by_code()["VAT"]
    assert vat.total == lkr("59.00")
    assert vat.tax == lkr("9.00")
    assert totals.grand_total == lkr("118.00")


def test_price_override_is_what_is_charged() -> None:
    cart = Cart()
    line = cart.add_item(
        product_id="a", name="A", unit_price=lkr("100.00"), tax_class=EXEMPT, quantity=2
    )
    cart.override_price(line.line_id, lkr("80.00"))
    totals = compute_totals(cart)
    assert totals.subtotal == lkr("160.00")
    assert totals.line(line.line_id).unit_price == lkr("80.00")


def test_compute_totals_does_not_change_the_cart() -> None:
    cart = Cart()
    line = cart.add_item(product_id="a", name="A", unit_price=lkr("100.00"), tax_class=VAT_18)
    cart.set_coupon("C", lkr("500.00"))
    before = cart.to_dict()
    assert compute_totals(cart) == compute_totals(cart)
    assert cart.to_dict() == before
    assert cart.line(line.line_id).quantity == 1


def test_tax_by_code_sums_two_rates_of_one_code() -> None:
    cart = Cart(tax_inclusive=False)
    old_vat = TaxClass("VAT", "VAT 15%", Decimal("0.15"))
    cart.add_item(product_id="a", name="A", unit_price=lkr("100.00"), tax_class=old_vat)
    cart.add_item(product_id="b", name="B", unit_price=lkr("100.00"), tax_class=VAT_18)
    totals = compute_totals(cart)
    assert len(totals.taxes) == 2
    merged = totals.tax_by_code()["VAT"]
    assert (merged.base, merged.tax) == (lkr("200.00"), lkr("33.00"))


def test_unknown_line_in_totals() -> None:
    with pytest.raises(NotFoundError):
        compute_totals(Cart()).line("nope")
