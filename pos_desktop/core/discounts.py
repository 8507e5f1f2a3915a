"""Discounts: a percentage or a fixed amount, on one line or on the whole order.

Order of application (pricing.compute_totals):
1. line discount, on the line's gross (unit price x quantity);
2. the manual order discount, on the sum of lines after their own discounts;
3. the coupon discount (an amount computed by the coupon rules), on what is left.

Order-level discounts are allocated over the lines with ``Money.allocate`` in proportion to each
line's remaining amount, so every line (and so every tax class) carries its exact share and the
tax is computed on what was really charged. A proportional share never exceeds the line it is
taken from, so no line goes negative.

Amounts are validated when a discount is set (a percentage over 100, or an amount over what it
applies to, is a ValidationError); ``applied_amount`` additionally caps at the base so a later
change (fewer items, a line removed) can shrink a discount but never make anything negative.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from typing import Any, Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money, format_amount

HUNDRED: Final = Decimal(100)
PERCENT_PLACES: Final = 4  # 12.3456% is fine; more is keyboard noise


@dataclass(frozen=True, slots=True)
class PercentDiscount:
    """``percent`` off, 0 to 100 (``Decimal("12.5")`` is 12.5%)."""

    percent: Decimal
    reason: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.percent, bool) or not isinstance(self.percent, Decimal | int):
            raise ValidationError("a discount percentage must be a Decimal, not a float")
        value = Decimal(self.percent)
        if not value.is_finite():
            raise ValidationError("a discount percentage must be a number")
        if value < 0:
            raise ValidationError(f"a discount cannot be negative ({value}%)")
        if value > HUNDRED:
            raise ValidationError(f"a discount cannot be more than 100% ({value}%)")
        if value != value.quantize(Decimal(1).scaleb(-PERCENT_PLACES)):
            raise ValidationError(f"a discount percentage has at most {PERCENT_PLACES} decimals")
        object.__setattr__(self, "percent", value)


@dataclass(frozen=True, slots=True)
class AmountDiscount:
    """A fixed ``amount`` off (in the cart's currency)."""

    amount: Money
    reason: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Money):
            raise ValidationError("a discount amount must be Money")
        if self.amount.is_negative():
            raise ValidationError(f"a discount cannot be negative ({self.amount})")


Discount = PercentDiscount | AmountDiscount


def percent_off(percent: str | int | Decimal, reason: str | None = None) -> PercentDiscount:
    """Build a percentage discount from user input ("12.5"); refuses floats and junk."""
    if isinstance(percent, float):
        raise ValidationError("a discount percentage must not be a float")
    try:
        value = Decimal(percent.strip()) if isinstance(percent, str) else Decimal(percent)
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(f"not a percentage: {percent!r}") from exc
    return PercentDiscount(value, reason)


def amount_off(amount: Money, reason: str | None = None) -> AmountDiscount:
    return AmountDiscount(amount, reason)


def discount_amount(discount: Discount | None, base: Money) -> Money:
    """What ``discount`` takes off ``base`` as requested (percent rounded half-up, once).

    Refuses an amount in another currency or larger than the base; see ``applied_amount``.
    """
    if discount is None:
        return Money.zero(base.currency)
    if isinstance(discount, PercentDiscount):
        return base.times(discount.percent / HUNDRED)
    if discount.amount.currency != base.currency:
        raise ValidationError(
            f"discount is in {discount.amount.currency} but the sale is in {base.currency}"
        )
    if discount.amount > base:
        raise ValidationError(
            f"discount {format_amount(discount.amount)} is more than the amount it applies to "
            f"({format_amount(base)})"
        )
    return discount.amount


def applied_amount(discount: Discount | None, base: Money) -> Money:
    """The discount actually applied: as requested, capped at ``base`` (never below zero)."""
    if discount is None or base.minor <= 0:
        return Money.zero(base.currency)
    if isinstance(discount, AmountDiscount):
        if discount.amount.currency != base.currency:
            raise ValidationError(
                f"discount is in {discount.amount.currency} but the sale is in {base.currency}"
            )
        return min(discount.amount, base, key=lambda m: m.minor)
    return min(discount_amount(discount, base), base, key=lambda m: m.minor)


def allocate(total: Money, bases: list[Money]) -> list[Money]:
    """Split ``total`` over ``bases`` proportionally; parts sum to ``total``, each <= its base.

    ``total`` must not exceed the sum of the bases (callers cap with ``applied_amount`` first).
    """
    if not bases:
        if total.minor:
            raise ValidationError("cannot spread a discount over an empty sale")
        return []
    weights = [b.minor for b in bases]
    if total.minor > sum(weights) or total.is_negative():
        raise ValidationError("an order discount cannot be more than the order")
    return total.allocate(weights)


def effective_percent(discount: Money, base: Money) -> Decimal:
    """``discount`` as a percentage of ``base``, rounded *up* to 2 decimals.

    Rounding up means a permission limit ("cashiers up to 10%") can never be slipped past by an
    amount that is 10.004% of the line.
    """
    if base.minor <= 0 or discount.minor <= 0:
        return Decimal("0.00")
    hundredths = -((-discount.minor * 10_000) // base.minor)  # ceiling division
    return Decimal(hundredths).scaleb(-2)


def discount_percent(discount: Discount | None, base: Money) -> Decimal:
    """How big ``discount`` is on ``base``, in percent, for permission checks.

    A percentage discount is its own percentage (so 10% on a LKR 0.05 item, which rounds to one
    cent, is still 10%); an amount is ``effective_percent`` of what it takes off. Both are
    rounded up to 2 decimals.
    """
    if discount is None:
        return Decimal("0.00")
    if isinstance(discount, PercentDiscount):
        return discount.percent.quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    return effective_percent(applied_amount(discount, base), base)


def discount_to_dict(discount: Discount | None) -> dict[str, Any] | None:
    """JSON-safe form, amounts in minor units (the cart holds one currency)."""
    if discount is None:
        return None
    if isinstance(discount, PercentDiscount):
        return {"kind": "percent", "percent": str(discount.percent), "reason": discount.reason}
    return {"kind": "amount", "amount_minor": discount.amount.minor, "reason": discount.reason}


def discount_from_dict(data: Mapping[str, Any] | None, currency: str) -> Discount | None:
    if data is None:
        return None
    try:
        kind = data["kind"]
        reason = data.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise TypeError("reason")
        if kind == "percent":
            return PercentDiscount(Decimal(str(data["percent"])), reason)
        if kind == "amount":
            minor = data["amount_minor"]
            if isinstance(minor, bool) or not isinstance(minor, int):
                raise TypeError("amount_minor")
            return AmountDiscount(Money(minor, currency), reason)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise ValidationError(f"malformed discount: {data!r}") from exc
    raise ValidationError(f"unknown discount kind: {kind!r}")
