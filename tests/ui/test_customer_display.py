"""Customer display: lines and total, thank-you with change, following a sell screen's signals,
opened from the Settings menu (on the second screen when there is one)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.core.money import Money
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display import CustomerDisplay, DisplayLine, second_screen
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.shell_menus import ShellMenus
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell, shot


class FakeSellScreen(QWidget):
    """Only the two signals the real sell screen emits for the display."""

    customer_cart = Signal(object, object)
    customer_change = Signal(object, object, object)


LINES = [
    DisplayLine("Rice 5kg", "3", Money(3750_00)),
    DisplayLine("Soap bar", "2", Money(191_00)),
    DisplayLine("Red dhal", "0.750 kg", Money(360_00)),
    DisplayLine("සීනි 1kg · சீனி", "1", Money(290_00)),
]


def test_cart_then_change_then_welcome(qtbot: QtBot) -> None:
    load_bundled_fonts()  # Sinhala and Tamil product names
    display = CustomerDisplay("Test Store")
    qtbot.addWidget(display)
    display.resize(900, 560)
    display.show()
    assert display.pages.currentWidget() is display.welcome

    display.show_cart(LINES, Money(4591_00))
    assert display.table.rowCount() == 4
    assert display.table.item(2, 1).text() == "0.750 kg"
    assert display.table.item(0, 2).text() == "LKR 3,750.00"
    assert display.total.text() == "Total LKR 4,591.00"
    shot(display, "customer_display_cart")

    display.show_change(Money(4301_00), Money(5000_00), Money(699_00))
    text = display.thanks.text()
    assert "Thank you!" in text and "Your change LKR 699.00" in text
    assert display.pages.currentWidget() is display.thanks
    shot(display, "customer_display_change")

    display.show_cart([], Money(0))
    assert display.pages.currentWidget() is display.welcome


def test_follows_the_sell_screen_signals(qtbot: QtBot) -> None:
    display = CustomerDisplay()
    qtbot.addWidget(display)
    sell = FakeSellScreen()
    qtbot.addWidget(sell)
    assert display.follow(sell)
    sell.customer_cart.emit(LINES[:1], Money(3750_00))
    assert display.table.rowCount() == 1
    sell.customer_change.emit(Money(3750_00), Money(3750_00), Money(0))
    assert "change" not in display.thanks.text()  # exact money: no change line
    assert not display.follow(QWidget())


def test_settings_menu_opens_it_and_wires_the_sell_screen(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.admin)
    menus = shell.findChild(ShellMenus)
    assert menus is not None
    action = shell.findChild(QAction, "settings.customer_display")
    assert action is not None and action.isVisible()
    action.trigger()
    display = menus.display
    assert display is not None and display.isVisible()
    wait_idle(qtbot, ui)
    assert display.welcome.text() == "Welcome\nTest Store"
    if second_screen() is None:  # offscreen has one screen: a normal window
        assert not display.isFullScreen()
    # The sell screen built after the display is wired to it (when it has the signals).
    sell = shell.screen_widget("sell")
    if hasattr(sell, "customer_cart"):
        sell.customer_cart.emit(LINES, Money(4591_00))
        assert display.table.rowCount() == 4
    action.trigger()
    assert not display.isVisible()
    menus.close_display()
