"""Field rules for products, shared by the catalog services and the CSV import.

Each ``clean_*`` function takes raw input, returns the normalised value to store, and raises
``ValidationError`` with a message a manager can act on. No database access here; uniqueness
checks (SKU, barcode, item code) need the session and live with the services.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Final

from pos_desktop.core.barcode import is_valid_gtin
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import exponent
from pos_desktop.core.quantity import parse_quantity, to_milli
from pos_desktop.store.models.catalog import ProductStatus, Unit

MAX_PRICE_MINOR: Final = 10_000_000_000  # LKR 100 million, the cart's own limit
MAX_NAME: Final = 200
MAX_SKU: Final = 64
ITEM_CODE_DIGITS: Final = 5


def nfc(value: str) -> str:
    """One canonical form, so a name typed on two keyboards indexes and compares the same."""
    return unicodedata.normalize("NFC", value)


def clean_name(name: str | None) -> str:
    text = nfc(" ".join((name or "").split()))
    if not text:
        raise ValidationError("product name is required")
    if len(text) > MAX_NAME:
        raise ValidationError(f"product name is longer than {MAX_NAME} characters")
    return text


def clean_sku(sku: str | None) -> str:
    text = nfc((sku or "").strip())
    if not text:
        raise ValidationError("SKU is required")
    if len(text) > MAX_SKU:
        raise ValidationError(f"SKU is longer than {MAX_SKU} characters")
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        raise ValidationError(f"SKU {text!r} must not contain spaces or control characters")
    return text


def clean_barcode(barcode: str | None) -> str | None:
    """A GTIN with a correct check digit, or None for 'no barcode'."""
    text = (barcode or "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise ValidationError(f"barcode {text!r} must be digits only")
    if len(text) not in (8, 12, 13, 14):
        raise ValidationError(f"barcode {text} must have 8, 12, 13 or 14 digits, not {len(text)}")
    if not is_valid_gtin(text):
        raise ValidationError(f"barcode {text} has a wrong check digit")
    return text


def clean_item_code(code: str | None) -> str | None:
    """The 5-digit article number printed inside in-store weight/price barcodes."""
    text = (code or "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) == ITEM_CODE_DIGITS):
        raise ValidationError(f"item code {text!r} must be exactly {ITEM_CODE_DIGITS} digits")
    return text


def check_price_minor(label: str, minor: int) -> int:
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise ValidationError(f"{label} must be a whole number of cents")
    if minor < 0:
        raise ValidationError(f"{label} cannot be negative")
    if minor > MAX_PRICE_MINOR:
        raise ValidationError(f"{label} is too large; check the entry")
    return minor


def parse_price(label: str, text: str, currency: str) -> int:
    """'1250.50' or '1,250.50' in major units -> minor units; refuses fractions of a cent."""
    raw = text.strip().replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValidationError(f"{label} {text!r} is not a number") from exc
    if not value.is_finite():
        raise ValidationError(f"{label} {text!r} is not a number")
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValidationError(f"{label} {text} has more decimals than {currency} allows")
    return check_price_minor(label, int(scaled))


def format_price(minor: int, currency: str) -> str:
    """Plain major-unit text without thousands separators, e.g. '1250.50' (CSV, round-trips)."""
    exp = exponent(currency)
    return str(Decimal(minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp)))


def clean_unit(unit: str | None, is_weighed: bool) -> str:
    text = (unit or "").strip().lower()
    if not text:
        return Unit.KILOGRAM.value if is_weighed else Unit.PIECES.value
    if text not in {u.value for u in Unit}:
        raise ValidationError(f"unit {text!r} is not one of pcs, kg")
    if is_weighed and text != Unit.KILOGRAM.value:
        raise ValidationError("a weighed item is sold by the kg (unit kg)")
    return text


def clean_status(status: str | None) -> str:
    text = (status or "").strip().upper() or ProductStatus.ACTIVE.value
    if text not in {s.value for s in ProductStatus}:
        raise ValidationError(f"status {text!r} is not one of ACTIVE, INACTIVE, DRAFT")
    return text


def parse_threshold_milli(text: str | Decimal | None) -> int | None:
    """A low-stock level like '5' or '2.5' (kg) -> thousandths; blank means none."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return to_milli(parse_quantity(text, allow_zero=True))


def parse_bool(label: str, text: str | None) -> bool:
    value = (text or "").strip().lower()
    if value in ("", "0", "false", "no", "n"):
        return False
    if value in ("1", "true", "yes", "y"):
        return True
    raise ValidationError(f"{label} {text!r} is not true/false")


def slugify(name: str) -> str:
    """URL-ish slug that keeps Sinhala/Tamil letters (a category may have no Latin name)."""
    out: list[str] = []
    for ch in nfc(name).casefold():
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:200] or "category"


IMAGES_DIR: Final = "images"


def clean_image_path(path: str) -> str:
    """A product image is stored as ``images/<name>`` relative to the data directory (what
    catalog_admin.import_image returns); anything else (absolute, ``..``) is refused."""
    text = (path or "").strip().replace("\\", "/")
    parts = text.split("/")
    if (
        len(parts) != 2
        or parts[0] != IMAGES_DIR
        or not parts[1]
        or parts[1].startswith(".")
        or len(text) > 500
    ):
        raise ValidationError(f"image {path!r} is not a file in the data folder's images/")
    return text
