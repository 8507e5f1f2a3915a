"""Body reading and error answers of the HQ HTTP layer, on a bare Starlette app (no database)."""

from __future__ import annotations

import gzip
import json
import logging
import warnings
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sync.protocol import ErrorBody, PullRequest
from sync.server.errors import HqError
from sync.server.http_io import (
    ApiError,
    accepts_gzip,
    decode_json,
    guarded,
    inflate,
    read_body,
    render,
)

with warnings.catch_warnings():
    # Starlette 1.x nudges towards httpx2; httpx is what the project (and the client) uses.
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

CAP = 1024
INFLATED_CAP = 4096


def _app() -> Starlette:
    async def echo(request: Request) -> Response:
        raw = await read_body(request, CAP)
        value = decode_json(raw, request.headers.get("content-encoding", ""), INFLATED_CAP)
        req = PullRequest.from_json(value)
        return render(req.to_json(), gzip_ok=accepts_gzip(request), min_gzip=64, level=5)

    async def boom(request: Request) -> Response:
        raise RuntimeError("secret connection string postgresql://pos:hunter2@db")

    async def hq_refusal(request: Request) -> Response:
        raise HqError("rate_limited", "slow down", 429, {"retry_after_s": 7})

    async def big(request: Request) -> Response:
        body = {"rows": [{"id": i, "name": "x" * 50} for i in range(200)]}
        return render(body, gzip_ok=accepts_gzip(request), min_gzip=1024, level=5)

    return Starlette(
        routes=[
            Route("/echo", guarded("echo", echo), methods=["POST"]),
            Route("/boom", guarded("boom", boom), methods=["GET"]),
            Route("/hq", guarded("hq", hq_refusal), methods=["GET"]),
            Route("/big", guarded("big", big), methods=["GET"]),
        ]
    )


@pytest.fixture
def client() -> TestClient:
    return TestClient(_app(), raise_server_exceptions=False)


def _error(response: Any) -> ErrorBody:
    return ErrorBody.from_json(response.json())


def test_valid_body_is_parsed(client: TestClient) -> None:
    answer = client.post("/echo", json={"cursor": 5, "limit": 10})
    assert answer.status_code == 200
    assert answer.json() == {"cursor": 5, "limit": 10}


def test_gzip_request_is_inflated(client: TestClient) -> None:
    body = gzip.compress(json.dumps({"cursor": 1, "limit": 2}).encode())
    answer = client.post("/echo", content=body, headers={"Content-Encoding": "gzip"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["cursor"] == 1


def test_declared_length_over_cap_is_refused(client: TestClient) -> None:
    answer = client.post("/echo", content=b"{" + b" " * CAP + b"}")
    assert answer.status_code == 413
    err = _error(answer)
    assert err.error == "too_large" and err.details["limit_bytes"] == CAP


def test_streamed_body_over_cap_is_refused() -> None:
    # No Content-Length (chunked upload): the stream itself is counted.
    def chunks() -> Any:
        for _ in range(10):
            yield b" " * 300

    answer = TestClient(_app()).post("/echo", content=chunks())
    assert answer.status_code == 413
    assert _error(answer).error == "too_large"


def test_gzip_bomb_is_refused(client: TestClient) -> None:
    bomb = gzip.compress(b"[" + b"0," * 100_000 + b"0]")
    assert len(bomb) < CAP
    answer = client.post("/echo", content=bomb, headers={"Content-Encoding": "gzip"})
    assert answer.status_code == 413
    assert "inflated" in _error(answer).message


def test_inflate_stops_at_the_cap() -> None:
    with pytest.raises(ApiError) as caught:
        inflate(gzip.compress(b"a" * 10_000_000), 1000)
    assert caught.value.status == 413


@pytest.mark.parametrize(
    ("content", "headers", "status", "words"),
    [
        (b"{not json", {}, 400, "not valid JSON"),
        (b"", {}, 400, "empty"),
        (b"\xff\xfe{}", {}, 400, "UTF-8"),
        (b'{"cursor": "\xff"}', {}, 400, "UTF-8"),
        (
            gzip.compress(b"[" * 2000 + b"]" * 2000, mtime=0),
            {"Content-Encoding": "gzip"},
            400,
            "deeply",
        ),
        (b'{"cursor": "5", "limit": 10}', {}, 400, "pull.cursor"),
        (b'{"cursor": true, "limit": 10}', {}, 400, "pull.cursor"),
        (b'{"cursor": 1}', {}, 400, "pull.limit"),
        (b'{"cursor": 1, "limit": 999999}', {}, 400, "pull.limit"),
        (b"[]", {}, 400, "JSON object"),
        (b"not gzip", {"Content-Encoding": "gzip"}, 400, "gzip"),
        (gzip.compress(b"{}", mtime=0)[:-6], {"Content-Encoding": "gzip"}, 400, "truncated"),
        (b"{}", {"Content-Encoding": "br"}, 415, "not supported"),
        (b"{}", {"Content-Length": "abc"}, 400, "Content-Length"),
    ],
)
def test_bad_bodies_get_a_clear_4xx(
    client: TestClient, content: bytes, headers: dict[str, str], status: int, words: str
) -> None:
    answer = client.post("/echo", content=content, headers=headers)
    assert answer.status_code == status, answer.text
    err = _error(answer)
    assert err.error == "bad_request"
    assert words in err.message


def test_unexpected_error_is_500_without_details(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="pos_hq.http"):
        answer = client.get("/boom")
    assert answer.status_code == 500
    assert _error(answer).error == "internal"
    assert "hunter2" not in answer.text and "Traceback" not in answer.text
    assert "hunter2" in caplog.text  # the log has it, for the operator


def test_hq_error_keeps_status_and_429_carries_retry_after(client: TestClient) -> None:
    answer = client.get("/hq")
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "7"
    assert _error(answer).details == {"retry_after_s": 7}


def test_large_answers_are_gzipped_when_accepted(client: TestClient) -> None:
    zipped = client.get("/big", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert len(zipped.json()["rows"]) == 200  # httpx inflates it
    plain = client.get("/big", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert plain.json() == zipped.json()


def test_accept_encoding_parsing() -> None:
    def accepts(value: str) -> bool:
        scope = {"type": "http", "headers": [(b"accept-encoding", value.encode())]}
        return accepts_gzip(Request(scope))

    assert accepts("gzip")
    assert accepts("br, gzip;q=0.5")
    assert accepts("*")
    assert not accepts("gzip;q=0")
    assert not accepts("identity")
    assert not accepts("")
