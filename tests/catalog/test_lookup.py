"""Barcode and item-code look-ups: what a scan finds, and what it must not."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.catalog import (
    VariantDraft,
    add_variant,
    deactivate_product,
    list_tax_classes,
    lookup_barcode,
    lookup_item_code,
)
from pos_desktop.store.models.inventory import Warehouse
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal


def test_setup_seeds_tax_classes_and_a_default_warehouse(terminal: Terminal) -> None:
    ident = terminal.ctx.terminal
    with terminal.db.read() as s:
        classes = {t.code: t for t in list_tax_classes(s, ident.organization_id)}
        warehouses = s.execute(select(Warehouse)).scalars().all()
    assert set(classes) == {"VAT18", "ZERO", "EXEMPT"}
    assert classes["VAT18"].rate == Decimal("0.18")
    assert classes["ZERO"].rate == 0 and not classes["ZERO"].is_exempt
    assert classes["EXEMPT"].rate == 0 and classes["EXEMPT"].is_exempt
    assert [(w.store_id, w.is_default) for w in warehouses] == [(ident.store_id, True)]


def test_lookup_barcode_returns_what_a_cart_line_needs(terminal: Terminal) -> None:
    p = make_product(
        terminal, name="Anchor Milk Powder 400g", barcode=ean13(1), price_minor=125_050
    )
    with terminal.db.read() as s:
        hit = lookup_barcode(s, ean13(1))
    assert hit is not None
    assert (hit.product_id, hit.variant_id, hit.name, hit.sku) == (p.id, None, p.name, p.sku)
    assert (hit.price_minor, hit.currency, hit.unit, hit.is_weighed) == (
        125_050,
        "LKR",
        "pcs",
        False,
    )
    assert (hit.tax_code, hit.tax_name, hit.tax_rate) == ("VAT18", "VAT 18%", Decimal("0.18"))
    assert hit.matched_by == "barcode"
    assert hit.tax_class().rate == Decimal("0.18")
    assert str(hit.price) == "LKR 1,250.50"


def test_upc_a_and_its_ean13_form_find_the_same_product(terminal: Terminal) -> None:
    upc = "036000291452"  # a real UPC-A
    p = make_product(terminal, barcode=upc)
    with terminal.db.read() as s:
        by_upc = lookup_barcode(s, upc)
        by_ean = lookup_barcode(s, "0" + upc)
    assert by_upc is not None and by_ean is not None
    assert by_upc.product_id == by_ean.product_id == p.id


def test_variant_barcode_gives_the_variant_with_its_price(terminal: Terminal) -> None:
    p = make_product(terminal, name="Coca-Cola", barcode=ean13(2), price_minor=20_000)
    add_variant(
        terminal.ctx,
        terminal.manager,
        p.id,
        VariantDraft("Size", "1.5 L", sku="COKE-15", barcode=ean13(3), price_minor=45_000),
    )
    add_variant(
        terminal.ctx, terminal.manager, p.id, VariantDraft("Size", "500 ml", barcode=ean13(4))
    )
    with terminal.db.read() as s:
        big = lookup_barcode(s, ean13(3))
        small = lookup_barcode(s, ean13(4))
    assert big is not None and small is not None
    assert big.product_id == p.id and big.variant_id is not None
    assert (big.name, big.sku, big.price_minor, big.matched_by) == (
        "Coca-Cola 1.5 L",
        "COKE-15",
        45_000,
        "variant_barcode",
    )
    assert (small.sku, small.price_minor) == (p.sku, 20_000)  # falls back to the product's


def test_item_code_finds_weighed_products(terminal: Terminal) -> None:
    p = make_product(
        terminal, name="Carrots", is_weighed=True, item_code="10001", price_minor=48_000
    )
    with terminal.db.read() as s:
        hit = lookup_item_code(s, "10001")
        via_scan = lookup_barcode(s, "10001")
        assert lookup_item_code(s, "1000") is None
        assert lookup_item_code(s, "abcde") is None
    assert hit is not None and via_scan is not None
    assert hit.product_id == via_scan.product_id == p.id
    assert (hit.unit, hit.is_weighed, hit.matched_by) == ("kg", True, "item_code")


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "   ",
        "4791234567890",
        "479000000001X",
        "abc",
        "'; DROP TABLE products; --",
        "1" * 40,
        "０１２",
    ],
)
def test_unknown_and_malformed_codes_find_nothing(terminal: Terminal, garbage: str) -> None:
    make_product(terminal, barcode=ean13(5))
    with terminal.db.read() as s:
        assert lookup_barcode(s, garbage) is None


def test_inactive_products_do_not_scan_unless_asked(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(6))
    deactivate_product(terminal.ctx, terminal.manager, p.id, reason="discontinued")
    with terminal.db.read() as s:
        assert lookup_barcode(s, ean13(6)) is None
        hit = lookup_barcode(s, ean13(6), include_inactive=True)
    assert hit is not None and hit.status == "INACTIVE"


def test_hit_without_tax_class_refuses_to_guess(terminal: Terminal) -> None:
    from pos_desktop.store.models.catalog import Product

    p = make_product(terminal, barcode=ean13(7))
    with terminal.db.uow() as uow:
        row = uow.session.get(Product, p.id)
        assert row is not None
        row.tax_class_id = None
        uow.commit()
    with terminal.db.read() as s:
        hit = lookup_barcode(s, ean13(7))
    assert hit is not None and hit.tax_rate is None
    with pytest.raises(ValidationError):
        hit.tax_class()
