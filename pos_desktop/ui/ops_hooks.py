"""The GUI's half of logging and crash reports (the Qt-free half is ``pos_desktop.ops``).

``install_gui_ops(shell, reporter)`` (called by the launcher once the shell exists):
- Qt's own messages (warnings about fonts, platform plugins...) go to the log file;
- sign-in and sign-out are logged with the user's id and role (never a PIN or password);
- the crash reporter learns the current screen, and an unexpected exception in a slot shows a
  calm message to the cashier instead of a traceback; the app carries on (an exception in a
  slot stops that slot only: the services' transactions rolled back with it).
Everything it changes is put back by ``GuiOps.uninstall()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from pos_desktop.ops.crash import CrashReporter
from pos_desktop.services.context import Actor
from pos_desktop.ui.shell import Shell

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_to_log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A ``qInstallMessageHandler`` handler: Qt's messages become records of the "qt" logger."""
    category = getattr(context, "category", None) or "default"
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "[%s] %s", category, message)


def install_qt_message_handler() -> Callable[[], None]:
    """Route Qt's messages to the log; returns the function that puts the previous one back."""
    previous = qInstallMessageHandler(qt_message_to_log)

    def undo() -> None:
        qInstallMessageHandler(previous)

    return undo


class CrashNotice(QObject):
    """Shows "something went wrong" to the cashier, one message at a time. ``notify`` may be
    called from any thread: the signal is delivered on the UI thread."""

    reported = Signal(str)  # the report's path

    def __init__(self, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self.setObjectName("crashNotice")
        self._window = parent_window
        self.box: QMessageBox | None = None
        self.shown = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def notify(self, path: Path) -> None:
        self.reported.emit(str(path))

    def _show(self, path: str) -> None:
        self.shown += 1
        text = self.tr(
            "Something went wrong, but the sale data is safe: completed sales are saved.\n\n"
            "You can carry on. If it happens again, tell your manager.\n\n"
            "A report was saved to:\n{}"
        ).format(path)
        if self.box is not None:  # one at a time: a second error updates the open message
            self.box.setText(text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), text)
        box.setParent(self._window, box.windowFlags())
        box.setObjectName("crashMessage")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self) -> None:
        if self.box is not None:
            self.box.deleteLater()
            self.box = None


def log_actor(actor: Actor | None) -> None:
    if actor is None:
        log.info("signed out")
    else:
        log.info("signed in: user %s (%s)", actor.user_id, actor.role)


class GuiOps:
    """What ``install_gui_ops`` hooked; ``uninstall()`` unhooks it."""

    def __init__(self, shell: Shell, reporter: CrashReporter | None) -> None:
        self.shell = shell
        self.reporter = reporter
        self.notice = CrashNotice(shell)
        self._undo_qt = install_qt_message_handler()
        shell.ui.actor_changed.connect(log_actor)
        stack = shell.centralWidget()
        self._stack = stack if isinstance(stack, QStackedWidget) else None
        if self._stack is not None:
            self._stack.currentChanged.connect(self._screen_changed)
        if reporter is not None:
            reporter.notify = self.notice.notify
            self._screen_changed()

    def _screen_changed(self, *_: object) -> None:
        current = self.shell.current_screen
        name = current.objectName() if current is not None else None
        if self.reporter is not None:
            self.reporter.current_screen = name
        log.debug("screen: %s", name)

    def uninstall(self) -> None:
        if self.reporter is not None and self.reporter.notify == self.notice.notify:
            self.reporter.notify = None
        self._undo_qt()
        try:
            self.shell.ui.actor_changed.disconnect(log_actor)
            if self._stack is not None:
                self._stack.currentChanged.disconnect(self._screen_changed)
        except (RuntimeError, TypeError):  # the window was already destroyed
            pass


def install_gui_ops(shell: Shell, reporter: CrashReporter | None) -> GuiOps:
    ops = GuiOps(shell, reporter)
    log.info("Qt %s, platform %s", _qt_version(), QGuiApplication.platformName())
    return ops


def _qt_version() -> str:
    return f"{qVersion()} (PySide6 {pyside_version})"
