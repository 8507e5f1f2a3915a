"""Babel formatting of money, numbers, quantities and dates for en / si / ta."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.locale_format import (
    NBSP,
    babel_locale,
    format_date,
    format_datetime,
    format_money,
    format_money_amount,
    format_number,
    format_percent,
    format_quantity,
    format_time,
)
from pos_desktop.core.money import Money, format_amount


def test_locales_are_the_sri_lankan_ones() -> None:
    assert str(babel_locale("si")) == "si_LK"
    assert str(babel_locale("ta")) == "ta_LK"
    assert str(babel_locale("en")) == "en"
    assert str(babel_locale("fr")) == "en"  # unknown codes fall back, never raise
    assert str(babel_locale(None)) == "en"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", f"LKR{NBSP}1,250.50"),
        ("si", f"රු.{NBSP}1,250.50"),
        ("ta", f"Rs.{NBSP}1,250.50"),
    ],
)
def test_money_with_symbol(lang: str, expected: str) -> None:
    assert format_money(Money(125050), lang) == expected


@pytest.mark.parametrize("lang", ["en", "si", "ta"])
def test_negative_zero_and_large(lang: str) -> None:
    assert format_money(Money(-7500), lang).startswith("-")
    assert format_money(Money(-7500), lang).endswith("75.00")
    assert format_money(Money(0), lang).endswith(f"{NBSP}0.00")
    assert format_money_amount(Money(0), lang) == "0.00"
    assert format_money_amount(Money(5), lang) == "0.05"
    assert format_money_amount(Money(-5), lang) == "-0.05"
    # Thousands grouping in every language (CLDR's ta_LK would give 12,34,56,789.01).
    assert format_money_amount(Money(123456789_01), lang) == "123,456,789.01"
    assert format_money_amount(Money(10**20), lang) == "1,000,000,000,000,000,000.00"


def test_amount_matches_plain_format_in_english() -> None:
    for minor in (0, 1, -1, 99, 100, 123456, -987654321):
        assert format_money_amount(Money(minor), "en") == format_amount(Money(minor))


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["en", "si", "ta"]))
def test_amount_is_exact(minor: int, lang: str) -> None:
    # Parsing the text back gives exactly the minor units: no float anywhere.
    text = format_money_amount(Money(minor), lang).replace(",", "")
    assert Decimal(text).scaleb(2) == minor


def test_zero_exponent_currency() -> None:
    assert format_money_amount(Money(1500, "JPY"), "si") == "1,500"


def test_numbers_and_quantities() -> None:
    assert format_number(1234567, "ta") == "1,234,567"
    assert format_number(Decimal("1234.5"), "si") == "1,234.5"
    assert format_number(Decimal("2"), "en", decimals=2) == "2.00"
    assert format_quantity(2000, "si") == "2"
    assert format_quantity(1500, "ta") == "1.5"
    assert format_quantity(250, "en", weighed=True) == "0.250"
    assert format_percent(Decimal("12.5"), "si") == "12.5%"
    with pytest.raises(TypeError):
        format_number(1.5, "en")  # type: ignore[arg-type]


def test_dates_in_each_language() -> None:
    moment = datetime(2026, 3, 5, 14, 7, tzinfo=ZoneInfo("Asia/Colombo"))
    en = format_datetime(moment, "en")
    assert en.startswith("Mar 5, 2026") and "2:07:00" in en and en.endswith("PM")
    si = format_datetime(moment, "si")
    assert "මාර්තු" in si and "2026" in si and "14.07" in si
    ta = format_datetime(moment, "ta")
    assert "மார்" in ta and "2026" in ta and "14:07" in ta
    assert format_date(moment, "si", width="short") == "2026-03-05"
    assert format_date(moment, "ta", width="short") == "5/3/26"
    # An aware time is shown in its own zone, not converted to the machine's.
    assert format_time(datetime(2026, 3, 5, 8, 30, tzinfo=UTC), "ta") == "08:30"
