"""The sell screen driven through its real widgets on a real terminal database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services import held_tickets, settings, till
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.sales import HeldTicket
from pos_desktop.ui.approval_dialog import ApprovalDialog
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_dialog import CustomerDialog
from pos_desktop.ui.held_dialog import HeldDialog
from pos_desktop.ui.returns_screen import ReturnsScreen
from pos_desktop.ui.wedge_filter import WedgeFilter
from tests.support.terminal import MANAGER_PIN, Terminal
from tests.till.sell_helpers import Till, open_till
from tests.till.shop import CARD


@pytest.fixture
def t(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> Till:
    return open_till(ui, qtbot, terminal)


def _line_removed_rows(t: Till) -> list[AuditLog]:
    with t.term.db.read() as s:
        return list(
            s.execute(select(AuditLog).where(AuditLog.action == "cart.line_removed")).scalars()
        )


def test_search_as_you_type_then_enter_adds_the_product(t: Till) -> None:
    field = t.screen.search.field
    assert QApplication.focusWidget() is field  # the screen opens ready to search
    QTest.keyClicks(field, "rice")
    t.wait(lambda: t.screen.search.results.isVisible())
    assert t.screen.search.results.item(0).text().startswith("Rice 5kg")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert t.rows() == [("Rice 5kg", "1")]
    assert field.text() == "" and not t.screen.search.results.isVisible()
    assert t.screen.totals.grand.text() == "LKR 1,250.00"


def test_enter_faster_than_the_search_still_adds_the_exact_code(t: Till) -> None:
    field = t.screen.search.field
    QTest.keyClicks(field, "SOAP")
    QTest.keyClick(field, Qt.Key.Key_Return)  # before the debounce timer fired
    t.idle()
    assert t.rows() == [("Soap bar", "1")]


def test_a_search_that_finds_nothing_says_so_without_a_dialog(t: Till) -> None:
    field = t.screen.search.field
    QTest.keyClicks(field, "zzzz")
    QTest.keyClick(field, Qt.Key.Key_Return)
    t.idle()
    assert t.rows() == []
    assert "zzzz" in t.screen.scan_message.text()
    assert QApplication.activeModalWidget() is None


def test_quick_keys_come_from_the_setting(t: Till) -> None:
    settings.set_setting(t.term.ctx, t.term.admin, till.QUICK_KEYS.key, {"skus": ["SOAP", "TEA"]})
    t.screen.on_shown()
    t.idle()
    soap = t.screen.findChild(QPushButton, "quickKey_SOAP")
    assert soap is not None and t.screen.findChild(QPushButton, "quickKey_TEA") is not None
    soap.click()
    soap.click()
    assert t.rows() == [("Soap bar", "2")]


def test_scans_add_lines_and_bad_scans_give_a_message(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    t.scan(t.shop.tea.barcode or "")
    t.scan(t.shop.rice.barcode or "")
    assert t.rows() == [("Rice 5kg", "2"), ("තේ කොළ 400g", "1")]
    t.scan("4796000000008")
    assert "no product has barcode 4796000000008" in t.screen.scan_message.text()
    t.scan("garbage!!")
    assert t.screen.scan_message.isVisible()
    assert QApplication.activeModalWidget() is None
    assert len(t.rows()) == 2


def test_fast_wedge_keystrokes_in_the_quantity_field_become_lines(t: Till) -> None:
    clock = FakeClock()
    wedge = WedgeFilter(clock=clock)
    wedge.install()
    try:
        t.screen.connect_scanner(wedge)
        field = t.screen.quantity
        field.setFocus()
        t.wait(lambda: QApplication.focusWidget() is field)
        for code in (t.shop.rice.barcode, t.shop.soap.barcode, t.shop.tea.barcode):
            for ch in code or "":
                clock.now += 2
                QTest.keyClicks(field, ch)
            clock.now += 2
            QTest.keyClick(field, Qt.Key.Key_Return)
            clock.now += 300
        t.wait(lambda: len(t.rows()) == 3)
        t.idle()
    finally:
        wedge.uninstall()
        wedge.deleteLater()
    assert t.rows() == [("Rice 5kg", "1"), ("Soap bar", "1"), ("තේ කොළ 400g", "1")]
    assert field.text() == ""  # no digit of a scan was left in the quantity field


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_f7_edits_the_quantity_of_the_selected_line(t: Till) -> None:
    t.scan(t.shop.soap.barcode or "")
    t.key(t.screen.table, Qt.Key.Key_F7)
    assert QApplication.focusWidget() is t.screen.quantity
    assert t.screen.quantity.text() == "1"
    t.screen.quantity.selectAll()
    t.type_into(t.screen.quantity, "4")
    assert t.rows() == [("Soap bar", "4")]
    assert t.screen.totals.grand.text() == "LKR 382.00"


def test_a_weighed_product_asks_for_its_weight(t: Till) -> None:
    field = t.screen.search.field
    QTest.keyClicks(field, "DHAL")
    QTest.keyClick(field, Qt.Key.Key_Return)
    t.idle()
    assert QApplication.focusWidget() is t.screen.quantity
    assert t.screen.quantity.text() == "1.000"
    t.screen.quantity.selectAll()
    t.type_into(t.screen.quantity, "0.375")
    assert t.rows() == [("Red dhal", "0.375 kg")]
    assert t.screen.totals.grand.text() == "LKR 180.00"


def test_lowering_a_quantity_is_audited(t: Till) -> None:
    t.screen.quantity.setText("5")  # typed before choosing a product: its quantity
    t.screen.add_product(t.shop.rice)
    assert t.rows() == [("Rice 5kg", "5")]
    t.key(t.screen.table, Qt.Key.Key_F7)
    t.screen.quantity.selectAll()
    t.type_into(t.screen.quantity, "2")
    assert t.rows() == [("Rice 5kg", "2")]
    [row] = _line_removed_rows(t)
    assert row.old_values is not None and row.old_values["quantity_milli"] == 3000


def test_delete_removes_the_line_and_writes_an_audit_row(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    t.scan(t.shop.soap.barcode or "")
    t.screen.select_row(0)
    t.key(t.screen.table, Qt.Key.Key_Delete)
    t.idle()
    assert t.rows() == [("Soap bar", "1")]
    [row] = _line_removed_rows(t)
    assert row.old_values is not None and row.old_values["name"] == "Rice 5kg"
    assert row.user_id == t.term.cashier.user_id


def test_discount_within_the_limit_applies_at_once(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    t.key(t.screen.table, Qt.Key.Key_F8)
    assert QApplication.focusWidget() is t.screen.discount
    t.type_into(t.screen.discount, "10%")
    assert t.screen.totals.grand.text() == "LKR 1,125.00"
    assert t.screen.model.index(0, 4).data() == "-125.00 (10%)"


def test_discount_above_the_limit_asks_a_manager(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    t.key(t.screen.table, Qt.Key.Key_F8)
    t.type_into(t.screen.discount, "250")
    dialog = t.screen.findChild(ApprovalDialog)
    assert dialog is not None and dialog.isVisible()
    reason = dialog.findChild(QLabel, "approvalReason")
    assert reason is not None and "20.00%" in reason.text()
    assert t.screen.totals.grand.text() == "LKR 1,250.00"  # nothing given yet
    QTest.keyClicks(dialog.username, "manager")
    QTest.keyClicks(dialog.pin, MANAGER_PIN)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    t.idle()
    assert t.screen.totals.grand.text() == "LKR 1,000.00"
    assert t.screen.till.approver is not None
    assert t.screen.till.approver.user_id == t.term.manager.user_id


def test_a_loyalty_card_scan_attaches_the_customer_with_points(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    t.scan(CARD)
    text = t.screen.customer_label.text()
    assert "Nimal Perera" in text and "500 points" in text and "redeemable now: 500" in text
    t.screen.detach_button.click()
    assert "No customer" in t.screen.customer_label.text()


def test_customer_search_by_phone_attaches(t: Till) -> None:
    t.key(t.screen.table, Qt.Key.Key_F4)
    dialog = t.screen.customer_dialog
    assert isinstance(dialog, CustomerDialog)
    QTest.keyClicks(dialog.search, "0771234")
    t.wait(lambda: dialog.results.count() == 1)
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    t.idle()
    assert t.screen.till.customer is not None
    assert t.screen.till.customer.id == t.shop.customer_id
    t.wait(lambda: "500 points" in t.screen.customer_label.text())


def test_quick_create_customer(t: Till) -> None:
    t.screen.choose_customer()
    dialog = t.screen.customer_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.new_name, "Sunil Silva")
    QTest.keyClicks(dialog.new_phone, "0719876543")
    dialog.create_button.click()
    t.idle()
    assert t.screen.till.customer is not None and t.screen.till.customer.name == "Sunil Silva"
    assert "Sunil Silva" in t.screen.customer_label.text()


def test_coupon_entry_puts_the_discount_on_the_sale(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    QTest.keyClick(t.screen.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is t.screen.coupon
    t.type_into(t.screen.coupon, "save10")
    assert t.screen.totals.value("coupon") == "-125.00"
    assert t.screen.totals.grand.text() == "LKR 1,125.00"
    t.type_into(t.screen.coupon, "NOPE")
    assert "NOPE" in t.screen.scan_message.text()
    t.screen.coupon_clear.click()
    assert t.screen.totals.grand.text() == "LKR 1,250.00"


def test_hold_and_recall_round_trip(t: Till) -> None:
    t.scan(CARD)
    t.scan(t.shop.rice.barcode or "")
    t.scan(t.shop.tea.barcode or "")
    t.key(t.screen.table, Qt.Key.Key_F5)
    t.idle()
    assert t.rows() == [] and t.screen.till.customer is None
    assert t.count(HeldTicket) == 1
    t.scan(t.shop.soap.barcode or "")  # serve the next customer meanwhile
    dialog = t.screen.show_held_tickets()
    t.idle()
    assert dialog.tickets.count() == 1
    dialog.recall_button.click()
    t.idle()
    assert "finish or hold" in t.screen.scan_message.text()  # the till is not empty
    assert t.count(HeldTicket) == 1  # nothing lost
    t.screen.lines.remove_selected()
    t.idle()
    dialog = t.screen.show_held_tickets()
    t.idle()
    assert isinstance(dialog, HeldDialog)
    QTest.keyClick(dialog.tickets, Qt.Key.Key_Return)
    t.idle()
    assert t.rows() == [("Rice 5kg", "1"), ("තේ කොළ 400g", "1")]
    assert t.screen.till.customer is not None and "Nimal" in t.screen.customer_label.text()
    assert held_tickets.list_held(t.term.ctx, t.term.cashier) == []


def test_void_sale_takes_every_line_off_with_audit(t: Till) -> None:
    t.scan(t.shop.rice.barcode or "")
    t.scan(t.shop.soap.barcode or "")
    cart_id = t.screen.till.cart.cart_id
    QTest.keyClick(t.screen.table, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "sellVoidConfirm"
    box.accept()
    t.idle()
    assert t.rows() == [] and t.screen.till.cart.cart_id != cart_id
    rows = _line_removed_rows(t)
    assert sorted(r.old_values["name"] for r in rows if r.old_values) == ["Rice 5kg", "Soap bar"]
    assert all(r.reason == "sale voided" for r in rows)


def test_scanning_a_receipt_opens_the_return(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal, extra={"returns": ReturnsScreen})
    session = till.TillSession()
    session.add_hit(t.shop.soap)
    sold = session.pay(t.term.ctx, t.term.cashier, [PaymentRequest("CASH", 100_00)])
    t.scan(sold.receipt_number)
    assert t.shell.current_screen is t.shell.existing_screen("returns")


def test_weights_show_three_decimals(t: Till) -> None:
    t.screen.quantity.setText("1.5")
    t.screen.add_product(t.shop.dhal)
    assert t.rows() == [("Red dhal", "1.500 kg")]
    assert t.screen.till.lines[0].quantity == Decimal("1.500")


def test_the_quantity_edit_stays_on_its_line_when_a_scan_lands_meanwhile(t: Till) -> None:
    t.scan(t.shop.soap.barcode or "")
    t.key(t.screen.table, Qt.Key.Key_F7)  # editing the soap line
    t.scan(t.shop.rice.barcode or "")  # a scan selects the new rice line
    t.screen.quantity.selectAll()
    t.type_into(t.screen.quantity, "3")
    assert t.rows() == [("Soap bar", "3"), ("Rice 5kg", "1")]


def test_a_quick_key_after_f7_adds_one_not_the_edited_quantity(t: Till) -> None:
    t.screen.quantity.setText("2")
    t.screen.add_product(t.shop.soap)
    t.key(t.screen.table, Qt.Key.Key_F7)
    assert t.screen.quantity.text() == "2"
    t.screen.add_product(t.shop.rice)
    assert t.rows() == [("Soap bar", "2"), ("Rice 5kg", "1")]
