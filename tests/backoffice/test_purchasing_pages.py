"""Purchasing pages driven like a manager: a supplier made in its dialog, an order built in the
editor (product found by name and by scanned barcode), ordered, received in two deliveries
(the second after an over-receipt is refused then confirmed), and drafts from suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services.stock import default_warehouse_id, on_hand_milli
from pos_desktop.services.stock_list import set_stock_levels
from pos_desktop.store.models.catalog import Product, Supplier
from pos_desktop.store.models.inventory import PurchaseOrder
from pos_desktop.ui.backoffice.po_editor import COL_COST, COL_QTY, PoEditorDialog
from pos_desktop.ui.backoffice.purchase_orders_page import PurchaseOrdersPage
from pos_desktop.ui.backoffice.receive_dialog import ReceiveDialog
from pos_desktop.ui.backoffice.reorder_page import SuggestedOrdersPage
from pos_desktop.ui.backoffice.suppliers_page import SuppliersPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import open_back_office, open_page
from tests.catalog.factory import ean13, make_product
from tests.purchasing.support import supplier
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def stock(terminal: Terminal, product_id: str) -> int:
    with terminal.db.read() as s:
        return on_hand_milli(s, product_id)


def test_suppliers_page_creates_edits_and_deactivates(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "purchasing.suppliers")
    assert isinstance(page, SuppliersPage)
    assert page.table.rowCount() == 0
    dialog = page.new_supplier()
    qtbot.keyClicks(dialog.name, "Ceylon Biscuits Ltd")
    qtbot.keyClicks(dialog.phone, "0771234")  # too short: refused with the reason
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, ui)
    assert "not a Sri Lankan number" in dialog.status.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.phone, "567")
    qtbot.keyClicks(dialog.contact, "Ruwan Jayasuriya")
    dialog.terms.setCurrentText("30 days credit")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, ui)
    assert not dialog.isVisible()
    assert cells(page.table, 0) == ["Ceylon Biscuits Ltd"]
    assert cells(page.table, 2) == ["+94 77 123 4567"]
    assert cells(page.table, 4) == ["30 days credit"]

    page.table.selectRow(0)
    edit = page.edit_selected()
    assert edit is not None and edit.phone.text() == "+94 77 123 4567"
    edit.email.setText("orders@ceylonbiscuits.lk")
    qtbot.mouseClick(edit.save_button, LEFT)
    wait_idle(qtbot, ui)
    assert cells(page.table, 3) == ["orders@ceylonbiscuits.lk"]

    page.table.selectRow(0)
    qtbot.mouseClick(page.active_button, LEFT)
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 0 and "deactivated" in page.status.text()
    page.inactive.setChecked(True)
    wait_idle(qtbot, ui)
    assert cells(page.table, 5) == ["Deactivated"]
    with terminal.db.read() as s:
        [row] = s.execute(select(Supplier)).scalars()
        assert row.phone == "+94771234567" and not row.is_active


def test_order_built_ordered_and_received_in_two_deliveries(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    sid = supplier(terminal, "Lanka Tea Traders")
    tea = make_product(terminal, name="Dilmah Tea 100 bags", cost_minor=52_550).id
    soap = make_product(terminal, name="Lux Soap 100g", barcode=ean13(777), cost_minor=9_000)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "purchasing.orders")
    assert isinstance(page, PurchaseOrdersPage)

    editor = page.new_order()
    assert isinstance(editor, PoEditorDialog)
    wait_idle(qtbot, ui)
    editor.supplier.setCurrentIndex(editor.supplier.findData(sid))
    qtbot.keyClicks(editor.search, "Dilmah")
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    qtbot.keyClicks(editor.search, soap.barcode or "")  # a scanner types the code and Enter
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert cells(editor.table, 0) == ["Dilmah Tea 100 bags", "Lux Soap 100g"]
    assert cells(editor.table, COL_COST) == ["525.50", "90.00"], "costs start at the product's"
    editor.table.item(0, COL_QTY).setText("10")  # type: ignore[union-attr]
    editor.table.item(1, COL_QTY).setText("24")  # type: ignore[union-attr]
    editor.table.item(1, COL_COST).setText("87.50")  # type: ignore[union-attr]
    assert editor.total.text() == "Total LKR 7,355.00"
    qtbot.mouseClick(editor.order_button, LEFT)
    wait_idle(qtbot, ui)
    assert "is ordered" in editor.status.text()
    assert not editor.order_button.isVisible(), "an ordered PO is read-only"
    with terminal.db.read() as s:
        [po] = s.execute(select(PurchaseOrder)).scalars()
    assert (po.status, po.total_minor, po.supplier_id) == ("ORDERED", 735_500, sid)
    editor.accept()
    wait_idle(qtbot, ui)

    assert cells(page.table, 0) == [po.po_number] and cells(page.table, 2) == ["Ordered"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.receive_button, LEFT)
    wait_idle(qtbot, ui)
    receiver = page.receiver
    assert isinstance(receiver, ReceiveDialog)
    receiver.set_quantity(0, "4")
    receiver.set_quantity(1, "0")
    qtbot.mouseClick(receiver.apply_button, LEFT)
    wait_idle(qtbot, ui)
    assert stock(terminal, tea) == 4_000 and stock(terminal, soap.id) == 0
    assert cells(page.table, 2) == ["Partly received"]
    assert "Partly received" in page.status.text()
    assert "Dilmah Tea 100 bags: 4 on hand" in page.status.text()

    page.table.selectRow(0)
    qtbot.mouseClick(page.receive_button, LEFT)
    wait_idle(qtbot, ui)
    second = page.receiver
    assert second is not None and second is not receiver
    assert cells(second.table, 0) == ["Dilmah Tea 100 bags", "Lux Soap 100g"]
    assert cells(second.table, 3) == ["6", "24"]
    second.set_quantity(1, "25")  # one too many
    qtbot.mouseClick(second.apply_button, LEFT)
    wait_idle(qtbot, ui)
    assert "only 24 outstanding" in second.status.text() and second.isVisible()
    assert stock(terminal, soap.id) == 0
    second.set_quantity(1, "24")
    qtbot.mouseClick(second.apply_button, LEFT)
    wait_idle(qtbot, ui)
    assert not second.isVisible()
    assert stock(terminal, tea) == 10_000 and stock(terminal, soap.id) == 24_000
    assert "is now Received" in page.status.text()
    assert "Cost of Lux Soap 100g: 90.00 → 87.50" in page.status.text()
    assert page.table.rowCount() == 0, "a received order leaves the open list"
    page.filter.setCurrentIndex(page.filter.findData("RECEIVED"))
    wait_idle(qtbot, ui)
    assert cells(page.table, 0) == [po.po_number] and cells(page.table, 2) == ["Received"]
    with terminal.db.read() as s:
        assert s.get(PurchaseOrder, po.id).status == "RECEIVED"  # type: ignore[union-attr]
        assert s.get(Product, soap.id).cost_minor == 8_750  # type: ignore[union-attr]

    page.table.selectRow(0)
    assert not page.cancel_button.isEnabled() and not page.receive_button.isEnabled()
    qtbot.mouseClick(page.pdf_button, LEFT)
    wait_idle(qtbot, ui)
    assert page.last_pdf is not None and page.last_pdf.name == f"{po.po_number}.pdf"


def test_cancel_asks_twice(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    from tests.purchasing.support import draft_po

    po = draft_po(
        terminal, supplier(terminal), [(make_product(terminal, cost_minor=100).id, 1, None)]
    )
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "purchasing.orders")
    assert isinstance(page, PurchaseOrdersPage)
    page.table.selectRow(0)
    qtbot.mouseClick(page.cancel_button, LEFT)
    assert po.po_number in page.cancel_button.text()
    qtbot.mouseClick(page.cancel_button, LEFT)
    wait_idle(qtbot, ui)
    assert "Cancelled" in page.status.text() and page.table.rowCount() == 0


def test_suggested_orders_page_makes_drafts(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    sid = supplier(terminal, "Lanka Tea Traders")
    tea = make_product(terminal, name="Dilmah Tea 100 bags", cost_minor=52_550, supplier_id=sid)
    with terminal.db.read() as s:
        wid = default_warehouse_id(s, terminal.ctx.terminal.store_id)
    set_stock_levels(terminal.ctx, terminal.manager, tea.id, wid, reorder_level=5, max_level=30)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "purchasing.suggested")
    assert isinstance(page, SuggestedOrdersPage)
    wait_idle(qtbot, ui)
    top = page.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "Lanka Tea Traders"
    assert top.child(0).text(6) == "30"  # type: ignore[union-attr]
    qtbot.mouseClick(page.create_button, LEFT)
    wait_idle(qtbot, ui)
    assert "PO-" in page.status.text()
    assert page.tree.topLevelItemCount() == 0, "the draft counts as on order"
    with terminal.db.read() as s:
        [po] = s.execute(select(PurchaseOrder)).scalars()
    assert po.status == "DRAFT" and po.total_minor == 30 * 52_550
