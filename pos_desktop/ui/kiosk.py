"""Kiosk mode for counters: the main window full screen, frameless, and not closable by a cashier.

``KioskGuard`` watches the shell. While active, a close request (Alt+F4, the window manager,
``close()``) is refused unless the signed-in user may leave the kiosk (a manager) or a manager
approves it with their PIN in the usual approval dialog (``services.auth.approve``, audited);
minimising puts the window straight back. The menu bar stays usable for what the role may do.

Menu entries (``add_kiosk_actions``, called by ``shell_menus.install_menus``):
- Shift > "Leave kiosk mode": managers only; full screen off for this run;
- Settings > "Kiosk mode on this till": administrators; saves ``ui.kiosk`` for this device.
``start_kiosk(shell, force)`` (launcher) turns it on from ``--kiosk`` or the setting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMenu

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ops.kiosk import KIOSK_SETTING, kiosk_enabled
from pos_desktop.services.context import Actor
from pos_desktop.services.settings import SettingResult, set_setting
from pos_desktop.ui.approval_dialog import ApprovalDialog, ask_approval
from pos_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from pos_desktop.ui.shell_menus import ShellMenus

log = logging.getLogger(__name__)

LEAVE_PERMISSION = Permission.LEAVE_KIOSK


class KioskGuard(QObject):
    """Owns the shell's kiosk state; one per shell (``kiosk_guard(shell)`` finds or makes it)."""

    active_changed = Signal(bool)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.setObjectName("kioskGuard")
        self.shell = shell
        self.ui = shell.ui
        self.active = False
        self.approval: ApprovalDialog | None = None  # the open "close the till?" approval
        self._closing = False  # set once a close was allowed: the next Close event passes
        self._normal_flags = shell.windowFlags()
        shell.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:  # to tell the app's own quit (allowed) from a person's close
            app.installEventFilter(self)

    # -- on and off -------------------------------------------------------------------------
    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        self._normal_flags = self.shell.windowFlags()
        self.shell.setWindowFlags(self._normal_flags | Qt.WindowType.FramelessWindowHint)
        self.shell.showFullScreen()
        log.info("kiosk mode on")
        self.active_changed.emit(True)

    def leave(self, approver: Actor | None = None) -> None:
        if not self.active:
            return
        self.active = False
        self.shell.setWindowFlags(self._normal_flags)
        self.shell.showMaximized()
        log.info("kiosk mode off (%s)", _who(self.ui.actor, approver))
        self.active_changed.emit(False)

    def set_active(self, on: bool) -> None:
        if on:
            self.enter()
        else:
            self.leave()

    # -- leaving needs a manager --------------------------------------------------------------
    def request(self, reason: str, then: Callable[[Actor | None], None]) -> None:
        """Run ``then(approver)`` if the signed-in user may leave the kiosk (approver None) or
        once a manager approves; a cashier alone never gets there."""
        if self.ui.can(LEAVE_PERMISSION):
            then(None)
            return
        if self.approval is not None:  # Alt+F4 pressed again: the dialog is already up
            self.approval.raise_()
            return
        dialog = ask_approval(self.ui, self.shell, LEAVE_PERMISSION, reason, then)
        dialog.finished.connect(self._approval_closed)
        self.approval = dialog

    def _approval_closed(self, *_: object) -> None:
        self.approval = None

    def request_close(self) -> None:
        self.request(self.tr("A manager must approve closing the till."), self._close_now)

    def request_leave(self) -> None:
        self.request(self.tr("A manager must approve leaving kiosk mode."), self.leave)

    def _quit_handled(self) -> None:
        if self.shell.isVisible():  # the quit was refused somewhere: guard the window again
            self._closing = False

    def _close_now(self, approver: Actor | None) -> None:
        log.info("till closed from kiosk mode (%s)", _who(self.ui.actor, approver))
        self._closing = True
        self.shell.close()

    # -- the window ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit and watched is QCoreApplication.instance():
            # QApplication.quit() (the app's own code: --exit-when-ready, a restore) closes
            # every window while it handles this event: let those closes through. Alt+F4 and
            # the window's close button send no Quit, only a Close to the window.
            if self.active and not self._closing:
                self._closing = True
                QTimer.singleShot(0, self._quit_handled)
            return False
        if watched is not self.shell or not self.active:
            return False
        if event.type() == QEvent.Type.Close and not self._closing:
            # Not accepted: QWidget.close() then returns False and the window stays.
            assert isinstance(event, QCloseEvent)
            event.ignore()
            log.info("close refused in kiosk mode (%s)", _who(self.ui.actor, None))
            QTimer.singleShot(0, self.request_close)
            return True
        if event.type() == QEvent.Type.WindowStateChange and self.shell.isMinimized():
            QTimer.singleShot(0, self.shell.showFullScreen)
        return False

    # -- the setting --------------------------------------------------------------------------
    def save_setting(self, on: bool) -> None:
        """Store ``ui.kiosk`` for this device (MANAGE_SETTINGS, audited) and apply it."""
        actor = self.ui.require_actor()
        ctx = self.ui.ctx

        def done(result: SettingResult) -> None:
            self.set_active(bool(result.value))

        def failed(error: BaseException) -> None:
            self.active_changed.emit(self.active)  # the menu's tick shows the real state
            message = error.message if isinstance(error, DomainError) else str(error)
            self.ui.message.emit("error", message)

        self.ui.run(
            lambda: set_setting(ctx, actor, KIOSK_SETTING.key, on, scope="device"), done, failed
        )


def kiosk_guard(shell: Shell) -> KioskGuard:
    found = shell.findChild(KioskGuard)
    return found if found is not None else KioskGuard(shell)


def start_kiosk(shell: Shell, *, force: bool = False) -> KioskGuard:
    """Kiosk mode now when forced (``pos run --kiosk``), else when the setting says so (read
    off the UI thread)."""
    guard = kiosk_guard(shell)
    if force:
        guard.enter()
        return guard
    ctx = shell.ui.ctx
    shell.ui.run(lambda: kiosk_enabled(ctx), guard.set_active, lane="read")
    return guard


def add_kiosk_actions(menus: ShellMenus, shift_menu: QMenu, settings_menu: QMenu) -> KioskGuard:
    guard = kiosk_guard(menus.shell)
    menus.add(
        shift_menu,
        "kiosk.leave",
        QT_TRANSLATE_NOOP("ShellMenus", "Leave kiosk mode"),
        guard.request_leave,
        LEAVE_PERMISSION,
        shortcut=False,
    )
    toggle = menus.add(
        settings_menu,
        "settings.kiosk",
        QT_TRANSLATE_NOOP("ShellMenus", "Kiosk mode on this till"),
        lambda: guard.save_setting(not guard.active),
        Permission.MANAGE_SETTINGS,
        shortcut=False,
    )
    toggle.setCheckable(True)
    guard.active_changed.connect(toggle.setChecked)
    return guard


def _who(actor: Actor | None, approver: Actor | None) -> str:
    user = f"user {actor.user_id}" if actor is not None else "nobody signed in"
    return f"{user}, approved by {approver.user_id}" if approver is not None else user
