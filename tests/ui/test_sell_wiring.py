"""The sell screen inside the real shell: menus and their keys, the customer display, the sync
indicator, reprint, and keys that must not be stolen from a text field."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_desktop.services import till
from pos_desktop.store.models import OutboxEntry
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display import CustomerDisplay
from pos_desktop.ui.held_dialog import HeldDialog
from pos_desktop.ui.help_overlay import ShortcutHelp
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.shortcuts import SELL, SHORTCUTS
from tests.support.terminal import Terminal
from tests.till.sell_helpers import open_till
from tests.till.shop import CARD, build_shop
from tests.ui.conftest import wait_idle


def test_the_app_shell_routes_to_the_sell_screen_and_its_menu_keys_reach_it(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    shop = build_shop(terminal)
    shell = build_shell(ui)
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    ui.set_actor(terminal.cashier)
    screen = shell.show_screen("sell")
    assert isinstance(screen, SellScreen) and screen.objectName() == "screen_sell"
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell)
    screen.scan(shop.soap.barcode or "")
    wait_idle(qtbot, ui)
    QTest.keyClick(screen.table, Qt.Key.Key_F5)  # hold (the sell screen's key)
    wait_idle(qtbot, ui)
    QTest.keyClick(screen.table, Qt.Key.Key_F6)  # held tickets (the shell's menu key)
    wait_idle(qtbot, ui)
    dialog = screen.findChild(HeldDialog)
    assert dialog is not None and dialog.tickets.count() == 1
    dialog.reject()
    shell.activateWindow()  # the offscreen platform has no window manager to do it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell)
    QTest.keyClick(screen.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shell.findChild(ShortcutHelp) is not None)
    overlay = shell.findChild(ShortcutHelp)
    assert overlay is not None
    help_rows = [label for _key, label in overlay.rows()]
    assert all(s.label in help_rows for s in SHORTCUTS if s.scope == SELL)


def test_every_sell_key_of_the_table_is_bound(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal)
    bound = set(t.screen.shortcuts)
    assert bound == {s.id for s in SHORTCUTS if s.scope == SELL}


def test_delete_in_a_text_field_edits_the_text_not_the_sale(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal)
    t.scan(t.shop.soap.barcode or "")
    field = t.screen.search.field
    field.setFocus()
    QTest.keyClicks(field, "abc")
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    t.idle()
    assert field.text() == "bc"
    assert t.rows() == [("Soap bar", "1")]


def test_the_customer_display_follows_the_sale(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal)
    display = CustomerDisplay("S01")
    qtbot.addWidget(display)
    assert display.follow(t.screen)
    t.scan(t.shop.tea.barcode or "")
    t.scan(t.shop.tea.barcode or "")
    t.wait(lambda: display.table.rowCount() == 1)
    name, qty = display.table.item(0, 0), display.table.item(0, 1)
    assert name is not None and name.text() == "තේ කොළ 400g"
    assert qty is not None and qty.text() == "2"
    assert display.total.text().endswith("LKR 900.00")
    dialog = t.open_payment()
    QTest.keyClicks(dialog.amount, "1000")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    assert "Your change LKR 100.00" in display.thanks.text()


def test_a_card_scanned_while_the_customer_dialog_is_open_attaches_and_closes_it(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal)
    t.screen.choose_customer()
    assert t.screen.customer_dialog is not None
    t.scan(CARD)
    t.wait(lambda: t.screen.customer_dialog is None)
    assert t.screen.till.customer is not None


def test_sync_indicator_counts_unacknowledged_outbox_rows(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal)
    with t.term.db.read() as s:
        pending = s.execute(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        ).scalar_one()
    assert t.screen.sync.text() == f"offline · {pending} pending"
    t.scan(t.shop.soap.barcode or "")
    dialog = t.open_payment()
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    t.wait(lambda: t.screen.sync.text() != f"offline · {pending} pending")
    t.screen.sync.refresh()
    t.idle()
    assert till.pending_sync_count(t.term.ctx) > pending
    assert t.screen.sync.text() == f"offline · {till.pending_sync_count(t.term.ctx)} pending"


def test_reprint_last_receipt_queues_a_copy(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal)
    t.scan(t.shop.rice.barcode or "")
    dialog = t.open_payment()
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    dialog.accept()
    before = t.count(PrintJob)
    t.screen.reprint_last()
    t.idle()
    assert t.count(PrintJob) == before + 1
    assert "copy" in t.screen.scan_message.text().lower()


class FakeScanner(QObject):
    """A serial or camera scanner as the sell screen sees one: a ``scanned(code)`` signal."""

    scanned = Signal(str)


def test_scanners_on_ui_hardware_feed_the_sale_only_while_it_is_shown(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    camera, serial = FakeScanner(), FakeScanner()
    ui.hardware = SimpleNamespace(camera_scanner=camera, scanners=[serial])
    t = open_till(ui, qtbot, terminal, extra={"other": lambda _ui, _shell: QWidget()})
    camera.scanned.emit(t.shop.soap.barcode or "")
    serial.scanned.emit(t.shop.soap.barcode or "")
    t.idle()
    assert t.rows() == [("Soap bar", "2")]
    t.shell.show_screen("other")
    serial.scanned.emit(t.shop.soap.barcode or "")  # another screen handles its own scans
    t.idle()
    assert t.rows() == [("Soap bar", "2")]
