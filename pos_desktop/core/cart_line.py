"""A cart line and the checks on its fields (shared by ``Cart`` and the held-ticket codec).

Split from cart.py to keep each module to one job; import ``CartLine`` from ``core.cart``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from pos_desktop.core.discounts import (
    AmountDiscount,
    Discount,
    discount_from_dict,
    discount_to_dict,
)
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.quantity import parse_quantity
from pos_desktop.core.tax import TaxClass

MAX_UNIT_PRICE_MINOR: Final = 10_000_000_000  # LKR 100 million: beyond it is a typo or garbage
MAX_TEXT: Final = 200
WEIGHT_STEP: Final = Decimal("0.001")  # weighed quantities are kg with 3 decimals


def check_text(label: str, value: str | None, *, required: bool) -> str | None:
    if value is None:
        if required:
            raise ValidationError(f"{label} is required")
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text")
    if required and not value.strip():
        raise ValidationError(f"{label} is required")
    if len(value) > MAX_TEXT:
        raise ValidationError(f"{label} is longer than {MAX_TEXT} characters")
    return value


@dataclass(frozen=True, slots=True)
class CartLine:
    """One line of the cart. ``unit_price`` is per unit, or per kg for a weighed item."""

    line_id: str
    product_id: str
    name: str
    unit_price: Money
    quantity: Decimal
    tax_class: TaxClass
    variant_id: str | None = None
    sku: str | None = None
    barcode: str | None = None
    weighed: bool = False
    discount: Discount | None = None
    price_override: bool = False
    original_price: Money | None = None  # the catalog price, set when price_override is True

    def __post_init__(self) -> None:
        check_text("line id", self.line_id, required=True)
        check_text("product id", self.product_id, required=True)
        check_text("product name", self.name, required=True)
        for label, value in (("variant id", self.variant_id), ("SKU", self.sku)):
            check_text(label, value, required=False)
        check_text("barcode", self.barcode, required=False)
        check_price(self.unit_price)
        if not isinstance(self.tax_class, TaxClass):
            raise ValidationError(f"{self.name}: tax class is missing")
        object.__setattr__(self, "quantity", check_quantity(self.quantity, self.weighed, self.name))
        if self.price_override != (self.original_price is not None):
            raise ValidationError("a price override keeps the original price, and only then")
        if self.original_price is not None:
            check_price(self.original_price, self.unit_price.currency)
        if (
            isinstance(self.discount, AmountDiscount)
            and self.discount.amount.currency != self.unit_price.currency
        ):
            raise ValidationError(f"{self.name}: discount currency differs from the price")

    @property
    def gross(self) -> Money:
        """Unit price x quantity, rounded once half-up (a weighed 0.375 kg at 1,250.00/kg)."""
        return self.unit_price.times(self.quantity)

    @property
    def units(self) -> int:
        """How many items this line counts for: its quantity, or 1 for a weighed line."""
        return 1 if self.weighed else int(self.quantity)


def check_price(price: Money, currency: str | None = None) -> None:
    if not isinstance(price, Money):
        raise ValidationError("a price must be Money")
    if currency is not None and price.currency != currency:
        raise ValidationError(f"price is in {price.currency}, expected {currency}")
    if price.is_negative():
        raise ValidationError(f"a price cannot be negative ({format_amount(price)})")
    if price.minor > MAX_UNIT_PRICE_MINOR:
        raise ValidationError(f"price {format_amount(price)} is too large; check the entry")


def check_quantity(quantity: str | int | Decimal, weighed: bool, name: str) -> Decimal:
    """Parse and check a line quantity; returns it in one canonical form (2, 0.375) so equal
    quantities serialise equally."""
    qty = parse_quantity(quantity)
    if weighed:
        return qty.quantize(WEIGHT_STEP)
    if qty != qty.to_integral_value():
        raise ValidationError(f"{name} is sold by the piece; quantity must be a whole number")
    return Decimal(int(qty))


@dataclass(frozen=True, slots=True)
class AppliedCoupon:
    """A coupon accepted by the coupon rules, with the discount they computed for this cart."""

    code: str
    discount: Money
    coupon_id: str | None = None


def get_json(data: Mapping[str, Any], key: str, kind: type[Any], *, optional: bool = False) -> Any:
    """Fetch ``data[key]`` and insist on its JSON type (bool is not an int here)."""
    value = data[key]
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{key} should be {kind.__name__}, got {type(value).__name__}")
    return value


def line_to_dict(line: CartLine) -> dict[str, Any]:
    return {
        "line_id": line.line_id,
        "product_id": line.product_id,
        "variant_id": line.variant_id,
        "name": line.name,
        "sku": line.sku,
        "barcode": line.barcode,
        "unit_price_minor": line.unit_price.minor,
        "quantity": str(line.quantity),
        "weighed": line.weighed,
        "tax_class": line.tax_class.to_dict(),
        "discount": discount_to_dict(line.discount),
        "price_override": line.price_override,
        "original_price_minor": None if line.original_price is None else line.original_price.minor,
    }


def line_from_dict(data: Mapping[str, Any], currency: str) -> CartLine:
    original = get_json(data, "original_price_minor", int, optional=True)
    return CartLine(
        line_id=get_json(data, "line_id", str),
        product_id=get_json(data, "product_id", str),
        name=get_json(data, "name", str),
        unit_price=Money(get_json(data, "unit_price_minor", int), currency),
        quantity=Decimal(get_json(data, "quantity", str)),
        tax_class=TaxClass.from_dict(get_json(data, "tax_class", dict)),
        variant_id=get_json(data, "variant_id", str, optional=True),
        sku=get_json(data, "sku", str, optional=True),
        barcode=get_json(data, "barcode", str, optional=True),
        weighed=get_json(data, "weighed", bool),
        discount=discount_from_dict(data["discount"], currency),
        price_override=get_json(data, "price_override", bool),
        original_price=None if original is None else Money(original, currency),
    )
