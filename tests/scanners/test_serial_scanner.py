"""Serial scanners with real bytes: a pseudo-terminal pair opened by path, and pyserial's loop://."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import serial
from PySide6.QtCore import QObject, QThread, Signal
from pytestqt.qtbot import QtBot

from pos_desktop.core.errors import ValidationError
from pos_desktop.hardware.scanners.config import SerialScannerConfig
from pos_desktop.hardware.scanners.serial_scanner import SerialScanner

WAIT = 5.0


class Collector:
    def __init__(self) -> None:
        self.codes: queue.Queue[str] = queue.Queue()
        self.errors: queue.Queue[str] = queue.Queue()
        self.connected = threading.Event()

    def scanner(self, config: SerialScannerConfig, **kwargs: Any) -> SerialScanner:
        return SerialScanner(
            config,
            self.codes.put,
            on_error=self.errors.put,
            on_connected=self.connected.set,
            **kwargs,
        )

    def next_codes(self, n: int) -> list[str]:
        return [self.codes.get(timeout=WAIT) for _ in range(n)]


@pytest.fixture
def pty() -> Iterator[tuple[int, str]]:
    master, slave = os.openpty()
    name = os.ttyname(slave)
    yield master, name
    for fd in (master, slave):
        with contextlib.suppress(OSError):  # the test may have closed it already
            os.close(fd)


def test_codes_from_a_serial_device_by_its_path(pty: tuple[int, str]) -> None:
    master, name = pty
    got = Collector()
    with got.scanner(SerialScannerConfig(port=name, baudrate=9600)) as scanner:
        assert got.connected.wait(WAIT) and scanner.connected
        os.write(master, b"4790000000017\r\n")
        os.write(master, b"LC12345678\rS01-T01-000001\n")  # CR only, LF only
        os.write(master, b"47900")  # one code split over two writes
        os.write(master, b"00000024\r\n\r\n")  # blank lines are skipped
        assert got.next_codes(4) == [
            "4790000000017",
            "LC12345678",
            "S01-T01-000001",
            "4790000000024",
        ]
    assert not scanner.running and got.errors.empty()


def test_code_without_terminator_is_taken_after_silence(pty: tuple[int, str]) -> None:
    master, name = pty
    got = Collector()
    with got.scanner(SerialScannerConfig(port=name, idle_flush_ms=40)):
        assert got.connected.wait(WAIT)
        os.write(master, b"4790000000017")
        assert got.next_codes(1) == ["4790000000017"]


def test_loop_url_through_an_opener() -> None:
    port = serial.serial_for_url("loop://", timeout=0.05)
    got = Collector()
    with got.scanner(SerialScannerConfig(port="loop://"), opener=lambda: port):
        assert got.connected.wait(WAIT)
        port.write(b"\x02garbage\xff\r")  # bad bytes arrive as text for the resolver to refuse
        port.write(b"4790000000017\r")
        first, second = got.next_codes(2)
    assert first.startswith("\x02garbage") and "\ufffd" in first
    assert second == "4790000000017"
    assert not port.is_open  # the scanner closed it on stop


def test_missing_port_gives_one_clear_message_and_keeps_retrying() -> None:
    attempts = 0
    third = threading.Event()

    def missing() -> Any:
        nonlocal attempts
        attempts += 1
        if attempts >= 3:
            third.set()
        return serial.serial_for_url("/dev/no-such-scanner", timeout=0.05)

    got = Collector()
    config = SerialScannerConfig(port="/dev/no-such-scanner", reconnect_ms=200)
    scanner = got.scanner(config, opener=missing)
    scanner.start()
    try:
        message = got.errors.get(timeout=WAIT)
        assert "/dev/no-such-scanner" in message and "cannot open the port" in message
        assert "does not exist" in message
        assert third.wait(WAIT)  # still trying, quietly
        assert got.errors.empty() and scanner.running and not scanner.connected
    finally:
        scanner.stop()
    assert not scanner.running


def test_default_opener_on_a_missing_device_without_retry() -> None:
    got = Collector()
    scanner = got.scanner(SerialScannerConfig(port="/dev/no-such-scanner"), reconnect=False)
    scanner.start()
    assert "cannot open the port" in got.errors.get(timeout=WAIT)
    scanner.stop()
    assert scanner.last_error is not None and not scanner.running


def test_unplugged_while_reading_is_reported_not_raised(pty: tuple[int, str]) -> None:
    master, name = pty
    got = Collector()
    scanner = got.scanner(SerialScannerConfig(port=name), reconnect=False)
    scanner.start()
    try:
        assert got.connected.wait(WAIT)
        os.write(master, b"4790000000017\r")
        assert got.next_codes(1) == ["4790000000017"]
        os.close(master)  # the other end goes away: reads fail
        assert "stopped working" in got.errors.get(timeout=WAIT)
    finally:
        scanner.stop()
    assert not scanner.connected


def test_a_failing_callback_does_not_stop_the_reader() -> None:
    port = serial.serial_for_url("loop://", timeout=0.05)
    codes: queue.Queue[str] = queue.Queue()

    def on_code(code: str) -> None:
        if code == "boom":
            raise RuntimeError("slot bug")
        codes.put(code)

    with SerialScanner(SerialScannerConfig(port="loop://"), on_code, opener=lambda: port):
        port.write(b"boom\r4790000000017\r")
        assert codes.get(timeout=WAIT) == "4790000000017"


def test_codes_reach_the_ui_thread_through_a_signal(qtbot: QtBot) -> None:
    class Bridge(QObject):
        scanned = Signal(str)

    bridge = Bridge()
    threads: list[bool] = []
    bridge.scanned.connect(lambda _code: threads.append(QThread.currentThread() is bridge.thread()))
    port = serial.serial_for_url("loop://", timeout=0.05)
    with (
        SerialScanner(
            SerialScannerConfig(port="loop://"), bridge.scanned.emit, opener=lambda: port
        ),
        qtbot.waitSignal(bridge.scanned, timeout=5000) as signal,
    ):
        port.write(b"LC12345678\r\n")
    assert signal.args == ["LC12345678"] and threads == [True]


def test_configuration_is_checked() -> None:
    with pytest.raises(ValueError, match="no serial scanner port"):
        SerialScanner(SerialScannerConfig(), lambda _c: None)
    with pytest.raises(ValidationError):
        SerialScannerConfig(port="COM3", baudrate=12345)
