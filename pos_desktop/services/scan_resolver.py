"""What a scan means: a product line, a customer's loyalty card, a receipt to return against.

``resolve_scan(session, ctx, text, config)`` classifies the code with ``core.barcode.parse_scan``
and does one indexed point lookup. It never raises for bad scanner input: an unknown product,
card or receipt, a malformed code or scanner garbage is a ``ScanRejected`` with a message the
cashier can read and a ``code`` the UI can react to (sound, field highlight).

Lines from in-store labels (GS1 restricted-circulation EAN-13 printed by a scale):

- weight label (``EmbeddedWeight``): a line of that many kg of the weighed product at its
  catalog price per kg. A weight label on a product sold by the piece is refused (the catalog
  or the scale is set up wrongly; guessing a quantity would sell the wrong amount).
- price label (``EmbeddedPrice``), decided as follows, so the customer always pays what the
  label says:
  * product sold by the piece: quantity 1 at the label price (``unit_price``). This is also how
    a marked-down sticker works.
  * weighed product with a price per kg: quantity = label price / price per kg, rounded half-up
    to the gram, so stock goes down by the weight sold. ``unit_price`` is the catalog price per
    kg when that reproduces the label amount exactly (always the case for a label the scale
    printed at the current price, since the scale rounded weight x price the same way);
    otherwise (an old label, a markdown) it is the per-kg price that reproduces the label amount
    (the nearest one when no whole-cent price can, which only happens above 1 kg and then
    differs by less than half a cent per kg).
  * weighed product without a price per kg: refused (no way to know the weight sold).
- a plain product barcode: quantity 1 (``AddProduct.needs_weight`` tells the sell screen to ask
  for the weight of a weighed product scanned by its plain barcode).

A code that is not a barcode format this shop uses is tried once as an exact SKU (shops print
Code 128 shelf labels of their SKUs) before it is refused.

Settings: ``scanner.barcode`` holds the ``BarcodeConfig`` fields to change (loyalty prefixes,
in-store layouts); ``{}`` means core's defaults. ``scanner.devices`` holds the scanner hardware
set-up parsed by ``hardware.scanners.config.ScannerSettings`` (declared here because only
services register settings).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core import barcode as bc
from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.quantity import MAX_QUANTITY
from pos_desktop.services.catalog import (
    ProductHit,
    lookup_barcode,
    lookup_item_code,
    search_products,
)
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.customers import CustomerView, find_by_card
from pos_desktop.services.receipts import find_sale
from pos_desktop.services.settings import SettingSpec, get_setting, register_setting
from pos_desktop.store.models.catalog import Product, ProductVariant
from pos_desktop.store.models.customers import CustomerStatus
from pos_desktop.store.models.sales import SaleKind, SaleStatus, SaleStatusHistory

log = logging.getLogger(__name__)

BARCODE_SETTING: Final = "scanner.barcode"
SCANNER_DEVICES_SETTING: Final = "scanner.devices"
register_setting(
    SettingSpec(BARCODE_SETTING, dict, {}, description="barcode rules (loyalty, scale labels)")
)
register_setting(
    SettingSpec(SCANNER_DEVICES_SETTING, dict, {}, description="wedge, serial and camera scanner")
)

# Rejection codes beyond core.barcode's SCAN_* (which are passed through unchanged).
SCAN_BAD_RECEIPT_NUMBER: Final = "bad_receipt_number"  # core.receipt_number's code
SCAN_UNKNOWN_PRODUCT: Final = "scan_unknown_product"
SCAN_INACTIVE_PRODUCT: Final = "scan_inactive_product"
SCAN_UNKNOWN_ITEM_CODE: Final = "scan_unknown_item_code"
SCAN_WEIGHT_FOR_PIECES: Final = "scan_weight_for_piece_item"
SCAN_NO_UNIT_PRICE: Final = "scan_no_unit_price"
SCAN_UNKNOWN_CARD: Final = "scan_unknown_card"
SCAN_CUSTOMER_BLOCKED: Final = "scan_customer_blocked"
SCAN_UNKNOWN_RECEIPT: Final = "scan_unknown_receipt"
SCAN_NOT_A_SALE: Final = "scan_not_a_sale"
SCAN_SALE_VOIDED: Final = "scan_sale_voided"
SCAN_SALE_RETURNED: Final = "scan_sale_returned"

_ONE: Final = Decimal(1)
_GRAM: Final = Decimal("0.001")

Source = Literal["barcode", "sku", "weight_label", "price_label"]


@dataclass(frozen=True, slots=True)
class AddProduct:
    """Add ``quantity`` of ``hit`` to the cart. ``unit_price`` is set only for price labels
    (use it instead of ``hit.price``); ``barcode`` is the code to record on the line."""

    hit: ProductHit
    quantity: Decimal
    unit_price: Money | None
    barcode: str
    source: Source

    @property
    def needs_weight(self) -> bool:
        """A weighed product scanned by its plain barcode: ask for the weight."""
        return self.hit.is_weighed and self.source in ("barcode", "sku")


@dataclass(frozen=True, slots=True)
class AttachCustomer:
    customer: CustomerView
    card_number: str


@dataclass(frozen=True, slots=True)
class OpenReturn:
    receipt_number: str
    sale_id: str


@dataclass(frozen=True, slots=True)
class ScanRejected:
    message: str
    code: str
    text: str = ""  # what was scanned (cleaned for display), for logs and the message area


ScanAction = AddProduct | AttachCustomer | OpenReturn | ScanRejected


# -- configuration ----------------------------------------------------------------------------


def _layout(prefix: str, data: Any) -> bc.InStoreLayout:
    if not isinstance(data, Mapping):
        raise ValidationError(f"in-store layout {prefix} must be an object")
    kind = data.get("kind")
    if kind not in (bc.EmbeddedKind.PRICE.value, bc.EmbeddedKind.WEIGHT.value):
        raise ValidationError(f"in-store layout {prefix}: kind must be 'price' or 'weight'")
    fields: dict[str, Any] = {}
    for name in ("decimals", "item_digits", "value_digits"):
        if name in data:
            value = data[name]
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"in-store layout {prefix}: {name} must be a whole number")
            fields[name] = value
    if "decimals" not in fields:
        fields["decimals"] = 2 if kind == "price" else 3
    check = data.get("check_digit", False)
    if not isinstance(check, bool):
        raise ValidationError(f"in-store layout {prefix}: check_digit must be true or false")
    return bc.InStoreLayout(bc.EmbeddedKind(kind), check_digit=check, **fields)


def barcode_config_from_dict(data: Mapping[str, Any] | None, currency: str) -> bc.BarcodeConfig:
    """Build the shop's BarcodeConfig from the ``scanner.barcode`` setting (raises
    ValidationError for a bad value: use it to check an edit before saving it)."""
    data = dict(data or {})
    unknown = set(data) - {
        "in_store",
        "loyalty_prefix",
        "loyalty_min_digits",
        "loyalty_max_digits",
        "loyalty_ean_prefix",
        "max_length",
    }
    if unknown:
        raise ValidationError(f"unknown barcode settings: {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {"currency": currency}
    if "in_store" in data:
        layouts = data.pop("in_store")
        if not isinstance(layouts, Mapping):
            raise ValidationError("in_store must map prefixes to layouts")
        kwargs["in_store"] = {str(p): _layout(str(p), v) for p, v in layouts.items()}
    for name in ("loyalty_min_digits", "loyalty_max_digits", "max_length"):
        if name in data:
            value = data[name]
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"barcode setting {name} must be a whole number")
            kwargs[name] = value
    if "loyalty_prefix" in data:
        if not isinstance(data["loyalty_prefix"], str):
            raise ValidationError("loyalty_prefix must be text")
        kwargs["loyalty_prefix"] = data["loyalty_prefix"]
    if "loyalty_ean_prefix" in data:
        ean = data["loyalty_ean_prefix"]
        if ean is not None and not isinstance(ean, str):
            raise ValidationError("loyalty_ean_prefix must be text or null")
        kwargs["loyalty_ean_prefix"] = ean or None
    return bc.BarcodeConfig(**kwargs)


def load_barcode_config(session: Session, ctx: ServiceContext) -> bc.BarcodeConfig:
    """The BarcodeConfig in force on this terminal. A bad stored value (pulled from HQ, say)
    falls back to the defaults with a warning in the log, so scanning keeps working."""
    raw = get_setting(session, ctx, BARCODE_SETTING)
    currency = ctx.terminal.currency
    try:
        return barcode_config_from_dict(raw, currency)
    except ValidationError as exc:
        log.warning("barcode settings ignored: %s", exc.message)
        return bc.BarcodeConfig(currency=currency)


# -- resolving ---------------------------------------------------------------------------------


def _shown(text: object) -> str:
    """The scan as it may be shown back to the cashier: printable and short."""
    if not isinstance(text, str):
        return ""
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in text.strip())
    return cleaned if len(cleaned) <= 40 else cleaned[:37] + "..."


def _round(value: Decimal) -> Decimal:
    return value.quantize(_ONE, rounding=ROUND_HALF_UP)


def resolve_scan(
    session: Session, ctx: ServiceContext, text: str, config: bc.BarcodeConfig
) -> ScanAction:
    """What ``text`` (one scan, as a scanner or the cashier typed it) asks the till to do."""
    shown = _shown(text)
    at = ctx.clock()  # prices in force now, scheduled price changes included
    try:
        parsed = bc.parse_scan(text, config)
    except ValidationError as exc:
        if exc.code in (bc.SCAN_UNKNOWN, SCAN_BAD_RECEIPT_NUMBER):
            hit = _by_sku(session, text, at)
            if hit is not None:
                return AddProduct(hit, _ONE, None, hit.barcode or "", "sku")
        if exc.code == bc.SCAN_BAD_VALUE and isinstance(text, str):
            # A zero-value code under a scale prefix is never a real label: it is a barcode
            # the back office generated (services.catalog_admin) and is looked up as one.
            code = text.strip()
            if code.isascii() and code.isdigit():
                action = _product(session, code, shown)
                if not (isinstance(action, ScanRejected) and action.code == SCAN_UNKNOWN_PRODUCT):
                    return action
        return ScanRejected(exc.message, exc.code, shown)
    if isinstance(parsed, bc.ProductCode):
        return _product(session, parsed.gtin, shown, at)
    if isinstance(parsed, bc.EmbeddedWeight | bc.EmbeddedPrice):
        return _in_store(session, parsed, shown, at)
    if isinstance(parsed, bc.LoyaltyCard):
        return _customer(session, parsed.card_number, shown)
    return _receipt(session, parsed.receipt_number, shown)


def _by_sku(session: Session, text: str, at: datetime | None = None) -> ProductHit | None:
    """The product whose SKU (or variant SKU) is exactly ``text``, any case. Two index probes;
    only then ``search_products`` for the hit, which stops at its exact-code tier (no FTS)."""
    code = text.strip() if isinstance(text, str) else ""
    if not code or len(code) > 64 or any(not (" " < ch < "\x7f") for ch in code):
        return None
    spellings = (code, code.upper())
    stored = session.execute(
        select(Product.sku).where(Product.sku.in_(spellings), Product.deleted_at.is_(None))
    ).scalar()
    if stored is None:
        stored = session.execute(
            select(ProductVariant.sku).where(ProductVariant.sku.in_(spellings))
        ).scalar()
    if stored is None:
        return None
    for hit in search_products(session, stored, limit=1, at=at):
        if hit.matched_by in ("sku", "variant_sku"):
            return hit
    return None


def _product(session: Session, gtin: str, shown: str, at: datetime | None = None) -> ScanAction:
    hit = lookup_barcode(session, gtin, at=at)
    if hit is not None:
        return AddProduct(hit, _ONE, None, gtin, "barcode")
    inactive = lookup_barcode(session, gtin, include_inactive=True, at=at)
    if inactive is not None:
        return ScanRejected(
            f"{inactive.name} ({gtin}) is not for sale: it is {inactive.status.lower()} in the "
            "catalog",
            SCAN_INACTIVE_PRODUCT,
            shown,
        )
    return ScanRejected(f"no product has barcode {gtin}", SCAN_UNKNOWN_PRODUCT, shown)


def _item_key(item_code: str) -> str | None:
    """The catalog's 5-digit item code for a label's item field of another width."""
    if len(item_code) <= 5:
        return item_code.zfill(5)
    head, tail = item_code[:-5], item_code[-5:]
    return tail if set(head) == {"0"} else None


def _in_store(
    session: Session,
    label: bc.EmbeddedWeight | bc.EmbeddedPrice,
    shown: str,
    at: datetime | None = None,
) -> ScanAction:
    key = _item_key(label.item_code)
    hit = lookup_item_code(session, key, at=at) if key else None
    if hit is None:
        return ScanRejected(
            f"no product has scale item code {label.item_code} (label {label.barcode})",
            SCAN_UNKNOWN_ITEM_CODE,
            shown,
        )
    if isinstance(label, bc.EmbeddedWeight):
        if not hit.is_weighed:
            return ScanRejected(
                f"{hit.name} is sold by the piece but its label carries a weight; "
                "check the product or the scale set-up",
                SCAN_WEIGHT_FOR_PIECES,
                shown,
            )
        return AddProduct(hit, label.quantity, None, label.barcode, "weight_label")
    price = label.price
    if price.currency != hit.currency:
        return ScanRejected(
            f"label {label.barcode} is priced in {price.currency}, the product in {hit.currency}",
            bc.SCAN_BAD_VALUE,
            shown,
        )
    if not hit.is_weighed:
        return AddProduct(hit, _ONE, price, label.barcode, "price_label")
    if hit.price_minor <= 0:
        return ScanRejected(
            f"{hit.name} has no price per kg, so the weight on label {label.barcode} cannot be "
            "worked out; set its price in the catalog",
            SCAN_NO_UNIT_PRICE,
            shown,
        )
    quantity, per_kg = weighed_line_for_price(price, hit.price)
    if quantity > MAX_QUANTITY:
        return ScanRejected(f"label {label.barcode} is too large", bc.SCAN_BAD_VALUE, shown)
    return AddProduct(hit, quantity, per_kg, label.barcode, "price_label")


def weighed_line_for_price(label: Money, per_kg: Money) -> tuple[Decimal, Money]:
    """Quantity (kg, 3 dp) and per-kg price of a weighed line whose amount is the label price.

    quantity = label / per_kg rounded half-up to the gram (at least 1 g). The price is
    ``per_kg`` when per_kg x quantity rounds to the label (a label the scale printed at this
    price), else the whole-cent per-kg price whose amount is nearest the label: exact up to
    1 kg; above, within half a cent per kg (see the module notes).
    """
    if per_kg.minor <= 0 or label.minor <= 0 or label.currency != per_kg.currency:
        raise ValueError("a weighed price label needs a positive price per kg, same currency")
    grams = max(_ONE, _round(Decimal(label.minor) * 1000 / per_kg.minor))

    def amount(price_minor: int) -> Decimal:
        return _round(Decimal(price_minor) * grams / 1000)

    if amount(per_kg.minor) == label.minor:
        return grams * _GRAM, per_kg
    guess = int(_round(Decimal(label.minor) * 1000 / grams))
    candidates = range(max(0, guess - 2), guess + 3)
    best = min(candidates, key=lambda p: (abs(amount(p) - label.minor), abs(p - guess)))
    return grams * _GRAM, Money(best, per_kg.currency)


def _customer(session: Session, card_number: str, shown: str) -> ScanAction:
    customer = find_by_card(session, card_number)
    if customer is None:
        return ScanRejected(f"no customer has loyalty card {card_number}", SCAN_UNKNOWN_CARD, shown)
    if customer.status == CustomerStatus.BLOCKED.value:
        return ScanRejected(
            f"{customer.name}'s account is blocked; ask a manager", SCAN_CUSTOMER_BLOCKED, shown
        )
    return AttachCustomer(customer, card_number)


def _receipt(session: Session, receipt_number: str, shown: str) -> ScanAction:
    try:
        sale = find_sale(session, receipt_number)
    except (NotFoundError, ValidationError):
        return ScanRejected(
            f"no sale with receipt number {receipt_number} on this till",
            SCAN_UNKNOWN_RECEIPT,
            shown,
        )
    if sale.kind != SaleKind.SALE.value:
        what = "refund" if sale.kind == SaleKind.RETURN.value else "void"
        return ScanRejected(
            f"receipt {receipt_number} is a {what}; scan the original sale's receipt",
            SCAN_NOT_A_SALE,
            shown,
        )
    status = session.execute(
        select(SaleStatusHistory.new_status)
        .where(SaleStatusHistory.sale_id == sale.id)
        .order_by(SaleStatusHistory.created_at.desc(), SaleStatusHistory.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    status = status or sale.status
    if status == SaleStatus.VOIDED.value:
        return ScanRejected(f"sale {receipt_number} was voided", SCAN_SALE_VOIDED, shown)
    if status == SaleStatus.RETURNED.value:
        return ScanRejected(
            f"everything on receipt {receipt_number} was already returned",
            SCAN_SALE_RETURNED,
            shown,
        )
    return OpenReturn(sale.receipt_number, sale.id)
