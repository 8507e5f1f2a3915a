"""Settings > Hardware against a real TCP printer on 127.0.0.1: test page and drawer kick through
the print worker; the scanner test shows what the wedge decoded (keys timed by a fake clock)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.hardware.printing.worker import PrintWorker, RetryPolicy
from pos_desktop.hardware.scanners.config import ScannerSettings
from pos_desktop.services.printer_config import get_printer_config, save_printer_config
from pos_desktop.services.scan_resolver import SCANNER_DEVICES_SETTING
from pos_desktop.services.settings import get_setting
from pos_desktop.store.models import AuditLog
from pos_desktop.ui.backoffice.settings_hardware_page import HardwarePage
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.raster import rasterize_text
from tests.backoffice.support import open_back_office, open_page
from tests.printing.conftest import PrinterServer, printer
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle

__all__ = ["printer"]  # fixture


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def worker(ui: UiContext) -> Iterator[PrintWorker]:
    w = PrintWorker(
        ui.ctx,
        rasterize=rasterize_text,
        retry=RetryPolicy(max_attempts=2, base_delay_s=0.05),
        poll_interval_s=0.05,
    )
    ui.hardware = SimpleNamespace(print_worker=w)
    w.start()
    yield w
    w.stop()


def _page(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> HardwarePage:
    _shell, screen = open_back_office(qtbot, ui, terminal.admin)
    page = open_page(qtbot, ui, screen, "settings.hardware")
    assert isinstance(page, HardwarePage)
    return page


def test_test_page_and_drawer_kick_reach_the_tcp_printer(
    qtbot: QtBot, ui: UiContext, terminal: Terminal, printer: PrinterServer, worker: PrintWorker
) -> None:
    save_printer_config(terminal.ctx, terminal.admin, printer.config())
    page = _page(qtbot, ui, terminal)
    assert f"127.0.0.1:{printer.port}" in page.printer_text.text()

    qtbot.mouseClick(page.printer_test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer_status.text() == "Test page printed.", timeout=10_000)
    (test_page,) = printer.wait_jobs(1)
    assert b"TEST PRINT" in test_page

    page.drawer_pin.setCurrentIndex(page.drawer_pin.findData(5))
    page.drawer_pulse.setValue(200)
    qtbot.mouseClick(page.drawer_save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        saved = get_printer_config(s, terminal.ctx)
    assert (saved.drawer_pin, saved.drawer_pulse_ms, saved.tcp_port) == (5, 200, printer.port)

    qtbot.mouseClick(page.drawer_test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.drawer_status.text() == "The drawer was sent its kick.", timeout=10_000
    )
    _page_bytes, kick = printer.wait_jobs(2)
    assert kick == b"\x1bp\x01\x64\x64"  # ESC p, pin 5 (m=1), on 100 x 2 ms = 200 ms
    with terminal.db.read() as s:
        actions = list(s.execute(select(AuditLog.action)).scalars())
    assert "drawer.test_kick" in actions


def test_scanner_settings_save_and_the_test_shows_a_decoded_scan(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _page(qtbot, ui, terminal)
    page.prefix.setText("#")
    page.gap.setValue(40)
    page.serial_port.setText("/dev/ttyACM0")
    page.camera.setChecked(True)
    qtbot.mouseClick(page.scanner_save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        stored = get_setting(s, terminal.ctx, SCANNER_DEVICES_SETTING)
    settings = ScannerSettings.from_dict(stored)
    assert settings.wedge.prefix == "#" and settings.wedge.max_gap_ms == 40
    assert settings.serial.port == "/dev/ttyACM0" and settings.camera.enabled

    clock = FakeClock()
    page.wedge_clock = clock
    qtbot.mouseClick(page.scanner_test, Qt.MouseButton.LeftButton)
    assert page.scanner_test.text() == "Stop test"
    field = QLineEdit(page)  # any focused widget: the scan must not land in it
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    for ch in "#4790000000017":
        clock.now += 2
        QTest.keyClicks(field, ch)
    clock.now += 2
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "4790000000017" in page.scan_result.text(), timeout=5_000)
    assert page.scan_result.text() == "Scanned: 4790000000017 (13 characters)"
    assert field.text() == ""
    qtbot.mouseClick(page.scanner_test, Qt.MouseButton.LeftButton)
    assert page.test_wedge is None and page.scanner_test.text() == "Test scanner"
