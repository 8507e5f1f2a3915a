"""The whole counter flow through real widgets: sign in, open the shift, scan three products as
fast wedge keystrokes while the quantity field has focus, attach the customer by loyalty card,
pay cash with change; the sale is in SQLite and the receipt (with cut and drawer kick) reaches a
network printer on 127.0.0.1."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services.printer_config import save_printer_config
from pos_desktop.store.models.sales import Payment, Sale
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.printing import start_print_worker
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.wedge_filter import WedgeFilter
from tests.printing.conftest import PrinterServer
from tests.support.terminal import CASHIER_PIN, Terminal
from tests.till.shop import CARD, build_shop
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell, sign_in

CUT = b"\x1dV"  # GS V
DRAWER_KICK = b"\x1bp"  # ESC p


class FakeClock:
    """Milliseconds for the wedge decoder, advanced by the test: exact key gaps."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _type(widget: QLineEdit, clock: FakeClock, text: str, gap: float) -> None:
    for ch in text:
        clock.now += gap
        QTest.keyClicks(widget, ch)


def test_sign_in_open_shift_scan_attach_card_pay_cash_and_print(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    shop = build_shop(terminal, open_shift=False)
    printer = PrinterServer().start()
    save_printer_config(terminal.ctx, terminal.admin, printer.config())
    clock = FakeClock()
    wedge = WedgeFilter(clock=clock)
    worker, _bridge = start_print_worker(ui)
    ui.hardware = SimpleNamespace(wedge=wedge, print_worker=worker)
    try:
        shell = make_shell(qtbot, ui)
        shell.activateWindow()
        sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        opening = QApplication.activeModalWidget()
        assert opening is not None and opening.objectName() == "shiftOpenDialog"
        float_edit = opening.findChild(QLineEdit, "openingFloat")
        ok = opening.findChild(QPushButton, "shiftOpenOk")
        assert float_edit is not None and ok is not None
        float_edit.setFocus()
        QTest.keyClicks(float_edit, "5000")
        ok.click()
        qtbot.waitUntil(lambda: isinstance(shell.current_screen, SellScreen))
        screen = shell.current_screen
        assert isinstance(screen, SellScreen)
        wait_idle(qtbot, ui)
        wedge.install()  # from here on key timing tells scans from typing
        shell.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is shell)

        quantity = screen.quantity
        quantity.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is quantity)
        for code in (shop.rice.barcode, shop.soap.barcode, shop.tea.barcode, CARD):
            _type(quantity, clock, code or "", gap=2)  # a scanner: 2 ms between keys
            clock.now += 2
            QTest.keyClick(quantity, Qt.Key.Key_Return)
            clock.now += 300
        qtbot.waitUntil(lambda: len(screen.till.lines) == 3 and screen.till.customer is not None)
        wait_idle(qtbot, ui)
        assert quantity.text() == ""
        assert "Nimal Perera" in screen.customer_label.text()

        QTest.keyClick(screen.table, Qt.Key.Key_F12)
        wait_idle(qtbot, ui)
        payment = screen.payment
        assert payment is not None
        qtbot.waitUntil(lambda: QApplication.activeWindow() is payment)
        _type(payment.amount, clock, "2000", gap=200)  # a person: 200 ms between keys
        clock.now += 200
        QTest.keyClick(payment.amount, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: payment.sale is not None, timeout=10_000)
        wait_idle(qtbot, ui)
        assert payment.done_change.text() == "Change LKR 204.50"
        assert screen.till.is_empty and screen.till.customer is None

        with terminal.db.read() as s:
            sale = s.execute(select(Sale)).scalar_one()
            cash = s.execute(select(Payment).where(Payment.sale_id == sale.id)).scalar_one()
        assert (sale.total_minor, sale.customer_id) == (1795_50, shop.customer_id)
        assert (cash.tendered_minor, cash.change_minor) == (2000_00, 204_50)
        received = b"".join(printer.wait_jobs(2))
        assert CUT in received and DRAWER_KICK in received
        assert sale.receipt_number.encode() in received
        qtbot.waitUntil(lambda: payment.print_status.text() == "Receipt printed.", timeout=10_000)
    finally:
        worker.stop()
        wedge.uninstall()
        printer.stop()
