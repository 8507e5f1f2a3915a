"""Coupon rules (SmartStore 'coupons'): percentage, fixed amount or free shipping.

Pure: the service layer loads a ``CouponRule`` and the count of known usages, and this module
decides whether the coupon applies and how much it takes off. Rounding is explicit (HALF_UP on
the percentage) and the discount is capped twice: by ``max_discount_amount`` and by the order
amount itself, so an order can never go negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import HALF_UP, Money, format_amount

_CODE_RE: Final = re.compile(r"^[A-Z0-9][A-Z0-9_-]{2,31}$")
HUNDRED: Final = Decimal(100)


class CouponType(StrEnum):
    PERCENTAGE = "PERCENTAGE"
    FIXED_AMOUNT = "FIXED_AMOUNT"
    FREE_SHIPPING = "FREE_SHIPPING"


def normalize_coupon_code(code: str) -> str:
    """Codes are typed by cashiers and customers: compare them trimmed and upper-cased."""
    return "".join(code.split()).upper()


def validate_coupon_code(code: str) -> str:
    """The normalized code, or ValidationError when it cannot be a coupon code."""
    normalized = normalize_coupon_code(code)
    if not _CODE_RE.match(normalized):
        raise ValidationError(
            "a coupon code is 3 to 32 letters, digits, '-' or '_', starting with a letter or digit"
        )
    return normalized


@dataclass(frozen=True, slots=True)
class CouponRule:
    """What a coupon promises. ``value`` is a percent (Decimal, 0 < p <= 100) for PERCENTAGE,
    a Money for FIXED_AMOUNT, and None for FREE_SHIPPING."""

    code: str
    type: CouponType
    value: Decimal | Money | None = None
    min_order_amount: Money | None = None
    max_discount_amount: Money | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    usage_limit: int | None = None
    used_count: int = 0
    is_active: bool = True

    def __post_init__(self) -> None:
        check_rule(self)


def check_rule(rule: CouponRule) -> None:
    """Refuse a coupon definition that could never be applied sensibly."""
    if rule.type is CouponType.PERCENTAGE:
        if not isinstance(rule.value, Decimal) or not rule.value.is_finite():
            raise ValidationError("a percentage coupon needs a percent value")
        if not (Decimal(0) < rule.value <= HUNDRED):
            raise ValidationError("a percentage coupon takes more than 0% and at most 100% off")
    elif rule.type is CouponType.FIXED_AMOUNT:
        if not isinstance(rule.value, Money):
            raise ValidationError("a fixed-amount coupon needs an amount")
        if rule.value.minor <= 0:
            raise ValidationError("a fixed-amount coupon takes a positive amount off")
    elif rule.value is not None:
        raise ValidationError("a free-shipping coupon has no value")
    for label, money in (
        ("minimum order amount", rule.min_order_amount),
        ("maximum discount", rule.max_discount_amount),
    ):
        if money is not None and money.minor < 0:
            raise ValidationError(f"the {label} cannot be negative")
    if rule.max_discount_amount is not None and rule.max_discount_amount.minor == 0:
        raise ValidationError("a maximum discount of zero would make the coupon worthless")
    if rule.usage_limit is not None and rule.usage_limit < 1:
        raise ValidationError("a usage limit is at least 1 (leave it empty for no limit)")
    if rule.used_count < 0:
        raise ValidationError("a used count cannot be negative")
    for moment in (rule.valid_from, rule.valid_to):
        if moment is not None and moment.tzinfo is None:
            raise ValidationError("coupon validity times must be timezone-aware")
    if rule.valid_from and rule.valid_to and rule.valid_to < rule.valid_from:
        raise ValidationError("a coupon cannot end before it starts")


@dataclass(frozen=True, slots=True)
class CouponDiscount:
    amount: Money
    free_shipping: bool = False


def evaluate_coupon(
    rule: CouponRule,
    order_amount: Money,
    now: datetime,
    used_count: int | None = None,
) -> CouponDiscount:
    """The discount ``rule`` gives on an order of ``order_amount`` at ``now``.

    ``used_count`` is every use known to the caller (HQ's count plus local ones); None means the
    rule's own ``used_count``. Raises ValidationError with a cashier-readable reason otherwise.
    """
    if now.tzinfo is None:
        raise ValueError("evaluate_coupon needs an aware 'now'")
    used = rule.used_count if used_count is None else used_count
    code = rule.code
    if order_amount.minor < 0:
        raise ValidationError("a coupon cannot apply to a negative order amount")
    if not rule.is_active:
        raise ValidationError(f"coupon {code} is no longer active")
    if rule.valid_from is not None and now < rule.valid_from:
        raise ValidationError(
            f"coupon {code} is not valid yet (from {rule.valid_from:%Y-%m-%d %H:%M} UTC)"
        )
    if rule.valid_to is not None and now > rule.valid_to:
        raise ValidationError(f"coupon {code} expired on {rule.valid_to:%Y-%m-%d %H:%M} UTC")
    if rule.usage_limit is not None and used >= rule.usage_limit:
        raise ValidationError(
            f"coupon {code} has reached its usage limit ({rule.usage_limit} uses)"
        )
    minimum = rule.min_order_amount
    if minimum is not None and order_amount < minimum:
        raise ValidationError(
            f"coupon {code} needs an order of at least {minimum.currency} {format_amount(minimum)}"
        )
    if rule.type is CouponType.FREE_SHIPPING:
        return CouponDiscount(Money.zero(order_amount.currency), free_shipping=True)
    if isinstance(rule.value, Money):
        amount = rule.value
        if amount.currency != order_amount.currency:
            raise ValidationError(
                f"coupon {code} is in {amount.currency}, not {order_amount.currency}"
            )
    else:
        assert isinstance(rule.value, Decimal)
        amount = order_amount.times(rule.value / HUNDRED, rounding=HALF_UP)
    cap = rule.max_discount_amount
    if cap is not None:
        if cap.currency != order_amount.currency:
            raise ValidationError(
                f"coupon {code} is in {cap.currency}, not {order_amount.currency}"
            )
        amount = min(amount, cap)
    # Never more than the order: the order total must not go negative.
    return CouponDiscount(min(amount, order_amount), free_shipping=False)
