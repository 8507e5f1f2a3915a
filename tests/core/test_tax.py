"""Tax classes and the once-per-class rounding rule."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.tax import EXEMPT, VAT_18, TaxClass, compute_tax, round_half_up, tax_on

LKR = "LKR"


def m(minor: int) -> Money:
    return Money(minor, LKR)


def test_tax_class_validation() -> None:
    assert VAT_18.percent == Decimal("18")
    assert EXEMPT.rate == 0
    for bad_rate in (Decimal("-0.01"), Decimal("1.01"), Decimal("NaN")):
        with pytest.raises(ValidationError):
            TaxClass("X", "X", bad_rate)
    with pytest.raises(ValidationError):
        TaxClass("X", "X", 0.18)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        TaxClass("", "X", Decimal("0.1"))
    with pytest.raises(ValidationError):
        TaxClass("X", " ", Decimal("0.1"))


def test_tax_class_dict_round_trip_and_malformed() -> None:
    sscl = TaxClass("SSCL", "SSCL 2.5%", Decimal("0.025"))
    assert TaxClass.from_dict(sscl.to_dict()) == sscl
    with pytest.raises(ValidationError):
        TaxClass.from_dict({"code": "X", "name": "X"})
    with pytest.raises(ValidationError):
        TaxClass.from_dict({"code": "X", "name": "X", "rate": "abc"})


def test_round_half_up_on_exact_fractions() -> None:
    assert round_half_up(Fraction(5, 2)) == 3
    assert round_half_up(Fraction(-5, 2)) == -3
    assert round_half_up(Fraction(249, 100)) == 2
    assert round_half_up(Fraction(7, 3)) == 2
    assert round_half_up(Fraction(0)) == 0


def test_exclusive_tax_is_rate_times_base_rounded_half_up() -> None:
    assert tax_on(m(10000), Decimal("0.18"), inclusive=False) == m(1800)
    assert tax_on(m(25), Decimal("0.18"), inclusive=False) == m(5)  # 4.5 -> 5
    assert tax_on(m(24), Decimal("0.18"), inclusive=False) == m(4)  # 4.32 -> 4


def test_inclusive_tax_is_the_contained_part() -> None:
    # LKR 118.00 including 18% VAT contains LKR 18.00 of tax.
    assert tax_on(m(11800), Decimal("0.18"), inclusive=True) == m(1800)
    # LKR 100.00 including 18%: 15.254237... -> 15.25
    assert tax_on(m(10000), Decimal("0.18"), inclusive=True) == m(1525)
    assert tax_on(m(10000), Decimal("0"), inclusive=True) == m(0)


def test_rounding_once_per_class_avoids_per_line_drift() -> None:
    # Ten lines of LKR 0.10 at 18%: per line 1.8 cents would round to 2 each (20 in all);
    # the tax on the LKR 1.00 paid is 18 cents, which is what the breakdown must show.
    lines = [(VAT_18, m(10))] * 10
    result = compute_tax(lines, inclusive=False, currency=LKR)
    (row,) = result.breakdown
    assert row.base == m(100)
    assert row.tax == m(18)
    assert sum(t.minor for t in result.line_taxes) == 18
    assert {t.minor for t in result.line_taxes} <= {1, 2}


def test_breakdown_groups_by_class_sorted_by_code() -> None:
    result = compute_tax(
        [(VAT_18, m(11800)), (EXEMPT, m(5000)), (VAT_18, m(2360))], inclusive=True, currency=LKR
    )
    codes = [row.code for row in result.breakdown]
    assert codes == ["EXEMPT", "VAT"]
    vat = result.breakdown[1]
    assert vat.tax == m(2160)  # 141.60 incl. 18% contains 21.60
    assert vat.base == m(12000)
    assert vat.total == m(14160)
    assert result.line_taxes == (m(1800), m(0), m(360))


def test_same_code_with_two_rates_shows_two_rows() -> None:
    old = TaxClass("VAT", "VAT 15%", Decimal("0.15"))
    result = compute_tax([(VAT_18, m(1000)), (old, m(1000))], inclusive=False, currency=LKR)
    assert [(r.code, r.rate, r.tax) for r in result.breakdown] == [
        ("VAT", Decimal("0.15"), m(150)),
        ("VAT", Decimal("0.18"), m(180)),
    ]


def test_refuses_negative_or_foreign_amounts() -> None:
    with pytest.raises(ValidationError):
        compute_tax([(VAT_18, m(-1))], inclusive=False, currency=LKR)
    with pytest.raises(ValidationError):
        compute_tax([(VAT_18, Money(1, "USD"))], inclusive=False, currency=LKR)


def test_empty_input_gives_empty_breakdown() -> None:
    result = compute_tax([], inclusive=True, currency=LKR)
    assert result.breakdown == () and result.line_taxes == ()


rates = st.decimals(min_value=0, max_value=1, places=4)
amounts = st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12)


@given(rate=rates, minors=amounts, inclusive=st.booleans())
def test_class_tax_is_one_rounding_of_the_class_sum(
    rate: Decimal, minors: list[int], inclusive: bool
) -> None:
    tax_class = TaxClass("T", "T", rate)
    result = compute_tax([(tax_class, m(x)) for x in minors], inclusive=inclusive, currency=LKR)
    (row,) = result.breakdown
    exact = Fraction(sum(minors)) * Fraction(rate)
    if inclusive:
        exact /= 1 + Fraction(rate)
        assert row.base + row.tax == m(sum(minors))
    else:
        assert row.base == m(sum(minors))
    assert abs(Fraction(row.tax.minor) - exact) <= Fraction(1, 2)
    assert sum(t.minor for t in result.line_taxes) == row.tax.minor
    # A line never carries more tax than its amount (inclusive) nor a negative share.
    for tax, x in zip(result.line_taxes, minors, strict=True):
        assert tax.minor >= 0
        if inclusive:
            assert tax.minor <= x
