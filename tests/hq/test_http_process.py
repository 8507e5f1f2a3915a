"""The HQ API through a real ``pos-hq serve`` process on 127.0.0.1: the main flow, the limits
as a client meets them on a socket, and kills and restarts."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync import protocol as p
from tests.hq.http_world import customer_entry, enroll_device, hello_body, push_body
from tests.support.hq_process import HqProcess, hq_process_fixture, setup_tenant
from tests.support.pg import fresh_database

hq_processes = hq_process_fixture()
SMALL_BODY = 4096
SMALL_INFLATED = 65536


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (``setup_tenant`` migrates it through the CLI)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hq.db'}"
        return
    with fresh_database("hqproc") as url:
        yield url


def _raw(hq: HqProcess, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes on a fresh socket and read the whole answer (status, headers, body)."""
    with socket.create_connection(("127.0.0.1", hq.port), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def test_main_flow_over_a_real_socket(hq_processes: Any, db_url: str) -> None:
    tenant = setup_tenant(db_url, "Perera Stores", ("S01", "S02"))
    hq = hq_processes(db_url)
    with hq.client() as client:
        assert client.get(p.HEALTH_PATH).json()["status"] == "ok"
        till = enroll_device(client, tenant.take_code("S01"))
        other = enroll_device(client, tenant.take_code("S02"))
        hello = client.post(p.HELLO_PATH, json=hello_body(), headers=till.headers())
        assert hello.status_code == 200, hello.text
        said = p.HelloResponse.from_json(hello.json())
        assert (said.organization_id, said.store_id) == (tenant.organization_id, till.store_id)

        # A gzipped push, as the engine sends batches above 16 KiB.
        entries = [customer_entry(till, name=f"Customer {i}") for i in range(60)]
        raw = gzip.compress(json.dumps(push_body(*entries)).encode())
        headers = till.headers(**{"Content-Encoding": "gzip", "Content-Type": "application/json"})
        pushed = client.post(p.PUSH_PATH, content=raw, headers=headers)
        assert pushed.status_code == 200, pushed.text
        result = p.PushResponse.from_json(pushed.json())
        assert result.last_seq == 60
        assert {r.status for r in result.results} == {"applied"}

        pulled = client.post(
            p.PULL_PATH,
            json={"cursor": 0, "limit": 5000},
            headers=other.headers(**{"Accept-Encoding": "gzip"}),
        )
        assert pulled.status_code == 200, pulled.text
        assert pulled.headers.get("content-encoding") == "gzip"
        seen = {c["entity_id"] for c in pulled.json()["changes"] if c["entity"] == "customers"}
        assert {e["entity_id"] for e in entries} <= seen


def test_answers_are_not_held_back_by_delayed_acks(hq_processes: Any, db_url: str) -> None:
    """Without TCP_NODELAY on the server's sockets an answer written in two parts (headers,
    body) waits ~40 ms for the client's delayed ACK: 25 requests would take a second."""
    setup_tenant(db_url, "Acme")
    hq = hq_processes(db_url)
    with hq.client() as client:
        client.get(p.HEALTH_PATH)
        started = time.perf_counter()
        for _ in range(25):
            assert client.get("/v1/none").status_code == 404
        assert time.perf_counter() - started < 0.5


def test_limits_on_the_socket(hq_processes: Any, db_url: str) -> None:
    tenant = setup_tenant(db_url, "Acme")
    hq = hq_processes(
        db_url,
        args=["--rate-limit", "5", "--rate-window", "3600"],
        environ={
            "POS_HQ_MAX_BODY_BYTES": str(SMALL_BODY),
            "POS_HQ_MAX_INFLATED_BYTES": str(SMALL_INFLATED),
        },
    )
    with hq.client() as client:
        till = enroll_device(client, tenant.take_code("S01"))
    auth = (
        f"Connection: close\r\nAuthorization: Bearer {till.token}\r\n"
        f"{p.DB_INSTANCE_HEADER}: {till.instance}\r\n"
    )

    # Declared too large: refused from the headers alone, before any byte of the body.
    start = f"POST {p.PUSH_PATH} HTTP/1.1\r\nHost: x\r\n{auth}"
    status, _, body = _raw(hq, f"{start}Content-Length: 99999999\r\n\r\n".encode())
    assert status == 413 and json.loads(body)["error"] == "too_large"

    # Chunked, no length: counted while streaming.
    chunk = b"x" * 1000
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(8)) + b"0\r\n\r\n"
    status, _, body = _raw(
        hq,
        f"POST {p.PUSH_PATH} HTTP/1.1\r\nHost: x\r\n{auth}"
        "Transfer-Encoding: chunked\r\n\r\n".encode()
        + chunks,
    )
    assert status == 413 and json.loads(body)["error"] == "too_large"

    # A gzip bomb: small on the wire, far over the inflated cap.
    bomb = gzip.compress(b"[" + b"0," * (SMALL_INFLATED) + b"0]", compresslevel=9)
    assert len(bomb) < SMALL_BODY
    with hq.client() as client:
        inflated = client.post(
            p.PUSH_PATH, content=bomb, headers=till.headers(**{"Content-Encoding": "gzip"})
        )
        assert inflated.status_code == 413, inflated.text
        assert "inflated" in inflated.json()["message"]
        # An ordinary client sending too much gets the 413 answer, not a broken pipe.
        sent = client.post(p.PUSH_PATH, content=b"x" * (SMALL_BODY * 64), headers=till.headers())
        assert sent.status_code == 413
        # Rate limit: 5 admitted requests a window for this credential (4 used above).
        statuses = [
            client.post(p.HELLO_PATH, json=hello_body(), headers=till.headers()).status_code
            for _ in range(2)
        ]
        assert statuses == [200, 429]
        limited = client.post(p.HELLO_PATH, json=hello_body(), headers=till.headers())
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1
        assert limited.json()["error"] == "rate_limited"


def test_kill_and_restart_keep_the_port_and_the_data(hq_processes: Any, db_url: str) -> None:
    tenant = setup_tenant(db_url, "Acme")
    hq = hq_processes(db_url)
    with hq.client() as client:
        till = enroll_device(client, tenant.take_code("S01"))
        entry = customer_entry(till)
        assert client.post(p.PUSH_PATH, json=push_body(entry), headers=till.headers()).is_success
    port = hq.port
    assert hq.kill() == -9
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{hq.url}/health", timeout=2)
    hq.start()
    assert hq.port == port
    with hq.client() as client:
        said = client.post(p.HELLO_PATH, json=hello_body(), headers=till.headers())
        assert said.json()["last_seq"] == 1
    assert hq.stop() == 0  # SIGTERM: graceful
    assert "listening" in hq.log()
