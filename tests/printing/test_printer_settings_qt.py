"""Settings > Printer: choose a printer, "Test print" through the real worker and a TCP printer."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.hardware.printing.worker import PrintWorker, RetryPolicy
from pos_desktop.services import print_queue as pq
from pos_desktop.services.printer_config import PrinterConfig, PrinterKind, get_printer_config
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.printer_settings import PrinterSettingsDialog, open_printer_settings
from pos_desktop.ui.printing import start_print_worker
from pos_desktop.ui.raster import rasterize_text
from tests.printing.conftest import PrinterServer, closed_port
from tests.support.terminal import Terminal
from tests.ui.conftest import ui, wait_idle

__all__ = ["ui"]  # the UiContext fixture


@pytest.fixture
def worker(ui: UiContext) -> Iterator[PrintWorker]:
    """The print worker the launcher would start, with the Qt rasterizer, on its own thread."""
    printer_worker = PrintWorker(
        ui.ctx,
        rasterize=rasterize_text,
        retry=RetryPolicy(max_attempts=2, base_delay_s=0.05),
        poll_interval_s=0.05,
    )
    ui.hardware = SimpleNamespace(print_worker=printer_worker)
    printer_worker.start()
    yield printer_worker
    printer_worker.stop()


def _dialog(ui: UiContext, terminal: Terminal, qtbot: QtBot) -> PrinterSettingsDialog:
    ui.set_actor(terminal.admin)
    dialog = open_printer_settings(ui, None)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui)
    return dialog


def _choose(dialog: PrinterSettingsDialog, kind: PrinterKind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))


def test_test_print_reaches_the_printer_typed_in_the_form(
    ui: UiContext, terminal: Terminal, qtbot: QtBot, printer: PrinterServer, worker: PrintWorker
) -> None:
    dialog = _dialog(ui, terminal, qtbot)
    assert dialog.kind.currentData() == "none" and dialog.isVisible()
    _choose(dialog, PrinterKind.NETWORK)
    assert dialog.form.isRowVisible(dialog.host) and not dialog.form.isRowVisible(dialog.vendor)
    dialog.host.clear()
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.setValue(printer.port)
    dialog.paper_width.setCurrentIndex(dialog.paper_width.findData(58))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Test page printed.", timeout=10_000)
    (page,) = printer.wait_jobs(1)
    assert b"TEST PRINT" in page and b"12345678901234567890123456789012\n" in page
    assert b"\x1dv0" in page  # the Sinhala/Tamil sample, rasterized by Qt on the worker
    assert dialog.test_button.isEnabled()
    with terminal.db.read() as s:  # a test print does not save anything
        assert get_printer_config(s, terminal.ctx).kind is PrinterKind.NONE

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=5_000)
    with terminal.db.read() as s:
        saved = get_printer_config(s, terminal.ctx)
    assert saved == PrinterConfig(
        kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=printer.port, width_mm=58
    )
    again = _dialog(ui, terminal, qtbot)  # a new dialog shows what was saved
    assert again.kind.currentData() == "network" and again.host.text() == "127.0.0.1"
    assert again.port.value() == printer.port and again.paper_width.currentData() == 58


def test_test_print_shows_why_it_failed(
    ui: UiContext, terminal: Terminal, qtbot: QtBot, worker: PrintWorker
) -> None:
    dialog = _dialog(ui, terminal, qtbot)
    _choose(dialog, PrinterKind.NETWORK)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(closed_port())
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "failed" in dialog.status.text(), timeout=10_000)
    assert "refused the connection" in dialog.status.text()
    (failed,) = pq.failed_jobs(terminal.ctx)
    assert failed.kind == "TEST_PAGE"


def test_incomplete_form_is_refused_in_the_dialog(
    ui: UiContext, terminal: Terminal, qtbot: QtBot
) -> None:
    dialog = _dialog(ui, terminal, qtbot)
    _choose(dialog, PrinterKind.USB)
    dialog.vendor.setText("04b8")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Error: a usb printer needs product_id"
    dialog.product.setText("zz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "hex digits" in dialog.status.text()
    _choose(dialog, PrinterKind.NONE)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Choose a printer first."
    wait_idle(qtbot, ui)
    assert pq.pending_jobs(terminal.ctx) == ()


def test_cashier_can_test_but_not_save(ui: UiContext, terminal: Terminal, qtbot: QtBot) -> None:
    ui.set_actor(terminal.cashier)
    dialog = open_printer_settings(ui, None)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui)
    assert not dialog.save_button.isVisible() and dialog.test_button.isVisible()
    assert dialog.test_button.minimumHeight() >= 48


def test_worker_news_reaches_the_ui_thread(
    ui: UiContext, terminal: Terminal, qtbot: QtBot, printer: PrinterServer
) -> None:
    worker, bridge = start_print_worker(ui, retry=RetryPolicy(max_attempts=1), poll_interval_s=0.05)
    messages: list[tuple[str, str]] = []
    ui.message.connect(lambda level, text: messages.append((level, text)))
    try:
        with qtbot.waitSignal(ui.changed, timeout=10_000) as changed:
            pq.enqueue_test_page(terminal.ctx, None, config=printer.config())
            worker.wake()
        assert changed.args[0].touches("print_jobs")
        printer.wait_jobs(1)
        with qtbot.waitSignal(bridge.job_changed, timeout=10_000) as failed:
            refusing = PrinterConfig(
                kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=closed_port()
            )
            pq.enqueue_test_page(terminal.ctx, None, config=refusing)
        assert failed.args[0].status == "FAILED"
        assert messages and messages[-1][0] == "error"
        assert "Test page not printed" in messages[-1][1] and "reprint" in messages[-1][1]
    finally:
        worker.stop()
