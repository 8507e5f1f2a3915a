"""The managers' sync inbox: a quarantined entry, a negative-stock alert, a negative balance and
a merge through the customers service; "Sync now"; cashiers cannot open it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from pos_desktop.store.models.customers import Customer
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.sync_inbox import SyncInboxScreen
from tests.support.terminal import Terminal
from tests.sync_inbox.helpers import ack_all, make_duplicates, overspend, quarantine, sell
from tests.till.shop import build_shop
from tests.ui.conftest import wait_idle
from tests.ui.sync_fakes import Workers, started_controller
from tests.ui.till_flows import make_shell


def _open(qtbot: QtBot, ui: UiContext, shell: Shell) -> SyncInboxScreen:
    action = shell.findChild(QAction, "sync.inbox")
    assert action is not None and action.isVisible()
    action.trigger()
    wait_idle(qtbot, ui)
    screen = shell.current_screen
    assert isinstance(screen, SyncInboxScreen)
    return screen


def _cells(table: QTableWidget, row: int) -> list[str]:
    items = [table.item(row, c) for c in range(table.columnCount())]
    return [item.text() if item is not None else "" for item in items]


def test_inbox_lists_quarantine_alert_balance_and_merges(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shop = build_shop(terminal)
    ack_all(terminal)
    refused = sell(shop)  # stock was never received: a NEGATIVE stock alert too
    quarantine(terminal, refused.sale_id, "receipt number already used at HQ")
    overspend(terminal, shop.customer_id, local=-120, hq=-80)
    older, newer = make_duplicates(terminal)

    workers = Workers()
    started_controller(qtbot, ui, workers)
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.manager)
    screen = _open(qtbot, ui, shell)

    assert screen.tabs.tabText(0) == "Refused by HQ (1)"
    row = _cells(screen.quarantined, 0)
    assert row[2] == "sales (insert)"
    assert row[3] == refused.receipt_number
    assert row[4] == "receipt number already used at HQ"

    assert screen.tabs.tabText(1) == "Alerts (1)"
    alert = _cells(screen.alerts, 0)
    assert alert[1].startswith("Negative stock")
    assert alert[2] == "Negative stock: Soap bar"

    assert screen.tabs.tabText(2) == "Negative points (1)"
    assert _cells(screen.balances, 0) == ["Nimal Perera", "0771234567", "-120", "-80"]

    assert screen.tabs.tabText(3) == "Possible duplicates (1)"
    group = screen.duplicates.topLevelItem(0)
    assert group is not None and group.childCount() == 2
    assert group.text(0) == "Same phone +94719876543"
    keep = group.child(1)  # keep the newer one (it has the e-mail)
    assert keep is not None and keep.text(0) == "Sunil S."
    screen.duplicates.setCurrentItem(keep)
    screen.merge_reason.setText("same mobile, same address")
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        loser = s.get(Customer, older)
        assert loser is not None and loser.merged_into_id == newer
    qtbot.waitUntil(lambda: screen.tabs.tabText(3) == "Possible duplicates (0)", timeout=5_000)

    # Marking the alert read keeps it listed (the inbox is a to-do list), without the dot.
    screen.tabs.setCurrentIndex(1)
    screen.alerts.selectRow(0)
    qtbot.mouseClick(screen.mark_read_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: not _cells(screen.alerts, 0)[1].endswith("•"), timeout=5_000)

    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert workers.worker.rounds == 1
    assert "Sync: online" in screen.status_label.text()


def test_keeping_a_group_keeps_its_oldest_customer(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    older, newer = make_duplicates(terminal)
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.admin)
    screen = _open(qtbot, ui, shell)
    assert screen.status_label.text() == "Sync is not running in this app."
    group = screen.duplicates.topLevelItem(0)
    assert group is not None
    screen.duplicates.setCurrentItem(group)
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        loser = s.get(Customer, newer)
        assert loser is not None and loser.merged_into_id == older


def test_a_cashier_cannot_open_the_inbox(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    make_duplicates(terminal)
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    action = shell.findChild(QAction, "sync.inbox")
    assert action is not None
    assert not action.isVisible() and not action.isEnabled()
    messages: list[str] = []
    ui.message.connect(lambda _level, text: messages.append(text))
    shell.show_screen("sync_inbox")  # even when reached some other way
    wait_idle(qtbot, ui)
    screen = shell.existing_screen("sync_inbox")
    assert isinstance(screen, SyncInboxScreen)
    assert shell.current_screen is not screen
    assert screen.inbox is None  # nothing was loaded
    assert screen.duplicates.topLevelItemCount() == 0
    assert "Only managers can open the sync inbox." in messages
