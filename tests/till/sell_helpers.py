"""Qt helpers for the sell-screen and payment-dialog tests: a signed-in till in a real shell
window over the test shop (tests/till/shop.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_desktop.services.context import Actor
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.payment_dialog import PaymentDialog
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.shell import ScreenFactory, Shell
from tests.support.terminal import Terminal
from tests.till.shop import TillShop, build_shop
from tests.ui.conftest import wait_idle


@dataclass
class Till:
    ui: UiContext
    qtbot: QtBot
    shell: Shell
    screen: SellScreen
    shop: TillShop

    @property
    def term(self) -> Terminal:
        return self.shop.term

    def idle(self) -> None:
        wait_idle(self.qtbot, self.ui)

    def count(self, model: Any, *where: Any) -> int:
        with self.term.db.read() as s:
            query = select(func.count()).select_from(model)
            if where:
                query = query.where(*where)
            return int(s.execute(query).scalar_one())

    def rows(self) -> list[tuple[str, str]]:
        """(name, quantity) of each cart row as the table shows them."""
        model = self.screen.model
        return [
            (str(model.index(r, 1).data()), str(model.index(r, 2).data()))
            for r in range(model.rowCount())
        ]

    def scan(self, code: str) -> None:
        self.screen.scan(code)
        self.idle()

    def key(
        self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None
    ) -> None:
        if modifier is None:
            QTest.keyClick(widget, key)
        else:
            QTest.keyClick(widget, key, modifier)

    def type_into(self, widget: QWidget, text: str, enter: bool = True) -> None:
        widget.setFocus()
        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        self.idle()

    def open_payment(self) -> PaymentDialog:
        self.key(self.screen.table, Qt.Key.Key_F12)
        self.idle()
        dialog = self.screen.payment
        assert dialog is not None, "F12 did not open the payment dialog"
        self.qtbot.waitExposed(dialog)
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
        return dialog

    def wait(self, condition: Callable[[], bool]) -> None:
        self.qtbot.waitUntil(condition, timeout=10_000)


def open_till(
    ui: UiContext,
    qtbot: QtBot,
    terminal: Terminal,
    *,
    actor: Actor | None = None,
    open_shift: bool = True,
    extra: dict[str, ScreenFactory] | None = None,
) -> Till:
    shop = build_shop(terminal, open_shift=open_shift)
    ui.set_actor(actor or terminal.cashier)
    shell = Shell(ui, {"sell": SellScreen, **(extra or {})})
    qtbot.addWidget(shell)
    shell.resize(1280, 800)
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    screen = shell.show_screen("sell")
    assert isinstance(screen, SellScreen)
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell, timeout=5_000)
    return Till(ui, qtbot, shell, screen, shop)
