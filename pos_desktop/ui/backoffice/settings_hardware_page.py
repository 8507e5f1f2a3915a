"""Settings > Hardware: receipt printer, barcode scanner and cash drawer, each with a Test button.

- Printer: the existing printer dialog (ui/printer_settings.py) for choosing it; "Print test
  page" queues a test page on the saved printer and follows the job until it prints or fails.
- Scanner: the keyboard wedge's prefix, suffix and timing, a serial scanner's port and speed,
  the camera on/off, stored per device in ``scanner.devices`` and checked by
  ``hardware.scanners.config.ScannerSettings`` before saving. "Test scanner" listens with the
  wedge settings as typed on the form and shows each decoded scan (with the app's own wedge
  filter paused meanwhile), so a prefix or timing can be tried before it is saved.
- Drawer: pin 2 or 5 and the pulse length (services/hardware_checks.py); "Test drawer" sends a
  kick through the print queue (audited).
Serial-port and camera changes take effect when the app starts again; the wedge's at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ValidationError
from pos_desktop.hardware.scanners.config import ScannerSettings
from pos_desktop.services.hardware_checks import (
    DrawerConfig,
    get_drawer_config,
    kick_drawer_for_test,
    save_drawer_config,
)
from pos_desktop.services.print_queue import PrintJobView, enqueue_test_page, job_view
from pos_desktop.services.printer_config import get_printer_config
from pos_desktop.services.scan_resolver import SCANNER_DEVICES_SETTING
from pos_desktop.services.settings import get_setting, set_setting
from pos_desktop.store.models.printing import PrintJobStatus
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, READ, button, named, status_label
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import qt_translate
from pos_desktop.ui.printer_settings import open_printer_settings
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB
from pos_desktop.ui.wedge_filter import WedgeFilter

POLL_MS = 250
WAIT_MS = 60_000
SUFFIXES: dict[str, tuple[str, ...]] = {
    "Enter or Tab": ("Enter", "Tab"),
    "Enter": ("Enter",),
    "Tab": ("Tab",),
    "None (pause)": (),
}
BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class JobFollower:
    """Polls one print job until it is printed or failed, reporting to a label."""

    def __init__(self, ui: UiContext, label: QLabel, done_text: str, parent: QWidget) -> None:
        self.ui, self.label, self.done_text = ui, label, done_text
        self.job_id: str | None = None
        self.waited = 0
        self.timer = QTimer(parent)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def follow(self, result: Any) -> None:
        self.job_id, self.waited = result.job_ids[0], 0
        worker = getattr(self.ui.hardware, "print_worker", None)
        if worker is not None and hasattr(worker, "wake"):
            worker.wake()
        self.timer.start()

    def _poll(self) -> None:
        job_id, ctx = self.job_id, self.ui.ctx
        self.timer.stop()
        if job_id is None:
            return
        self.waited += POLL_MS
        self.ui.run(lambda: job_view(ctx, job_id), self._show, lane=READ)

    def _show(self, job: PrintJobView) -> None:
        if job.status == PrintJobStatus.DONE:
            show_ok(self.label, self.done_text)
        elif job.status == PrintJobStatus.FAILED:
            self.label.setText(
                QCoreApplication.translate("HardwarePage", "Failed: {0}").format(
                    job.last_error or ""
                )
            )
        elif self.waited >= WAIT_MS:
            self.label.setText(
                QCoreApplication.translate("HardwarePage", "Still waiting in the print queue.")
            )
        else:
            self.timer.start()
            return
        self.job_id = None


class HardwarePage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.wedge_clock: Callable[[], float] | None = None  # tests give the test wedge a clock
        self.test_wedge: WedgeFilter | None = None
        self._paused: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._printer_box())
        layout.addWidget(self._scanner_box())
        layout.addWidget(self._drawer_box())
        layout.addStretch(1)

    # -- printer -----------------------------------------------------------------------------
    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt printer"))
        self.printer_text = named(QLabel(), "hwPrinter")
        self.printer_button = button(
            self.tr("Printer settings…"), "hwPrinterSettings", self.open_printer
        )
        self.printer_test = button(self.tr("Print test page"), "hwPrinterTest", self.test_printer)
        self.printer_status = status_label("hwPrinterStatus")
        self.printer_follow = JobFollower(
            self.ui, self.printer_status, self.tr("Test page printed."), self
        )
        row = QHBoxLayout()
        row.addWidget(self.printer_text, 1)
        row.addWidget(self.printer_button)
        row.addWidget(self.printer_test)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.printer_status)
        return box

    def open_printer(self) -> None:
        dialog = open_printer_settings(self.ui, self)
        dialog.finished.connect(lambda _r: self.on_shown())
        self.printer_dialog = dialog

    def test_printer(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.printer_status.setText(self.tr("Sending a test page…"))
        self.ui.run(
            lambda: enqueue_test_page(ctx, actor),
            self.printer_follow.follow,
            lambda e: show_error(self.printer_status, e),
            lane=DB,
        )

    # -- scanner -----------------------------------------------------------------------------
    def _scanner_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Barcode scanner"))
        self.prefix = named(QLineEdit(), "hwWedgePrefix")
        self.prefix.setMaxLength(8)
        self.suffix = named(QComboBox(), "hwWedgeSuffix")
        for label, keys in SUFFIXES.items():
            self.suffix.addItem(QCoreApplication.translate("HardwarePage", label), keys)
        self.gap = named(QSpinBox(), "hwWedgeGap")
        self.gap.setRange(5, 500)
        self.gap.setSuffix(" ms")
        self.min_length = named(QSpinBox(), "hwWedgeMinLength")
        self.min_length.setRange(1, 64)
        self.serial_port = named(QLineEdit(), "hwSerialPort")
        self.serial_port.setPlaceholderText(self.tr("none (e.g. /dev/ttyACM0 or COM3)"))
        self.baud = named(QComboBox(), "hwSerialBaud")
        for baud in BAUDS:
            self.baud.addItem(str(baud), baud)
        self.camera = named(QCheckBox(self.tr("Scan with the camera")), "hwCamera")
        for field in (self.prefix, self.suffix, self.gap, self.min_length, self.serial_port):
            field.setMinimumHeight(MIN_HEIGHT)
        form = QFormLayout()
        form.addRow(self.tr("Wedge prefix"), self.prefix)
        form.addRow(self.tr("Wedge ends with"), self.suffix)
        form.addRow(self.tr("Longest gap between keys"), self.gap)
        form.addRow(self.tr("Shortest code"), self.min_length)
        form.addRow(self.tr("Serial scanner port"), self.serial_port)
        form.addRow(self.tr("Serial speed"), self.baud)
        form.addRow("", self.camera)
        self.scanner_save = button(self.tr("Save scanner"), "hwScannerSave", self.save_scanner)
        self.scanner_test = button(self.tr("Test scanner"), "hwScannerTest", self.toggle_scan_test)
        self.scan_result = named(QLabel(), "hwScanResult")
        self.scanner_status = status_label("hwScannerStatus")
        row = QHBoxLayout()
        row.addWidget(self.scanner_save)
        row.addWidget(self.scanner_test)
        row.addWidget(self.scan_result, 1)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(row)
        inner.addWidget(self.scanner_status)
        return box

    def scanner_from_form(self) -> ScannerSettings:
        """The form as scanner settings; ValidationError says what is wrong."""
        data = {
            "wedge": {
                "prefix": self.prefix.text(),
                "suffix": list(self.suffix.currentData()),
                "max_gap_ms": self.gap.value(),
                "min_length": self.min_length.value(),
            },
            "serial": {
                "port": self.serial_port.text().strip() or None,
                "baudrate": int(self.baud.currentData()),
            },
            "camera": {"enabled": self.camera.isChecked()},
        }
        return ScannerSettings.from_dict(data)

    def show_scanner(self, settings: ScannerSettings) -> None:
        self.prefix.setText(settings.wedge.prefix)
        keys = tuple(settings.wedge.suffix)
        index = next((i for i in range(self.suffix.count()) if self.suffix.itemData(i) == keys), 0)
        self.suffix.setCurrentIndex(index)
        self.gap.setValue(settings.wedge.max_gap_ms)
        self.min_length.setValue(settings.wedge.min_length)
        self.serial_port.setText(settings.serial.port or "")
        self.baud.setCurrentIndex(max(0, self.baud.findData(settings.serial.baudrate)))
        self.camera.setChecked(settings.camera.enabled)

    def save_scanner(self) -> None:
        try:
            settings = self.scanner_from_form()
        except ValidationError as exc:
            show_error(self.scanner_status, exc)
            return
        ctx, actor, data = self.ui.ctx, self.ui.require_actor(), settings.to_dict()

        def saved(_r: object) -> None:
            wedge = getattr(self.ui.hardware, "wedge_filter", None)
            if isinstance(wedge, WedgeFilter):
                wedge.set_config(settings.wedge)  # the wedge changes at once
            show_ok(
                self.scanner_status,
                self.tr("Saved. Serial and camera changes apply at the next start."),
            )

        self.ui.run(
            lambda: set_setting(ctx, actor, SCANNER_DEVICES_SETTING, data, scope="device"),
            saved,
            lambda e: show_error(self.scanner_status, e),
            lane=DB,
        )

    def toggle_scan_test(self) -> None:
        if self.test_wedge is not None:
            self.stop_scan_test()
            return
        try:
            settings = self.scanner_from_form()
        except ValidationError as exc:
            show_error(self.scanner_status, exc)
            return
        wedge = getattr(self.ui.hardware, "wedge_filter", None)
        if isinstance(wedge, WedgeFilter) and wedge.enabled:
            self._paused = wedge  # the app's filter would take the keys first
            wedge.set_enabled(False)
        self.test_wedge = WedgeFilter(settings.wedge, clock=self.wedge_clock, parent=self)
        self.test_wedge.scanned.connect(self._scanned)
        self.test_wedge.install()
        self.scanner_test.setText(self.tr("Stop test"))
        self.scan_result.setText(self.tr("Scan a barcode now…"))

    def stop_scan_test(self) -> None:
        if self.test_wedge is not None:
            self.test_wedge.uninstall()
            self.test_wedge.deleteLater()
            self.test_wedge = None
        if isinstance(self._paused, WedgeFilter):
            self._paused.set_enabled(True)
        self._paused = None
        self.scanner_test.setText(self.tr("Test scanner"))

    def _scanned(self, code: str) -> None:
        self.scan_result.setText(self.tr("Scanned: {0} ({1} characters)").format(code, len(code)))

    def hideEvent(self, event: Any) -> None:
        self.stop_scan_test()  # never leave a test filter eating keys elsewhere
        super().hideEvent(event)

    # -- drawer ------------------------------------------------------------------------------
    def _drawer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cash drawer"))
        self.drawer_pin = named(QComboBox(), "hwDrawerPin")
        self.drawer_pin.addItem(self.tr("Pin 2 (most drawers)"), 2)
        self.drawer_pin.addItem(self.tr("Pin 5"), 5)
        self.drawer_pulse = named(QSpinBox(), "hwDrawerPulse")
        self.drawer_pulse.setRange(10, 500)
        self.drawer_pulse.setSingleStep(10)
        self.drawer_pulse.setSuffix(" ms")
        for field in (self.drawer_pin, self.drawer_pulse):
            field.setMinimumHeight(MIN_HEIGHT)
        form = QFormLayout()
        form.addRow(self.tr("Connector pin"), self.drawer_pin)
        form.addRow(self.tr("Pulse length"), self.drawer_pulse)
        self.drawer_save = button(self.tr("Save drawer"), "hwDrawerSave", self.save_drawer)
        self.drawer_test = button(self.tr("Test drawer"), "hwDrawerTest", self.test_drawer)
        self.drawer_status = status_label("hwDrawerStatus")
        self.drawer_follow = JobFollower(
            self.ui, self.drawer_status, self.tr("The drawer was sent its kick."), self
        )
        row = QHBoxLayout()
        row.addWidget(self.drawer_save)
        row.addWidget(self.drawer_test)
        row.addWidget(self.drawer_status, 1)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(row)
        return box

    def save_drawer(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        drawer = DrawerConfig(int(self.drawer_pin.currentData()), self.drawer_pulse.value())
        self.ui.run(
            lambda: save_drawer_config(ctx, actor, drawer),
            lambda _r: show_ok(self.drawer_status, self.tr("Saved.")),
            lambda e: show_error(self.drawer_status, e),
            lane=DB,
        )

    def test_drawer(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.drawer_status.setText(self.tr("Opening the drawer…"))
        self.ui.run(
            lambda: kick_drawer_for_test(ctx, actor),
            self.drawer_follow.follow,
            lambda e: show_error(self.drawer_status, e),
            lane=DB,
        )

    # -- loading -----------------------------------------------------------------------------
    def on_shown(self) -> None:
        ctx = self.ui.ctx

        def load() -> tuple[str, ScannerSettings, str | None, DrawerConfig]:
            with ctx.db.read() as s:
                try:
                    printer = get_printer_config(s, ctx).describe(qt_translate)
                except ValidationError as exc:
                    printer = exc.message
                stored = get_setting(s, ctx, SCANNER_DEVICES_SETTING, {})
            scanner, problem = ScannerSettings.load(stored)
            try:
                drawer = get_drawer_config(ctx)
            except ValidationError:
                drawer = DrawerConfig()
            return printer, scanner, problem, drawer

        self.ui.run(load, self._show, lane=READ)

    def _show(self, loaded: tuple[str, ScannerSettings, str | None, DrawerConfig]) -> None:
        printer, scanner, problem, drawer = loaded
        self.printer_text.setText(self.tr("Printer: {0}").format(printer))
        self.show_scanner(scanner)
        if problem:
            self.scanner_status.setText(problem)
        self.drawer_pin.setCurrentIndex(max(0, self.drawer_pin.findData(drawer.pin)))
        self.drawer_pulse.setValue(drawer.pulse_ms)
