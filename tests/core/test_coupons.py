"""Coupon rules: every refusal with its reason, rounding, caps; properties of the discount."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.coupons import (
    CouponDiscount,
    CouponRule,
    CouponType,
    evaluate_coupon,
    normalize_coupon_code,
    validate_coupon_code,
)
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money

NOW = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)


def lkr(text: str) -> Money:
    return Money.of(text)


def pct(value: str, **kw: object) -> CouponRule:
    return CouponRule(code="SAVE", type=CouponType.PERCENTAGE, value=Decimal(value), **kw)  # type: ignore[arg-type]


def test_percentage_rounds_half_up_on_the_minor_unit() -> None:
    # 12.5% of LKR 10.05 = 1.25625 -> 1.26
    assert evaluate_coupon(pct("12.5"), lkr("10.05"), NOW).amount == lkr("1.26")
    # 10% of LKR 0.05 = 0.005 -> 0.01 (half up, not half even)
    assert evaluate_coupon(pct("10"), lkr("0.05"), NOW).amount == lkr("0.01")


def test_percentage_capped_by_max_discount() -> None:
    rule = pct("20", max_discount_amount=lkr("500"))
    assert evaluate_coupon(rule, lkr("1000"), NOW).amount == lkr("200")
    assert evaluate_coupon(rule, lkr("10000"), NOW).amount == lkr("500")


def test_fixed_amount_never_exceeds_order() -> None:
    rule = CouponRule(code="FLAT", type=CouponType.FIXED_AMOUNT, value=lkr("750"))
    assert evaluate_coupon(rule, lkr("2000"), NOW) == CouponDiscount(lkr("750"), False)
    assert evaluate_coupon(rule, lkr("300"), NOW).amount == lkr("300")


def test_hundred_percent_takes_whole_order_and_no_more() -> None:
    assert evaluate_coupon(pct("100"), lkr("123.45"), NOW).amount == lkr("123.45")


def test_free_shipping_gives_no_money_off() -> None:
    rule = CouponRule(code="SHIPFREE", type=CouponType.FREE_SHIPPING)
    result = evaluate_coupon(rule, lkr("100"), NOW)
    assert result.free_shipping and result.amount.is_zero()


@pytest.mark.parametrize(
    ("rule", "amount", "message"),
    [
        (pct("10", is_active=False), "100", "no longer active"),
        (pct("10", valid_from=NOW + timedelta(days=1)), "100", "not valid yet"),
        (pct("10", valid_to=NOW - timedelta(seconds=1)), "100", "expired"),
        (pct("10", min_order_amount=lkr("5000")), "4999.99", "at least LKR 5,000.00"),
        (pct("10", usage_limit=3, used_count=3), "100", "usage limit"),
    ],
)
def test_refusals_say_why(rule: CouponRule, amount: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        evaluate_coupon(rule, lkr(amount), NOW)


def test_usage_limit_uses_the_count_given_by_the_caller() -> None:
    rule = pct("10", usage_limit=5, used_count=1)
    assert evaluate_coupon(rule, lkr("100"), NOW, used_count=4).amount == lkr("10")
    with pytest.raises(ValidationError, match="usage limit"):
        evaluate_coupon(rule, lkr("100"), NOW, used_count=5)


def test_boundaries_are_inclusive() -> None:
    rule = pct("10", valid_from=NOW, valid_to=NOW, min_order_amount=lkr("100"))
    assert evaluate_coupon(rule, lkr("100"), NOW).amount == lkr("10")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": CouponType.PERCENTAGE, "value": Decimal(0)}, "more than 0%"),
        ({"type": CouponType.PERCENTAGE, "value": Decimal(101)}, "at most 100%"),
        ({"type": CouponType.PERCENTAGE, "value": Money.of("5")}, "percent value"),
        ({"type": CouponType.FIXED_AMOUNT, "value": Decimal(5)}, "needs an amount"),
        ({"type": CouponType.FIXED_AMOUNT, "value": Money.of("-5")}, "positive amount"),
        ({"type": CouponType.FREE_SHIPPING, "value": Decimal(5)}, "no value"),
        (
            {"type": CouponType.PERCENTAGE, "value": Decimal(5), "usage_limit": 0},
            "usage limit is at least 1",
        ),
        (
            {
                "type": CouponType.PERCENTAGE,
                "value": Decimal(5),
                "valid_from": NOW,
                "valid_to": NOW - timedelta(days=1),
            },
            "end before it starts",
        ),
    ],
)
def test_bad_definitions_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        CouponRule(code="X1Y", **kwargs)  # type: ignore[arg-type]


def test_negative_order_and_currency_mismatch_refused() -> None:
    with pytest.raises(ValidationError, match="negative"):
        evaluate_coupon(pct("10"), lkr("-1"), NOW)
    rule = CouponRule(code="USD5", type=CouponType.FIXED_AMOUNT, value=Money.of("5", "USD"))
    with pytest.raises(ValidationError, match="USD"):
        evaluate_coupon(rule, lkr("100"), NOW)


def test_codes_are_normalized_and_checked() -> None:
    assert normalize_coupon_code("  save 10 ") == "SAVE10"
    assert validate_coupon_code("avurudu-25") == "AVURUDU-25"
    for bad in ("", "ab", "x" * 33, "-LEAD", "NO*STAR"):
        with pytest.raises(ValidationError):
            validate_coupon_code(bad)


rules = st.one_of(
    st.builds(
        lambda p, cap: CouponRule(
            code="P", type=CouponType.PERCENTAGE, value=p, max_discount_amount=cap
        ),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2),
        st.none() | st.integers(1, 10**8).map(Money),
    ),
    st.builds(
        lambda v, cap: CouponRule(
            code="F", type=CouponType.FIXED_AMOUNT, value=v, max_discount_amount=cap
        ),
        st.integers(1, 10**8).map(Money),
        st.none() | st.integers(1, 10**8).map(Money),
    ),
)


@given(rules, st.integers(0, 10**10).map(Money))
def test_discount_never_exceeds_order_or_cap(rule: CouponRule, order: Money) -> None:
    discount = evaluate_coupon(rule, order, NOW).amount
    assert Money.zero() <= discount <= order
    if rule.max_discount_amount is not None:
        assert discount <= rule.max_discount_amount
    assert (order - discount).minor >= 0


@given(rules, st.integers(0, 10**9), st.integers(0, 10**9))
def test_discount_is_monotonic_in_order_amount(rule: CouponRule, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert (
        evaluate_coupon(rule, Money(low), NOW).amount
        <= evaluate_coupon(rule, Money(high), NOW).amount
    )
