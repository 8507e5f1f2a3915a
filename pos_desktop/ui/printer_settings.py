"""Settings > Printer...: choose the receipt printer, its paper width, and print a test page.

Nothing here touches the printer or the disk on the UI thread: reading and saving the setting
and queueing the test page go through ``ui.run``; the print worker prints the page and the
dialog follows the job's status until it is printed or failed. "Test print" prints on the
printer as typed in the form, before it is saved.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.print_queue import PrintJobView, enqueue_test_page, job_view
from pos_desktop.services.printer_config import (
    BAUD_RATES,
    PrinterConfig,
    PrinterKind,
    get_printer_config,
    save_printer_config,
)
from pos_desktop.store.models.printing import PrintJobStatus
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import qt_translate
from pos_desktop.ui.tasks import DB

READ = "read"
POLL_MS = 250
TEST_WAIT_MS = 60_000

_KIND_FIELDS: dict[PrinterKind, tuple[str, ...]] = {
    PrinterKind.NONE: (),
    PrinterKind.NETWORK: ("host", "port"),
    PrinterKind.USB: ("vendor", "product"),
    PrinterKind.SERIAL: ("serial", "baud"),
    PrinterKind.FILE: ("path",),
    PrinterKind.WIN32RAW: ("name",),
}


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)  # tests and screenshots find widgets by name
    return widget


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = _named(QLineEdit(), name)
    edit.setPlaceholderText(placeholder)
    return edit


class PrinterSettingsDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("printerSettingsDialog")
        self.setWindowTitle(self.tr("Receipt printer"))
        self._test_job: str | None = None
        self._waited_ms = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_test_job)

        self.kind = _named(QComboBox(), "printerKind")
        for kind, label in (
            (PrinterKind.NONE, self.tr("No printer")),
            (PrinterKind.NETWORK, self.tr("Network (IP address)")),
            (PrinterKind.USB, self.tr("USB")),
            (PrinterKind.SERIAL, self.tr("Serial port")),
            (PrinterKind.FILE, self.tr("Device file")),
            (PrinterKind.WIN32RAW, self.tr("Windows printer")),
        ):
            self.kind.addItem(label, kind.value)
        self.host = _line("printerHost", "192.168.1.50")
        self.port = _named(QSpinBox(), "printerPort")
        self.port.setRange(1, 65535)
        self.port.setValue(9100)
        self.vendor = _line("printerVendorId", "04b8")
        self.product = _line("printerProductId", "0202")
        self.serial = _line("printerSerialPort", "/dev/ttyUSB0")
        self.baud = _named(QComboBox(), "printerBaudrate")
        for rate in BAUD_RATES:
            self.baud.addItem(str(rate), rate)
        self.baud.setCurrentIndex(BAUD_RATES.index(9600))
        self.path = _line("printerPath", "/dev/usb/lp0")
        self.name = _line("printerName", "")
        self.paper_width = _named(QComboBox(), "printerWidth")
        self.paper_width.addItem(self.tr("80 mm (48 characters)"), 80)
        self.paper_width.addItem(self.tr("58 mm (32 characters)"), 58)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Printer"), self.kind)
        self._rows: dict[str, QWidget] = {
            "host": self.host,
            "port": self.port,
            "vendor": self.vendor,
            "product": self.product,
            "serial": self.serial,
            "baud": self.baud,
            "path": self.path,
            "name": self.name,
        }
        labels = {
            "host": self.tr("Address"),
            "port": self.tr("Port"),
            "vendor": self.tr("Vendor id (hex)"),
            "product": self.tr("Product id (hex)"),
            "serial": self.tr("Serial port"),
            "baud": self.tr("Baud rate"),
            "path": self.tr("Device file"),
            "name": self.tr("Printer name"),
        }
        for key, widget in self._rows.items():
            self.form.addRow(labels[key], widget)
        self.form.addRow(self.tr("Paper width"), self.paper_width)

        self.status = _named(QLabel(), "printerStatus")
        self.status.setWordWrap(True)
        self.test_button = _named(QPushButton(self.tr("Test print")), "printerTestButton")
        self.save_button = _named(QPushButton(self.tr("Save")), "printerSaveButton")
        close = _named(QPushButton(self.tr("Close")), "printerCloseButton")
        for button in (self.test_button, self.save_button, close):
            button.setMinimumHeight(48)
        self.save_button.setVisible(ui.can(Permission.MANAGE_SETTINGS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._show_fields)
        self.test_button.clicked.connect(self.test_print)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self._show_fields()
        self._load()

    # -- form <-> config --------------------------------------------------------------------
    def _show_fields(self) -> None:
        wanted = _KIND_FIELDS[PrinterKind(self.kind.currentData())]
        for key, widget in self._rows.items():
            self.form.setRowVisible(widget, key in wanted)

    def _load(self) -> None:
        ui = self.ui

        def read() -> PrinterConfig:
            with ui.ctx.db.read() as s:
                return get_printer_config(s, ui.ctx)

        ui.run(read, self.show_config, self._show_error, lane=READ)

    def show_config(self, config: PrinterConfig) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind.value)))
        self.host.setText(config.host or "")
        self.port.setValue(config.tcp_port)
        self.vendor.setText(f"{config.vendor_id:04x}" if config.vendor_id is not None else "")
        self.product.setText(f"{config.product_id:04x}" if config.product_id is not None else "")
        self.serial.setText(config.serial_port or "")
        self.baud.setCurrentIndex(max(0, self.baud.findData(config.baudrate)))
        self.path.setText(config.path or "")
        self.name.setText(config.printer_name or "")
        self.paper_width.setCurrentIndex(max(0, self.paper_width.findData(config.width_mm)))

    def config_from_form(self) -> PrinterConfig:
        """The printer as typed; ValidationError (shown in the dialog) when incomplete."""
        kind = PrinterKind(self.kind.currentData())
        width = int(self.paper_width.currentData())
        value: dict[str, Any] = {"kind": kind.value, "width_mm": width}
        if kind is PrinterKind.NETWORK:
            value |= {"host": self.host.text().strip(), "port": self.port.value()}
        elif kind is PrinterKind.USB:
            value |= {"vendor_id": self.vendor.text().strip(), "product_id": self.product.text()}
        elif kind is PrinterKind.SERIAL:
            value |= {"port": self.serial.text().strip(), "baudrate": self.baud.currentData()}
        elif kind is PrinterKind.FILE:
            value |= {"path": self.path.text().strip()}
        elif kind is PrinterKind.WIN32RAW:
            value |= {"printer_name": self.name.text().strip()}
        return PrinterConfig.from_setting(value)

    # -- actions ----------------------------------------------------------------------------
    def _show_error(self, error: BaseException) -> None:
        text = error.message if isinstance(error, DomainError) else str(error)
        self.status.setText(self.tr("Error: {0}").format(text))

    def save(self) -> None:
        try:
            config = self.config_from_form()
            actor = self.ui.require_actor()
        except DomainError as exc:
            self._show_error(exc)
            return
        ctx = self.ui.ctx
        self.status.setText(self.tr("Saving..."))
        self.ui.run(
            lambda: save_printer_config(ctx, actor, config),
            lambda _result: self.status.setText(
                self.tr("Saved: {0}").format(config.describe(qt_translate))
            ),
            self._show_error,
            lane=DB,
        )

    def test_print(self) -> None:
        try:
            config = self.config_from_form()
        except DomainError as exc:
            self._show_error(exc)
            return
        if not config.configured:
            self.status.setText(self.tr("Choose a printer first."))
            return
        ctx, actor = self.ui.ctx, self.ui.actor
        self.test_button.setEnabled(False)
        self.status.setText(
            self.tr("Sending a test page to {0}...").format(config.describe(qt_translate))
        )
        self.ui.run(
            lambda: enqueue_test_page(ctx, actor, config=config),
            self._test_queued,
            self._test_not_queued,
            lane=DB,
        )

    def _test_not_queued(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self._show_error(error)

    def _test_queued(self, result: Any) -> None:
        self._test_job = result.job_ids[0]
        self._waited_ms = 0
        worker = getattr(self.ui.hardware, "print_worker", None)
        if worker is not None and hasattr(worker, "wake"):
            worker.wake()
        self._poll.start()

    def _check_test_job(self) -> None:
        job_id, ctx = self._test_job, self.ui.ctx
        if job_id is None:
            self._poll.stop()
            return
        self._waited_ms += POLL_MS
        self._poll.stop()  # one read in flight at a time
        self.ui.run(lambda: job_view(ctx, job_id), self._show_test_job, self._show_error, lane=READ)

    def _show_test_job(self, job: PrintJobView) -> None:
        if job.status == PrintJobStatus.DONE:
            self.status.setText(self.tr("Test page printed."))
        elif job.status == PrintJobStatus.FAILED:
            self.status.setText(self.tr("Test print failed: {0}").format(job.last_error or ""))
        elif self._waited_ms >= TEST_WAIT_MS:
            self.status.setText(
                self.tr("The test page is still waiting in the print queue. {0}").format(
                    job.last_error or self.tr("Is the printer worker running?")
                )
            )
        else:
            if job.last_error:
                self.status.setText(self.tr("Retrying: {0}").format(job.last_error))
            self._poll.start()
            return
        self._test_job = None
        self.test_button.setEnabled(True)

    def done(self, result: int) -> None:
        self._poll.stop()
        self._test_job = None
        super().done(result)


def open_printer_settings(ui: UiContext, parent: QWidget | None = None) -> PrinterSettingsDialog:
    """Show the printer settings dialog (non-blocking) and return it."""
    dialog = PrinterSettingsDialog(ui, parent)
    dialog.open()
    return dialog
