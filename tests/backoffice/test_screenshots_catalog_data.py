"""Screenshots of the catalog data pages on the demo store: the import preview of a file with
new, changed, unchanged and broken rows, and the scheduled price changes (upcoming, in force,
replaced, cancelled). Saved to $POS_SCREENSHOT_DIR when set, else to a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.barcode import gtin_check_digit
from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_ADMIN
from pos_desktop.services import products_csv
from pos_desktop.services.auth import login_with_password
from pos_desktop.services.loyalty_policy import store_today
from pos_desktop.services.scheduled_prices import cancel_scheduled_price, schedule_price
from pos_desktop.store.models.catalog import Product
from pos_desktop.ui.backoffice.import_page import ImportPage
from pos_desktop.ui.backoffice.price_changes_page import PriceChangesPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save, clipped

RED_RICE = "479123456780" + str(gtin_check_digit("479123456780"))


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(
        tmp_path, qtbot, DemoOptions(products=400, customers=20, sales_days=1, sales_per_day=3)
    )


def _products(ui: UiContext, count: int) -> list[Product]:
    with ui.ctx.db.read() as s:
        rows = s.execute(
            select(Product)
            .where(Product.status == "ACTIVE", Product.is_weighed.is_(False))
            .order_by(Product.name)
            .limit(count)
        ).scalars()
        return list(rows)


def test_catalog_data_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    admin = login_with_password(ui.ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
    products = _products(ui, 12)
    now = ui.ctx.clock()
    # The store's next midnight (naive times are the store's, not the computer's).
    local_midnight = datetime.combine(store_today(ui.ctx) + timedelta(days=1), time(0))
    # Past changes: scheduled ten days ago (a clock set back), some since replaced.
    earlier = replace(ui.ctx, clock=lambda: now - timedelta(days=10))
    for p, pct, days in ((products[0], 105, 7), (products[0], 110, 3), (products[1], 95, 5)):
        schedule_price(
            earlier,
            admin,
            p.id,
            p.price_minor * pct // 100,
            local_midnight - timedelta(days=days + 1),
            note="supplier price list",
        )
    notes = ("new supplier price list", "Avurudu offer", "", "weekend promotion")
    for i, p in enumerate(products[2:8]):
        result = schedule_price(
            ui.ctx,
            admin,
            p.id,
            p.price_minor * (90 + 5 * (i % 4)) // 100,
            local_midnight + timedelta(days=i * 2),
            note=notes[i % len(notes)] or None,
        )
        if i == 5:
            cancel_scheduled_price(ui.ctx, admin, result.schedule.id, "supplier kept the price")

    shell, screen = open_back_office(qtbot, ui, admin)
    shell.resize(1366, 860)
    page = open_page(qtbot, ui, screen, "catalog.price_changes")
    assert isinstance(page, PriceChangesPage)
    page.which.setCurrentIndex(page.which.findData("all"))
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 9
    qtbot.wait(50)
    assert clipped(shell) == []
    _save(shell, "backoffice-price-changes.png", tmp_path)

    changed, same = products[8], products[9]
    fmt = products_csv.rules.format_price
    lines = [
        "sku,name,price,barcode,category,tax_class",
        f"{changed.sku},{changed.name},{fmt(changed.price_minor + 2500, 'LKR')},"
        f"{changed.barcode or ''},,VAT18",
        f"{same.sku},{same.name},{fmt(same.price_minor, 'LKR')},{same.barcode or ''},,VAT18",
        "NEW-0001,Kithul treacle 750 ml,1450.00,,Grocery > Sweeteners,VAT18",
        "NEW-0002,කිතුල් පැණි 350ml,890.00,,Grocery > Sweeteners,VAT18",
        "NEW-0003,நல்லெண்ணெய் 500ml,1275.00,,Grocery > Oils,VAT18",
        "NEW-0004,Coconut oil 1 l,-650.00,,Grocery > Oils,VAT18",
        f"NEW-0005,Red rice 5 kg,1890.00,{RED_RICE},Rice,VAT18",
        "NEW-0001,Kithul treacle 375 ml,790.00,,Grocery > Sweeteners,VAT18",
        "NEW-0006,Papadam 100 g,95.00,47912ABC,,VAT18",
        "NEW-0007,Samba rice 10 kg,3650.00,,Rice,GST",
    ]
    # A category column left out of the existing rows would read as "no category": keep it.
    with ui.ctx.db.read() as s:
        paths = products_csv._category_paths(s, ui.ctx.terminal.organization_id)
    lines[1] = lines[1].replace(",,VAT18", f",{paths.get(changed.category_id or '', '')},VAT18")
    lines[2] = lines[2].replace(",,VAT18", f",{paths.get(same.category_id or '', '')},VAT18")
    path = tmp_path / "supplier-products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = open_page(qtbot, ui, screen, "catalog.import")
    assert isinstance(page, ImportPage)
    page.load_file(path)
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 10
    assert page.preview is not None and page.preview.error_rows == 4
    qtbot.wait(50)
    assert clipped(shell) == []
    _save(shell, "backoffice-import-preview.png", tmp_path)
