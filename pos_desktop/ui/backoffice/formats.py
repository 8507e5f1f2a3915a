"""Amounts, quantities and times as back-office lists show them, and typed text read back
into minor units and Decimals (the services refuse what is out of range). The language's
formatting is ``pos_desktop.ui.i18n``'s; this only adapts it to what the pages hold."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from pos_desktop.core.locale_format import format_date
from pos_desktop.core.money import Money
from pos_desktop.ui.i18n import current_language, money_text, quantity_text_for


def money(minor: int | None, currency: str = "LKR") -> str:
    """Minor units in the current language without a symbol ("1,250.00"); None: ""."""
    return "" if minor is None else money_text(Money(minor, currency))


def qty(milli: int | None, weighed: bool = False) -> str:
    return "" if milli is None else quantity_text_for(milli, weighed=weighed)


def day(value: date | None) -> str:
    """A date in the current language's words; None: ""."""
    return format_date(value, current_language()) if value is not None else ""


def when_text(moment: datetime | None, *, time: bool = True) -> str:
    """A stored moment as the PC's local "YYYY-MM-DD HH:MM" (naive means UTC); None: ""."""
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if time else "%Y-%m-%d")


def parse_minor(text: str) -> int | None:
    """A typed amount ("1,250.50") in minor units; None when empty or not an amount."""
    try:
        return Money.of(text.strip() or "x").minor
    except (ValueError, InvalidOperation):
        return None


def parse_decimal(text: str) -> Decimal | str:
    """A typed quantity as a Decimal, or the text itself so the service says what is wrong."""
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return text
