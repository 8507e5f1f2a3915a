"""The launcher's device start-up: scanners and the print worker come up; bad settings or a
missing serial port give a message and the till still starts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop.services.scan_resolver import SCANNER_DEVICES_SETTING
from pos_desktop.services.settings import set_setting
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.hardware_setup import start_hardware
from tests.support.terminal import Terminal


def test_starts_wedge_and_print_worker_and_stops_them(ui: UiContext, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hardware = start_hardware(ui, app)
    try:
        assert ui.hardware is hardware
        assert hardware.wedge_filter is not None
        assert hardware.print_worker is not None
        assert hardware.serial_scanner is None and hardware.camera_scanner is None
        assert hardware.problems == []
    finally:
        hardware.stop()


def test_bad_scanner_settings_and_missing_serial_port_do_not_stop_the_till(
    terminal: Terminal, ui: UiContext, qtbot: QtBot
) -> None:
    set_setting(
        terminal.ctx,
        terminal.admin,
        SCANNER_DEVICES_SETTING,
        {"serial": {"port": "/dev/does-not-exist-pos"}},
    )
    messages: list[tuple[str, str]] = []
    ui.message.connect(lambda level, text: messages.append((level, text)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hardware = start_hardware(ui, app)
    try:
        assert hardware.serial_scanner is not None
        qtbot.waitUntil(lambda: any("serial scanner" in text for _, text in messages), timeout=5000)
        assert hardware.print_worker is not None
    finally:
        hardware.stop()
