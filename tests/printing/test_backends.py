"""Transports other than the network, the printer setting, and what ``pos doctor`` says of it."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from pos_desktop.cli.doctor import PRINTER_SETTING, check_device_setting
from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.hardware.printing.backends import (
    DLE_EOT_PAPER,
    MemoryBackend,
    open_backend,
)
from pos_desktop.hardware.printing.errors import PrinterUnavailable, Problem
from pos_desktop.hardware.printing.profiles import PAPER_58
from pos_desktop.hardware.printing.render import render_drawer_kick, render_test_page
from pos_desktop.hardware.printing.worker import PrintWorker, RetryPolicy
from pos_desktop.services import print_queue as pq
from pos_desktop.services.printer_config import (
    PRINTER_KINDS,
    PrinterConfig,
    PrinterKind,
    get_printer_config,
    printer_config_problem,
    save_printer_config,
)
from pos_desktop.services.settings import set_setting
from tests.printing.support import card_sale
from tests.sales.conftest import Shop
from tests.support.terminal import Terminal


def test_device_file_receives_the_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()  # stands for /dev/usb/lp0: the backend never creates the file
    data = render_test_page(PAPER_58)
    config = PrinterConfig(kind=PrinterKind.FILE, path=str(device), width_mm=58)
    with open_backend(config) as backend:
        backend.check_ready(needs_paper=True)  # a device file cannot answer: no status check
        backend.send(data)
    assert device.read_bytes() == data


def test_missing_device_file_is_reported_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "usb" / "lp9"
    backend = open_backend(PrinterConfig(kind=PrinterKind.FILE, path=str(missing)))
    with pytest.raises(PrinterUnavailable) as err:
        backend.open()
    assert err.value.problem is Problem.MISSING and "plugged in" in err.value.message
    assert not missing.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("answers", [True, False], ids=["answers-status", "never-answers"])
def test_serial_printer_on_a_pseudo_terminal(answers: bool) -> None:
    """pyserial through escpos.printer.Serial on a real pty; the test plays the printer. A
    serial printer that does not answer the status request still gets the job (answering is
    optional on serial and USB; only an explicit "paper out" holds a job)."""
    master, slave = os.openpty()
    received = bytearray()
    done = threading.Event()

    def printer() -> None:
        while not done.is_set():
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            received.extend(chunk)
            if DLE_EOT_PAPER in chunk and answers:
                os.write(master, b"\x12")  # paper fine
            if b"\x1bp" in received:
                done.set()

    thread = threading.Thread(target=printer, daemon=True)
    thread.start()
    config = PrinterConfig(
        kind=PrinterKind.SERIAL, serial_port=os.ttyname(slave), baudrate=19200, timeout_ms=300
    )
    try:
        with open_backend(config) as backend:
            backend.check_ready(needs_paper=True)
            backend.send(render_drawer_kick())
        assert done.wait(5)
        assert received == DLE_EOT_PAPER + b"\x1bp\x00\x32\x32"
    finally:
        done.set()
        os.close(slave)  # the last slave handle: a read on the master now fails at once
        thread.join(5)
        os.close(master)  # only after the thread is gone: its fd number must not be reused
        assert not thread.is_alive()


def test_missing_serial_port() -> None:
    config = PrinterConfig(kind=PrinterKind.SERIAL, serial_port="/dev/ttyNOPE42")
    with pytest.raises(PrinterUnavailable) as err:
        open_backend(config).open()
    assert err.value.problem is Problem.MISSING and "/dev/ttyNOPE42" in err.value.message


def test_missing_usb_printer_is_a_clear_error() -> None:
    # The real escpos.printer.Usb over pyusb: no such device here (or no libusb at all).
    config = PrinterConfig(kind=PrinterKind.USB, vendor_id=0x04B8, product_id=0x0E15)
    with pytest.raises(PrinterUnavailable) as err:
        open_backend(config).open()
    assert err.value.problem is Problem.MISSING
    assert "USB printer 04b8:0e15 not found" in err.value.message


def test_windows_printer_only_on_windows() -> None:
    config = PrinterConfig(kind=PrinterKind.WIN32RAW, printer_name="EPSON TM-T20")
    if sys.platform == "win32":
        pytest.skip("this checks the refusal elsewhere")
    with pytest.raises(PrinterUnavailable) as err:
        open_backend(config)
    assert err.value.problem is Problem.UNSUPPORTED


def test_usb_receipt_through_the_worker_with_an_in_memory_printer(shop: Shop) -> None:
    """A USB printer cannot exist here: the in-memory backend stands in behind the same
    interface the worker uses for the real one."""
    save_printer_config(
        shop.ctx,
        shop.term.admin,
        PrinterConfig(kind=PrinterKind.USB, vendor_id=0x04B8, product_id=0x0202, width_mm=58),
    )
    usb = MemoryBackend("USB printer 04b8:0202")
    seen: list[PrinterConfig] = []

    def factory(config: PrinterConfig) -> MemoryBackend:
        seen.append(config)
        return usb

    sale = card_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    event = PrintWorker(shop.ctx, backend_factory=factory).process_next()
    assert event is not None and event.status == "DONE"
    assert seen[0].kind is PrinterKind.USB and seen[0].width_mm == 58
    (job,) = usb.jobs
    assert sale.receipt_number.encode() in job and b"-" * 32 + b"\n" in job
    usb.paper_out = True
    pq.reprint(shop.ctx, None, sale.sale_id)
    worker = PrintWorker(shop.ctx, backend_factory=factory, retry=RetryPolicy(max_attempts=1))
    failed = worker.process_next()
    assert failed is not None and failed.problem == "paper_out"


# -- the setting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "config",
    [
        PrinterConfig(),
        PrinterConfig(kind=PrinterKind.NETWORK, host="192.168.1.50", tcp_port=9100),
        PrinterConfig(kind=PrinterKind.USB, vendor_id=0x04B8, product_id=0x0202, width_mm=58),
        PrinterConfig(kind=PrinterKind.SERIAL, serial_port="COM3", baudrate=38400, drawer_pin=5),
        PrinterConfig(kind=PrinterKind.FILE, path="/dev/usb/lp0", timeout_ms=10_000),
        PrinterConfig(kind=PrinterKind.WIN32RAW, printer_name="EPSON TM-T20", check_status=False),
    ],
)
def test_config_round_trips_and_satisfies_doctor(config: PrinterConfig) -> None:
    stored = config.to_setting()
    assert PrinterConfig.from_setting(stored) == config
    assert printer_config_problem(stored) is None
    assert all(stored.get(field) for field in PRINTER_KINDS[stored["kind"]])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("network", "object"),
        ({"kind": "laser"}, "not one of"),
        ({"kind": "network"}, "needs host"),
        ({"kind": "network", "host": "bad host!"}, "not a host"),
        ({"kind": "network", "host": "10.0.0.1", "port": 70000}, "port"),
        ({"kind": "usb", "vendor_id": "xyz", "product_id": 1}, "hex"),
        ({"kind": "usb", "vendor_id": 1, "product_id": 0x1FFFF}, "ffff"),
        ({"kind": "serial", "port": "COM1", "baudrate": 1234}, "baud"),
        ({"kind": "file", "path": "/dev/lp0", "width_mm": 76}, "58 or 80"),
        ({"kind": "file", "path": "/dev/lp0", "drawer_pin": 3}, "pin"),
        ({"kind": "file", "path": "/dev/lp0", "timeout_ms": True}, "whole number"),
    ],
)
def test_bad_printer_settings_are_refused(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PrinterConfig.from_setting(value)


def test_typed_usb_ids_accept_hex() -> None:
    config = PrinterConfig.from_setting(
        {"kind": "usb", "vendor_id": "0x04B8", "product_id": "0202"}
    )
    assert (config.vendor_id, config.product_id) == (0x04B8, 0x0202)
    assert config.describe() == "USB 04b8:0202, 80 mm"


def test_saved_per_device_and_width_falls_back_to_receipt_setting(terminal: Terminal) -> None:
    ctx = terminal.ctx
    with terminal.db.read() as s:
        assert get_printer_config(s, ctx) == PrinterConfig()  # default: no printer
    with pytest.raises(PermissionDenied):
        save_printer_config(ctx, terminal.cashier, PrinterConfig(kind=PrinterKind.FILE, path="x"))
    result = save_printer_config(
        ctx, terminal.admin, PrinterConfig(kind=PrinterKind.NETWORK, host="10.1.1.9")
    )
    assert result.scope == "device" and result.key == PRINTER_SETTING
    set_setting(ctx, terminal.admin, PRINTER_SETTING, {"kind": "file", "path": "/dev/usb/lp0"})
    set_setting(ctx, terminal.admin, "receipt.paper_width_mm", 58)
    with terminal.db.read() as s:
        config = get_printer_config(s, ctx)  # the device row wins over the store row
    assert (config.kind, config.host, config.width_mm) == (PrinterKind.NETWORK, "10.1.1.9", 80)
    set_setting(
        ctx, terminal.admin, PRINTER_SETTING, {"kind": "file", "path": "/dev/lp0"}, scope="device"
    )
    with terminal.db.read() as s:
        config = get_printer_config(s, ctx)
    assert (config.kind, config.width_mm) == (PrinterKind.FILE, 58)  # width from receipt.*


def test_doctor_reads_the_same_setting(terminal: Terminal) -> None:
    identity = terminal.ctx.terminal

    def doctor() -> tuple[str, str]:
        check = check_device_setting(
            terminal.db, identity, PRINTER_SETTING, "printer", PRINTER_KINDS, printer_config_problem
        )
        return check.status, check.detail

    assert doctor()[0] == "WARN" and "not configured" in doctor()[1]
    save_printer_config(
        terminal.ctx,
        terminal.admin,
        PrinterConfig(kind=PrinterKind.WIN32RAW, printer_name="EPSON TM-T20"),
    )
    assert doctor() == ("OK", "win32raw (printer_name=EPSON TM-T20)")
    set_setting(
        terminal.ctx,
        terminal.admin,
        PRINTER_SETTING,
        {"kind": "network", "host": "10.0.0.1", "width_mm": 76},
        scope="device",
    )
    status, detail = doctor()
    assert status == "FAIL" and "58 or 80" in detail
