"""Numbers, LKR amounts, quantities and dates for the cashier's language, with Babel.

Qt-free and float-free: amounts go to Babel as exact Decimals made from integer minor units.
Languages are the app's codes ("en", "si", "ta"); Babel knows them as ``en``, ``si_LK`` and
``ta_LK`` (there is no ``en_LK``). Two deliberate departures from Babel's raw output:

- Grouping is always by thousands (1,234,567.50). CLDR gives ``ta_LK`` the Indian lakh
  grouping (12,34,567.50) inherited from ``ta``; Sri Lankan money is grouped by thousands in
  every language, and a till must show the same digits whatever the cashier's language.
- A no-break space separates the currency symbol from the digits ("LKR 1,250.00",
  "රු. 1,250.00", "Rs. 1,250.00"): CLDR's currency-spacing rule, which Babel does not apply.

``core.money.format_amount`` stays the plain form for CSV files and ESC/POS text columns.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time
from decimal import Decimal
from typing import Final, Literal

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.numbers import format_decimal, get_currency_symbol, get_minus_sign_symbol

from pos_desktop.core.money import Money, exponent
from pos_desktop.i18n.languages import language

NBSP: Final = "\u00a0"
Width = Literal["short", "medium", "long", "full"]


@functools.lru_cache(maxsize=8)
def babel_locale(code: str | None) -> Locale:
    """The Babel locale of an app language code (English for an unknown code)."""
    return Locale.parse(language(code).babel_locale)


def _digits_pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


def format_money_amount(money: Money, lang: str | None) -> str:
    """The amount without a currency symbol: "1,250.50", "-75.00"."""
    loc = babel_locale(lang)
    text = format_decimal(
        abs(money.amount), format=_digits_pattern(exponent(money.currency)), locale=loc
    )
    return (get_minus_sign_symbol(loc) if money.minor < 0 else "") + text


@functools.lru_cache(maxsize=32)
def currency_symbol(currency: str, lang: str | None) -> str:
    return get_currency_symbol(currency, babel_locale(lang))


def format_money(money: Money, lang: str | None) -> str:
    """The amount with the locale's currency symbol: "LKR 1,250.50", "-රු. 75.00"."""
    loc = babel_locale(lang)
    digits = format_decimal(
        abs(money.amount), format=_digits_pattern(exponent(money.currency)), locale=loc
    )
    sign = get_minus_sign_symbol(loc) if money.minor < 0 else ""
    return f"{sign}{currency_symbol(money.currency, lang)}{NBSP}{digits}"


def format_number(value: int | Decimal, lang: str | None, *, decimals: int | None = None) -> str:
    """A grouped number: ``decimals`` fixed places, or as many as ``value`` needs (max 6)."""
    if isinstance(value, float):
        raise TypeError("format_number refuses float; pass an int or Decimal")
    pattern = "#,##0.######" if decimals is None else _digits_pattern(decimals)
    return format_decimal(Decimal(value), format=pattern, locale=babel_locale(lang))


def format_quantity(quantity_milli: int, lang: str | None, *, weighed: bool = False) -> str:
    """A quantity in thousandths: "2", "1.5", "0.250" (weighed goods keep 3 places)."""
    value = Decimal(quantity_milli).scaleb(-3)
    return format_number(value, lang, decimals=3 if weighed else None)


def format_percent(value: Decimal | int, lang: str | None) -> str:
    """``value`` in percent units (12.5 -> "12.5%")."""
    return format_number(Decimal(value), lang) + "%"


def format_datetime(moment: datetime, lang: str | None, *, width: Width = "medium") -> str:
    """Date and time in the locale's words; an aware ``moment`` is shown in its own zone."""
    return _babel_datetime(moment, width, tzinfo=moment.tzinfo, locale=babel_locale(lang))


def format_date(day: date | datetime, lang: str | None, *, width: Width = "medium") -> str:
    return _babel_date(day, width, locale=babel_locale(lang))


def format_time(moment: datetime | time, lang: str | None, *, width: Width = "short") -> str:
    tz = moment.tzinfo if isinstance(moment, datetime) else None
    return _babel_time(moment, width, tzinfo=tz, locale=babel_locale(lang))
