"""What a scan means, on a real terminal database: each action and each refusal."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from pos_desktop.core import barcode as bc
from pos_desktop.core.cart import Cart
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.tax import VAT_18
from pos_desktop.services import scan_resolver as sr
from pos_desktop.services.catalog_edit import (
    ProductDraft,
    VariantDraft,
    add_variant,
    create_product,
    deactivate_product,
)
from pos_desktop.services.checkout import checkout
from pos_desktop.services.customers import CustomerInput, create_customer, update_customer
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import load_sale
from pos_desktop.services.returns import ReturnLine, return_items
from pos_desktop.services.settings import set_setting
from pos_desktop.services.shifts import open_shift
from pos_desktop.services.voids import void_sale
from pos_desktop.store.models.sales import PaymentMethodCode
from tests.support.terminal import Terminal

RICE = bc.make_ean13("479000000001")
UPC = "036000291452"  # a UPC-A as printed in the USA; found under its EAN-13 spelling too
DHAL_EAN = bc.make_ean13("479000000002")
SHIRT_M = bc.make_ean13("479000000003")
OLD = bc.make_ean13("479000000004")
UNKNOWN = bc.make_ean13("479999999999")
CARD = "LC12345678"
BLOCKED_CARD = "LC87654321"
EAN_CARD = bc.make_ean13("990000000012")


@dataclass
class Shop:
    term: Terminal
    ids: dict[str, str]

    def resolve(self, text: Any, config: bc.BarcodeConfig | None = None) -> sr.ScanAction:
        with self.term.db.read() as s:
            cfg = config or sr.load_barcode_config(s, self.term.ctx)
            return sr.resolve_scan(s, self.term.ctx, text, cfg)


def _product(term: Terminal, **fields: Any) -> str:
    return create_product(term.ctx, term.manager, ProductDraft(**fields)).product.id


@pytest.fixture
def shop(terminal: Terminal) -> Iterator[Shop]:
    ids = {
        "rice": _product(terminal, sku="RICE5", name="Rice 5kg", price_minor=1250_00, barcode=RICE),
        "cola": _product(terminal, sku="COLA", name="Cola 355ml", price_minor=150_00, barcode=UPC),
        "dhal": _product(
            terminal,
            sku="DHAL",
            name="Red dhal",
            price_minor=480_00,
            is_weighed=True,
            item_code="12345",
            barcode=DHAL_EAN,
            tax_class_code="EXEMPT",
        ),
        "cake": _product(
            terminal, sku="CAKE", name="Butter cake", price_minor=500_00, item_code="23456"
        ),
        "herbs": _product(
            terminal,
            sku="HERBS",
            name="Loose herbs",
            price_minor=0,
            is_weighed=True,
            item_code="34567",
        ),
        "shelf": _product(terminal, sku="SHELF-01", name="Shelf label item", price_minor=75_00),
        "old": _product(terminal, sku="OLD", name="Old biscuits", price_minor=90_00, barcode=OLD),
        "shirt": _product(terminal, sku="SHIRT", name="T-shirt", price_minor=1500_00),
    }
    add_variant(
        terminal.ctx,
        terminal.manager,
        ids["shirt"],
        VariantDraft(name="size", value="M", barcode=SHIRT_M, price_minor=1600_00),
    )
    deactivate_product(terminal.ctx, terminal.manager, ids["old"])
    nimal = create_customer(
        terminal.ctx, terminal.cashier, CustomerInput(name="Nimal Perera", loyalty_card_number=CARD)
    ).customer
    sunil = create_customer(
        terminal.ctx,
        terminal.cashier,
        CustomerInput(name="Sunil Silva", loyalty_card_number=BLOCKED_CARD),
    ).customer
    update_customer(terminal.ctx, terminal.manager, sunil.id, {"status": "BLOCKED"})
    kumari = create_customer(
        terminal.ctx,
        terminal.cashier,
        CustomerInput(name="Kumari", loyalty_card_number=EAN_CARD),
    ).customer
    ids.update(nimal=nimal.id, sunil=sunil.id, kumari=kumari.id)
    yield Shop(terminal, ids)


def _sell(shop: Shop) -> str:
    term = shop.term
    with term.db.read() as s:
        action = sr.resolve_scan(s, term.ctx, RICE, bc.DEFAULT_BARCODE_CONFIG)
    assert isinstance(action, sr.AddProduct)
    hit = action.hit
    cart = Cart(term.ctx.terminal.currency)
    cart.add_item(
        product_id=hit.product_id,
        name=hit.name,
        unit_price=hit.price,
        tax_class=hit.tax_class(),
        quantity=2,
        barcode=action.barcode,
    )
    result = checkout(
        term.ctx, term.cashier, cart, [PaymentRequest(PaymentMethodCode.CASH, 3000_00)]
    )
    return result.receipt_number


def rejected(action: sr.ScanAction, code: str) -> sr.ScanRejected:
    assert isinstance(action, sr.ScanRejected), action
    assert action.code == code, action
    assert action.message
    return action


# -- products ---------------------------------------------------------------------------------


def test_product_barcode_adds_one(shop: Shop) -> None:
    action = shop.resolve(RICE)
    assert isinstance(action, sr.AddProduct)
    assert action.hit.product_id == shop.ids["rice"] and action.hit.name == "Rice 5kg"
    assert action.quantity == 1 and action.unit_price is None
    assert action.barcode == RICE and action.source == "barcode" and not action.needs_weight


def test_scanner_noise_and_upc_spellings_find_the_same_product(shop: Shop) -> None:
    for text in (f"  {RICE}\r\n", f"]E0{RICE}"):
        action = shop.resolve(text)
        assert isinstance(action, sr.AddProduct) and action.hit.product_id == shop.ids["rice"]
    for text in (UPC, "0" + UPC):
        action = shop.resolve(text)
        assert isinstance(action, sr.AddProduct) and action.hit.product_id == shop.ids["cola"]


def test_variant_barcode_adds_the_variant_at_its_price(shop: Shop) -> None:
    action = shop.resolve(SHIRT_M)
    assert isinstance(action, sr.AddProduct)
    assert action.hit.product_id == shop.ids["shirt"] and action.hit.variant_id is not None
    assert action.hit.price_minor == 1600_00 and action.hit.name == "T-shirt M"


def test_weighed_product_by_its_plain_barcode_needs_a_weight(shop: Shop) -> None:
    action = shop.resolve(DHAL_EAN)
    assert isinstance(action, sr.AddProduct) and action.needs_weight
    assert action.quantity == 1 and action.hit.is_weighed


def test_sku_shelf_label_is_found_exactly(shop: Shop) -> None:
    for text in ("SHELF-01", "shelf-01"):
        action = shop.resolve(text)
        assert isinstance(action, sr.AddProduct) and action.source == "sku"
        assert action.hit.product_id == shop.ids["shelf"]
    rejected(shop.resolve("SHELF"), bc.SCAN_UNKNOWN)  # a prefix of a SKU is not a match


def test_product_scan_is_one_point_lookup(shop: Shop) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    with shop.term.db.read() as s:
        cfg = sr.load_barcode_config(s, shop.term.ctx)
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            action = sr.resolve_scan(s, shop.term.ctx, RICE, cfg)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert isinstance(action, sr.AddProduct)
    assert len(statements) == 1, statements


def test_unknown_and_inactive_products_are_refused(shop: Shop) -> None:
    assert (
        "no product has barcode" in rejected(shop.resolve(UNKNOWN), sr.SCAN_UNKNOWN_PRODUCT).message
    )
    message = rejected(shop.resolve(OLD), sr.SCAN_INACTIVE_PRODUCT).message
    assert "Old biscuits" in message and "not for sale" in message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", bc.SCAN_EMPTY),
        ("   \r\n", bc.SCAN_EMPTY),
        (RICE[:-1] + str((int(RICE[-1]) + 1) % 10), bc.SCAN_CHECK_DIGIT),
        ("47900000001", bc.SCAN_UNKNOWN),  # 11 digits
        ("\x00\x1b[2J", bc.SCAN_GARBAGE),
        ("&é\"'(§è!çà", bc.SCAN_GARBAGE),  # a scanner on the wrong keyboard layout
        ("4" * 60, bc.SCAN_TOO_LONG),
        ("hello", bc.SCAN_UNKNOWN),
        ("S01-T01-12", sr.SCAN_BAD_RECEIPT_NUMBER),  # not a receipt number, not a SKU
    ],
)
def test_malformed_scans_are_refused_with_a_message(shop: Shop, text: str, code: str) -> None:
    rejected(shop.resolve(text), code)


def test_non_text_input_is_refused_not_raised(shop: Shop) -> None:
    rejected(shop.resolve(None), bc.SCAN_GARBAGE)
    rejected(shop.resolve(b"4790000000017"), bc.SCAN_GARBAGE)


# The shop is only read here, so sharing it between generated inputs is safe.
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(max_size=60),
        st.text("0123456789", min_size=8, max_size=14),
        st.from_regex(r"(LC|lc)?[0-9]{6,14}|S0[0-9]-T0[0-9]-[0-9]{4,8}", fullmatch=True),
    )
)
def test_any_text_gives_an_action_never_an_exception(shop: Shop, text: str) -> None:
    action = shop.resolve(text)
    assert isinstance(action, sr.AddProduct | sr.AttachCustomer | sr.OpenReturn | sr.ScanRejected)
    if isinstance(action, sr.ScanRejected):
        assert action.message and action.code and len(action.text) <= 40


# -- scale labels -----------------------------------------------------------------------------


def test_weight_label_is_a_weighed_line_of_that_weight(shop: Shop) -> None:
    label = bc.make_in_store_barcode("25", "12345", Decimal("0.375"))
    action = shop.resolve(label)
    assert isinstance(action, sr.AddProduct) and action.source == "weight_label"
    assert action.hit.product_id == shop.ids["dhal"]
    assert action.quantity == Decimal("0.375") and action.unit_price is None
    assert action.barcode == label and not action.needs_weight


def test_weight_label_on_a_piece_product_is_refused(shop: Shop) -> None:
    label = bc.make_in_store_barcode("25", "23456", Decimal("1.000"))
    assert "by the piece" in rejected(shop.resolve(label), sr.SCAN_WEIGHT_FOR_PIECES).message


def test_price_label_on_a_piece_product_is_one_at_the_label_price(shop: Shop) -> None:
    label = bc.make_in_store_barcode("20", "23456", Money.of("450.00"))
    action = shop.resolve(label)
    assert isinstance(action, sr.AddProduct) and action.source == "price_label"
    assert action.hit.product_id == shop.ids["cake"]
    assert action.quantity == 1 and action.unit_price == Money.of("450.00")


def test_price_label_printed_by_the_scale_gives_weight_at_catalog_price(shop: Shop) -> None:
    label = bc.make_in_store_barcode("20", "12345", Money.of("180.00"))  # 0.375 kg x 480.00
    action = shop.resolve(label)
    assert isinstance(action, sr.AddProduct)
    assert action.quantity == Decimal("0.375") and action.unit_price == Money.of("480.00")


def test_marked_down_price_label_on_a_weighed_item_charges_the_label(shop: Shop) -> None:
    label = bc.make_in_store_barcode("20", "12345", Money.of("150.00"))
    action = shop.resolve(label)
    assert isinstance(action, sr.AddProduct) and action.unit_price is not None
    assert action.quantity == Decimal("0.313")
    cart = Cart("LKR")
    line = cart.add_item(
        product_id=action.hit.product_id,
        name=action.hit.name,
        unit_price=action.unit_price,
        tax_class=VAT_18,
        quantity=action.quantity,
        weighed=True,
    )
    assert line.gross == Money.of("150.00")


def test_price_label_refusals(shop: Shop) -> None:
    no_price = bc.make_in_store_barcode("20", "34567", Money.of("99.00"))
    assert "no price per kg" in rejected(shop.resolve(no_price), sr.SCAN_NO_UNIT_PRICE).message
    unknown = bc.make_in_store_barcode("20", "99999", Money.of("10.00"))
    rejected(shop.resolve(unknown), sr.SCAN_UNKNOWN_ITEM_CODE)
    zero = bc.make_ean13("200000100000")
    rejected(shop.resolve(zero), bc.SCAN_BAD_VALUE)


@settings(max_examples=300, deadline=None)
@given(label=st.integers(1, 9_999_999), per_kg=st.integers(100, 5_000_000))
def test_weighed_price_label_line_charges_the_label(label: int, per_kg: int) -> None:
    quantity, price = sr.weighed_line_for_price(Money(label), Money(per_kg))
    assert quantity >= Decimal("0.001") and quantity == quantity.quantize(Decimal("0.001"))
    cart = Cart("LKR")
    line = cart.add_item(
        product_id="p",
        name="x",
        unit_price=price,
        tax_class=VAT_18,
        quantity=quantity,
        weighed=True,
    )
    if quantity <= 1:
        assert line.gross.minor == label
    else:  # no whole-cent price may hit it: within half a cent per kg, plus rounding
        assert abs(line.gross.minor - label) <= quantity / 2 + Decimal("0.5")
    # A label the scale printed at the catalog price keeps that price.
    scale_label = Money(per_kg).times(quantity)
    if scale_label.minor > 0:
        q2, p2 = sr.weighed_line_for_price(scale_label, Money(per_kg))
        assert (q2, p2) == (quantity, Money(per_kg)) or per_kg < 1000


# -- loyalty cards ----------------------------------------------------------------------------


def test_loyalty_card_attaches_the_customer(shop: Shop) -> None:
    for text in (CARD, CARD.lower()):
        action = shop.resolve(text)
        assert isinstance(action, sr.AttachCustomer)
        assert action.customer.id == shop.ids["nimal"] and action.card_number == CARD
    action = shop.resolve(EAN_CARD)
    assert isinstance(action, sr.AttachCustomer) and action.customer.id == shop.ids["kumari"]


def test_unknown_or_blocked_card_is_refused(shop: Shop) -> None:
    rejected(shop.resolve("LC99999999"), sr.SCAN_UNKNOWN_CARD)
    rejected(shop.resolve(bc.make_ean13("990000000099")), sr.SCAN_UNKNOWN_CARD)
    assert "blocked" in rejected(shop.resolve(BLOCKED_CARD), sr.SCAN_CUSTOMER_BLOCKED).message
    rejected(shop.resolve("LC123"), bc.SCAN_UNKNOWN)  # too few digits


# -- receipts ---------------------------------------------------------------------------------


def test_receipt_barcode_opens_the_return(shop: Shop) -> None:
    open_shift(shop.term.ctx, shop.term.cashier, Money(5000_00))
    number = _sell(shop)
    for text in (number, number.lower(), f" {number}\r"):
        action = shop.resolve(text)
        assert isinstance(action, sr.OpenReturn) and action.receipt_number == number
        with shop.term.db.read() as s:
            assert load_sale(s, number).id == action.sale_id
    rejected(shop.resolve("S01-T01-000999"), sr.SCAN_UNKNOWN_RECEIPT)


def test_receipts_that_cannot_be_returned_against_are_refused(shop: Shop) -> None:
    term = shop.term
    open_shift(term.ctx, term.cashier, Money(5000_00))
    voided = _sell(shop)
    void = void_sale(term.ctx, term.manager, voided, "wrong items")
    rejected(shop.resolve(voided), sr.SCAN_SALE_VOIDED)
    assert "void" in rejected(shop.resolve(void.void_receipt_number), sr.SCAN_NOT_A_SALE).message

    returned = _sell(shop)
    with term.db.read() as s:
        line_id = load_sale(s, returned).lines[0].id
    partial = return_items(
        term.ctx, term.manager, returned, [ReturnLine(line_id, 1)], "CASH", reason="damaged"
    )
    assert isinstance(shop.resolve(returned), sr.OpenReturn)  # one of two left to return
    return_items(term.ctx, term.manager, returned, [ReturnLine(line_id, 1)], "CASH", reason="x")
    rejected(shop.resolve(returned), sr.SCAN_SALE_RETURNED)
    assert (
        "refund"
        in rejected(shop.resolve(partial.return_receipt_number), sr.SCAN_NOT_A_SALE).message
    )


# -- settings ---------------------------------------------------------------------------------


def test_barcode_settings_change_what_a_scan_means(shop: Shop) -> None:
    term = shop.term
    custom = {
        "loyalty_prefix": "MB",
        "loyalty_ean_prefix": None,
        "in_store": {"21": {"kind": "weight", "item_digits": 5, "check_digit": False}},
    }
    set_setting(term.ctx, term.admin, sr.BARCODE_SETTING, custom)
    with term.db.read() as s:
        config = sr.load_barcode_config(s, term.ctx)
    assert config.loyalty_prefix == "MB" and set(config.in_store) == {"21"}
    label = bc.make_in_store_barcode("21", "12345", Decimal("1.250"), config)
    action = shop.resolve(label)
    assert isinstance(action, sr.AddProduct) and action.quantity == Decimal("1.25")
    rejected(shop.resolve(CARD), bc.SCAN_UNKNOWN)  # LC cards are not this shop's any more
    # "99..." is no longer a card: it is an ordinary (unknown) product code.
    rejected(shop.resolve(EAN_CARD), sr.SCAN_UNKNOWN_PRODUCT)


def test_bad_stored_barcode_settings_fall_back_to_the_defaults(shop: Shop) -> None:
    term = shop.term
    set_setting(term.ctx, term.admin, sr.BARCODE_SETTING, {"in_store": {"20": {"kind": "x"}}})
    with term.db.read() as s:
        config = sr.load_barcode_config(s, term.ctx)
    assert config == bc.BarcodeConfig(currency=term.ctx.terminal.currency)
    assert isinstance(shop.resolve(CARD), sr.AttachCustomer)


@pytest.mark.parametrize(
    "data",
    [
        {"colour": "red"},
        {"in_store": []},
        {"in_store": {"20": {"kind": "price", "decimals": "2"}}},
        {"in_store": {"30": {"kind": "price"}}},  # not a GS1 in-store prefix
        {"in_store": {"20": {"kind": "price", "item_digits": 4}}},  # does not fill 13 digits
        {"loyalty_prefix": 7},
        {"loyalty_min_digits": True},
        {"loyalty_ean_prefix": "20"},  # clashes with the price labels
    ],
)
def test_barcode_settings_are_validated(data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        sr.barcode_config_from_dict(data, "LKR")


def test_scanner_settings_keys_are_declared(terminal: Terminal) -> None:
    result = set_setting(
        terminal.ctx, terminal.admin, sr.SCANNER_DEVICES_SETTING, {"wedge": {"max_gap_ms": 40}}
    )
    assert result.value == {"wedge": {"max_gap_ms": 40}}
