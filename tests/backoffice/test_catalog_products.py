"""A manager works the catalog in the back office: filter, edit, generate a barcode, variants."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core import barcode as bc
from pos_desktop.services.catalog_refs import create_category
from pos_desktop.store.models.catalog import Category, Product, ProductVariant
from pos_desktop.store.models.system import AuditLog
from pos_desktop.ui.backoffice.catalog_categories import CategoriesPage
from pos_desktop.ui.backoffice.catalog_products import ProductsPage
from pos_desktop.ui.backoffice.product_editor import ProductEditorDialog
from pos_desktop.ui.backoffice.variant_editor import VariantDialog
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import open_back_office, open_page
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle


def _seed(t: Terminal) -> dict[str, str]:
    rice = create_category(t.ctx, t.manager, "Rice").category_id
    ids = {"rice": rice}
    for i in range(30):
        ids[f"p{i}"] = make_product(t, name=f"Canned fish {i:02d}", barcode=ean13(100 + i)).id
    ids["samba"] = make_product(
        t, name="Samba rice 5kg", category_id=rice, price_minor=1250_00, cost_minor=1000_00
    ).id
    ids["red"] = make_product(t, name="Red rice 1kg", category_id=rice, barcode=ean13(7)).id
    return ids


def _save(qtbot: QtBot, ui: UiContext, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)


def test_manager_filters_edits_generates_barcode_and_adds_variant(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    ids = _seed(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.products")
    assert isinstance(page, ProductsPage)
    assert page.model.rowCount() == 32 and page.count.text() == "32 product(s)"

    # Filter by text, then by category (the list answers the latest filter only).
    qtbot.keyClicks(page.search, "samba")
    page.apply_filter()
    wait_idle(qtbot, ui)
    assert [r.name for r in page.model.rows] == ["Samba rice 5kg"]
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData(ids["rice"]))
    wait_idle(qtbot, ui)
    assert [r.name for r in page.model.rows] == ["Red rice 1kg", "Samba rice 5kg"]

    # Open Samba rice, change price and status, generate a barcode, add an image, save.
    page.table.selectRow(1)
    page.edit_selected()
    wait_idle(qtbot, ui)
    editor = page.editor
    assert isinstance(editor, ProductEditorDialog)
    assert editor.name.text() == "Samba rice 5kg" and editor.price.text() == "1250.00"
    editor.price.clear()
    qtbot.keyClicks(editor.price, "950.00")
    assert "below the cost" in editor.price_warning.text()
    editor.price.clear()
    qtbot.keyClicks(editor.price, "1300.00")
    assert editor.price_warning.text() == ""
    editor.status.setCurrentIndex(editor.status.findData("DRAFT"))
    qtbot.mouseClick(editor.generate, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    code = editor.barcode.text()
    assert bc.is_valid_gtin(code) and len(code) == 13
    picture = tmp_path / "rice.png"
    Image.new("RGB", (64, 48), "orange").save(picture)
    editor.add_image_file(picture)
    wait_idle(qtbot, ui)
    assert editor.image_list.count() == 1 and not editor.image_list.item(0).icon().isNull()
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("hello")
    editor.add_image_file(not_a_picture)
    wait_idle(qtbot, ui)
    assert "not an image" in editor.error.text() and editor.image_list.count() == 1
    _save(qtbot, ui, editor.buttons)
    assert editor.result() == ProductEditorDialog.DialogCode.Accepted

    with terminal.db.read() as s:
        row = s.get(Product, ids["samba"])
        assert row is not None
        assert (row.price_minor, row.status, row.barcode) == (1300_00, "DRAFT", code)
        assert len(row.images) == 1 and (ui.services.paths.data_dir / row.images[0]).is_file()
        audit = s.execute(
            select(AuditLog).where(AuditLog.action == "product.price_change")
        ).scalar_one()
        assert audit.resource_id == ids["samba"]
    # The list refreshed on its own (the service's changes reached the page).
    wait_idle(qtbot, ui)
    samba = next(r for r in page.model.rows if r.id == ids["samba"])
    assert (samba.price_minor, samba.status, samba.barcode) == (1300_00, "DRAFT", code)

    # Re-open it and add a variant with its own price and a generated barcode.
    page.open_editor(ids["samba"])
    wait_idle(qtbot, ui)
    editor = page.editor
    assert editor.add_variant.isEnabled()
    editor.open_variant(None)
    dialog = editor.variant_dialog
    assert isinstance(dialog, VariantDialog)
    qtbot.keyClicks(dialog.value, "10 kg")
    qtbot.keyClicks(dialog.sku, "SAMBA-10")
    qtbot.keyClicks(dialog.price, "2500")
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    variant_code = dialog.barcode.text()
    assert bc.is_valid_gtin(variant_code) and variant_code != code
    _save(qtbot, ui, dialog.buttons)
    assert editor.variants.rowCount() == 1
    assert editor.variants.item(0, 1).text() == "10 kg"
    with terminal.db.read() as s:
        variant = s.execute(
            select(ProductVariant).where(ProductVariant.product_id == ids["samba"])
        ).scalar_one()
        assert (variant.value, variant.sku, variant.barcode, variant.price_minor) == (
            "10 kg",
            "SAMBA-10",
            variant_code,
            2500_00,
        )


def test_a_refused_save_shows_why_and_writes_nothing(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    taken = ean13(55)
    make_product(terminal, name="Owner of the code", barcode=taken)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.products")
    assert isinstance(page, ProductsPage)
    page.open_editor(None)
    wait_idle(qtbot, ui)
    editor = page.editor
    qtbot.keyClicks(editor.name, "New soap")
    qtbot.keyClicks(editor.sku, "SOAP-1")
    qtbot.keyClicks(editor.price, "-5")
    _save(qtbot, ui, editor.buttons)
    assert "negative" in editor.error.text()
    editor.price.clear()
    qtbot.keyClicks(editor.price, "120")
    qtbot.keyClicks(editor.barcode, taken)
    _save(qtbot, ui, editor.buttons)
    assert "already used" in editor.error.text()
    with terminal.db.read() as s:
        assert s.execute(select(Product).where(Product.sku == "SOAP-1")).first() is None
    editor.barcode.clear()
    _save(qtbot, ui, editor.buttons)
    with terminal.db.read() as s:
        row = s.execute(select(Product).where(Product.sku == "SOAP-1")).scalar_one()
        assert row.price_minor == 120_00
    wait_idle(qtbot, ui)
    assert any(r.sku == "SOAP-1" for r in page.model.rows)


def test_the_list_fetches_more_as_it_scrolls(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    for i in range(450):
        make_product(terminal, name=f"Item {i:04d}")
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.products")
    assert isinstance(page, ProductsPage)
    model = page.model
    assert model.rowCount() == 200 and model.has_more and model.total == 450
    while model.canFetchMore():
        model.fetchMore()
        wait_idle(qtbot, ui)
    assert model.rowCount() == 450 and not model.has_more
    assert [r.name for r in model.rows] == sorted(r.name for r in model.rows)
    # Sorting by price (header click) starts over from the first page.
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, ui)
    assert model.filter.sort == "price" and model.filter.descending
    assert model.rowCount() == 200


def test_stale_answers_are_dropped(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> None:
    _seed(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.products")
    assert isinstance(page, ProductsPage)
    page.search.setText("canned")
    page.apply_filter()
    page.search.setText("samba")
    page.apply_filter()  # sent before the first answered
    wait_idle(qtbot, ui)
    assert [r.name for r in page.model.rows] == ["Samba rice 5kg"]


def test_categories_page_adds_renames_moves_and_deactivates(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, monkeypatch: object
) -> None:
    ids = _seed(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.categories")
    assert isinstance(page, CategoriesPage)
    rice_item = page.model.item(0)
    assert rice_item.text() == "Rice" and page.model.item(0, 1).text() == "2"

    answers = iter(["Grains", "Staples"])
    page.ask_text = lambda *a, **k: next(answers)  # type: ignore[method-assign]
    page.tree.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # "Grains" under Rice
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        grains = s.execute(select(Category).where(Category.name == "Grains")).scalar_one()
        assert grains.parent_id == ids["rice"]
    page.select(ids["rice"])
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)  # Rice -> Staples
    wait_idle(qtbot, ui)
    # Moving Staples under its own child is refused and shown.
    page.select(ids["rice"])
    page.ask_choice = lambda _t, _l, options: options.index("Grains")  # type: ignore[method-assign]
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert "inside" in page.error.text()
    # Deactivating Grains (no products, no children) works; Staples offers to move products.
    page.select(grains.id)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        row = s.get(Category, grains.id)
        assert row is not None and not row.is_active
        staples = s.get(Category, ids["rice"])
        assert staples is not None and staples.name == "Staples"
    assert "(inactive)" in page.model.item(0).child(0).text()
