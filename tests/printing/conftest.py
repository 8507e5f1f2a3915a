"""Printing fixtures: real TCP "printers" on 127.0.0.1, a shop that sells, a PIL rasterizer.

``PrinterServer`` is a network receipt printer as far as a socket can tell: it accepts
connections, collects every byte, and answers the paper status request (DLE EOT 4) like an
Epson does. ``SilentServer`` accepts connections and then never reads or answers. A refusing
printer is a port nothing listens on.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PIL import Image, ImageDraw

from pos_desktop.services.printer_config import PrinterConfig, PrinterKind
from tests.sales.conftest import Shop, _shop_template, shop

__all__ = ["Shop", "_shop_template", "shop"]  # re-exported fixtures

DLE_EOT_PAPER = b"\x10\x04\x04"
PAPER_OK = b"\x12"
PAPER_OUT = b"\x72"
WAIT_S = 10.0  # upper bound for any wait in these tests; they finish far sooner


@dataclass
class PrinterServer:
    host: str = "127.0.0.1"
    paper_out: bool = False
    jobs: list[bytes] = field(default_factory=list)  # one entry per closed connection
    _sock: socket.socket | None = None
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _threads: list[threading.Thread] = field(default_factory=list)
    port: int = 0

    def start(self, port: int = 0) -> PrinterServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, port))
        sock.listen(8)
        self._sock = sock
        self.port = sock.getsockname()[1]
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def _accept(self) -> None:
        assert self._sock is not None
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return  # closed
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        data = bytearray()
        answered = 0
        with conn:
            conn.settimeout(WAIT_S)
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
                # Answer each status request once, as a printer does.
                while data.count(DLE_EOT_PAPER) > answered:
                    conn.sendall(PAPER_OUT if self.paper_out else PAPER_OK)
                    answered += 1
        with self._cond:
            self.jobs.append(bytes(data).replace(DLE_EOT_PAPER, b""))
            self._cond.notify_all()

    def wait_jobs(self, count: int, timeout: float = WAIT_S) -> list[bytes]:
        with self._cond:
            ok = self._cond.wait_for(lambda: len(self.jobs) >= count, timeout)
        assert ok, f"printer received {len(self.jobs)} job(s), expected {count}"
        return list(self.jobs)

    @property
    def received(self) -> bytes:
        with self._cond:
            return b"".join(self.jobs)

    def stop(self) -> None:
        if self._sock is not None:
            _close_listener(self._sock)
            self._sock = None
        for thread in self._threads:
            thread.join(WAIT_S)

    def config(self, width_mm: int = 80, timeout_ms: int = 2000) -> PrinterConfig:
        return PrinterConfig(
            kind=PrinterKind.NETWORK,
            host=self.host,
            tcp_port=self.port,
            width_mm=width_mm,
            timeout_ms=timeout_ms,
        )


class SilentServer:
    """Accepts connections, then never reads and never answers."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self.port = self._sock.getsockname()[1]
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._held.append(conn)

    def stop(self) -> None:
        _close_listener(self._sock)
        self._thread.join(WAIT_S)
        for conn in self._held:
            conn.close()


def _close_listener(sock: socket.socket) -> None:
    """Close a listening socket so that a thread blocked in accept() returns (close alone
    does not wake it on Linux)."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def printer() -> Iterator[PrinterServer]:
    server = PrinterServer().start()
    yield server
    server.stop()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.stop()


def pil_rasterize(text: str, width_px: int, bold: bool) -> Image.Image:
    """A Qt-free stand-in for ui.raster (which has its own Qt tests): a box per character."""
    image = Image.new("1", (width_px, 24), 1)
    draw = ImageDraw.Draw(image)
    for i, _ in enumerate(text[: width_px // 12]):
        draw.rectangle((i * 12 + 1, 2, i * 12 + 10, 21), fill=0)
    return image
