"""Property tests of compute_totals: the invariants every receipt and sale row rely on."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.core.cart import Cart
from pos_desktop.core.discounts import Discount, amount_off, percent_off
from pos_desktop.core.money import Money
from pos_desktop.core.pricing import CartTotals, compute_totals
from pos_desktop.core.tax import EXEMPT, VAT_18, TaxClass, round_half_up

SSCL = TaxClass("SSCL", "SSCL 2.5%", Decimal("0.025"))
TAX_CLASSES = (VAT_18, EXEMPT, SSCL)


@dataclass(frozen=True)
class LineSpec:
    product: int
    price_minor: int
    quantity: str
    weighed: bool
    tax: int
    discount: tuple[str, int] | None  # ("percent", hundredths of a percent) or ("amount", permille)


@st.composite
def line_specs(draw: st.DrawFn) -> LineSpec:
    weighed = draw(st.booleans())
    if weighed:
        quantity = str(Decimal(draw(st.integers(1, 50_000))).scaleb(-3))
    else:
        quantity = str(draw(st.integers(1, 60)))
    discount = draw(
        st.none()
        | st.tuples(st.just("percent"), st.integers(0, 10_000))
        | st.tuples(st.just("amount"), st.integers(0, 1000))
    )
    return LineSpec(
        product=draw(st.integers(0, 4)),
        price_minor=draw(st.integers(0, 5_000_000) | st.integers(0, 500)),
        quantity=quantity,
        weighed=weighed,
        tax=draw(st.integers(0, len(TAX_CLASSES) - 1)),
        discount=discount,
    )


def _discount(spec: tuple[str, int], base: Money) -> Discount:
    kind, value = spec
    if kind == "percent":
        return percent_off(Decimal(value).scaleb(-2))
    return amount_off(Money(base.minor * value // 1000, base.currency))


@st.composite
def carts(draw: st.DrawFn) -> Cart:
    cart = Cart(tax_inclusive=draw(st.booleans()))
    for spec in draw(st.lists(line_specs(), max_size=12)):
        line = cart.add_item(
            product_id=f"p{spec.product}",
            name=f"Product {spec.product}",
            unit_price=Money(spec.price_minor),
            tax_class=TAX_CLASSES[spec.tax],
            quantity=spec.quantity,
            weighed=spec.weighed,
            merge=draw(st.booleans()),
        )
        if spec.discount is not None:
            cart.set_line_discount(line.line_id, _discount(spec.discount, line.gross))
    order = draw(
        st.none()
        | st.tuples(st.just("percent"), st.integers(0, 10_000))
        | st.tuples(st.just("amount"), st.integers(0, 1000))
    )
    if order is not None:
        cart.set_order_discount(_discount(order, cart.subtotal_after_line_discounts()))
    if draw(st.booleans()):
        cart.set_coupon("PROMO", Money(draw(st.integers(0, 2_000_000))))
    return cart


def _sum(values: list[Money]) -> int:
    return sum(v.minor for v in values)


@settings(max_examples=200, deadline=None)
@given(cart=carts())
def test_totals_add_up(cart: Cart) -> None:
    t = compute_totals(cart)
    lines = t.lines
    assert _sum([ln.total for ln in lines]) == t.grand_total.minor
    assert _sum([ln.net for ln in lines]) == t.net.minor
    assert _sum([ln.tax for ln in lines]) == t.tax.minor == _sum([r.tax for r in t.taxes])
    assert _sum([ln.gross for ln in lines]) == t.subtotal.minor
    assert _sum([ln.line_discount for ln in lines]) == t.line_discount.minor
    assert _sum([ln.order_discount for ln in lines]) == t.order_discount.minor
    assert _sum([ln.coupon_discount for ln in lines]) == t.coupon_discount.minor
    assert t.subtotal - t.discount == t.net
    if cart.tax_inclusive:
        assert t.grand_total == t.net
        assert t.tax <= t.net
        assert _sum([r.total for r in t.taxes]) == t.grand_total.minor
    else:
        assert t.grand_total == t.net + t.tax
        assert _sum([r.base for r in t.taxes]) == t.net.minor
    for ln in lines:
        assert ln.gross - ln.discount == ln.net
        assert ln.taxable + ln.tax == ln.total
        assert ln.total == (ln.net if cart.tax_inclusive else ln.net + ln.tax)


@settings(max_examples=200, deadline=None)
@given(cart=carts())
def test_nothing_is_negative_and_discounts_never_exceed_gross(cart: Cart) -> None:
    t = compute_totals(cart)
    for ln in t.lines:
        for value in (ln.gross, ln.line_discount, ln.order_discount, ln.coupon_discount):
            assert not value.is_negative()
        for value in (ln.net, ln.tax, ln.taxable, ln.total):
            assert not value.is_negative()
        assert ln.discount <= ln.gross
    assert t.discount <= t.subtotal
    assert not t.grand_total.is_negative() and not t.tax.is_negative()
    assert t.coupon_discount <= t.coupon_base
    if cart.coupon is not None:
        assert t.coupon_discount <= cart.coupon.discount


@settings(max_examples=200, deadline=None)
@given(cart=carts())
def test_tax_is_rounded_once_per_class(cart: Cart) -> None:
    t = compute_totals(cart)
    for row in t.taxes:
        rate = Fraction(row.rate)
        if cart.tax_inclusive:
            exact = Fraction(row.total.minor) * rate / (1 + rate)
        else:
            exact = Fraction(row.base.minor) * rate
        assert row.tax.minor == round_half_up(exact)


def _reordered(cart: Cart, order: list[int]) -> Cart:
    data = cart.to_dict()
    data["lines"] = [data["lines"][i] for i in order]
    return Cart.from_dict(data)


def _by_line(t: CartTotals) -> dict[str, object]:
    return {ln.line_id: ln for ln in t.lines}


@settings(max_examples=200, deadline=None)
@given(cart=carts(), data=st.data())
def test_line_order_does_not_change_anything(cart: Cart, data: st.DataObject) -> None:
    order = data.draw(st.permutations(range(len(cart.lines))))
    a, b = compute_totals(cart), compute_totals(_reordered(cart, list(order)))
    assert _by_line(a) == _by_line(b)
    assert (a.subtotal, a.discount, a.net, a.tax, a.grand_total, a.taxes, a.item_count) == (
        b.subtotal,
        b.discount,
        b.net,
        b.tax,
        b.grand_total,
        b.taxes,
        b.item_count,
    )


@settings(max_examples=100, deadline=None)
@given(cart=carts())
def test_recomputing_and_round_tripping_give_identical_results(cart: Cart) -> None:
    first = compute_totals(cart)
    assert compute_totals(cart) == first
    assert compute_totals(Cart.from_dict(cart.to_dict())) == first


@settings(max_examples=200, deadline=None)
@given(
    items=st.lists(
        st.tuples(st.integers(0, 200_000), st.integers(1, 6), st.sampled_from(TAX_CLASSES)),
        min_size=1,
        max_size=8,
    ),
    inclusive=st.booleans(),
)
def test_splitting_lines_does_not_change_the_total(
    items: list[tuple[int, int, TaxClass]], inclusive: bool
) -> None:
    # Tax is rounded per class, not per line, so ringing 3 x soap as three lines or one line
    # gives the same tax and total (per-line rounding would drift here).
    merged, split = Cart(tax_inclusive=inclusive), Cart(tax_inclusive=inclusive)
    for i, (price, qty, tax_class) in enumerate(items):
        for cart, times, count in ((merged, 1, qty), (split, qty, 1)):
            for _ in range(times):
                cart.add_item(
                    product_id=f"p{i}",
                    name="X",
                    unit_price=Money(price),
                    tax_class=tax_class,
                    quantity=count,
                    merge=False,
                )
    a, b = compute_totals(merged), compute_totals(split)
    assert (a.grand_total, a.tax, a.taxes, a.item_count) == (
        b.grand_total,
        b.tax,
        b.taxes,
        b.item_count,
    )


@settings(max_examples=200, deadline=None)
@given(
    price=st.integers(0, 10_000_000),
    milli=st.integers(1, 100_000),
)
def test_weighed_gross_is_one_half_up_rounding(price: int, milli: int) -> None:
    cart = Cart()
    line = cart.add_item(
        product_id="w",
        name="W",
        unit_price=Money(price),
        tax_class=EXEMPT,
        quantity=Decimal(milli).scaleb(-3),
        weighed=True,
    )
    expected = round_half_up(Fraction(price * milli, 1000))
    assert compute_totals(cart).line(line.line_id).gross.minor == expected
