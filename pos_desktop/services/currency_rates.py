"""Exchange rates by date: "1 USD = 300.25 LKR on 2025-03-01", exact Decimals, never floats.

The organization's currency (``organizations.currency``, LKR by default) is the base: every
rate is stored as from_currency -> base, the base amount of one unit of the foreign currency.
One rate per currency per date; entering a date again replaces that day's rate (audited with
the old value). ``rate_on`` is the newest rate on or before a day (a weekend uses Friday's).
Rates arrive as text typed by a person (or a Decimal); a float is refused, since 0.1 is not
what it looks like in binary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models import CurrencyExchangeRate, Organization

DEFAULT_BASE: Final = "LKR"
# Currencies a Sri Lankan shop meets at the counter; any ISO-looking code is accepted.
COMMON_CURRENCIES: Final = ("USD", "EUR", "GBP", "INR", "AUD", "JPY", "CNY", "AED", "SGD")
MAX_RATE: Final = Decimal(1_000_000)
RATE_PLACES: Final = 6
DAYS_AHEAD: Final = 31  # a rate may be entered ahead (a bank's published rate for Monday)
_CODE: Final = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class RateView:
    id: str
    currency: str
    base: str
    rate: Decimal
    rate_date: date


@dataclass(frozen=True, slots=True)
class RateResult:
    rate: RateView
    changes: Changes


def parse_decimal(value: str | Decimal | int, what: str, *, places: int) -> Decimal:
    """A typed number as an exact Decimal with at most ``places`` decimals, or ValidationError."""
    if isinstance(value, bool | float):
        raise ValidationError(f"{what} must be typed as text, not a floating-point number")
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    else:
        text = value.strip().replace(",", "")
        if not text or len(text) > 32:
            raise ValidationError(f"{what} is required")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(f"{what} {value.strip()!r} is not a number") from None
    if not number.is_finite():
        raise ValidationError(f"{what} must be a number")
    try:
        exact = number == number.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        raise ValidationError(f"{what} is far too large") from None
    if not exact:
        raise ValidationError(f"{what} has at most {places} decimal places")
    return number


def base_currency(session: Session, ctx: ServiceContext) -> str:
    org = session.get(Organization, ctx.terminal.organization_id)
    return org.currency if org is not None and org.currency else DEFAULT_BASE


def _code(currency: str, base: str) -> str:
    code = currency.strip().upper()
    if not _CODE.match(code):
        raise ValidationError(f"{currency.strip()!r} is not a currency code such as USD")
    if code == base:
        raise ValidationError(f"{base} is the store's own currency: its rate is always 1")
    return code


def _view(row: CurrencyExchangeRate) -> RateView:
    return RateView(row.id, row.from_currency, row.to_currency, row.rate, row.rate_date)


def list_rates(
    session: Session, ctx: ServiceContext, *, currency: str | None = None, limit: int = 200
) -> list[RateView]:
    """Newest date first (then by currency)."""
    base = base_currency(session, ctx)
    query = select(CurrencyExchangeRate).where(
        CurrencyExchangeRate.organization_id == ctx.terminal.organization_id,
        CurrencyExchangeRate.to_currency == base,
    )
    if currency:
        query = query.where(CurrencyExchangeRate.from_currency == currency.strip().upper())
    rows = session.execute(
        query.order_by(
            CurrencyExchangeRate.rate_date.desc(), CurrencyExchangeRate.from_currency
        ).limit(max(1, min(limit, 1000)))
    ).scalars()
    return [_view(r) for r in rows]


def rate_on(session: Session, ctx: ServiceContext, currency: str, day: date) -> Decimal | None:
    """Base units per one ``currency`` in force on ``day`` (None when no rate was entered)."""
    base = base_currency(session, ctx)
    if currency.upper() == base:
        return Decimal(1)
    return session.execute(
        select(CurrencyExchangeRate.rate)
        .where(
            CurrencyExchangeRate.organization_id == ctx.terminal.organization_id,
            CurrencyExchangeRate.from_currency == currency.upper(),
            CurrencyExchangeRate.to_currency == base,
            CurrencyExchangeRate.rate_date <= day,
        )
        .order_by(CurrencyExchangeRate.rate_date.desc())
        .limit(1)
    ).scalar_one_or_none()


def set_rate(
    ctx: ServiceContext,
    actor: Actor,
    currency: str,
    rate: str | Decimal,
    rate_date: date,
) -> RateResult:
    """Enter (or correct) the rate of ``currency`` for ``rate_date`` (MANAGE_SETTINGS)."""
    require(actor, Permission.MANAGE_SETTINGS)
    value = parse_decimal(rate, "the exchange rate", places=RATE_PLACES)
    if value <= 0:
        raise ValidationError("an exchange rate must be more than zero")
    if value > MAX_RATE:
        raise ValidationError(f"an exchange rate above {MAX_RATE} is surely a typing mistake")
    today = ctx.clock().date()
    if rate_date > today + timedelta(days=DAYS_AHEAD):
        raise ValidationError(f"a rate can be entered at most {DAYS_AHEAD} days ahead")
    if rate_date.year < 2000:
        raise ValidationError("that date is too far in the past")
    with ctx.db.uow() as uow:
        s = uow.session
        base = base_currency(s, ctx)
        code = _code(currency, base)
        row = s.execute(
            select(CurrencyExchangeRate).where(
                CurrencyExchangeRate.organization_id == ctx.terminal.organization_id,
                CurrencyExchangeRate.from_currency == code,
                CurrencyExchangeRate.to_currency == base,
                CurrencyExchangeRate.rate_date == rate_date,
            )
        ).scalar_one_or_none()
        old = None if row is None else str(row.rate)
        if row is None:
            row = CurrencyExchangeRate(
                organization_id=ctx.terminal.organization_id,
                from_currency=code,
                to_currency=base,
                rate=value,
                rate_date=rate_date,
                created_at=ctx.clock(),
            )
            s.add(row)
        else:
            row.rate = value
        s.flush()
        values = {"currency": code, "base": base, "date": rate_date.isoformat()}
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "currency.set_rate",
                "currency_exchange_rate",
                row.id,
                old_values=None if old is None else {**values, "rate": old},
                new_values={**values, "rate": str(value)},
            ),
        )
        uow.commit()
        view = _view(row)
    return RateResult(view, Changes.of("currency_exchange_rates", ids=(view.id,)))


def delete_rate(ctx: ServiceContext, actor: Actor, rate_id: str) -> Changes:
    """Remove a mistaken rate (audited with its value)."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(CurrencyExchangeRate, rate_id)
        if row is None or row.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such exchange rate")
        old = {"currency": row.from_currency, "rate": str(row.rate), "date": str(row.rate_date)}
        s.delete(row)
        audit(
            s,
            ctx,
            actor,
            AuditEntry("currency.delete_rate", "currency_exchange_rate", rate_id, old_values=old),
        )
        uow.commit()
    return Changes.of("currency_exchange_rates", ids=(rate_id,))
