"""Reading request bodies safely and writing JSON answers for the HQ HTTP layer.

Every refusal is an ``ApiError`` that becomes a JSON ``ErrorBody`` with its status. Bodies are
capped twice: on the wire (``Content-Length`` checked before reading, the stream counted while
reading, for chunked uploads too) and after inflating gzip (a gzip bomb stops at the cap).
Decoding and encoding run in a worker thread: inflating and parsing 32 MiB must not stall the
event loop the other terminals are waiting on.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from sync.protocol import ErrorBody, ErrorCode, ProtocolError
from sync.server.errors import HqError

log = logging.getLogger("pos_hq.http")

JSON_TYPE = "application/json"
Endpoint = Callable[[Request], Awaitable[Response]]


class ApiError(Exception):
    """A refusal made by the HTTP layer itself (size, encoding, JSON, credential shape)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details: dict[str, Any] = dict(details or {})
        self.headers: dict[str, str] = dict(headers or {})


def bad_request(message: str) -> ApiError:
    return ApiError(400, ErrorCode.BAD_REQUEST, message)


def too_large(message: str, limit: int) -> ApiError:
    return ApiError(413, ErrorCode.TOO_LARGE, message, {"limit_bytes": limit})


def rate_limited(retry_after_s: int) -> ApiError:
    wait = max(1, int(retry_after_s))
    return ApiError(
        429,
        ErrorCode.RATE_LIMITED,
        f"too many requests for this credential; retry in {wait} s",
        {"retry_after_s": wait},
        {"Retry-After": str(wait)},
    )


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The raw body, refusing (413) more than ``max_bytes`` on the wire without buffering it."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise bad_request("Content-Length is not a number") from None
        if size < 0:
            raise bad_request("Content-Length is not a number")
        if size > max_bytes:
            raise too_large(f"request body of {size} bytes is over {max_bytes} bytes", max_bytes)
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > max_bytes:
            # Chunked (or lying) uploads: stop reading at the cap, never hold more.
            raise too_large(f"request body is over {max_bytes} bytes", max_bytes)
    return bytes(buf)


def inflate(raw: bytes, max_bytes: int) -> bytes:
    """Gunzip at most ``max_bytes``; more answers 413 before the rest is inflated."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error as exc:
        raise bad_request(f"body is not valid gzip: {exc}") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise too_large(f"inflated request body is over {max_bytes} bytes", max_bytes)
    if not inflater.eof:
        raise bad_request("body is not valid gzip: the stream is truncated")
    if inflater.unused_data:
        raise bad_request("body is not valid gzip: data after the end of the stream")
    return out


def decode_json(raw: bytes, encoding: str, max_inflated: int) -> Any:
    """Bytes of a request (maybe gzipped) to a JSON value; 400/413/415 for anything else."""
    encoding = encoding.strip().lower()
    if encoding == "gzip":
        raw = inflate(raw, max_inflated)
    elif encoding not in ("", "identity"):
        raise ApiError(
            415, ErrorCode.BAD_REQUEST, f"Content-Encoding {encoding!r} is not supported (gzip)"
        )
    if not raw:
        raise bad_request("request body is empty; a JSON object is expected")
    try:
        # JSON on the wire is UTF-8 (RFC 8259); json.loads(bytes) would also guess UTF-16/32.
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise bad_request("request body is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise bad_request(f"request body is not valid JSON: {exc.msg} at {exc.pos}") from None
    except RecursionError:
        raise bad_request("request body is nested too deeply") from None


async def read_json(request: Request, max_bytes: int, max_inflated: int) -> Any:
    raw = await read_body(request, max_bytes)
    encoding = request.headers.get("content-encoding", "")
    return await run_in_threadpool(decode_json, raw, encoding, max_inflated)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def encode_json(body: Any) -> bytes:
    return json.dumps(
        body, separators=(",", ":"), ensure_ascii=False, default=_json_default
    ).encode("utf-8")


def accepts_gzip(request: Request) -> bool:
    """Does ``Accept-Encoding`` allow gzip (and not with ``q=0``)?"""
    for item in request.headers.get("accept-encoding", "").split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() not in ("gzip", "*"):
            continue
        q = params.strip().replace(" ", "")
        return q not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def render(body: Any, *, gzip_ok: bool, min_gzip: int, level: int, status: int = 200) -> Response:
    """JSON bytes, gzipped when the client accepts it and the body is large. Call in a thread."""
    data = encode_json(body)
    headers = {"Vary": "Accept-Encoding"}
    if gzip_ok and len(data) >= min_gzip:
        data = gzip.compress(data, compresslevel=level)
        headers["Content-Encoding"] = "gzip"
    return Response(data, status_code=status, media_type=JSON_TYPE, headers=headers)


def error_response(
    status: int,
    code: str,
    message: str,
    details: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = ErrorBody(error=code, message=message, details=dict(details or {})).to_json()
    return Response(
        encode_json(body), status_code=status, media_type=JSON_TYPE, headers=dict(headers or {})
    )


def response_for(exc: BaseException, where: str) -> Response:
    """The answer for anything an endpoint raised; unexpected errors are logged, never shown."""
    if isinstance(exc, ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)
    if isinstance(exc, HqError):
        headers: dict[str, str] = {}
        if exc.status == 429:
            wait = exc.details.get("retry_after_s", 1)
            headers["Retry-After"] = str(max(1, int(wait) if isinstance(wait, int) else 1))
        return error_response(exc.status, exc.code, exc.message, exc.details, headers)
    if isinstance(exc, ProtocolError):
        return error_response(400, ErrorCode.BAD_REQUEST, str(exc))
    if isinstance(exc, OperationalError):
        # Database unreachable, locked or a serialization failure: nothing was committed and a
        # retry is the right move, so say so instead of a bare 500.
        log.warning("database unavailable during %s: %s", where, exc.orig)
        return error_response(
            503,
            ErrorCode.INTERNAL,
            "the database is unavailable; retry later",
            headers={"Retry-After": "1"},
        )
    log.error("unexpected error during %s", where, exc_info=exc)
    return error_response(500, ErrorCode.INTERNAL, "internal error; the server log has details")


def guarded(where: str, handler: Endpoint) -> Endpoint:
    """Every exception becomes a JSON error answer (unexpected ones are logged, not shown)."""

    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except Exception as exc:
            return response_for(exc, where)

    return endpoint
