"""Back-office catalog rules: generated EAN-13s, status and the till, images, prices, variants."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from pos_desktop.core import barcode as bc
from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.services import catalog_admin as admin
from pos_desktop.services.catalog import lookup_barcode, search_products
from pos_desktop.services.catalog_edit import (
    VariantDraft,
    add_variant,
    draft_of,
    get_product,
    update_product,
)
from pos_desktop.services.scan_resolver import (
    BARCODE_SETTING,
    AddProduct,
    ScanRejected,
    load_barcode_config,
    resolve_scan,
)
from pos_desktop.services.settings import set_setting
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.system import AuditLog
from tests.catalog.factory import draft, ean13, make_product
from tests.support.terminal import Terminal


def _set(t: Terminal, key: str, value: object) -> None:
    set_setting(t.ctx, t.admin, key, value)


# -- EAN-13 generation ------------------------------------------------------------------------


def test_generated_barcode_is_a_valid_in_store_ean13(terminal: Terminal) -> None:
    code = admin.generate_barcode(terminal.ctx, terminal.manager)
    assert len(code) == 13 and bc.is_valid_gtin(code)
    assert code[:2] in admin.IN_STORE_RANGE
    assert code[-1] == str(bc.gtin_check_digit(code[:12]))


def test_generated_barcodes_never_collide_and_scan_as_the_product(terminal: Terminal) -> None:
    codes = []
    for _ in range(5):
        product = make_product(terminal)
        result = admin.assign_generated_barcode(terminal.ctx, terminal.manager, product.id)
        assert result.product.barcode is not None
        codes.append(result.product.barcode)
    assert len(set(codes)) == 5
    with terminal.db.read() as s:
        config = load_barcode_config(s, terminal.ctx)
        for code in codes:
            action = resolve_scan(s, terminal.ctx, code, config)
            assert isinstance(action, AddProduct), action
            assert action.hit.barcode == code


def test_default_scale_prefixes_keep_the_value_field_zero(terminal: Terminal) -> None:
    # Every in-store prefix is a scale layout by default: a generated code has a zero value,
    # which no scale prints, so it can never be a real label.
    code = admin.generate_barcode(terminal.ctx, terminal.manager)
    with pytest.raises(ValidationError) as info:
        bc.parse_scan(code)
    assert info.value.code == bc.SCAN_BAD_VALUE


def test_a_free_in_store_prefix_is_preferred(terminal: Terminal) -> None:
    layouts = {str(p): {"kind": "price"} for p in range(20, 25)}
    _set(terminal, BARCODE_SETTING, {"in_store": layouts})
    code = admin.generate_barcode(terminal.ctx, terminal.manager)
    assert code.startswith("25")
    assert isinstance(bc.parse_scan(code, bc.BarcodeConfig(in_store={})), bc.ProductCode)


def test_gs1_company_prefix_and_uniqueness_against_existing_codes(terminal: Terminal) -> None:
    _set(terminal, admin.BARCODE_PREFIX_SETTING, "4791234")
    taken = bc.make_ean13("479123400001")
    make_product(terminal, barcode=taken)
    code = admin.generate_barcode(terminal.ctx, terminal.manager)
    assert code.startswith("4791234") and code != taken and bc.is_valid_gtin(code)
    assert code == bc.make_ean13("479123400002")


def test_a_variant_barcode_is_also_taken(terminal: Terminal) -> None:
    _set(terminal, admin.BARCODE_PREFIX_SETTING, "4791234")
    product = make_product(terminal)
    add_variant(
        terminal.ctx,
        terminal.manager,
        product.id,
        VariantDraft("Size", "1 kg", barcode=bc.make_ean13("479123400007")),
    )
    assert admin.generate_barcode(terminal.ctx, terminal.manager) == bc.make_ean13("479123400008")


@pytest.mark.parametrize("prefix", ["12", "2012345", "abc123", "9912345", "123456789012"])
def test_bad_barcode_prefix_setting_is_refused(terminal: Terminal, prefix: str) -> None:
    _set(terminal, admin.BARCODE_PREFIX_SETTING, prefix)
    with pytest.raises(ValidationError):
        admin.generate_barcode(terminal.ctx, terminal.manager)


def test_a_cashier_cannot_generate_or_assign(terminal: Terminal) -> None:
    product = make_product(terminal)
    with pytest.raises(PermissionDenied):
        admin.generate_barcode(terminal.ctx, terminal.cashier)
    with pytest.raises(PermissionDenied):
        admin.assign_generated_barcode(terminal.ctx, terminal.cashier, product.id)


def test_assign_refuses_a_product_that_has_a_barcode(terminal: Terminal) -> None:
    product = make_product(terminal, barcode=ean13(42))
    with pytest.raises(ConflictError):
        admin.assign_generated_barcode(terminal.ctx, terminal.manager, product.id)


# -- status and the till ------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["DRAFT", "INACTIVE"])
def test_draft_and_inactive_products_are_not_sellable(terminal: Terminal, status: str) -> None:
    code = ean13(77)
    product = make_product(terminal, barcode=code, name="Kithul treacle")
    update_product(
        terminal.ctx, terminal.manager, product.id, replace(draft_of(product), status=status)
    )
    with terminal.db.read() as s:
        assert lookup_barcode(s, code) is None
        assert search_products(s, "kithul") == []
        action = resolve_scan(s, terminal.ctx, code, load_barcode_config(s, terminal.ctx))
        assert isinstance(action, ScanRejected) and "not for sale" in action.message
    update_product(
        terminal.ctx, terminal.manager, product.id, replace(draft_of(product), status="ACTIVE")
    )
    with terminal.db.read() as s:
        hit = lookup_barcode(s, code)
        assert hit is not None and hit.product_id == product.id


# -- prices ------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["price_minor", "cost_minor"])
def test_negative_money_is_refused_and_nothing_written(terminal: Terminal, field: str) -> None:
    product = make_product(terminal, price_minor=500_00, cost_minor=300_00)
    with terminal.db.read() as s:
        audits = s.execute(select(func.count()).select_from(AuditLog)).scalar_one()
    with pytest.raises(ValidationError):
        update_product(
            terminal.ctx, terminal.manager, product.id, replace(draft_of(product), **{field: -1})
        )
    with terminal.db.read() as s:
        row = s.get(Product, product.id)
        assert row is not None and (row.price_minor, row.cost_minor) == (500_00, 300_00)
        assert s.execute(select(func.count()).select_from(AuditLog)).scalar_one() == audits


def test_price_below_cost_is_a_warning_not_a_refusal(terminal: Terminal) -> None:
    assert admin.price_warnings(100_00, 150_00) == [
        "the price is below the cost: every sale loses money"
    ]
    assert admin.price_warnings(200_00, 150_00) == []
    assert admin.price_warnings(0, None) == ["the price is zero: the product would be given away"]
    product = make_product(terminal, price_minor=200_00, cost_minor=150_00)
    saved = update_product(
        terminal.ctx, terminal.manager, product.id, replace(draft_of(product), price_minor=100_00)
    )
    assert saved.product.price_minor == 100_00


def test_tags_are_trimmed_and_deduplicated() -> None:
    assert admin.parse_tags(" organic, local ,, Organic ") == ("organic", "local")
    with pytest.raises(ValidationError):
        admin.parse_tags("x" * 51)


# -- images ------------------------------------------------------------------------------------


def _png(path: Path, colour: str = "red") -> Path:
    Image.new("RGB", (40, 30), colour).save(path, "PNG")
    return path


def test_image_is_copied_under_its_content_hash(terminal: Terminal, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = admin.import_image(data, _png(tmp_path / "a.png"))
    again = admin.import_image(data, _png(tmp_path / "b.png"))
    other = admin.import_image(data, _png(tmp_path / "c.png", "blue"))
    assert first == again != other
    assert first.startswith("images/") and first.endswith(".png")
    assert (data / first).read_bytes() == (tmp_path / "a.png").read_bytes()
    product = make_product(terminal)
    saved = update_product(
        terminal.ctx,
        terminal.manager,
        product.id,
        replace(draft_of(product), images=(first, other)),
    )
    assert saved.product.images == (first, other)
    # A draft without images (CSV import) leaves them alone.
    kept = update_product(
        terminal.ctx,
        terminal.manager,
        product.id,
        replace(draft_of(saved.product), images=None, name="Renamed"),
    )
    assert kept.product.images == (first, other)


def test_non_images_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    with pytest.raises(ValidationError, match="not an image"):
        admin.import_image(tmp_path / "data", text)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError):
        admin.import_image(tmp_path / "data", empty)
    assert not (tmp_path / "data" / "images").exists() or not any(
        (tmp_path / "data" / "images").iterdir()
    )


@pytest.mark.parametrize("path", ["/etc/passwd", "images/../../x.png", "other/x.png", ""])
def test_image_paths_outside_the_images_folder_are_refused(terminal: Terminal, path: str) -> None:
    product = make_product(terminal)
    with pytest.raises(ValidationError):
        update_product(
            terminal.ctx, terminal.manager, product.id, replace(draft_of(product), images=(path,))
        )


# -- variants ----------------------------------------------------------------------------------


def test_edit_a_variant_price_and_barcode(terminal: Terminal) -> None:
    product = make_product(terminal, price_minor=400_00)
    added = add_variant(terminal.ctx, terminal.manager, product.id, VariantDraft("Size", "1 kg"))
    variant = added.product.variants[0]
    code = ean13(901)
    result = admin.update_variant(
        terminal.ctx,
        terminal.manager,
        variant.id,
        VariantDraft("Size", "2 kg", sku="V-2KG", barcode=code, price_minor=750_00),
    )
    edited = result.product.variants[0]
    assert (edited.value, edited.sku, edited.barcode, edited.price_minor) == (
        "2 kg",
        "V-2KG",
        code,
        750_00,
    )
    with terminal.db.read() as s:
        hit = lookup_barcode(s, code)
        assert hit is not None and hit.price_minor == 750_00
    other = make_product(terminal, barcode=ean13(902))
    with pytest.raises(ConflictError):
        admin.update_variant(
            terminal.ctx,
            terminal.manager,
            variant.id,
            VariantDraft("Size", "2 kg", barcode=other.barcode),
        )
    with pytest.raises(ValidationError):
        admin.update_variant(
            terminal.ctx, terminal.manager, variant.id, VariantDraft("Size", "2 kg", price_minor=-5)
        )
    with terminal.db.read() as s:
        kept = get_product(s, product.id)
        assert kept is not None and kept.variants[0].barcode == code


def test_editor_data_lists_categories_and_tax_classes(terminal: Terminal) -> None:
    product = make_product(terminal, **{"tags": ("a",)})
    data = admin.load_editor(terminal.ctx, product.id)
    assert data.product is not None and data.product.id == product.id
    assert {t.code for t in data.tax_classes} >= {"VAT18", "ZERO", "EXEMPT"}
    assert admin.load_editor(terminal.ctx, None).product is None
    _ = draft  # the factory's builder is used by make_product
