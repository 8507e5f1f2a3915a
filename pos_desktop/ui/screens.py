"""The screens of the app and where the shell finds them (one registry, wired explicitly)."""

from __future__ import annotations

from pos_desktop.i18n.languages import DEFAULT
from pos_desktop.ui.backoffice.screen import BackOfficeScreen
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import translations
from pos_desktop.ui.language_switch import install_language_switch
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
        "back_office": BackOfficeScreen,
    }


def build_shell(ui: UiContext) -> Shell:
    # A new window starts in English (the source language) and switches to the terminal's
    # default as soon as it is read: screens are never built from a stale language.
    translations().use(DEFAULT)
    shell = Shell(ui, screen_factories())
    menus = install_menus(shell)
    switch = install_language_switch(shell, menus)
    shell.show_screen("login")
    switch.start()
    return shell
