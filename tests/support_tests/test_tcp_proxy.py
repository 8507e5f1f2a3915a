"""The fault proxy itself: each planned fault hits one connection, then it forwards again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.support.tcp_proxy import Fault, FaultProxy


class _Counter(BaseHTTPRequestHandler):
    hits = 0

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.rfile.read(length)
        type(self).hits += 1
        body = b"x" * 5000
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[ThreadingHTTPServer]:
    _Counter.hits = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _client() -> httpx.Client:
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    return httpx.Client(transport=transport, timeout=httpx.Timeout(1.0))


def test_faults_apply_once_each_then_traffic_flows(upstream: ThreadingHTTPServer) -> None:
    with FaultProxy("127.0.0.1", upstream.server_address[1]) as proxy, _client() as client:
        proxy.fail_next(Fault.DROP_BEFORE_REQUEST)
        with pytest.raises(httpx.TransportError):
            client.post(proxy.url, content=b"a")
        assert _Counter.hits == 0  # never reached the server

        proxy.fail_next(Fault.DROP_RESPONSE)
        with pytest.raises(httpx.TransportError):
            client.post(proxy.url, content=b"b")
        assert _Counter.hits == 1  # the server did the work; the answer was lost

        proxy.fail_next(Fault.CUT_RESPONSE, keep_bytes=100)
        with pytest.raises(httpx.TransportError):
            client.post(proxy.url, content=b"c")
        assert _Counter.hits == 2

        proxy.fail_next(Fault.BLACKHOLE)
        with pytest.raises(httpx.TimeoutException):
            client.post(proxy.url, content=b"d")

        response = client.post(proxy.url, content=b"e")
        assert response.status_code == 200 and len(response.content) == 5000
        assert proxy.pending_faults() == 0
        assert proxy.faults_applied == [
            Fault.DROP_BEFORE_REQUEST,
            Fault.DROP_RESPONSE,
            Fault.CUT_RESPONSE,
            Fault.BLACKHOLE,
        ]


def test_retarget_follows_a_restarted_upstream(upstream: ThreadingHTTPServer) -> None:
    with FaultProxy("127.0.0.1", 1) as proxy, _client() as client:
        with pytest.raises(httpx.TransportError):
            client.post(proxy.url, content=b"a")
        proxy.retarget("127.0.0.1", upstream.server_address[1])
        assert client.post(proxy.url, content=b"b").status_code == 200
