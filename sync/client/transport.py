"""HTTP to HQ: protocol types in, protocol types out, failures as two kinds of exception.

``HqClient`` wraps one ``httpx.Client`` (connection reuse, bounded timeouts). Tests and the
benchmarks swap the network for an ``httpx.MockTransport``. Failures split by what the caller
should do about them:

- ``HqUnavailable``: could not reach HQ or HQ failed (connect/read timeout, refused connection,
  5xx). Retry later with backoff; nothing is known about whether HQ applied the request, which
  is why every request is idempotent.
- ``HqRejected``: HQ answered 4xx with an ``ErrorBody`` (``code`` from ``protocol.ErrorCode``).
  HQ changed nothing. Some codes are handled by the engine (seq_gap, resnapshot...), some need
  a person (revoked, instance_mismatch).
- ``HqBadResponse``: a 2xx that is not the protocol (a captive portal, a wrong URL).
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

import httpx

from sync import protocol
from sync.protocol import (
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    HelloRequest,
    HelloResponse,
    ProtocolError,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    SnapshotRequest,
    SnapshotResponse,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
DEFAULT_TIMEOUT = httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)

R = TypeVar("R")


class HqError(Exception):
    """Base of everything talking to HQ can raise; ``str()`` is a sentence for a person."""


class HqUnavailable(HqError):
    """HQ could not be reached or failed (retryable). ``status`` is the HTTP status, if any."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class HqRejected(HqError):
    """HQ refused the request (4xx) and changed nothing."""

    def __init__(
        self,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        status: int = 400,
        *,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or {}
        self.status = status
        self.retry_after_s = retry_after_s

    def __repr__(self) -> str:
        return f"HqRejected({self.code!r}, {self.message!r}, status={self.status})"


class HqBadResponse(HqError):
    """A 2xx answer that does not parse as the protocol."""


def encode_body(body: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    """JSON bytes for ``body``, gzip'd when at least ``GZIP_MIN_BYTES``; plus their headers."""
    raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if len(raw) >= protocol.GZIP_MIN_BYTES:
        # Level 5: most of level 9's ratio on JSON at a fraction of the CPU on a till.
        raw = gzip.compress(raw, compresslevel=5, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return raw, headers


@dataclass(frozen=True, slots=True)
class EncodedBody:
    """A request body encoded ahead of sending (``encode_request``): the engine encodes its
    next push batch while HQ is still applying the current one."""

    content: bytes
    headers: dict[str, str]


def encode_request(req: PushRequest) -> EncodedBody:
    content, headers = encode_body(req.to_json())
    return EncodedBody(content, headers)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class HqClient:
    """The device's view of HQ's API. Thread-compatible: one round at a time uses it."""

    def __init__(
        self,
        base_url: str,
        token_provider: Callable[[], str | None],
        db_instance_id: str,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        *,
        user_agent: str = "pos-desktop-sync",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.db_instance_id = db_instance_id  # may change when the file turns out copied
        self._token = token_provider
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers={"Accept-Encoding": "gzip", "User-Agent": user_agent},
        )

    def close(self) -> None:
        self._http.close()

    # -- endpoints --------------------------------------------------------------------------

    def enroll(self, req: EnrollRequest) -> EnrollResponse:
        return self._post(protocol.ENROLL_PATH, req.to_json(), EnrollResponse.from_json, auth=False)

    def hello(self, req: HelloRequest) -> HelloResponse:
        return self._post(protocol.HELLO_PATH, req.to_json(), HelloResponse.from_json)

    def push(self, req: PushRequest | EncodedBody) -> PushResponse:
        body = req if isinstance(req, EncodedBody) else req.to_json()
        return self._post(protocol.PUSH_PATH, body, PushResponse.from_json)

    def pull(self, req: PullRequest) -> PullResponse:
        return self._post(protocol.PULL_PATH, req.to_json(), PullResponse.from_json)

    def snapshot(self, req: SnapshotRequest) -> SnapshotResponse:
        return self._post(protocol.SNAPSHOT_PATH, req.to_json(), SnapshotResponse.from_json)

    # -- plumbing ---------------------------------------------------------------------------

    def _headers(self, auth: bool) -> dict[str, str]:
        headers = {protocol.DB_INSTANCE_HEADER: self.db_instance_id}
        if auth:
            token = self._token()
            if not token:
                raise HqRejected(
                    protocol.ErrorCode.UNAUTHORIZED,
                    "This terminal has no HQ credential in the keyring; enroll it again.",
                    status=401,
                )
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def _post(
        self,
        path: str,
        body: dict[str, Any] | EncodedBody,
        parse: Callable[[Any], R],
        *,
        auth: bool = True,
    ) -> R:
        if isinstance(body, EncodedBody):
            content, headers = body.content, dict(body.headers)
        else:
            content, headers = encode_body(body)
        headers.update(self._headers(auth))
        try:
            response = self._http.post(path, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            raise HqUnavailable(f"HQ at {self.base_url} did not answer in time ({exc})") from exc
        except httpx.TransportError as exc:
            raise HqUnavailable(f"cannot reach HQ at {self.base_url} ({exc})") from exc
        except RuntimeError as exc:
            if self._http.is_closed:  # the worker is stopping and closed the client
                raise HqUnavailable("sync was stopped before HQ answered") from exc
            raise
        return self._answer(response, parse)

    def _answer(self, response: httpx.Response, parse: Callable[[Any], R]) -> R:
        status = response.status_code
        if status >= 500:
            raise HqUnavailable(f"HQ failed with HTTP {status}; will retry", status=status)
        try:
            data: Any = response.json()
        except (ValueError, httpx.DecodingError) as exc:
            data = exc
        if status >= 400:
            self._refusal(response, data)
        if isinstance(data, Exception):
            raise HqBadResponse(
                f"{self.base_url} answered something that is not JSON; is it the HQ address?"
            )
        try:
            return parse(data)
        except ProtocolError as exc:
            raise HqBadResponse(
                f"{self.base_url} answered outside the sync protocol ({exc}); "
                "is it the HQ address, and is HQ up to date?"
            ) from exc

    def _refusal(self, response: httpx.Response, data: Any) -> NoReturn:
        status = response.status_code
        try:
            error = ErrorBody.from_json(data)
        except ProtocolError:
            error = ErrorBody(
                error=f"http_{status}",
                message=f"HQ refused the request with HTTP {status} and no explanation",
            )
        raise HqRejected(
            error.error,
            error.message,
            error.details,
            status,
            retry_after_s=_retry_after(response),
        )
