"""HqClient: bodies, headers, gzip both ways, and how failures map to exceptions."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
import pytest

from sync import protocol
from sync.client.transport import (
    DEFAULT_TIMEOUT,
    HqBadResponse,
    HqClient,
    HqRejected,
    HqUnavailable,
    encode_body,
)
from sync.protocol import ErrorCode, HelloRequest, PullRequest

HELLO = {
    "server_epoch": "e1",
    "server_time_ms": 1,
    "organization_id": "o",
    "store_id": "s",
    "device_id": "d",
    "last_seq": 0,
    "org_version": 0,
    "min_schema_version": 1,
    "max_schema_version": 1,
    "tombstone_horizon": 0,
}


def client(handler: Any, token: str | None = "dev.d.secret") -> HqClient:
    return HqClient("http://hq.test/", lambda: token, "instance-1", httpx.MockTransport(handler))


def hello_req() -> HelloRequest:
    return HelloRequest(protocol_version=1, schema_version=1, app_version="t")


def test_headers_and_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=HELLO)

    answer = client(handler).hello(hello_req())
    assert answer.server_epoch == "e1"
    request = seen[0]
    assert request.url == "http://hq.test/v1/hello"
    assert request.headers["authorization"] == "Bearer dev.d.secret"
    assert request.headers[protocol.DB_INSTANCE_HEADER] == "instance-1"
    assert "gzip" in request.headers["accept-encoding"]
    assert "content-encoding" not in request.headers  # small body: plain
    assert json.loads(request.content)["app_version"] == "t"


def test_large_bodies_are_gzipped_and_small_ones_not() -> None:
    small, small_headers = encode_body({"a": "x" * 100})
    assert "Content-Encoding" not in small_headers and json.loads(small) == {"a": "x" * 100}
    big_body = {"a": "x" * (protocol.GZIP_MIN_BYTES + 10)}
    big, headers = encode_body(big_body)
    assert headers["Content-Encoding"] == "gzip"
    assert len(big) < protocol.GZIP_MIN_BYTES
    assert json.loads(gzip.decompress(big)) == big_body


def test_gzip_answers_are_inflated() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        data = gzip.compress(json.dumps(HELLO).encode())
        return httpx.Response(200, content=data, headers={"Content-Encoding": "gzip"})

    assert client(handler).hello(hello_req()).device_id == "d"


def test_timeouts_are_bounded() -> None:
    assert DEFAULT_TIMEOUT.connect == 5.0
    assert DEFAULT_TIMEOUT.read == 30.0


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("refused"),
        httpx.RemoteProtocolError("closed"),
    ],
)
def test_network_failures_are_unavailable(error: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(HqUnavailable, match=r"hq\.test"):
        client(handler).hello(hello_req())


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_unavailable(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text="boom")

    with pytest.raises(HqUnavailable) as info:
        client(handler).pull(PullRequest(cursor=0))
    assert info.value.status == status


def test_4xx_error_body_is_rejected_with_code_and_details() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": ErrorCode.SEQ_GAP, "message": "gap", "details": {"last_seq": 7}}
        return httpx.Response(409, json=body)

    with pytest.raises(HqRejected) as info:
        client(handler).hello(hello_req())
    assert (info.value.code, info.value.status, info.value.details) == (
        "seq_gap",
        409,
        {"last_seq": 7},
    )


def test_rate_limit_carries_retry_after() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": ErrorCode.RATE_LIMITED, "message": "slow down"}
        return httpx.Response(429, json=body, headers={"Retry-After": "12"})

    with pytest.raises(HqRejected) as info:
        client(handler).hello(hello_req())
    assert info.value.retry_after_s == 12.0


def test_4xx_without_error_body_still_rejected() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="<html>nope</html>")

    with pytest.raises(HqRejected) as info:
        client(handler).hello(hello_req())
    assert info.value.code == "http_404"


@pytest.mark.parametrize("answer", [b"<html>captive portal</html>", b'{"server_epoch": 3}'])
def test_2xx_outside_the_protocol_is_a_bad_response(answer: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=answer)

    with pytest.raises(HqBadResponse, match="is it the HQ address"):
        client(handler).hello(hello_req())


def test_missing_token_refused_before_sending() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=HELLO)

    with pytest.raises(HqRejected) as info:
        client(handler, token=None).hello(hello_req())
    assert info.value.code == ErrorCode.UNAUTHORIZED and calls == []
