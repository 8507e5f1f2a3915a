"""A barcode scanner on a serial port (RS-232, or USB in "virtual COM port" mode), via pyserial.

``SerialScanner`` reads on its own daemon thread and calls ``on_code(text)`` for every code
(one line: CR, LF or CRLF ends it; a code with no terminator is taken after ``idle_flush_ms``
of silence). Callbacks run on that thread: from Qt, pass a signal's ``emit`` (Qt queues it to
the receiver's thread), never touch widgets directly.

A missing, busy or unplugged port never raises into the app: ``on_error(message)`` says what
is wrong in words, and the reader keeps trying to (re)open the port every ``reconnect_ms``
until ``stop()``; ``on_connected()`` tells when it works again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Final

from pos_desktop.hardware.scanners.config import SerialScannerConfig

log = logging.getLogger(__name__)

MAX_LINE: Final = 512  # bytes without a terminator before the line is taken anyway
READ_TIMEOUT_S: Final = 0.05

Opener = Callable[[], Any]  # returns an open pyserial port (SerialBase)


def _default_opener(config: SerialScannerConfig) -> Opener:
    def open_port() -> Any:
        import serial  # pyserial, imported on use so the app starts without it

        return serial.serial_for_url(config.port, baudrate=config.baudrate, timeout=READ_TIMEOUT_S)

    return open_port


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, FileNotFoundError) or "No such file" in text or "could not open" in text:
        return f"the port does not exist or is not plugged in ({text})"
    if isinstance(exc, PermissionError) or "Permission denied" in text:
        return f"this user may not open the port ({text})"
    return text


class SerialScanner:
    def __init__(
        self,
        config: SerialScannerConfig,
        on_code: Callable[[str], None],
        *,
        on_error: Callable[[str], None] | None = None,
        on_connected: Callable[[], None] | None = None,
        opener: Opener | None = None,
        reconnect: bool = True,
    ) -> None:
        if not config.port and opener is None:
            raise ValueError("no serial scanner port is configured")
        self.config = config
        self._on_code = on_code
        self._on_error = on_error
        self._on_connected = on_connected
        self._opener = opener or _default_opener(config)
        self._reconnect = reconnect
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected = threading.Event()
        self.last_error: str | None = None

    @property
    def name(self) -> str:
        return self.config.port or "serial scanner"

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"serial-scanner-{self.name}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def __enter__(self) -> SerialScanner:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    # -- the reader thread ----------------------------------------------------------------
    def _call(self, fn: Callable[..., None] | None, *args: Any) -> None:
        if fn is None:
            return
        try:
            fn(*args)
        except Exception:  # a bad callback must not kill the reader
            log.exception("serial scanner callback failed")

    def _report(self, message: str) -> None:
        if message != self.last_error:  # say it once per outage, not every retry
            self.last_error = message
            log.warning(message)
            self._call(self._on_error, message)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                port = self._opener()
            except Exception as exc:  # SerialException, OSError, ValueError (bad URL)
                self._report(
                    f"serial scanner {self.name}: cannot open the port: {_reason(exc)}. "
                    "Check the cable and the port in the scanner settings."
                )
            else:
                self.last_error = None
                self._connected.set()
                self._call(self._on_connected)
                try:
                    self._read(port)
                except Exception as exc:  # unplugged while reading
                    if not self._stop.is_set():
                        self._report(f"serial scanner {self.name} stopped working: {_reason(exc)}")
                finally:
                    self._connected.clear()
                    try:
                        port.close()
                    except Exception:
                        log.debug("closing the serial port failed", exc_info=True)
            if not self._reconnect:
                return
            self._stop.wait(self.config.reconnect_ms / 1000)

    def _read(self, port: Any) -> None:
        if getattr(port, "timeout", None) is None:
            port.timeout = READ_TIMEOUT_S  # a blocking read could never notice stop()
        buffer = bytearray()
        last_byte = 0.0
        idle = self.config.idle_flush_ms / 1000
        while not self._stop.is_set():
            waiting = getattr(port, "in_waiting", 0) or 1
            chunk = port.read(min(waiting, 4096))
            now = time.monotonic()
            if chunk:
                buffer.extend(chunk)
                last_byte = now
                self._emit_lines(buffer)
                if len(buffer) > MAX_LINE:
                    self._emit(bytes(buffer))
                    buffer.clear()
            elif buffer and now - last_byte >= idle:
                self._emit(bytes(buffer))
                buffer.clear()

    def _emit_lines(self, buffer: bytearray) -> None:
        while True:
            cut = min((i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0), default=-1)
            if cut < 0:
                return
            line = bytes(buffer[:cut])
            del buffer[: cut + 1]
            self._emit(line)

    def _emit(self, raw: bytes) -> None:
        text = raw.decode("utf-8", errors="replace").strip("\r\n\x00")
        if text.strip():
            self._call(self._on_code, text)
