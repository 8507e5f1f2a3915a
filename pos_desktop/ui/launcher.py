"""Starts the Qt application around already-built services (called from ``app.main``).

``run_first_start`` comes first when the data directory holds no terminal yet: it offers the
enrollment dialog and, once the terminal is enrolled, ``app.main`` builds the services and
calls ``run_app`` in the same QApplication, which opens on the new terminal's login screen.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pos_desktop.app import AppServices
from pos_desktop.app_sync import EnrollFn, credential_store, enroll_with_hq
from pos_desktop.ops.crash import CrashReporter
from pos_desktop.paths import DataPaths
from pos_desktop.ui.backup_controller import BackupController, install_backup_action
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display import second_screen
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.hardware_setup import start_hardware
from pos_desktop.ui.kiosk import start_kiosk
from pos_desktop.ui.ops_hooks import install_gui_ops
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.shell_menus import ShellMenus
from pos_desktop.ui.sync_controller import SyncController, reload_login_after_first_sync
from pos_desktop.ui.tasks import TaskRunner


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    return app


def run_app(
    services: AppServices,
    argv: list[str],
    *,
    exit_when_ready: bool = False,
    kiosk: bool = False,
    crash: CrashReporter | None = None,
) -> int:
    app = _application(argv)
    load_bundled_fonts()
    runner = TaskRunner()
    ui = UiContext(services, runner)
    hardware = start_hardware(ui, app)
    # Made before the shell so the sync indicator finds it; started once the window shows.
    sync = SyncController(ui, services.sync.make_worker if services.sync is not None else None)
    shell = build_shell(ui)
    ops = install_gui_ops(shell, crash)  # Qt messages and sign-ins logged, crash notice
    backups = BackupController.of(ui)  # scheduled backups, "Back up now", the app lock
    install_backup_action(shell)
    shell.show()
    start_kiosk(shell, force=kiosk)  # or from the ui.kiosk setting
    reload_login_after_first_sync(sync, shell)
    menus = shell.findChild(ShellMenus)
    if menus is not None and second_screen() is not None:
        menus.open_customer_display()  # a second monitor at the till faces the customer
    if exit_when_ready:
        # After the first event-loop turn the window is laid out and painted: report and quit.
        def ready() -> None:
            current = shell.current_screen
            name = current.objectName() if current is not None else "none"
            print(f"ready: {name}", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    else:
        # The sync worker starts after the login screen is up (it never delays the window).
        QTimer.singleShot(0, sync.start)
        QTimer.singleShot(0, backups.start)
    try:
        return app.exec()
    finally:
        sync.stop()  # bounded: waits at most a few seconds for a round in flight
        ops.uninstall()
        backups.stop()
        if menus is not None:
            menus.close_display()
        hardware.stop()
        runner.shutdown()


def run_first_start(
    paths: DataPaths,
    argv: list[str],
    *,
    exit_when_ready: bool = False,
    enroll: EnrollFn | None = None,
    credentials: Any = None,
) -> bool:
    """No terminal in this data directory yet: offer the enrollment dialog. True once this
    terminal is enrolled (the caller then starts the app on it); False when cancelled."""
    from pos_desktop.ui.enroll_dialog import EnrollDialog

    app = _application(argv)
    load_bundled_fonts()
    runner = TaskRunner()
    dialog = EnrollDialog(
        runner.run,
        enroll or enroll_with_hq,
        paths.database,
        credentials or credential_store,
    )
    # Closing the dialog must not end the application: the main window comes next.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    if exit_when_ready:

        def ready() -> None:
            print(f"ready: {dialog.objectName()}", flush=True)
            dialog.reject()

        QTimer.singleShot(0, ready)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.identity is not None
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
        runner.shutdown()
        dialog.deleteLater()


def show_startup_error(message: str, argv: list[str] | None = None) -> int:
    """The database cannot be opened (a newer app's schema, a failed pre-upgrade backup...):
    say so in a message box instead of a traceback. Returns the exit code."""
    _application(argv or [])
    box = startup_error_box(message)
    box.exec()
    return 2


def startup_error_box(message: str) -> QMessageBox:
    box = QMessageBox()
    box.setObjectName("startupError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Launcher", "Point of sale cannot start"))
    box.setText(message)
    return box
