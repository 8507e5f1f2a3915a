"""Starts the Qt application around already-built services (called from ``app.main``)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from pos_desktop.app import AppServices
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display import second_screen
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.shell_menus import ShellMenus
from pos_desktop.ui.tasks import TaskRunner


def run_app(services: AppServices, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    load_bundled_fonts()
    runner = TaskRunner()
    ui = UiContext(services, runner)
    shell = build_shell(ui)
    shell.show()
    menus = shell.findChild(ShellMenus)
    if menus is not None and second_screen() is not None:
        menus.open_customer_display()  # a second monitor at the till faces the customer
    try:
        return app.exec()
    finally:
        if menus is not None:
            menus.close_display()
        runner.shutdown()
