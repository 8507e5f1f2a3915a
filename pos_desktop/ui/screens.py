"""The screens of the app and where the shell finds them (one registry, wired explicitly)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.login_screen import LoginScreen
from pos_desktop.ui.returns_screen import ReturnsScreen
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.shell import ScreenFactory, Shell
from pos_desktop.ui.shell_menus import install_menus
from pos_desktop.ui.shift_close_screen import ShiftCloseScreen


def screen_factories() -> dict[str, ScreenFactory]:
    """Every screen by name. Each entry builds its widget from (UiContext, Shell)."""
    return {
        "login": LoginScreen,
        "shift_close": ShiftCloseScreen,
        "returns": ReturnsScreen,
        "sell": SellScreen,
    }


class PlaceholderSellScreen(QWidget):
    """Stands in for the sell screen until it is registered above (so routing works)."""

    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        label = QLabel(self.tr("Sell screen"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


def build_shell(ui: UiContext) -> Shell:
    factories = screen_factories()
    factories.setdefault("sell", PlaceholderSellScreen)
    shell = Shell(ui, factories)
    install_menus(shell)
    shell.show_screen("login")
    return shell
