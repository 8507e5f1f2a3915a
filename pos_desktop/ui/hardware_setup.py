"""Starts the till's devices for the running app and stops them at exit.

Everything here is optional hardware: a missing or misconfigured scanner, camera or printer
gives a clear status message and the till still starts and sells (DESIGN.md section 6).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from pos_desktop.hardware.printing.worker import PrintWorker
from pos_desktop.hardware.scanners.config import ScannerSettings
from pos_desktop.hardware.scanners.serial_scanner import SerialScanner
from pos_desktop.services.scan_resolver import SCANNER_DEVICES_SETTING
from pos_desktop.services.settings import get_setting
from pos_desktop.ui.camera_scanner import CameraScanner
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.printing import PrintStatusBridge, start_print_worker
from pos_desktop.ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)


class SerialScanBridge(QObject):
    """Carries codes from the serial reader thread to the UI thread (queued signal)."""

    scanned = Signal(str)


@dataclass
class Hardware:
    wedge_filter: WedgeFilter | None = None
    serial_scanner: SerialScanBridge | None = None
    camera_scanner: CameraScanner | None = None
    print_worker: PrintWorker | None = None
    print_bridge: PrintStatusBridge | None = None
    problems: list[str] = field(default_factory=list)
    _serial_reader: SerialScanner | None = None

    def stop(self) -> None:
        if self.wedge_filter is not None:
            self.wedge_filter.uninstall()
        if self._serial_reader is not None:
            self._serial_reader.stop()
        if self.camera_scanner is not None:
            self.camera_scanner.stop()
        if self.print_worker is not None:
            self.print_worker.stop()


def _scanner_settings(ui: UiContext) -> tuple[ScannerSettings, str | None]:
    # One small read at start-up, before the window shows; never during selling.
    with ui.ctx.db.read() as session:
        stored = get_setting(session, ui.ctx, SCANNER_DEVICES_SETTING, {})
    return ScannerSettings.load(stored)


def start_hardware(ui: UiContext, app: QApplication) -> Hardware:
    hardware = Hardware()
    settings, problem = _scanner_settings(ui)
    if problem:
        hardware.problems.append(f"scanner settings ignored: {problem}")
    hardware.wedge_filter = WedgeFilter(settings.wedge, parent=app)
    hardware.wedge_filter.install(app)
    if settings.serial.port:
        bridge = SerialScanBridge()
        reader = SerialScanner(
            settings.serial,
            bridge.scanned.emit,
            on_error=lambda message: ui.message.emit(
                "warning",
                QCoreApplication.translate("Hardware", "Serial scanner: {}").format(message),
            ),
        )
        reader.start()
        hardware.serial_scanner, hardware._serial_reader = bridge, reader
    if settings.camera.enabled:
        camera = CameraScanner(ui.runner, settings.camera)
        camera.unavailable.connect(lambda message: ui.message.emit("warning", message))
        camera.start()
        hardware.camera_scanner = camera
    hardware.print_worker, hardware.print_bridge = start_print_worker(ui)
    ui.hardware = hardware
    for message in hardware.problems:
        ui.message.emit("warning", message)
    return hardware
