"""Receipt numbers: store code, device code and a per-device gapless counter (``S01-T02-000123``).

The text is printed on the receipt and as a Code 128 barcode, and is what a return scans. One
sale has exactly one spelling: codes are upper-case ASCII letters and digits, the counter is
zero-padded to at least six digits and simply grows wider past 999999 (``S01-T02-1000000``).
``parse_receipt_number`` refuses any other spelling (lower case is folded to upper case, since a
cashier may type it), so a lookup by the text is a lookup by the sale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pos_desktop.core.errors import ValidationError

COUNTER_MIN_DIGITS: Final = 6
COUNTER_MAX_DIGITS: Final = 12  # a trillion sales per device; bounds what a scan may contain
CODE_MAX_LENGTH: Final = 8  # store and device codes are 1-8 letters or digits (see setup)
MAX_COUNTER: Final = 10**COUNTER_MAX_DIGITS - 1

_CODE = re.compile(rf"[A-Z0-9]{{1,{CODE_MAX_LENGTH}}}")
_RECEIPT = re.compile(
    rf"(?P<store>[A-Z0-9]{{1,{CODE_MAX_LENGTH}}})-(?P<device>[A-Z0-9]{{1,{CODE_MAX_LENGTH}}})"
    rf"-(?P<counter>[0-9]{{{COUNTER_MIN_DIGITS},{COUNTER_MAX_DIGITS}}})"
)


@dataclass(frozen=True, slots=True)
class ReceiptNumber:
    """A parsed receipt number; ``str()`` gives the canonical printed text."""

    store_code: str
    device_code: str
    counter: int

    def __post_init__(self) -> None:
        _check_code("store code", self.store_code)
        _check_code("device code", self.device_code)
        _check_counter(self.counter)

    def __str__(self) -> str:
        return f"{self.store_code}-{self.device_code}-{self.counter:0{COUNTER_MIN_DIGITS}d}"


def _check_code(label: str, code: str) -> None:
    if not isinstance(code, str) or _CODE.fullmatch(code) is None:
        raise ValidationError(
            f"{label} must be 1-{CODE_MAX_LENGTH} capital letters or digits, got {code!r}",
            code="bad_receipt_number",
        )


def _check_counter(counter: int) -> None:
    if isinstance(counter, bool) or not isinstance(counter, int):
        raise ValidationError("receipt counter must be a whole number", code="bad_receipt_number")
    if not 1 <= counter <= MAX_COUNTER:
        raise ValidationError(
            f"receipt counter must be between 1 and {MAX_COUNTER}, got {counter}",
            code="bad_receipt_number",
        )


def format_receipt_number(store_code: str, device_code: str, counter: int) -> str:
    """``format_receipt_number("S01", "T02", 123) == "S01-T02-000123"``.

    Codes are taken as given (they are stored upper-case); a lower-case or non-ASCII code is
    refused rather than silently changed, so the printed text always matches the stored codes.
    """
    return str(ReceiptNumber(store_code, device_code, counter))


def parse_receipt_number(text: str) -> ReceiptNumber:
    """Parse a scanned or typed receipt number; raises ValidationError with a readable reason."""
    if not isinstance(text, str):
        raise ValidationError("a receipt number is text", code="bad_receipt_number")
    cleaned = text.strip().upper()
    if not cleaned:
        raise ValidationError("the receipt number is empty", code="bad_receipt_number")
    match = _RECEIPT.fullmatch(cleaned)
    if match is None:
        raise ValidationError(
            f"{text.strip()!r} is not a receipt number (expected e.g. S01-T02-000123)",
            code="bad_receipt_number",
        )
    number = ReceiptNumber(match["store"], match["device"], int(match["counter"]))
    if str(number) != cleaned:
        # e.g. "S01-T02-0001000000": same counter, different text. Refused so one sale has one
        # spelling and a lookup by text cannot miss.
        raise ValidationError(
            f"{text.strip()!r} has extra leading zeros; did you mean {number}?",
            code="bad_receipt_number",
        )
    return number


def is_receipt_number(text: str) -> bool:
    """True if ``text`` parses as a receipt number (for routing a scan, not for validation)."""
    try:
        parse_receipt_number(text)
    except ValidationError:
        return False
    return True
