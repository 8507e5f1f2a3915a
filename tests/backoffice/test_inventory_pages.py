"""A manager works the Inventory pages: warehouses, stock (levels, receive, adjust, transfer,
history) and a stock take from scanning to the exported variance report."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.permissions import Permission
from pos_desktop.services.stock import default_warehouse_id, on_hand_milli, receive_stock
from pos_desktop.services.warehouses import create_warehouse
from pos_desktop.store.models.inventory import StockMovement, Warehouse, WarehouseInventory
from pos_desktop.store.models.stock_take import StockTake
from pos_desktop.ui.backoffice.inventory_stock import StockPage
from pos_desktop.ui.backoffice.inventory_stock_take import StockTakePage
from pos_desktop.ui.backoffice.inventory_warehouses import WarehousesPage
from pos_desktop.ui.backoffice.pages import back_office_pages
from pos_desktop.ui.backoffice.stock_history_dialog import StockHistoryDialog
from pos_desktop.ui.backoffice.stock_move_dialog import StockMoveDialog
from pos_desktop.ui.backoffice.warehouse_dialog import WarehouseDialog
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import open_back_office, open_page
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle


def click(qtbot: QtBot, widget: QPushButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def child_button(page: object, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def on_hand(terminal: Terminal, product_id: str, warehouse_id: str | None = None) -> int:
    with terminal.db.read() as s:
        wid = warehouse_id or default_warehouse_id(s, terminal.ctx.terminal.store_id)
        return on_hand_milli(s, product_id, wid)


def select_sku(qtbot: QtBot, ui: UiContext, page: StockPage, sku: str) -> None:
    page.search.setText(sku)
    page._filter_now()
    wait_idle(qtbot, ui)
    assert [r.sku for r in page.model.rows] == [sku]
    page.view.selectRow(0)


def ok(qtbot: QtBot, ui: UiContext, dialog: StockMoveDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    wait_idle(qtbot, ui)


def test_warehouses_page_creates_renames_and_refuses_clearly(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, monkeypatch: object
) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "inventory.warehouses")
    assert isinstance(page, WarehousesPage)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "MAIN"

    def fill_and_accept(self: WarehouseDialog) -> int:
        self.name.setText("Back room")
        self.code.setText("back")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WarehouseDialog, "exec", fill_and_accept)  # type: ignore[attr-defined]
    click(qtbot, child_button(page, "warehouseNew"))
    wait_idle(qtbot, ui)
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["MAIN", "BACK"]
    page.table.selectRow(0)
    click(qtbot, child_button(page, "warehouseDeactivate"))
    wait_idle(qtbot, ui)
    assert "default warehouse" in page.status.text()
    p = make_product(terminal)
    with terminal.db.read() as s:
        back = s.execute(select(Warehouse.id).where(Warehouse.code == "BACK")).scalar_one()
    receive_stock(terminal.ctx, terminal.manager, p.id, 3, warehouse_id=back)
    page.table.selectRow(1)
    click(qtbot, child_button(page, "warehouseDeactivate"))
    wait_idle(qtbot, ui)
    assert "still holds stock" in page.status.text()


def test_stock_page_levels_receive_adjust_transfer_history(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    tea = make_product(terminal, sku="TEA-100", name="Tea 100g", cost_minor=250_00)
    for n in range(130):  # more than one page
        make_product(terminal, sku=f"ZZ-{n:03d}", name=f"Filler {n}")
    back = create_warehouse(terminal.ctx, terminal.manager, "Back room", "BACK").warehouse_id
    receive_stock(terminal.ctx, terminal.manager, tea.id, 5)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "inventory.stock")
    assert isinstance(page, StockPage)
    assert page.model.rowCount() == 100 and page.model.canFetchMore()
    page.model.fetchMore()
    wait_idle(qtbot, ui)
    assert page.model.rowCount() == 131 and not page.model.canFetchMore()

    select_sku(qtbot, ui, page, "TEA-100")
    # Reorder level and maximum edited in place; a maximum below the level is refused.
    assert page.model.setData(page.model.index(0, 3), "6")
    wait_idle(qtbot, ui)
    assert page.model.rows[0].status.value == "LOW"
    page.model.setData(page.model.index(0, 4), "4")
    wait_idle(qtbot, ui)
    assert "cannot be below the reorder level" in page.status.text()
    page.model.setData(page.model.index(0, 4), "20")
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        levels = s.execute(select(WarehouseInventory)).scalar_one()
    assert (levels.reorder_level_milli, levels.max_level_milli) == (6_000, 20_000)

    # Receive 10 with a cost.
    page.view.selectRow(0)
    page.receive()
    dialog = page.dialog
    assert isinstance(dialog, StockMoveDialog)
    dialog.quantity.setText("10")
    dialog.cost.setText("240.00")
    ok(qtbot, ui, dialog)
    assert on_hand(terminal, tea.id) == 15_000 and "15" in page.status.text()

    # Adjust: refused without a reason (dialog stays open, nothing written), then expired.
    select_sku(qtbot, ui, page, "TEA-100")
    page.adjust()
    dialog = page.dialog
    assert isinstance(dialog, StockMoveDialog)
    dialog.quantity.setText("2")
    ok(qtbot, ui, dialog)
    assert "choose a reason" in dialog.error.text() and dialog.isVisible()
    assert on_hand(terminal, tea.id) == 15_000
    dialog.reason.setCurrentIndex(dialog.reason.findData("expired"))
    ok(qtbot, ui, dialog)
    assert on_hand(terminal, tea.id) == 13_000

    # Transfer 3 to the back room.
    select_sku(qtbot, ui, page, "TEA-100")
    page.transfer()
    dialog = page.dialog
    assert isinstance(dialog, StockMoveDialog)
    dialog.quantity.setText("3")
    dialog.destination.setCurrentIndex(dialog.destination.findData(f"wh:{back}"))
    ok(qtbot, ui, dialog)
    assert on_hand(terminal, tea.id) == 10_000 and on_hand(terminal, tea.id, back) == 3_000

    # History lists every movement with its user.
    select_sku(qtbot, ui, page, "TEA-100")
    page.history()
    wait_idle(qtbot, ui)
    history = page.dialog
    assert isinstance(history, StockHistoryDialog)
    assert history.table.rowCount() == 5  # receive x2, adjust, transfer out and in
    users = {history.table.item(r, 6).text() for r in range(5)}
    assert users == {"Mala Manager"}
    history.reject()

    # The status filter shows what needs attention only.
    page.search.clear()
    page.state.setCurrentIndex(page.state.findData("LOW"))
    wait_idle(qtbot, ui)
    assert [r.sku for r in page.model.rows] == []
    page.state.setCurrentIndex(page.state.findData("OK"))
    wait_idle(qtbot, ui)
    assert "TEA-100" in [r.sku for r in page.model.rows]


def test_stock_take_scan_blind_variance_export_complete(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    tea = make_product(terminal, name="Tea 100g", barcode=ean13(55), cost_minor=100_00)
    rice = make_product(terminal, sku="RICE-5", name="Rice 5kg", cost_minor=1000_00)
    receive_stock(terminal.ctx, terminal.manager, tea.id, 4)
    receive_stock(terminal.ctx, terminal.manager, rice.id, 2)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "inventory.stock_take")
    assert isinstance(page, StockTakePage)
    click(qtbot, child_button(page, "stockTakeStart"))
    wait_idle(qtbot, ui)
    assert page.current() is not None and page.scan.isEnabled()

    # The scanner types the code and Enter (keyboard wedge): three tea packets.
    for _ in range(3):
        qtbot.keyClicks(page.scan, ean13(55))
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
        wait_idle(qtbot, ui)
    page.quantity.setText("3")
    page.replace.setChecked(True)
    qtbot.keyClicks(page.scan, "RICE-5")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    qtbot.keyClicks(page.scan, "NOPE-1")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert "no product" in page.last.text()
    counted = {page.counted.item(r, 0).text(): page.counted.item(r, 2).text() for r in range(2)}
    assert counted == {tea.sku: "3", "RICE-5": "3"}
    assert page.counted.columnCount() == 4  # blind: no expected column while counting

    page.tabs.setCurrentIndex(1)
    wait_idle(qtbot, ui)
    rows = {page.variance.item(r, 0).text(): r for r in range(page.variance.rowCount())}
    assert page.variance.item(rows[tea.sku], 4).text() == "-1"
    assert page.variance.item(rows["RICE-5"], 4).text() == "1"
    assert "difference 900.00" in page.totals.text()
    out = tmp_path / "variance.csv"
    page.export(out)
    wait_idle(qtbot, ui)
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[-1][0] == "TOTAL" and lines[-1][-1] == "900.00"

    click(qtbot, child_button(page, "stockTakeComplete"))
    assert page.confirm.isVisible()
    click(qtbot, child_button(page, "stockTakeConfirmYes"))
    wait_idle(qtbot, ui)
    assert on_hand(terminal, tea.id) == 3_000 and on_hand(terminal, rice.id) == 3_000
    with terminal.db.read() as s:
        assert s.execute(select(StockTake.status)).scalar_one() == "COMPLETED"
        assert (
            len(s.execute(select(StockMovement).where(StockMovement.reason == "count")).all()) == 2
        )
    assert not page.scan.isEnabled()


def test_inventory_pages_are_for_inventory_managers_only(terminal: Terminal) -> None:
    inventory = [p for p in back_office_pages() if p.key.startswith("inventory.")]
    assert {p.key for p in inventory} == {
        "inventory.stock",
        "inventory.stock_take",
        "inventory.warehouses",
    }
    assert all(p.permission is Permission.MANAGE_INVENTORY for p in inventory)
    assert not terminal.cashier.can(Permission.MANAGE_INVENTORY)
