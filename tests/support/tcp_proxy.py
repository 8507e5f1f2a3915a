"""A TCP proxy on 127.0.0.1 that injects network faults between a terminal and a real HQ.

Faults apply per connection, in order: ``proxy.fail_next(Fault.X, ...)`` queues them and each
new connection takes the next one (then plain forwarding again). Tests give the sync client a
transport without keep-alive, so one connection carries one request and a fault hits exactly
the request it is meant for.

- ``DROP_BEFORE_REQUEST``: the connection is closed before any byte reaches HQ.
- ``DROP_RESPONSE``: the request reaches HQ, HQ answers (so it has committed), the answer is
  thrown away and the connection closed: the client cannot know its push was applied.
- ``CUT_RESPONSE``: only the first ``keep_bytes`` of the answer reach the client (a page cut
  in the middle).
- ``BLACKHOLE``: the connection is accepted and nothing ever comes back (client timeouts).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque
from dataclasses import dataclass
from enum import Enum


class Fault(Enum):
    DROP_BEFORE_REQUEST = "drop_before_request"
    DROP_RESPONSE = "drop_response"
    CUT_RESPONSE = "cut_response"
    BLACKHOLE = "blackhole"


@dataclass(frozen=True, slots=True)
class _Planned:
    fault: Fault
    keep_bytes: int = 0


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self._upstream = (upstream_host, upstream_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._plan: deque[_Planned] = deque()
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._sockets: list[socket.socket] = []
        self.connections = 0
        self.faults_applied: list[Fault] = []
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def retarget(self, upstream_host: str, upstream_port: int) -> None:
        """Point at a restarted HQ (a new port) without changing the terminal's URL."""
        with self._lock:
            self._upstream = (upstream_host, upstream_port)

    def fail_next(self, fault: Fault, *, keep_bytes: int = 0, times: int = 1) -> None:
        with self._lock:
            for _ in range(times):
                self._plan.append(_Planned(fault, keep_bytes))

    def pending_faults(self) -> int:
        with self._lock:
            return len(self._plan)

    def close(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=2)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                planned = self._plan.popleft() if self._plan else None
                upstream = self._upstream
                self.connections += 1
                self._sockets.append(client)
                if planned is not None:
                    self.faults_applied.append(planned.fault)
            threading.Thread(
                target=self._serve, args=(client, upstream, planned), daemon=True
            ).start()

    def _serve(
        self, client: socket.socket, upstream: tuple[str, int], planned: _Planned | None
    ) -> None:
        fault = planned.fault if planned else None
        if fault is Fault.DROP_BEFORE_REQUEST:
            _abort(client)
            return
        if fault is Fault.BLACKHOLE:
            # Read and discard until the client gives up; never answer.
            with contextlib.suppress(OSError):
                while not self._stopped.is_set() and client.recv(65536):
                    pass
            _abort(client)
            return
        try:
            server = socket.create_connection(upstream, timeout=10)
        except OSError:
            _abort(client)
            return
        with self._lock:
            self._sockets.append(server)
        up = threading.Thread(target=_pump, args=(client, server), daemon=True)
        up.start()
        if fault is Fault.DROP_RESPONSE:
            # Wait for HQ's first answer byte (it has committed by then), then lose it.
            with contextlib.suppress(OSError):
                server.recv(1)
            _abort(client)
            _abort(server)
            return
        if fault is Fault.CUT_RESPONSE:
            keep = planned.keep_bytes if planned else 0
            sent = 0
            with contextlib.suppress(OSError):
                while sent < keep:
                    data = server.recv(min(65536, keep - sent))
                    if not data:
                        break
                    client.sendall(data)
                    sent += len(data)
            _abort(client)
            _abort(server)
            return
        _pump(server, client)
        _abort(client)
        _abort(server)


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while True:
            data = source.recv(65536)
            if not data:
                break
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def _abort(sock: socket.socket) -> None:
    """Close with RST so the peer sees a dropped connection, not a clean end. ``shutdown``
    first: a bare close() does not wake a thread of ours blocked reading the same socket."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
