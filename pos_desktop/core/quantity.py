"""Quantities: exact Decimals with up to 3 places (grams of a kg), stored as integer thousandths."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Final

from pos_desktop.core.errors import ValidationError

QUANTITY_PLACES: Final = 3
MILLI: Final = 1000
MAX_QUANTITY: Final = Decimal(100_000)  # more than any shop sells on one line


def parse_quantity(value: str | int | Decimal, *, allow_zero: bool = False) -> Decimal:
    """Parse and check a quantity; refuses floats, NaN, too many decimals and absurd sizes."""
    if isinstance(value, float):
        raise ValidationError("quantity must not be a float")
    try:
        qty = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(f"not a quantity: {value!r}") from exc
    if not qty.is_finite():
        raise ValidationError(f"not a quantity: {value!r}")
    if qty != qty.quantize(Decimal(1).scaleb(-QUANTITY_PLACES)):
        raise ValidationError(f"quantity {value} has more than {QUANTITY_PLACES} decimal places")
    if qty < 0 or (qty == 0 and not allow_zero):
        raise ValidationError(f"quantity must be positive, got {value}")
    if qty > MAX_QUANTITY:
        raise ValidationError(f"quantity {value} is larger than {MAX_QUANTITY}")
    return qty


def to_milli(qty: Decimal) -> int:
    scaled = qty * MILLI
    if scaled != scaled.to_integral_value():
        raise ValidationError(f"quantity {qty} has more than {QUANTITY_PLACES} decimal places")
    return int(scaled)


def from_milli(milli: int) -> Decimal:
    return (Decimal(milli) / MILLI).normalize() if milli % MILLI else Decimal(milli // MILLI)
