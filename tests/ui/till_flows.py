"""Helpers the till tests share: a shell like the app's, signing in through the login screen,
and screenshots into /tmp for looking at layouts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.login_screen import LoginScreen
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.shell import Shell
from tests.ui.conftest import wait_idle

SHOTS = Path("/tmp/pos-shots")


def make_shell(qtbot: QtBot, ui: UiContext) -> Shell:
    shell = build_shell(ui)
    qtbot.addWidget(shell)
    shell.resize(1280, 800)
    shell.show()
    wait_idle(qtbot, ui)
    return shell


def login_screen(shell: Shell) -> LoginScreen:
    screen = shell.screen_widget("login")
    assert isinstance(screen, LoginScreen)
    return screen


def sign_in(qtbot: QtBot, ui: UiContext, shell: Shell, username: str, secret: str) -> LoginScreen:
    """Type a username and secret into the login screen and press Enter; waits for the answer."""
    screen = login_screen(shell)
    assert shell.current_screen is screen
    screen.username.clear()
    qtbot.keyClicks(screen.username, username)
    screen.secret.clear()
    qtbot.keyClicks(screen.secret, secret)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    return screen


def shot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
