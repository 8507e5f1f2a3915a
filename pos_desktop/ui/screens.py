"""The screens of the app and where the shell finds them (one registry, wired explicitly)."""

from __future__ import annotations

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.login_screen import LoginScreen
from pos_desktop.ui.returns_screen import ReturnsScreen
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.shell import ScreenFactory, Shell
from pos_desktop.ui.shell_menus import install_menus
from pos_desktop.ui.shift_close_screen import ShiftCloseScreen
from pos_desktop.ui.sync_inbox import SyncInboxScreen


def screen_factories() -> dict[str, ScreenFactory]:
    """Every screen by name. Each entry builds its widget from (UiContext, Shell)."""
    return {
        "login": LoginScreen,
        "shift_close": ShiftCloseScreen,
        "returns": ReturnsScreen,
        "sell": SellScreen,
        "sync_inbox": SyncInboxScreen,
    }


def build_shell(ui: UiContext) -> Shell:
    shell = Shell(ui, screen_factories())
    install_menus(shell)
    shell.show_screen("login")
    return shell
