"""Barcode parsing: what a scan (or typed code) means, before any database lookup.

``parse_scan(text, config)`` returns one of:
- ``ProductCode(gtin)``: a valid EAN-13, EAN-8 or UPC-A. UPC-A is returned in its EAN-13 form
  ('0' + the 12 digits) so a product stored under either spelling is found by one key; EAN-8
  stays 8 digits. Catalog barcodes should be stored in this normalised form too
  (``normalize_gtin``).
- ``EmbeddedPrice`` / ``EmbeddedWeight``: a GS1 restricted-circulation (in-store) EAN-13 printed
  by a scale: ``PP IIIII VVVVV C`` = prefix, item code, value, EAN check digit; or with an inner
  price/measure check digit ``PP IIIII K VVVV C`` (GS1 General Specifications 7.9.3). Prefixes
  and layouts come from ``BarcodeConfig``; by default 20-24 embed a price in LKR with 2
  decimals and 25-29 a weight in kg with 3 decimals. A 12-digit UPC-A variable-measure code
  ('2...') becomes '02...' and is matched the same way if '02' is configured.
- ``LoyaltyCard(card_number)``: "LC" + 8-12 digits (printed/Code 128 cards), or an EAN-13 whose
  prefix is ``loyalty_ean_prefix`` (default "99", check digit validated) for cards printed as
  EAN-13. ``card_number`` is the whole text, upper-cased (what customers' cards store).
- ``ReceiptCode(receipt_number)``: a receipt number such as S01-T02-000123 (core.receipt_number).

Anything else raises ``ValidationError`` with a message for the cashier and a ``code`` the UI can
use (``SCAN_*`` below). Keyboard-wedge noise is tolerated: surrounding whitespace and CR/LF, and
an AIM symbology identifier (``]E0``) at the start. UPC-E and GTIN-14 are not accepted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import DEFAULT_CURRENCY, Money, exponent
from pos_desktop.core.quantity import QUANTITY_PLACES, parse_quantity
from pos_desktop.core.receipt_number import parse_receipt_number

SCAN_EMPTY: Final = "scan_empty"
SCAN_TOO_LONG: Final = "scan_too_long"
SCAN_GARBAGE: Final = "scan_garbage"
SCAN_UNKNOWN: Final = "scan_unknown_format"
SCAN_CHECK_DIGIT: Final = "scan_bad_check_digit"
SCAN_BAD_VALUE: Final = "scan_bad_value"

# GS1 restricted circulation numbers usable in a store (EAN-13 form of UPC '2'/'4' included).
IN_STORE_PREFIXES: Final = frozenset({"02", "04", *(str(n) for n in range(20, 30))})

_DIGITS = re.compile(r"[0-9]+")
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")


def gtin_check_digit(body: str) -> int:
    """Check digit for a GTIN body (all digits but the last), per GS1 mod-10."""
    if not body.isdigit():
        raise ValueError(f"GTIN body must be digits, got {body!r}")
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True for a well-formed EAN-8, UPC-A (12), EAN-13 or GTIN-14 with a correct check digit."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14):
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


# GS1 weighting tables for the price/measure verifier digit (General Specifications 7.9.3).
_W2_MINUS = (0, 2, 4, 6, 8, 9, 1, 3, 5, 7)
_W3 = (0, 3, 6, 9, 2, 5, 8, 1, 4, 7)
_W5_PLUS = (0, 5, 1, 6, 2, 7, 3, 8, 4, 9)
_W5_MINUS = (0, 5, 9, 4, 8, 3, 7, 2, 6, 1)


def price_check_digit(value: str) -> int:
    """The inner check digit GS1 defines for a 4- or 5-digit price or measure field."""
    if _DIGITS.fullmatch(value) is None or len(value) not in (4, 5):
        raise ValueError(f"a price check digit covers 4 or 5 digits, got {value!r}")
    d = [int(c) for c in value]
    if len(d) == 4:
        return (3 * (_W2_MINUS[d[0]] + _W2_MINUS[d[1]] + _W3[d[2]] + _W5_MINUS[d[3]])) % 10
    total = _W5_PLUS[d[0]] + _W2_MINUS[d[1]] + _W5_MINUS[d[2]] + _W5_PLUS[d[3]] + _W2_MINUS[d[4]]
    return _W5_MINUS.index((10 - total % 10) % 10)


class EmbeddedKind(StrEnum):
    PRICE = "price"
    WEIGHT = "weight"


@dataclass(frozen=True, slots=True)
class InStoreLayout:
    """How an in-store EAN-13 splits: 2-digit prefix, item code, [check digit], value, EAN check.

    ``decimals`` places the implied decimal point: a price in major currency units (LKR 2), a
    weight in kg (3). The digits must add up to 13.
    """

    kind: EmbeddedKind
    decimals: int
    item_digits: int = 5
    value_digits: int = 5
    check_digit: bool = False

    def __post_init__(self) -> None:
        used = 2 + self.item_digits + self.value_digits + (1 if self.check_digit else 0) + 1
        if used != 13 or self.item_digits < 1 or self.value_digits < 1:
            raise ValidationError(f"in-store layout must fill 13 digits, this one uses {used}")
        if self.check_digit and self.value_digits not in (4, 5):
            raise ValidationError("a price/measure check digit needs a 4- or 5-digit value")
        top = QUANTITY_PLACES if self.kind is EmbeddedKind.WEIGHT else self.value_digits
        if not 0 <= self.decimals <= top:
            raise ValidationError(f"{self.kind} layout cannot have {self.decimals} decimals")


PRICE_LAYOUT: Final = InStoreLayout(EmbeddedKind.PRICE, decimals=2)
WEIGHT_LAYOUT: Final = InStoreLayout(EmbeddedKind.WEIGHT, decimals=3)


def default_in_store_layouts() -> Mapping[str, InStoreLayout]:
    layouts = {str(n): PRICE_LAYOUT for n in range(20, 25)}
    layouts.update({str(n): WEIGHT_LAYOUT for n in range(25, 30)})
    return MappingProxyType(layouts)


@dataclass(frozen=True)
class BarcodeConfig:
    """Store-specific barcode rules. Defaults suit a Sri Lankan shop; all are configurable."""

    in_store: Mapping[str, InStoreLayout] = field(default_factory=default_in_store_layouts)
    currency: str = DEFAULT_CURRENCY
    loyalty_prefix: str = "LC"
    loyalty_min_digits: int = 8
    loyalty_max_digits: int = 12
    loyalty_ean_prefix: str | None = "99"
    max_length: int = 48

    def __post_init__(self) -> None:
        object.__setattr__(self, "in_store", MappingProxyType(dict(self.in_store)))
        for prefix, layout in self.in_store.items():
            if prefix not in IN_STORE_PREFIXES:
                raise ValidationError(f"{prefix!r} is not a GS1 in-store prefix (02, 04, 20-29)")
            if layout.kind is EmbeddedKind.PRICE and layout.decimals > exponent(self.currency):
                raise ValidationError(
                    f"{self.currency} prices have at most {exponent(self.currency)} dp"
                )
        if not (self.loyalty_prefix.isalpha() and self.loyalty_prefix.isascii()):
            raise ValidationError("loyalty card prefix must be ASCII letters")
        if not 1 <= self.loyalty_min_digits <= self.loyalty_max_digits <= 20:
            raise ValidationError("loyalty card digit counts must satisfy 1 <= min <= max <= 20")
        ean = self.loyalty_ean_prefix
        if ean is not None and (
            _DIGITS.fullmatch(ean) is None
            or not 1 <= len(ean) <= 3
            or any(p.startswith(ean) or ean.startswith(p) for p in self.in_store)
        ):
            raise ValidationError(f"loyalty EAN prefix {ean!r} must be 1-3 digits, not in-store")
        if self.max_length < 20:
            raise ValidationError("max_length must leave room for a receipt number")


DEFAULT_BARCODE_CONFIG: Final = BarcodeConfig()


@dataclass(frozen=True, slots=True)
class ProductCode:
    gtin: str  # 13 digits (EAN-13, UPC-A as '0'+code) or 8 digits (EAN-8)


@dataclass(frozen=True, slots=True)
class EmbeddedPrice:
    item_code: str  # the item digits, as printed (leading zeros kept)
    price: Money
    prefix: str
    barcode: str  # the whole 13-digit code, for the sale line


@dataclass(frozen=True, slots=True)
class EmbeddedWeight:
    item_code: str
    quantity: Decimal  # kg, 3 decimals
    prefix: str
    barcode: str


@dataclass(frozen=True, slots=True)
class LoyaltyCard:
    card_number: str


@dataclass(frozen=True, slots=True)
class ReceiptCode:
    receipt_number: str  # canonical text, e.g. "S01-T02-000123"


ScanResult = ProductCode | EmbeddedPrice | EmbeddedWeight | LoyaltyCard | ReceiptCode


def _fail(message: str, code: str) -> ValidationError:
    return ValidationError(message, code=code)


def _clean(text: str, config: BarcodeConfig) -> str:
    if not isinstance(text, str):
        raise _fail("a scan must be text", SCAN_GARBAGE)
    cleaned = text.strip()
    if not cleaned:
        raise _fail("nothing was scanned", SCAN_EMPTY)
    if len(cleaned) > config.max_length:
        raise _fail(f"the scan is too long ({len(cleaned)} characters)", SCAN_TOO_LONG)
    if not all(" " < ch < "\x7f" for ch in cleaned):
        raise _fail(
            "the scan has spaces, control or non-ASCII characters; check the scanner set-up",
            SCAN_GARBAGE,
        )
    if _AIM.match(cleaned):
        cleaned = cleaned[3:]
        if not cleaned:
            raise _fail("nothing was scanned", SCAN_EMPTY)
    return cleaned


def normalize_gtin(code: str) -> str:
    """Validate a GTIN and return its lookup key: UPC-A as EAN-13, EAN-8/EAN-13 unchanged."""
    if _DIGITS.fullmatch(code) is None or len(code) not in (8, 12, 13):
        raise _fail(f"{code!r} is not an EAN-13, EAN-8 or UPC-A barcode", SCAN_UNKNOWN)
    if not is_valid_gtin(code):
        raise _fail(f"barcode {code} has a wrong check digit; scan it again", SCAN_CHECK_DIGIT)
    return "0" + code if len(code) == 12 else code


def parse_scan(text: str, config: BarcodeConfig = DEFAULT_BARCODE_CONFIG) -> ScanResult:
    """Classify and validate a scanned or typed code. Raises ValidationError (see module doc)."""
    code = _clean(text, config)
    upper = code.upper()
    prefix = config.loyalty_prefix.upper()
    if upper.startswith(prefix) and _DIGITS.fullmatch(upper[len(prefix) :]):
        digits = len(upper) - len(prefix)
        if not config.loyalty_min_digits <= digits <= config.loyalty_max_digits:
            raise _fail(
                f"a loyalty card is {prefix} and {config.loyalty_min_digits}-"
                f"{config.loyalty_max_digits} digits; {upper} has {digits}",
                SCAN_UNKNOWN,
            )
        return LoyaltyCard(upper)
    if _DIGITS.fullmatch(code):
        gtin = normalize_gtin(code)
        if len(gtin) == 13:
            ean = config.loyalty_ean_prefix
            if ean is not None and gtin.startswith(ean):
                return LoyaltyCard(gtin)
            layout = config.in_store.get(gtin[:2])
            if layout is not None:
                return _decode_in_store(gtin, layout, config)
        return ProductCode(gtin)
    if "-" in code:
        return ReceiptCode(str(parse_receipt_number(code)))
    raise _fail(f"{code!r} is not a barcode this shop uses", SCAN_UNKNOWN)


def _decode_in_store(code: str, layout: InStoreLayout, config: BarcodeConfig) -> ScanResult:
    item = code[2 : 2 + layout.item_digits]
    rest = code[2 + layout.item_digits : 12]
    if layout.check_digit:
        if price_check_digit(rest[1:]) != int(rest[0]):
            raise _fail(f"label {code} has a wrong price check digit; key it in", SCAN_CHECK_DIGIT)
        rest = rest[1:]
    value = Decimal(int(rest)).scaleb(-layout.decimals)
    if value == 0:
        raise _fail(f"label {code} shows a zero {layout.kind}", SCAN_BAD_VALUE)
    if layout.kind is EmbeddedKind.PRICE:
        return EmbeddedPrice(item, Money.of(value, config.currency), code[:2], code)
    quantity = parse_quantity(value.quantize(Decimal(1).scaleb(-QUANTITY_PLACES)))
    return EmbeddedWeight(item, quantity, code[:2], code)


def make_ean13(body12: str) -> str:
    """Append the check digit to 12 digits: ``make_ean13("479000000001")``."""
    if _DIGITS.fullmatch(body12) is None or len(body12) != 12:
        raise ValueError(f"an EAN-13 body is 12 digits, got {body12!r}")
    return body12 + str(gtin_check_digit(body12))


def make_ean8(body7: str) -> str:
    if _DIGITS.fullmatch(body7) is None or len(body7) != 7:
        raise ValueError(f"an EAN-8 body is 7 digits, got {body7!r}")
    return body7 + str(gtin_check_digit(body7))


def make_in_store_barcode(
    prefix: str,
    item_code: str | int,
    value: Money | Decimal,
    config: BarcodeConfig = DEFAULT_BARCODE_CONFIG,
) -> str:
    """Build the label a scale would print: a price (Money) or a weight in kg (Decimal)."""
    layout = config.in_store.get(prefix)
    if layout is None:
        raise ValidationError(f"prefix {prefix!r} has no in-store layout configured")
    item = f"{item_code:0{layout.item_digits}d}" if isinstance(item_code, int) else item_code
    if _DIGITS.fullmatch(item) is None or len(item) != layout.item_digits:
        raise ValidationError(f"item code must be {layout.item_digits} digits, got {item_code!r}")
    if layout.kind is EmbeddedKind.PRICE:
        if not isinstance(value, Money) or value.currency != config.currency:
            raise ValidationError(f"prefix {prefix} embeds a price in {config.currency}")
        amount = value.amount
    elif isinstance(value, Decimal):
        amount = value
    else:
        raise ValidationError(f"prefix {prefix} embeds a weight in kg (a Decimal)")
    scaled = amount.scaleb(layout.decimals)
    if scaled != scaled.to_integral_value() or not 0 < scaled < 10**layout.value_digits:
        raise ValidationError(f"{amount} does not fit a {layout.value_digits}-digit label field")
    digits = f"{int(scaled):0{layout.value_digits}d}"
    check = str(price_check_digit(digits)) if layout.check_digit else ""
    return make_ean13(prefix + item + check + digits)
