"""Screenshots of the Catalog group on the demo store: the product list filtered by a category,
and the product editor on a product with a generated barcode, an image and two variants. Saved
to $POS_SCREENSHOT_DIR when set, else to a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_ADMIN
from pos_desktop.services import catalog_admin
from pos_desktop.services.auth import login_with_password
from pos_desktop.services.catalog_edit import VariantDraft, add_variant, draft_of, update_product
from pos_desktop.store.models.catalog import Category, Product
from pos_desktop.ui.backoffice.catalog_products import ProductsPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save, clipped


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(
        tmp_path, qtbot, DemoOptions(products=400, customers=50, sales_days=1, sales_per_day=5)
    )


def _picture(path: Path) -> Path:
    img = Image.new("RGB", (240, 240), "#f3e9d2")
    draw = ImageDraw.Draw(img)
    draw.rectangle((50, 40, 190, 210), fill="#c0392b", outline="#7b241c", width=6)
    draw.rectangle((70, 90, 170, 150), fill="#fdfefe")
    img.save(path)
    return path


def test_catalog_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    admin = login_with_password(ui.ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
    with ui.ctx.db.read() as s:
        rice = s.execute(select(Category).where(Category.name == "Rice")).scalars().first()
        assert rice is not None
        product = (
            s.execute(select(Product).where(Product.category_id == rice.id).order_by(Product.name))
            .scalars()
            .first()
        )
        assert product is not None
        pid = product.id
    from pos_desktop.services.catalog_edit import get_product

    with ui.ctx.db.read() as s:
        details = get_product(s, pid)
    assert details is not None
    image = catalog_admin.import_image(ui.services.paths.data_dir, _picture(tmp_path / "p.png"))
    code = details.barcode or catalog_admin.generate_barcode(ui.ctx, admin)
    update_product(
        ui.ctx,
        admin,
        pid,
        replace(draft_of(details), barcode=code, images=(image,), tags=("local", "staple")),
    )
    for size, price in (("1 kg", None), ("10 kg", details.price_minor * 9)):
        add_variant(ui.ctx, admin, pid, VariantDraft("Pack", size, price_minor=price))

    shell, screen = open_back_office(qtbot, ui, admin)
    shell.resize(1366, 860)
    page = open_page(qtbot, ui, screen, "catalog.products")
    assert isinstance(page, ProductsPage)
    page.category.setCurrentIndex(page.category.findData(rice.id))
    wait_idle(qtbot, ui)
    assert page.model.rowCount() > 3
    qtbot.wait(50)
    assert clipped(shell) == []
    _save(shell, "backoffice-products.png", tmp_path)

    page.open_editor(pid)
    wait_idle(qtbot, ui)
    editor = page.editor
    editor.resize(1000, 760)
    qtbot.wait(50)
    assert editor.variants.rowCount() == 2 and editor.image_list.count() == 1
    _save(editor, "backoffice-product-editor.png", tmp_path)
