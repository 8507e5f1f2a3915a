"""Money: integer minor units in storage, Decimal in arithmetic, never float.

A ``Money`` holds an exact amount in minor units (cents) and an ISO 4217 currency code.
Every operation that can produce a fraction of a minor unit takes an explicit rounding mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

DEFAULT_CURRENCY: Final = "LKR"

# Minor-unit exponents for the currencies a Sri Lankan shop meets; default 2.
_EXPONENTS: Final[dict[str, int]] = {"LKR": 2, "USD": 2, "EUR": 2, "GBP": 2, "INR": 2, "JPY": 0}

# Half-up is how Sri Lankan receipts and the Inland Revenue round; half-even is offered for
# allocation where bias across many lines matters.
HALF_UP: Final = ROUND_HALF_UP
HALF_EVEN: Final = ROUND_HALF_EVEN


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency, 2)


def _check_currency(currency: str) -> str:
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise ValueError(f"currency must be a 3-letter ISO code, got {currency!r}")
    return currency


# Codes that passed _check_currency. A checkout builds hundreds of Money values in a few codes;
# checking the same code each time was half the cost of computing a cart's totals.
_CHECKED: Final[set[str]] = set()


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An exact amount of one currency, stored as integer minor units."""

    minor: int
    currency: str = DEFAULT_CURRENCY

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError(f"Money.minor must be int, got {type(self.minor).__name__}")
        currency = self.currency
        if type(currency) is not str or currency not in _CHECKED:
            _check_currency(currency)
            if type(currency) is str:
                _CHECKED.add(currency)

    # -- construction -------------------------------------------------------------------
    @classmethod
    def zero(cls, currency: str = DEFAULT_CURRENCY) -> Money:
        return cls(0, currency)

    @classmethod
    def of(
        cls,
        amount: str | int | Decimal,
        currency: str = DEFAULT_CURRENCY,
        *,
        rounding: str = HALF_UP,
    ) -> Money:
        """Build from a major-unit amount: ``Money.of("1250.50")`` is LKR 1,250.50.

        Floats are refused: they cannot represent most decimal prices exactly.
        """
        if isinstance(amount, float):
            raise TypeError("Money.of refuses float; pass a str or Decimal")
        if isinstance(amount, str):
            text = amount.strip().replace(",", "")
            try:
                value = Decimal(text)
            except InvalidOperation as exc:
                raise ValueError(f"not an amount: {amount!r}") from exc
        else:
            value = Decimal(amount)
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {amount!r}")
        return cls(to_minor(value, currency, rounding=rounding), currency)

    # -- views --------------------------------------------------------------------------
    @property
    def amount(self) -> Decimal:
        """The amount in major units as an exact Decimal."""
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def is_zero(self) -> bool:
        return self.minor == 0

    def is_negative(self) -> bool:
        return self.minor < 0

    # -- arithmetic ---------------------------------------------------------------------
    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return _checked(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return _checked(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return _checked(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return _checked(abs(self.minor), self.currency)

    def times(self, factor: Decimal | int, *, rounding: str = HALF_UP) -> Money:
        """Multiply by an exact factor (quantity, rate) and round once, explicitly."""
        if isinstance(factor, float):
            raise TypeError("Money.times refuses float; pass a Decimal")
        exact = Decimal(self.minor) * Decimal(factor)
        return _checked(int(exact.quantize(Decimal(1), rounding=rounding)), self.currency)

    def allocate(self, weights: list[int]) -> list[Money]:
        """Split into parts proportional to ``weights``; parts sum exactly to self.

        Largest-remainder method, ties to the earliest part, so results are stable.
        """
        if not weights or any(w < 0 for w in weights):
            raise ValueError("weights must be non-empty and non-negative")
        total = sum(weights)
        if total == 0:
            return [Money(self.minor if i == 0 else 0, self.currency) for i in range(len(weights))]
        sign = -1 if self.minor < 0 else 1
        magnitude = abs(self.minor)
        shares = [magnitude * w // total for w in weights]
        remainders = [magnitude * w % total for w in weights]
        leftover = magnitude - sum(shares)
        order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
        for i in order[:leftover]:
            shares[i] += 1
        return [_checked(sign * s, self.currency) for s in shares]

    # -- comparison (same currency only) --------------------------------------------------
    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __str__(self) -> str:
        return f"{self.currency} {format_amount(self)}"


def _checked(minor: int, currency: str) -> Money:
    """A Money from parts that are valid by construction (arithmetic on valid Money gives an
    int and keeps the currency), without running ``__post_init__`` again."""
    money = object.__new__(Money)
    object.__setattr__(money, "minor", minor)
    object.__setattr__(money, "currency", currency)
    return money


def to_minor(value: Decimal, currency: str = DEFAULT_CURRENCY, *, rounding: str = HALF_UP) -> int:
    """Convert a major-unit Decimal to integer minor units with explicit rounding."""
    scaled = value.scaleb(exponent(currency))
    return int(scaled.quantize(Decimal(1), rounding=rounding))


def format_amount(money: Money) -> str:
    """Plain '1,250.50' formatting; locale-aware formatting lives in the UI (Babel)."""
    exp = exponent(money.currency)
    sign = "-" if money.minor < 0 else ""
    major, minor = divmod(abs(money.minor), 10**exp) if exp else (abs(money.minor), 0)
    text = f"{major:,}"
    if exp:
        text += f".{minor:0{exp}d}"
    return sign + text


def money_sum(items: list[Money], currency: str = DEFAULT_CURRENCY) -> Money:
    total = Money.zero(currency)
    for item in items:
        total = total + item
    return total
