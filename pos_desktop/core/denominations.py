"""Cash denominations and counting a drawer by denomination.

A count is a mapping ``face value in major units -> number of notes/coins`` (``{5000: 3, 100: 7}``
is three LKR 5,000 notes and seven LKR 100 notes). Stored as JSON, the keys become strings;
``normalize_counts`` accepts both so a count read back from the database validates the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money, exponent

# Central Bank of Sri Lanka notes and coins in circulation (major units, largest first).
LKR_NOTES: Final = (5000, 2000, 1000, 500, 100, 50, 20)
LKR_COINS: Final = (10, 5, 2, 1)

DENOMINATIONS: Final[dict[str, tuple[int, ...]]] = {"LKR": LKR_NOTES + LKR_COINS}

# No drawer holds ten thousand of one note or coin; a larger count is a typing slip (an amount
# typed into a count field), and accepting it would hide a shortage.
MAX_COUNT_PER_DENOMINATION: Final = 10_000


def denominations_for(currency: str) -> tuple[int, ...]:
    try:
        return DENOMINATIONS[currency]
    except KeyError:
        raise ValidationError(f"no cash denominations are known for {currency}") from None


def normalize_counts(
    counts: Mapping[int, int] | Mapping[str, int], currency: str = "LKR"
) -> dict[int, int]:
    """Validate a count and return it with int keys, largest denomination first, zeros dropped."""
    known = denominations_for(currency)
    result: dict[int, int] = {}
    for raw_key, count in counts.items():
        key = _face_value(raw_key)
        if key not in known:
            raise ValidationError(f"{currency} {raw_key} is not a note or coin of {currency}")
        if isinstance(count, bool) or not isinstance(count, int):
            raise ValidationError(f"the count of {currency} {key} must be a whole number")
        if count < 0:
            raise ValidationError(f"the count of {currency} {key} cannot be negative")
        if count > MAX_COUNT_PER_DENOMINATION:
            raise ValidationError(
                f"{count} x {currency} {key} is not a plausible count "
                f"(at most {MAX_COUNT_PER_DENOMINATION:,}); did you type an amount?"
            )
        if key in result:
            raise ValidationError(f"{currency} {key} is counted twice")
        result[key] = count
    return {k: result[k] for k in known if result.get(k)}


def count_total(counts: Mapping[int, int] | Mapping[str, int], currency: str = "LKR") -> Money:
    """The value of a counted drawer, exact, after validating every entry."""
    normalized = normalize_counts(counts, currency)
    major = sum(face * count for face, count in normalized.items())
    return Money(major * 10 ** exponent(currency), currency)


def counts_to_json(counts: Mapping[int, int]) -> dict[str, int]:
    """JSON object keys are strings; keep the order largest first for readable rows."""
    return {str(face): count for face, count in counts.items()}


def _face_value(raw: object) -> int:
    if isinstance(raw, bool):
        raise ValidationError(f"{raw!r} is not a denomination")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw.strip())
    raise ValidationError(f"{raw!r} is not a denomination")
