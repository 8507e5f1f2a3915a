"""Printer transports behind python-escpos's one seam: ``_raw(data)`` plus open/close.

Rendering (``render.py``) turns a document into ESC/POS bytes with escpos's ``Dummy`` printer;
a backend only moves bytes. Every failure becomes ``PrinterUnavailable`` with a message a
cashier can act on; nothing here blocks longer than the configured timeout (network and file
writes are bounded; USB and serial pass the timeout to pyusb/pyserial).

The network backend is a plain socket rather than ``escpos.printer.Network``: escpos's
``is_online()`` reads without a deadline and hangs on a printer that accepts the connection but
never answers. Our status query (DLE EOT 4, the paper sensor) has a deadline.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from types import TracebackType
from typing import Any

from pos_desktop.hardware.printing.errors import PrinterUnavailable, Problem
from pos_desktop.services.printer_config import PrinterConfig, PrinterKind

DLE_EOT_PAPER = b"\x10\x04\x04"  # real-time status: paper roll sensor
_PAPER_END = 0x60  # bits 5 and 6: paper end detected


class PrinterBackend(ABC):
    """One connection to a printer; use as a context manager (open, send, close)."""

    description = "printer"
    has_status = False  # can answer DLE EOT
    # No answer to the status request means the printer is not there (network: a socket that
    # accepts and then says nothing). Devices whose answer is optional only refuse on an
    # explicit "paper out".
    silence_is_failure = False

    def open(self) -> None:  # noqa: B027 - optional for transports without a session
        """Connect. Raises PrinterUnavailable."""

    def close(self) -> None:  # noqa: B027
        """Release the device; never raises."""

    @abstractmethod
    def _raw(self, data: bytes) -> None:
        """Send bytes. Raises PrinterUnavailable."""

    def _read(self) -> bytes:
        raise NotImplementedError

    def send(self, data: bytes) -> None:
        if data:
            self._raw(data)

    def check_ready(self, *, needs_paper: bool) -> None:
        """Ask the paper sensor when the transport can answer; refuse when paper is out."""
        if not self.has_status:
            return
        self._raw(DLE_EOT_PAPER)
        reply = self._read()
        if not reply:
            if not self.silence_is_failure:
                return
            raise PrinterUnavailable(
                f"{self.description} did not answer the status request", Problem.TIMEOUT
            )
        if needs_paper and reply[-1] & _PAPER_END == _PAPER_END:
            raise PrinterUnavailable(f"{self.description} is out of paper", Problem.PAPER_OUT)

    def __enter__(self) -> PrinterBackend:
        self.open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class NetworkBackend(PrinterBackend):
    """A printer on TCP (port 9100), with connect, send and answer deadlines."""

    def __init__(self, host: str, port: int, timeout_s: float, *, status: bool = True) -> None:
        self.host, self.port, self.timeout_s = host, port, timeout_s
        self.description = f"the printer at {host}:{port}"
        self.has_status = status
        self.silence_is_failure = True
        self._sock: socket.socket | None = None

    def open(self) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        except ConnectionRefusedError:
            raise PrinterUnavailable(
                f"{self.description} refused the connection: is it switched on?", Problem.REFUSED
            ) from None
        except TimeoutError:
            raise PrinterUnavailable(
                f"{self.description} did not answer within {self.timeout_s:g} s", Problem.TIMEOUT
            ) from None
        except socket.gaierror:
            raise PrinterUnavailable(
                f"printer address {self.host!r} is unknown", Problem.MISSING
            ) from None
        except OSError as exc:
            raise PrinterUnavailable(
                f"cannot reach {self.description}: {exc.strerror or exc}", Problem.MISSING
            ) from None
        sock.settimeout(self.timeout_s)  # bounds every send and recv from here on
        self._sock = sock

    def _raw(self, data: bytes) -> None:
        if self._sock is None:
            raise PrinterUnavailable(f"{self.description} is not connected", Problem.FAILED)
        try:
            self._sock.sendall(data)
        except TimeoutError:
            raise PrinterUnavailable(
                f"{self.description} stopped taking data (timeout {self.timeout_s:g} s)",
                Problem.TIMEOUT,
            ) from None
        except OSError as exc:
            raise PrinterUnavailable(
                f"{self.description} dropped the connection: {exc.strerror or exc}",
                Problem.FAILED,
            ) from None

    def _read(self) -> bytes:
        assert self._sock is not None
        try:
            return self._sock.recv(16)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise PrinterUnavailable(
                f"{self.description} dropped the connection: {exc.strerror or exc}",
                Problem.FAILED,
            ) from None

    def close(self) -> None:
        if self._sock is None:
            return
        sock, self._sock = self._sock, None
        with contextlib.suppress(OSError):
            # Read what the printer sent unasked (status bytes) first: closing a socket with
            # unread input sends a reset, which can make the printer drop the receipt's tail.
            sock.setblocking(False)
            while sock.recv(4096):
                pass
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)  # after the data: the printer sees a clean end
        sock.close()


class DeviceFileBackend(PrinterBackend):
    """A printer device node such as /dev/usb/lp0, written without blocking past the timeout."""

    def __init__(self, path: str, timeout_s: float) -> None:
        self.path, self.timeout_s = path, timeout_s
        self.description = f"the printer at {path}"
        self._fd: int | None = None

    def open(self) -> None:
        # Never create the file: a missing device must say so, not fill /dev with a file.
        if not os.path.exists(self.path):
            raise PrinterUnavailable(
                f"no printer at {self.path}: is it plugged in and switched on?", Problem.MISSING
            )
        flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            self._fd = os.open(self.path, flags)
        except PermissionError:
            raise PrinterUnavailable(
                f"no permission to write to {self.path} (add the user to the 'lp' group)",
                Problem.FAILED,
            ) from None
        except OSError as exc:
            raise PrinterUnavailable(
                f"cannot open {self.path}: {exc.strerror or exc}", Problem.MISSING
            ) from None

    def _raw(self, data: bytes) -> None:
        assert self._fd is not None
        deadline = time.monotonic() + self.timeout_s
        view = memoryview(data)
        while view:
            try:
                written = os.write(self._fd, view)
                view = view[written:]
                continue
            except BlockingIOError:
                pass
            except OSError as exc:
                problem = Problem.PAPER_OUT if exc.errno == errno.ENOSPC else Problem.FAILED
                raise PrinterUnavailable(
                    f"{self.description} refused data: {exc.strerror or exc}", problem
                ) from None
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [self._fd], [], left)[1]:
                raise PrinterUnavailable(
                    f"{self.description} stopped taking data (timeout {self.timeout_s:g} s)",
                    Problem.TIMEOUT,
                )

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


class EscposDeviceBackend(PrinterBackend):
    """USB, serial and Windows printers through the matching python-escpos class (imported only
    when used: pyusb, pyserial and pywin32 may be missing where that kind is not used)."""

    def __init__(self, description: str, make: Callable[[], Any], *, status: bool) -> None:
        self.description = description
        self.has_status = status
        self._make = make
        self._printer: Any = None

    def open(self) -> None:
        try:
            printer = self._make()
            printer.open()
        except PrinterUnavailable:
            raise
        except Exception as exc:  # escpos raises DeviceNotFoundError, pyusb NoBackendError...
            raise PrinterUnavailable(
                f"{self.description} not found: {_first_line(exc)}", Problem.MISSING
            ) from None
        self._printer = printer

    def _raw(self, data: bytes) -> None:
        try:
            self._printer._raw(data)
        except Exception as exc:
            timeout = "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower()
            raise PrinterUnavailable(
                f"{self.description} stopped taking data: {_first_line(exc)}",
                Problem.TIMEOUT if timeout else Problem.FAILED,
            ) from None

    def _read(self) -> bytes:
        try:
            return bytes(self._printer._read())
        except Exception:
            return b""  # no answer within the device's read timeout

    def close(self) -> None:
        if self._printer is not None:
            with contextlib.suppress(Exception):
                self._printer.close()
            self._printer = None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[-1] if "\n" in text else text


def usb_backend(config: PrinterConfig) -> EscposDeviceBackend:
    def make() -> Any:
        from escpos.printer import Usb  # lazy: pyusb and libusb only where USB is used

        timeout_ms = config.timeout_ms
        return Usb(config.vendor_id, config.product_id, timeout=timeout_ms)

    where = f"USB printer {config.vendor_id or 0:04x}:{config.product_id or 0:04x}"
    return EscposDeviceBackend(where, make, status=config.check_status)


def serial_backend(config: PrinterConfig) -> EscposDeviceBackend:
    def make() -> Any:
        from escpos.printer import Serial  # lazy: pyserial

        printer = Serial(
            devfile=config.serial_port, baudrate=config.baudrate, timeout=config.timeout_s
        )
        original_open = printer.open

        def open_bounded() -> None:
            original_open()
            # escpos sets only the read timeout; a port stuck in flow control must not hang us.
            printer.device.write_timeout = config.timeout_s

        printer.open = open_bounded
        return printer

    where = f"serial printer on {config.serial_port}"
    return EscposDeviceBackend(where, make, status=config.check_status)


def win32_backend(config: PrinterConfig) -> PrinterBackend:
    if sys.platform != "win32":
        raise PrinterUnavailable(
            "Windows printers can only be used on Windows", Problem.UNSUPPORTED
        )

    def make() -> Any:
        from escpos.printer import Win32Raw  # lazy: pywin32, Windows only

        return Win32Raw(config.printer_name)

    return EscposDeviceBackend(f"Windows printer {config.printer_name!r}", make, status=False)


def open_backend(config: PrinterConfig) -> PrinterBackend:
    """The backend for a printer setting (not yet opened: use it as a context manager)."""
    if config.kind is PrinterKind.NETWORK:
        assert config.host is not None
        return NetworkBackend(
            config.host, config.tcp_port, config.timeout_s, status=config.check_status
        )
    if config.kind is PrinterKind.FILE:
        assert config.path is not None
        return DeviceFileBackend(config.path, config.timeout_s)
    if config.kind is PrinterKind.USB:
        return usb_backend(config)
    if config.kind is PrinterKind.SERIAL:
        return serial_backend(config)
    if config.kind is PrinterKind.WIN32RAW:
        return win32_backend(config)
    raise PrinterUnavailable(
        "no receipt printer is set up (Settings > Printer)", Problem.NOT_CONFIGURED
    )


class MemoryBackend(PrinterBackend):
    """In-memory printer for what cannot exist in a test (a USB printer): records what it was
    sent, and can be told to fail or to report paper out, behind the same interface."""

    def __init__(
        self,
        description: str = "memory printer",
        *,
        fail: PrinterUnavailable | None = None,
        paper_out: bool = False,
    ) -> None:
        self.description = description
        self.has_status = True
        self.fail = fail
        self.paper_out = paper_out
        self.received = bytearray()
        self.jobs: list[bytes] = []
        self.opened = 0
        self._current: bytearray | None = None

    def open(self) -> None:
        if self.fail is not None:
            raise self.fail
        self.opened += 1
        self._current = bytearray()

    def _raw(self, data: bytes) -> None:
        assert self._current is not None, "send before open"
        self._current += data
        self.received += data

    def _read(self) -> bytes:
        return bytes([0x72 if self.paper_out else 0x12])

    def close(self) -> None:
        if self._current is not None:
            self.jobs.append(bytes(self._current).replace(DLE_EOT_PAPER, b"", 1))
            self._current = None
