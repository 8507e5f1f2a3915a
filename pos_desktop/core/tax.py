"""Tax classes and the per-class tax computation of a cart.

Rounding rule (explicit, tested): tax is computed **once per tax class over the whole cart**, on
the sum of the discounted line amounts of that class, and rounded half-up to the minor unit. The
class tax is then split back over its lines with ``Money.allocate`` (largest remainder, weighted
by line amount), so every line carries a tax figure for the sale rows and the line figures add up
to the class figure exactly.

Why not round per line: ten lines of LKR 0.10 at 18% have 0.018 tax each; rounding each line
gives 0.02 x 10 = 0.20, while the tax on the LKR 1.00 the customer actually pays is 0.18. Per-line
rounding drifts by up to half a cent per line and the receipt's tax no longer equals rate x base,
which is what the VAT return reports. Rounding once per class keeps the printed breakdown equal
to ``round(base x rate)`` and makes the total independent of how lines are split or merged.

Tax-exclusive prices: base = sum of line amounts, tax = round(base x rate), total = base + tax.
Tax-inclusive prices: total = sum of line amounts, tax = round(total x rate / (1 + rate)),
base = total - tax. The division is done in exact fractions, never in floating point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money

MAX_RATE: Final = Decimal(1)  # 100%; VAT, SSCL and friends are far below this


@dataclass(frozen=True, slots=True)
class TaxClass:
    """A product's tax class, e.g. ``TaxClass("VAT", "VAT 18%", Decimal("0.18"))``.

    ``rate`` is a fraction (0.18 is 18%), a Decimal between 0 and 1 inclusive.
    """

    code: str
    name: str
    rate: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code.strip() or len(self.code) > 32:
            raise ValidationError(f"tax class code must be 1-32 characters, got {self.code!r}")
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError(f"tax class {self.code} needs a name")
        if not isinstance(self.rate, Decimal) or not self.rate.is_finite():
            raise ValidationError(f"tax rate of {self.code} must be a Decimal, got {self.rate!r}")
        if not Decimal(0) <= self.rate <= MAX_RATE:
            raise ValidationError(f"tax rate of {self.code} must be between 0 and 1 (0% to 100%)")

    @property
    def percent(self) -> Decimal:
        """The rate as a percentage for display: Decimal("0.18") -> Decimal("18")."""
        return (self.rate * 100).normalize()

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "name": self.name, "rate": str(self.rate)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaxClass:
        try:
            return cls(str(data["code"]), str(data["name"]), Decimal(str(data["rate"])))
        except (KeyError, TypeError, ArithmeticError) as exc:
            raise ValidationError(f"malformed tax class: {data!r}") from exc


VAT_18: Final = TaxClass("VAT", "VAT 18%", Decimal("0.18"))
EXEMPT: Final = TaxClass("EXEMPT", "Exempt", Decimal("0"))


@dataclass(frozen=True, slots=True)
class TaxAmount:
    """One row of the tax breakdown: a tax class, its taxable base (tax excluded) and its tax."""

    tax_class: TaxClass
    base: Money
    tax: Money

    @property
    def code(self) -> str:
        return self.tax_class.code

    @property
    def rate(self) -> Decimal:
        return self.tax_class.rate

    @property
    def total(self) -> Money:
        """Base plus tax: what the customer pays for the goods of this class."""
        return self.base + self.tax


@dataclass(frozen=True, slots=True)
class TaxResult:
    """The breakdown (sorted by code, then rate) and each input amount's share of the tax."""

    breakdown: tuple[TaxAmount, ...]
    line_taxes: tuple[Money, ...]


def round_half_up(value: Fraction) -> int:
    """Round an exact fraction to an integer, halves away from zero (ROUND_HALF_UP)."""
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    if 2 * rest >= magnitude.denominator:
        whole += 1
    return sign * whole


def tax_on(amount: Money, rate: Decimal, *, inclusive: bool) -> Money:
    """The tax contained in ``amount`` (inclusive) or due on it (exclusive), rounded once."""
    exact_rate = Fraction(rate)
    if inclusive:
        exact = Fraction(amount.minor) * exact_rate / (1 + exact_rate)
    else:
        exact = Fraction(amount.minor) * exact_rate
    return Money(round_half_up(exact), amount.currency)


def compute_tax(
    lines: Sequence[tuple[TaxClass, Money]], *, inclusive: bool, currency: str
) -> TaxResult:
    """Tax per class over ``lines`` (tax class, discounted amount), then allocated to the lines.

    Amounts must be non-negative. Lines are grouped by (code, rate): a class whose rate changed
    while a ticket was held shows as two rows rather than being silently repriced. Allocation is
    order-sensitive only in ties, so callers wanting order-independent results pass lines in a
    canonical order (``pricing`` sorts by line id).
    """
    groups: dict[tuple[str, Decimal], list[int]] = {}
    for index, (tax_class, amount) in enumerate(lines):
        if amount.currency != currency:
            raise ValidationError(f"line amount in {amount.currency}, cart in {currency}")
        if amount.is_negative():
            raise ValidationError("a line amount cannot be negative")
        groups.setdefault((tax_class.code, tax_class.rate), []).append(index)

    line_taxes = [Money.zero(currency)] * len(lines)
    breakdown: list[TaxAmount] = []
    for key in sorted(groups):
        indexes = groups[key]
        tax_class = lines[indexes[0]][0]
        amounts = [lines[i][1] for i in indexes]
        class_amount = Money(sum(a.minor for a in amounts), currency)
        tax = tax_on(class_amount, tax_class.rate, inclusive=inclusive)
        base = class_amount - tax if inclusive else class_amount
        breakdown.append(TaxAmount(tax_class, base, tax))
        shares = tax.allocate([a.minor for a in amounts])
        for i, share in zip(indexes, shares, strict=True):
            line_taxes[i] = share
    return TaxResult(tuple(breakdown), tuple(line_taxes))
