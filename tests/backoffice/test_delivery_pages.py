"""Delivery pages driven like a manager: an order taken in the editor (product found by name,
then by a scanned barcode), walked through its statuses with the only buttons the page offers,
given to a courier, delivered, its COD settled and its delivery note printed; found again by
its tracking number; couriers made and retired in their page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services.stock import on_hand_milli
from pos_desktop.store.models.delivery import Courier, Order, OrderPayment
from pos_desktop.ui.backoffice.delivery_couriers_page import CouriersPage
from pos_desktop.ui.backoffice.delivery_order_editor import OrderEditorDialog
from pos_desktop.ui.backoffice.delivery_orders_page import DeliveryOrdersPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import open_back_office, open_page
from tests.delivery.conftest import build_shop
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def steps(page: DeliveryOrdersPage) -> list[str]:
    return [b.text() for b in page.panel.step_buttons.values()]


def click_step(qtbot: QtBot, ui: UiContext, page: DeliveryOrdersPage, status: str) -> None:
    qtbot.mouseClick(page.panel.step_buttons[status], LEFT)  # type: ignore[index]
    wait_idle(qtbot, ui)


def test_an_order_from_taking_to_settled_cod(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shop = build_shop(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "delivery.orders")
    assert isinstance(page, DeliveryOrdersPage)
    assert page.table.rowCount() == 0

    editor = page.new_order()
    assert isinstance(editor, OrderEditorDialog)
    qtbot.keyClicks(editor.name, "Nimal Perera")
    qtbot.keyClicks(editor.phone, "077 123 4567")
    qtbot.keyClicks(editor.line1, "No. 42, Galle Road")
    qtbot.keyClicks(editor.city, "Colombo 03")
    qtbot.keyClicks(editor.fee, "350")
    qtbot.keyClicks(editor.quantity, "2")
    qtbot.keyClicks(editor.search, "Keeri")
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    qtbot.keyClicks(editor.search, "TEA400")  # the SKU, as a scanner would type it
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert cells(editor.table, 0) == ["Keeri Samba 5kg", "Dilmah Tea 400g"]
    assert cells(editor.table, 1) == ["2", "1"]
    assert editor.total.text() == "Goods 3,140.00 + delivery 350.00 = 3,490.00"
    qtbot.mouseClick(editor.save_button, LEFT)
    wait_idle(qtbot, ui)
    assert not editor.isVisible()
    with terminal.db.read() as s:
        [order] = s.execute(select(Order)).scalars()
    assert (order.order_number, order.total_minor, order.cod_amount_minor) == (
        "10001",
        3490_00,
        3490_00,
    )
    assert "Order 10001 taken" in page.status.text()
    assert cells(page.table, 0) == ["10001"] and cells(page.table, 1) == ["Pending"]
    assert page.panel.detail is not None and page.panel.detail.id == order.id
    assert steps(page) == ["Confirm", "Cancel order"], "only the legal next steps"

    for status in ("CONFIRMED", "PROCESSING", "PACKED"):
        click_step(qtbot, ui, page, status)
    with terminal.db.read() as s:
        assert on_hand_milli(s, shop.rice) == 48_000  # the goods left when packed
    assert steps(page) == ["Out for delivery", "Cancel order"]
    click_step(qtbot, ui, page, "OUT_FOR_DELIVERY")
    assert "assign a courier" in page.panel.status.text()

    page.panel.courier.setCurrentIndex(page.panel.courier.findData(shop.courier))
    qtbot.keyClicks(page.panel.note, "Call before coming")
    qtbot.mouseClick(page.panel.assign_button, LEFT)
    wait_idle(qtbot, ui)
    detail = page.panel.detail
    assert detail is not None and detail.active_delivery is not None
    tracking = detail.active_delivery.tracking_number
    assert tracking.startswith("TRK1") and tracking in page.panel.delivery.text()
    assert not page.panel.assign_button.isEnabled()
    click_step(qtbot, ui, page, "OUT_FOR_DELIVERY")
    click_step(qtbot, ui, page, "DELIVERED")
    assert steps(page) == [] and cells(page.table, 1) == ["Delivered"]
    assert page.panel.settle_button.isEnabled()
    assert page.panel.cash.text() == "3,490.00"
    qtbot.mouseClick(page.panel.settle_button, LEFT)
    wait_idle(qtbot, ui)
    assert "Settled 3,490.00" in page.panel.status.text()
    assert not page.panel.settle_button.isEnabled()
    with terminal.db.read() as s:
        [paid] = s.execute(select(OrderPayment)).scalars()
    assert (paid.method, paid.amount_minor) == ("COD", 3490_00)
    history = [page.panel.history.item(i).text() for i in range(page.panel.history.count())]
    assert sum("Mala Manager" in h for h in history) == 6
    assert any(f"{tracking}: Delivered" in h for h in history)

    qtbot.mouseClick(page.panel.print_button, LEFT)
    wait_idle(qtbot, ui)
    assert page.panel.last_pdf is not None and page.panel.last_pdf.exists()

    # Found again by its tracking number typed in lower case.
    shop.order(customer_name="Fathima Rizwan", customer_phone="0759876543")
    page.reload()
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 2
    qtbot.keyClicks(page.search, tracking.lower())
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    wait_idle(qtbot, ui)
    assert cells(page.table, 0) == ["10001"] and cells(page.table, 5) == [tracking]
    page.search.clear()
    page.filter.setCurrentIndex(page.filter.findData("PENDING"))
    wait_idle(qtbot, ui)
    assert cells(page.table, 0) == ["10002"]
    assert page.filter.currentText() == "Pending (1)"


def test_a_cancel_needs_its_reason_and_brings_the_goods_back(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shop = build_shop(terminal)
    made = shop.order()
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "delivery.orders")
    assert isinstance(page, DeliveryOrdersPage)
    page.select(made.order_id)
    wait_idle(qtbot, ui)
    for status in ("CONFIRMED", "PROCESSING", "PACKED"):
        click_step(qtbot, ui, page, status)
    click_step(qtbot, ui, page, "CANCELLED")
    assert "say why" in page.panel.status.text()
    qtbot.keyClicks(page.panel.note, "Customer not answering")
    click_step(qtbot, ui, page, "CANCELLED")
    assert cells(page.table, 1) == ["Cancelled"]
    with terminal.db.read() as s:
        assert on_hand_milli(s, shop.rice) == 50_000


def test_couriers_page_creates_and_retires_a_courier(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "delivery.couriers")
    assert isinstance(page, CouriersPage)
    qtbot.keyClicks(page.name, "Suresh Three-Wheel")
    qtbot.keyClicks(page.phone, "0714445566")
    page.vehicle.setCurrentText("three-wheeler")
    qtbot.mouseClick(page.save_button, LEFT)
    wait_idle(qtbot, ui)
    assert cells(page.table, 0) == ["Suresh Three-Wheel"]
    assert cells(page.table, 1) == ["+94 71 444 5566"] and cells(page.table, 3) == ["Available"]
    page.table.selectRow(0)
    page.active.setChecked(False)
    qtbot.mouseClick(page.save_button, LEFT)
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 0
    page.show_inactive.setChecked(True)
    wait_idle(qtbot, ui)
    assert cells(page.table, 3) == ["Available (inactive)"]
    with terminal.db.read() as s:
        [row] = s.execute(select(Courier)).scalars()
    assert not row.is_active and row.vehicle_type == "three-wheeler"
