"""Screenshots of the Inventory group on the demo store: the stock list with levels set and
rows needing attention coloured, and a stock take's variance report after some counting.
Saved to $POS_SCREENSHOT_DIR when set, else to a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_ADMIN
from pos_desktop.services.auth import login_with_password
from pos_desktop.services.stock import default_warehouse_id, on_hand_milli
from pos_desktop.services.stock_adjust import adjust_with_reason
from pos_desktop.services.stock_list import set_stock_levels
from pos_desktop.services.stock_take import count_item, start_stock_take
from pos_desktop.store.models.catalog import Category, Product
from pos_desktop.ui.backoffice.inventory_stock import StockPage
from pos_desktop.ui.backoffice.inventory_stock_take import StockTakePage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save, clipped


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(
        tmp_path, qtbot, DemoOptions(products=300, customers=30, sales_days=1, sales_per_day=10)
    )


def test_inventory_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    admin = login_with_password(ui.ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
    with ui.ctx.db.read() as s:
        wh = default_warehouse_id(s, ui.ctx.terminal.store_id)
        products = list(
            s.execute(select(Product).where(Product.deleted_at.is_(None)).order_by(Product.sku))
            .scalars()
            .all()[:18]
        )
        stock = {p.id: on_hand_milli(s, p.id, wh) for p in products}
        category = s.execute(
            select(Category).where(Category.id == products[0].category_id)
        ).scalar_one()
    # Levels on the first page: one low, one over its maximum, one taken negative.
    for n, p in enumerate(products[:10]):
        units = stock[p.id] // 1000
        if n == 1:
            set_stock_levels(ui.ctx, admin, p.id, wh, reorder_level=units + 5, max_level=units + 40)
        elif n == 4:
            set_stock_levels(ui.ctx, admin, p.id, wh, reorder_level=2, max_level=max(units - 5, 2))
        else:
            set_stock_levels(ui.ctx, admin, p.id, wh, reorder_level=5, max_level=units + 50)
    negative = products[6]
    adjust_with_reason(
        ui.ctx, admin, negative.id, -(stock[negative.id] // 1000 + 2), "theft", note="shelf empty"
    )

    shell, screen = open_back_office(qtbot, ui, admin)
    shell.resize(1366, 860)
    page = open_page(qtbot, ui, screen, "inventory.stock")
    assert isinstance(page, StockPage)
    wait_idle(qtbot, ui)
    statuses = {r.status.value for r in page.model.rows[:10]}
    assert {"LOW", "OVER", "NEGATIVE"} <= statuses
    page.view.selectRow(2)
    qtbot.wait(50)
    assert clipped(shell) == []
    _save(shell, "backoffice-stock.png", tmp_path)

    # A stock take of one category with a few counts off by one or two.
    take = start_stock_take(ui.ctx, admin, wh, category_id=category.id).stock_take_id
    with ui.ctx.db.read() as s:
        in_scope = list(
            s.execute(
                select(Product).where(Product.category_id == category.id).order_by(Product.sku)
            )
            .scalars()
            .all()[:8]
        )
    for n, p in enumerate(in_scope):
        with ui.ctx.db.read() as s:
            have = on_hand_milli(s, p.id, wh)
        counted = max(have // 1000 + (0, -1, 0, 2, -3, 0, 1, 0)[n], 0)
        count_item(ui.ctx, admin, take, product_id=p.id, quantity=counted, mode="set")
    page2 = open_page(qtbot, ui, screen, "inventory.stock_take")
    assert isinstance(page2, StockTakePage)
    wait_idle(qtbot, ui)
    page2.tabs.setCurrentIndex(1)
    wait_idle(qtbot, ui)
    assert page2.variance.rowCount() >= len(in_scope)
    page2.variance.resizeColumnsToContents()
    qtbot.wait(50)
    assert clipped(shell) == []
    _save(shell, "backoffice-stock-take.png", tmp_path)
