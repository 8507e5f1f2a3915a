"""Discount values, amounts, caps, allocation and the effective percentage."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.discounts import (
    AmountDiscount,
    PercentDiscount,
    allocate,
    amount_off,
    applied_amount,
    discount_amount,
    discount_from_dict,
    discount_percent,
    discount_to_dict,
    effective_percent,
    percent_off,
)
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money


def m(minor: int, currency: str = "LKR") -> Money:
    return Money(minor, currency)


@pytest.mark.parametrize("value", ["0", "10", "12.5", "100", "33.3333", 7, Decimal("99.99")])
def test_valid_percentages(value: str | int | Decimal) -> None:
    assert percent_off(value).percent == Decimal(str(value))


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("100.01", "more than 100%"),
        ("150", "more than 100%"),
        ("-1", "negative"),
        ("abc", "not a percentage"),
        ("NaN", "must be a number"),
        ("Infinity", "must be a number"),
        ("1.00001", "at most 4 decimals"),
    ],
)
def test_invalid_percentages_are_refused(value: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        percent_off(value)


def test_float_percentages_are_refused() -> None:
    with pytest.raises(ValidationError):
        percent_off(10.0)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        PercentDiscount(10.0)  # type: ignore[arg-type]


def test_negative_amount_is_refused() -> None:
    with pytest.raises(ValidationError, match="negative"):
        amount_off(m(-1))
    with pytest.raises(ValidationError):
        AmountDiscount(100)  # type: ignore[arg-type]


def test_percent_amount_rounds_half_up_once() -> None:
    assert discount_amount(percent_off("10"), m(12345)) == m(1235)  # 1234.5 -> 1235
    assert discount_amount(percent_off("12.5"), m(999)) == m(125)  # 124.875 -> 125
    assert discount_amount(percent_off("100"), m(999)) == m(999)
    assert discount_amount(None, m(999)) == m(0)


def test_amount_larger_than_base_is_refused_but_capped_when_applied() -> None:
    with pytest.raises(ValidationError, match="more than the amount"):
        discount_amount(amount_off(m(1001)), m(1000))
    assert discount_amount(amount_off(m(1000)), m(1000)) == m(1000)
    assert applied_amount(amount_off(m(1001)), m(1000)) == m(1000)
    assert applied_amount(amount_off(m(5)), m(0)) == m(0)


def test_currency_mismatch_is_refused() -> None:
    with pytest.raises(ValidationError, match="USD"):
        discount_amount(amount_off(m(1, "USD")), m(1000))
    with pytest.raises(ValidationError, match="USD"):
        applied_amount(amount_off(m(1, "USD")), m(1000))


def test_allocate_is_proportional_exact_and_bounded() -> None:
    parts = allocate(m(100), [m(300), m(100), m(0)])
    assert parts == [m(75), m(25), m(0)]
    assert allocate(m(0), []) == []
    with pytest.raises(ValidationError):
        allocate(m(1), [])
    with pytest.raises(ValidationError):
        allocate(m(401), [m(300), m(100)])


@given(
    bases=st.lists(st.integers(0, 10**9), min_size=1, max_size=15),
    fraction=st.fractions(min_value=0, max_value=1),
)
def test_allocation_never_exceeds_a_base(bases: list[int], fraction: Fraction) -> None:
    total = int(sum(bases) * fraction)
    parts = allocate(m(total), [m(b) for b in bases])
    assert sum(p.minor for p in parts) == total
    assert all(0 <= p.minor <= b for p, b in zip(parts, bases, strict=True))


def test_effective_percent_rounds_up() -> None:
    assert effective_percent(m(1000), m(10000)) == Decimal("10.00")
    # 10.004% must not pass a 10% limit.
    assert effective_percent(m(10004), m(100000)) == Decimal("10.01")
    assert effective_percent(m(1), m(3)) == Decimal("33.34")
    assert effective_percent(m(0), m(3)) == Decimal("0")
    assert effective_percent(m(5), m(0)) == Decimal("0")


@pytest.mark.parametrize(
    "discount",
    [None, percent_off("12.5", "staff"), amount_off(m(450)), amount_off(m(0), "promo")],
)
def test_discount_dict_round_trip(
    discount: PercentDiscount | AmountDiscount | None,
) -> None:
    assert discount_from_dict(discount_to_dict(discount), "LKR") == discount


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "bogus"},
        {"kind": "percent"},
        {"kind": "percent", "percent": "200"},
        {"kind": "amount", "amount_minor": "450"},
        {"kind": "amount", "amount_minor": True},
        {"kind": "amount", "amount_minor": -1},
        {"kind": "amount", "amount_minor": 1, "reason": 5},
    ],
)
def test_malformed_discount_dicts_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        discount_from_dict(data, "LKR")


def test_discount_percent_for_permission_checks() -> None:
    assert discount_percent(None, m(100)) == Decimal("0.00")
    assert discount_percent(percent_off("10"), m(5)) == Decimal("10.00")
    assert discount_percent(percent_off("10.001"), m(5)) == Decimal("10.01")
    assert discount_percent(amount_off(m(1)), m(5)) == Decimal("20.00")
    assert discount_percent(amount_off(m(9)), m(5)) == Decimal("100.00")  # capped at the base
