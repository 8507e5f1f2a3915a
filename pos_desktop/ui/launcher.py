"""Starts the Qt application around already-built services (called from ``app.main``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pos_desktop.app import AppServices
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display import second_screen
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.hardware_setup import start_hardware
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.shell_menus import ShellMenus
from pos_desktop.ui.tasks import TaskRunner


def run_app(services: AppServices, argv: list[str], *, exit_when_ready: bool = False) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    load_bundled_fonts()
    runner = TaskRunner()
    ui = UiContext(services, runner)
    hardware = start_hardware(ui, app)
    shell = build_shell(ui)
    shell.show()
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
    try:
        return app.exec()
    finally:
        if menus is not None:
            menus.close_display()
        hardware.stop()
        runner.shutdown()
