"""Signing out and closing a shift warn when sales have not reached HQ yet, only on an enrolled
terminal and only with unsynced sales; Cancel keeps everything as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_desktop.store.models.shifts import ShiftClosing
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shift_close_screen import ShiftCloseScreen
from pos_desktop.ui.unsynced_warning import WARNING_NAME, warning_text
from tests.support.terminal import Terminal
from tests.sync_inbox.helpers import ack_all, sell
from tests.till.shop import build_shop
from tests.ui.conftest import wait_idle
from tests.ui.sync_fakes import Workers, started_controller
from tests.ui.till_flows import make_shell


def _warning(qtbot: QtBot, ui: UiContext, parent: QWidget) -> QMessageBox | None:
    wait_idle(qtbot, ui)
    box = parent.findChild(QMessageBox, WARNING_NAME)
    return box if isinstance(box, QMessageBox) and box.isVisible() else None


def _press(qtbot: QtBot, box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    button.click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)


def _signed_in_shell(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> Shell:
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    shell.show_screen("sell")
    wait_idle(qtbot, ui)
    return shell


def _sign_out(shell: Shell) -> None:
    action = shell.findChild(QAction, "session.sign_out")
    assert action is not None
    action.trigger()


def test_sign_out_warns_about_unsynced_sales_and_respects_cancel(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shop = build_shop(terminal)
    sell(shop)
    sell(shop)
    started_controller(qtbot, ui, Workers())
    shell = _signed_in_shell(qtbot, ui, terminal)

    _sign_out(shell)
    box = _warning(qtbot, ui, shell)
    assert box is not None
    assert box.text() == (
        "2 sales have not reached HQ yet; they are safe on this terminal and will sync when "
        "HQ is reachable. Continue?"
    )
    _press(qtbot, box, "unsyncedCancel")
    assert ui.actor == terminal.cashier  # still signed in, still selling
    assert shell.current_screen is shell.existing_screen("sell")

    _sign_out(shell)
    box = _warning(qtbot, ui, shell)
    assert box is not None
    _press(qtbot, box, "unsyncedContinue")
    assert ui.actor is None
    assert shell.current_screen is shell.existing_screen("login")


def test_no_warning_once_hq_has_every_sale(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shop = build_shop(terminal)
    sell(shop)
    ack_all(terminal)
    started_controller(qtbot, ui, Workers())
    shell = _signed_in_shell(qtbot, ui, terminal)
    _sign_out(shell)
    wait_idle(qtbot, ui)
    assert _warning(qtbot, ui, shell) is None
    assert ui.actor is None


def test_no_warning_on_a_terminal_that_is_not_enrolled(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shop = build_shop(terminal)
    sell(shop)
    started_controller(qtbot, ui, Workers(enrolled=False))
    shell = _signed_in_shell(qtbot, ui, terminal)
    _sign_out(shell)
    assert _warning(qtbot, ui, shell) is None
    assert ui.actor is None


def _closings(terminal: Terminal) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count()).select_from(ShiftClosing)).scalar_one())


def test_closing_the_shift_warns_and_cancel_leaves_it_open(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shop = build_shop(terminal)  # opens the cashier's shift with a 5,000.00 float
    sell(shop)
    started_controller(qtbot, ui, Workers())
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    screen = shell.show_screen("shift_close")
    assert isinstance(screen, ShiftCloseScreen)
    wait_idle(qtbot, ui)
    screen.count.spin(5000).setValue(1)
    screen.count.spin(50).setValue(1)
    screen.count.spin(20).setValue(2)

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    box = _warning(qtbot, ui, screen)
    assert box is not None
    assert box.text() == warning_text(1)
    assert box.text().startswith("1 sale has not reached HQ yet; it is safe on this terminal")
    assert box.windowTitle() == "Close shift"
    _press(qtbot, box, "unsyncedCancel")
    wait_idle(qtbot, ui)
    assert _closings(terminal) == 0
    assert ui.actor == terminal.cashier

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    box = _warning(qtbot, ui, screen)
    assert box is not None
    _press(qtbot, box, "unsyncedContinue")
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: _closings(terminal) == 1, timeout=5_000)
    assert ui.actor is None  # closing signs out, without a second question
    assert _warning(qtbot, ui, shell) is None


def test_closing_the_shift_without_unsynced_sales_asks_nothing(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    build_shop(terminal)
    ack_all(terminal)
    started_controller(qtbot, ui, Workers())
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    screen = shell.show_screen("shift_close")
    assert isinstance(screen, ShiftCloseScreen)
    wait_idle(qtbot, ui)
    screen.count.spin(5000).setValue(1)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert _warning(qtbot, ui, screen) is None
    qtbot.waitUntil(lambda: _closings(terminal) == 1, timeout=5_000)
