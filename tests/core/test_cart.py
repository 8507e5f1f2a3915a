"""The cart: adding, merging, quantities, discounts, overrides, coupon, customer, held tickets."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from pos_desktop.core.cart import MAX_LINES, Cart, CartLine
from pos_desktop.core.discounts import amount_off, percent_off
from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.tax import EXEMPT, VAT_18


def lkr(text: str) -> Money:
    return Money.of(text)


def soap(cart: Cart, quantity: str | int = 1, **extra: Any) -> CartLine:
    return cart.add_item(
        product_id="p-soap",
        name="Sunlight soap",
        unit_price=lkr("120.00"),
        tax_class=VAT_18,
        quantity=quantity,
        sku="SOAP-1",
        barcode="4791234567896",
        **extra,
    )


def rice(cart: Cart, kg: str = "1.250") -> CartLine:
    return cart.add_item(
        product_id="p-rice",
        name="Samba rice",
        unit_price=lkr("260.00"),
        tax_class=EXEMPT,
        quantity=kg,
        weighed=True,
    )


def test_new_cart_is_empty() -> None:
    cart = Cart()
    assert cart.is_empty and cart.lines == ()
    assert cart.currency == "LKR" and cart.tax_inclusive is True
    assert cart.order_discount is None and cart.coupon is None and cart.customer_id is None


def test_bad_currency_is_refused() -> None:
    with pytest.raises(ValidationError):
        Cart("rupees")


def test_add_item_fills_the_line() -> None:
    cart = Cart()
    line = soap(cart, 2)
    assert cart.lines == (line,)
    assert line.quantity == Decimal(2) and line.unit_price == lkr("120.00")
    assert (line.sku, line.barcode, line.weighed) == ("SOAP-1", "4791234567896", False)
    assert line.gross == lkr("240.00")
    assert len(line.line_id) == 36


def test_same_product_merges_into_one_line() -> None:
    cart = Cart()
    first = soap(cart)
    again = soap(cart, 2)
    assert again.line_id == first.line_id
    assert len(cart.lines) == 1 and cart.lines[0].quantity == 3


def test_merge_can_be_refused_and_never_happens_across_variants_or_prices() -> None:
    cart = Cart()
    soap(cart)
    soap(cart, merge=False)
    soap(cart, variant_id="v-lemon")
    cart.add_item(product_id="p-soap", name="Soap", unit_price=lkr("99.00"), tax_class=VAT_18)
    assert len(cart.lines) == 4


def test_no_merge_into_discounted_or_overridden_line() -> None:
    cart = Cart()
    discounted = soap(cart)
    cart.set_line_discount(discounted.line_id, percent_off("10"))
    second = soap(cart)
    assert second.line_id != discounted.line_id
    cart.override_price(second.line_id, lkr("100.00"))
    third = soap(cart)
    assert len({discounted.line_id, second.line_id, third.line_id}) == 3
    assert soap(cart).line_id == third.line_id  # plain line again: merges


def test_weighed_items_never_merge() -> None:
    cart = Cart()
    a = rice(cart, "1.250")
    b = rice(cart, "0.500")
    assert a.line_id != b.line_id
    assert b.quantity == Decimal("0.500")
    assert str(b.quantity) == "0.500"
    assert cart.lines[0].gross == lkr("325.00")


@pytest.mark.parametrize(
    ("quantity", "reason"),
    [
        ("0", "positive"),
        ("-1", "positive"),
        ("1.5", "whole number"),
        ("abc", "not a quantity"),
        ("100001", "larger than"),
        ("NaN", "not a quantity"),
    ],
)
def test_bad_piece_quantities_are_refused(quantity: str, reason: str) -> None:
    cart = Cart()
    with pytest.raises(ValidationError, match=reason):
        soap(cart, quantity)
    assert cart.is_empty


def test_weighed_quantity_allows_three_decimals_only() -> None:
    cart = Cart()
    with pytest.raises(ValidationError, match="decimal places"):
        rice(cart, "1.2345")
    assert cart.is_empty


@pytest.mark.parametrize(
    ("price", "reason"),
    [
        (Money.of("-1"), "negative"),
        (Money.of("100000000.01"), "too large"),
        (Money(1, "USD"), "USD"),
    ],
)
def test_bad_prices_are_refused(price: Money, reason: str) -> None:
    cart = Cart()
    with pytest.raises(ValidationError, match=reason):
        cart.add_item(product_id="p", name="X", unit_price=price, tax_class=VAT_18)
    assert cart.is_empty


def test_required_text_fields() -> None:
    cart = Cart()
    with pytest.raises(ValidationError, match="product name"):
        cart.add_item(product_id="p", name="  ", unit_price=lkr("1"), tax_class=VAT_18)
    with pytest.raises(ValidationError, match="product id"):
        cart.add_item(product_id="", name="X", unit_price=lkr("1"), tax_class=VAT_18)
    with pytest.raises(ValidationError, match="longer than"):
        cart.add_item(product_id="p", name="X" * 201, unit_price=lkr("1"), tax_class=VAT_18)
    assert cart.is_empty


def test_merge_past_the_quantity_limit_is_refused_and_leaves_line_as_was() -> None:
    cart = Cart()
    line = soap(cart, 99_999)
    with pytest.raises(ValidationError):
        soap(cart, 2)
    assert cart.line(line.line_id).quantity == 99_999


def test_line_limit() -> None:
    cart = Cart()
    for i in range(MAX_LINES):
        cart.add_item(product_id=f"p{i}", name="X", unit_price=lkr("1"), tax_class=VAT_18)
    with pytest.raises(ValidationError, match="at most"):
        cart.add_item(product_id="one-more", name="X", unit_price=lkr("1"), tax_class=VAT_18)


def test_set_quantity_and_remove_line() -> None:
    cart = Cart()
    line = soap(cart)
    weighed = rice(cart)
    assert cart.set_quantity(line.line_id, "5").quantity == 5
    assert cart.set_quantity(weighed.line_id, "0.75").quantity == Decimal("0.750")
    with pytest.raises(ValidationError):
        cart.set_quantity(line.line_id, "0")
    with pytest.raises(ValidationError):
        cart.set_quantity(line.line_id, "2.5")
    assert cart.line(line.line_id).quantity == 5
    removed = cart.remove_line(line.line_id)
    assert removed.line_id == line.line_id
    assert [ln.line_id for ln in cart.lines] == [weighed.line_id]
    with pytest.raises(NotFoundError):
        cart.remove_line(line.line_id)
    with pytest.raises(NotFoundError):
        cart.set_quantity("nope", 1)


def test_line_discount_rules() -> None:
    cart = Cart()
    line = soap(cart, 2)  # 240.00
    cart.set_line_discount(line.line_id, percent_off("25"))
    assert cart.effective_discount_percent(line.line_id) == Decimal("25.00")
    cart.set_line_discount(line.line_id, amount_off(lkr("24.00")))
    assert cart.effective_discount_percent(line.line_id) == Decimal("10.00")
    with pytest.raises(ValidationError, match="more than"):
        cart.set_line_discount(line.line_id, amount_off(lkr("240.01")))
    with pytest.raises(ValidationError):
        cart.set_line_discount(line.line_id, amount_off(Money(100, "USD")))
    assert cart.line(line.line_id).discount == amount_off(lkr("24.00"))  # unchanged
    cart.set_line_discount(line.line_id, None)
    assert cart.line(line.line_id).discount is None
    assert cart.effective_discount_percent(line.line_id) == 0


def test_effective_percent_rounds_up_for_permission_checks() -> None:
    cart = Cart()
    line = cart.add_item(product_id="p", name="X", unit_price=lkr("3.00"), tax_class=VAT_18)
    cart.set_line_discount(line.line_id, amount_off(lkr("1.00")))
    assert cart.effective_discount_percent(line.line_id) == Decimal("33.34")
    assert cart.effective_discount_percent(cart.line(line.line_id)) == Decimal("33.34")
    cart.set_line_discount(line.line_id, percent_off("10.0001"))
    assert cart.effective_discount_percent(line.line_id) == Decimal("10.01")


def test_percent_discount_counts_as_given_even_when_rounding_takes_more() -> None:
    # 10% of LKR 0.05 rounds to one cent (20%), but the cashier gave 10%: that is what a
    # permission limit is checked against.
    cart = Cart()
    line = cart.add_item(product_id="p", name="X", unit_price=lkr("0.05"), tax_class=VAT_18)
    cart.set_line_discount(line.line_id, percent_off("10"))
    assert cart.effective_discount_percent(line.line_id) == Decimal("10.00")


def test_price_override_keeps_the_catalog_price() -> None:
    cart = Cart()
    line = soap(cart)
    over = cart.override_price(line.line_id, lkr("100.00"))
    assert (over.unit_price, over.price_override, over.original_price) == (
        lkr("100.00"),
        True,
        lkr("120.00"),
    )
    again = cart.override_price(line.line_id, lkr("90.00"))
    assert again.original_price == lkr("120.00")  # still the catalog price
    back = cart.override_price(line.line_id, lkr("120.00"))
    assert (back.price_override, back.original_price) == (False, None)
    with pytest.raises(ValidationError):
        cart.override_price(line.line_id, lkr("-1.00"))


def test_order_discount_rules() -> None:
    cart = Cart()
    line = soap(cart, 2)  # 240.00
    cart.set_line_discount(line.line_id, amount_off(lkr("40.00")))  # 200.00 left
    cart.set_order_discount(amount_off(lkr("50.00")))
    assert cart.order_discount_percent() == Decimal("25.00")
    with pytest.raises(ValidationError, match="more than"):
        cart.set_order_discount(amount_off(lkr("200.01")))
    assert cart.order_discount == amount_off(lkr("50.00"))
    cart.set_order_discount(percent_off("5"))
    assert cart.order_discount_percent() == Decimal("5.00")
    cart.set_order_discount(None)
    assert cart.order_discount is None


def test_coupon_and_customer() -> None:
    cart = Cart()
    soap(cart)
    cart.set_coupon(" SAVE50 ", lkr("50.00"), coupon_id="c-1")
    assert cart.coupon is not None
    assert (cart.coupon.code, cart.coupon.discount, cart.coupon.coupon_id) == (
        "SAVE50",
        lkr("50.00"),
        "c-1",
    )
    for bad in (lkr("-1.00"), Money(100, "USD")):
        with pytest.raises(ValidationError):
            cart.set_coupon("X", bad)
    with pytest.raises(ValidationError):
        cart.set_coupon("  ", lkr("1.00"))
    cart.clear_coupon()
    assert cart.coupon is None
    cart.set_customer("cust-1")
    assert cart.customer_id == "cust-1"
    cart.set_customer(" ")
    assert cart.customer_id is None


def test_clear_starts_a_new_sale() -> None:
    cart = Cart(tax_inclusive=False)
    first_id = cart.cart_id
    soap(cart)
    cart.set_order_discount(percent_off("5"))
    cart.set_coupon("X", lkr("1.00"))
    cart.set_customer("c")
    cart.clear()
    assert cart.is_empty and cart.order_discount is None and cart.coupon is None
    assert cart.customer_id is None and cart.cart_id != first_id
    assert cart.tax_inclusive is False


def _full_cart() -> Cart:
    cart = Cart(tax_inclusive=False)
    a = soap(cart, 3)
    cart.set_line_discount(a.line_id, percent_off("12.5", "damaged box"))
    b = rice(cart, "0.375")
    cart.override_price(b.line_id, lkr("240.00"))
    c = cart.add_item(
        product_id="p-tea",
        variant_id="v-400g",
        name="Dilmah tea 400g",
        unit_price=lkr("1150.00"),
        tax_class=VAT_18,
    )
    cart.set_line_discount(c.line_id, amount_off(lkr("150.00")))
    cart.set_order_discount(amount_off(lkr("10.00"), "loyal customer"))
    cart.set_coupon("NEWYEAR", lkr("25.00"), coupon_id="coupon-1")
    cart.set_customer("cust-42")
    return cart


def test_to_dict_is_json_safe_and_round_trips_exactly() -> None:
    cart = _full_cart()
    data = cart.to_dict()
    text = json.dumps(data, sort_keys=True)
    restored = Cart.from_dict(json.loads(text))
    assert restored == cart
    assert json.dumps(restored.to_dict(), sort_keys=True) == text
    assert restored.lines == cart.lines
    assert restored.cart_id == cart.cart_id


def test_from_dict_of_empty_cart() -> None:
    cart = Cart("USD")
    assert Cart.from_dict(cart.to_dict()) == cart


def _mutations() -> list[tuple[str, Any]]:
    return [
        ("version", 2),
        ("currency", "rupees"),
        ("tax_inclusive", "yes"),
        ("lines", "nope"),
        ("order_discount", {"kind": "percent", "percent": "101"}),
        ("coupon", {"code": "X", "discount_minor": -5, "coupon_id": None}),
        ("customer_id", 12),
        ("cart_id", ""),
    ]


@pytest.mark.parametrize(("key", "value"), _mutations())
def test_from_dict_refuses_malformed_tickets(key: str, value: Any) -> None:
    data = _full_cart().to_dict()
    data[key] = value
    with pytest.raises(ValidationError):
        Cart.from_dict(data)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("quantity", "1.5"),
        ("quantity", 3),
        ("unit_price_minor", -1),
        ("unit_price_minor", "100"),
        ("tax_class", {"code": "VAT", "name": "VAT", "rate": "2"}),
        ("price_override", True),
        ("weighed", 1),
        ("line_id", ""),
    ],
)
def test_from_dict_refuses_malformed_lines(key: str, value: Any) -> None:
    data = _full_cart().to_dict()
    data["lines"][0][key] = value
    with pytest.raises(ValidationError):
        Cart.from_dict(data)


def test_from_dict_refuses_duplicate_line_ids_and_missing_keys() -> None:
    data = _full_cart().to_dict()
    data["lines"][1]["line_id"] = data["lines"][0]["line_id"]
    with pytest.raises(ValidationError, match="duplicate"):
        Cart.from_dict(data)
    data = _full_cart().to_dict()
    del data["lines"][0]["name"]
    with pytest.raises(ValidationError, match="malformed"):
        Cart.from_dict(data)
    with pytest.raises(ValidationError):
        Cart.from_dict([])  # type: ignore[arg-type]


def test_lines_cannot_be_changed_behind_the_carts_back() -> None:
    cart = Cart()
    line = soap(cart)
    with pytest.raises(AttributeError):
        line.quantity = Decimal(5)  # type: ignore[misc]
    assert isinstance(cart.lines, tuple)
