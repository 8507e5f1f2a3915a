"""Kiosk mode: full screen and frameless; a cashier cannot close the till or leave kiosk mode,
a manager (signed in, or approving with their PIN) can; the ``ui.kiosk`` setting turns it on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.ops.kiosk import KIOSK_SETTING, kiosk_enabled
from pos_desktop.services.settings import set_setting
from pos_desktop.store.models import Setting
from pos_desktop.ui.approval_dialog import ApprovalDialog
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.kiosk import KioskGuard, kiosk_guard, start_kiosk
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shell_menus import ShellMenus
from tests.support.terminal import CASHIER_PIN, MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell


def _kiosk_shell(qtbot: QtBot, ui: UiContext) -> tuple[Shell, KioskGuard]:
    shell = make_shell(qtbot, ui)
    guard = start_kiosk(shell, force=True)
    qtbot.waitUntil(shell.isFullScreen)
    return shell, guard


def _approval(qtbot: QtBot, guard: KioskGuard) -> ApprovalDialog:
    qtbot.waitUntil(lambda: guard.approval is not None and guard.approval.isVisible())
    assert guard.approval is not None
    return guard.approval


def _approve(qtbot: QtBot, ui: UiContext, dialog: ApprovalDialog, user: str, pin: str) -> None:
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)


def _action_visible(shell: Shell, action_id: str) -> bool:
    menus = shell.findChild(ShellMenus)
    assert menus is not None
    return menus.actions[action_id].isVisible()


def test_kiosk_window_is_full_screen_and_frameless(qtbot: QtBot, ui: UiContext) -> None:
    shell, guard = _kiosk_shell(qtbot, ui)
    assert guard.active
    assert shell.isFullScreen()
    assert shell.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert shell.menuBar().isVisible()  # permitted actions stay reachable


def test_a_cashier_cannot_close_the_till(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell, guard = _kiosk_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    assert shell.close() is False  # Alt+F4 / the window manager's close: refused
    assert shell.isVisible() and shell.isFullScreen()
    dialog = _approval(qtbot, guard)
    # The cashier's own PIN is no manager's approval.
    _approve(qtbot, ui, dialog, "cashier", CASHIER_PIN)
    assert dialog.error.isVisible()
    assert shell.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: guard.approval is None)
    assert shell.isVisible() and shell.isFullScreen()
    # A second Alt+F4 asks again, and the cashier cannot leave kiosk mode from the menus.
    assert shell.close() is False
    _approval(qtbot, guard).reject()
    assert not _action_visible(shell, "kiosk.leave")
    assert not _action_visible(shell, "settings.kiosk")


def test_a_manager_approval_closes_it(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell, guard = _kiosk_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    assert shell.close() is False
    _approve(qtbot, ui, _approval(qtbot, guard), "manager", MANAGER_PIN)
    qtbot.waitUntil(lambda: not shell.isVisible())


def test_nobody_signed_in_still_needs_a_manager(qtbot: QtBot, ui: UiContext) -> None:
    shell, guard = _kiosk_shell(qtbot, ui)
    assert ui.actor is None  # the login screen of a kiosk till
    assert shell.close() is False
    _approve(qtbot, ui, _approval(qtbot, guard), "manager", MANAGER_PIN)
    qtbot.waitUntil(lambda: not shell.isVisible())


def test_a_signed_in_manager_closes_without_a_pin(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell, guard = _kiosk_shell(qtbot, ui)
    ui.set_actor(terminal.manager)
    shell.close()
    qtbot.waitUntil(lambda: not shell.isVisible())
    assert guard.approval is None


def test_a_manager_leaves_kiosk_mode_from_the_menu(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell, guard = _kiosk_shell(qtbot, ui)
    ui.set_actor(terminal.manager)
    assert _action_visible(shell, "kiosk.leave")
    menus = shell.findChild(ShellMenus)
    assert menus is not None
    menus.actions["kiosk.leave"].trigger()
    assert not guard.active
    assert not shell.isFullScreen()
    assert not shell.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert shell.close() is True  # an ordinary window again


def test_without_kiosk_mode_the_window_closes_as_usual(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    guard = kiosk_guard(shell)
    assert not guard.active and not shell.isFullScreen()
    assert shell.close() is True


def test_minimising_puts_the_kiosk_back(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell, _ = _kiosk_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    shell.showMinimized()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: shell.isFullScreen() and not shell.isMinimized())


def test_the_setting_turns_kiosk_mode_on_and_off(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    assert KIOSK_SETTING.default is False
    assert kiosk_enabled(terminal.ctx) is False
    shell = make_shell(qtbot, ui)
    guard = start_kiosk(shell)  # reads the setting: off
    wait_idle(qtbot, ui)
    assert not guard.active and not shell.isFullScreen()

    ui.set_actor(terminal.admin)
    menus = shell.findChild(ShellMenus)
    assert menus is not None
    toggle = menus.actions["settings.kiosk"]
    assert toggle.isVisible() and toggle.isCheckable() and not toggle.isChecked()
    toggle.trigger()
    wait_idle(qtbot, ui)
    assert guard.active and shell.isFullScreen() and toggle.isChecked()
    assert kiosk_enabled(terminal.ctx) is True
    with terminal.db.read() as s:
        row = s.execute(select(Setting).where(Setting.key == "ui.kiosk")).scalar_one()
        assert row.device_id == terminal.ctx.terminal.device_id and row.value is True

    toggle.trigger()
    wait_idle(qtbot, ui)
    assert not guard.active and not shell.isFullScreen() and not toggle.isChecked()
    assert kiosk_enabled(terminal.ctx) is False


def test_a_till_set_to_kiosk_starts_full_screen(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    set_setting(terminal.ctx, terminal.admin, "ui.kiosk", True, scope="device")
    shell = make_shell(qtbot, ui)
    guard = start_kiosk(shell)
    wait_idle(qtbot, ui)
    assert guard.active
    qtbot.waitUntil(shell.isFullScreen)
    ui.set_actor(terminal.cashier)
    assert shell.close() is False
    _approval(qtbot, guard).reject()
