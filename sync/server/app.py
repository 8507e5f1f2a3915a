"""The HQ HTTP app (Starlette): device sync endpoints, organization API-key endpoints, health.

A request is admitted in a short transaction of its own (credential checked, rate counter
bumped and committed, so refused requests still count), then its body is read under the size
caps and parsed strictly, then the work runs in one transaction in a worker thread. Scope
(organization, store, device) comes only from the credential; ids in bodies are never trusted.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sync import protocol as p
from sync.server import service
from sync.server.http_io import (
    ApiError,
    accepts_gzip,
    decode_json,
    error_response,
    guarded,
    rate_limited,
    read_body,
    render,
)
from sync.server.org_routes import org_routes
from sync.server.service import ApiKeyScope, DeviceScope, HqDatabase
from sync.server.settings import ENV_DATABASE_URL, HqSettings

log = logging.getLogger("pos_hq.http")
Req = TypeVar("Req")
Scope = DeviceScope | ApiKeyScope


class HqHttp:
    """What every endpoint shares: the database, the settings and the admission steps."""

    def __init__(self, db: HqDatabase, settings: HqSettings) -> None:
        self.db = db
        self.settings = settings

    def now(self) -> datetime:
        return self.settings.clock()

    # -- admission -------------------------------------------------------------------------

    def _count(self, session: Session, key: str, limit: int, now: datetime) -> None:
        if not self.settings.rate_limits_enabled:
            return
        wait = service.check_rate(session, key, now, limit, self.settings.rate_window_s)
        if wait is not None:
            raise rate_limited(wait)

    def _admit_sync(self, token: str, instance: str | None) -> Scope:
        now = self.now()
        limited: ApiError | None = None
        with self.db.transaction() as session:
            scope = service.authenticate(session, token, instance, now)
            if isinstance(scope, DeviceScope):
                key = f"dev:{scope.device_id}"
            else:
                key = f"key:{scope.key_id}"
            try:
                self._count(session, key, self.settings.rate_limit, now)
            except ApiError as exc:
                limited = exc  # raised after the commit: the counter keeps this attempt
        if limited is not None:
            raise limited
        return scope

    async def admit(self, request: Request, want: type[Scope]) -> Scope:
        """The credential's scope, or 401/403/409/429. The kind of credential shows in its
        prefix, so the wrong kind is refused before the database is asked anything."""
        token = bearer_token(request)
        is_device = token.startswith(p.DEVICE_TOKEN_PREFIX + ".")
        if want is DeviceScope and not is_device:
            raise ApiError(
                403,
                p.ErrorCode.FORBIDDEN,
                "this endpoint takes a device credential, not an organization API key",
            )
        if want is ApiKeyScope and is_device:
            raise ApiError(
                403,
                p.ErrorCode.FORBIDDEN,
                "this endpoint takes an organization API key, not a device credential",
            )
        instance = request.headers.get(p.DB_INSTANCE_HEADER) if is_device else None
        scope = await run_in_threadpool(self._admit_sync, token, instance or None)
        if not isinstance(scope, want):  # pragma: no cover - the prefix decides the kind
            raise ApiError(403, p.ErrorCode.FORBIDDEN, "wrong kind of credential")
        return scope

    def _limit_address_sync(self, key: str) -> None:
        limited: ApiError | None = None
        with self.db.transaction() as session:
            try:
                self._count(session, key, self.settings.enroll_rate_limit, self.now())
            except ApiError as exc:
                limited = exc
        if limited is not None:
            raise limited

    async def limit_address(self, request: Request, purpose: str) -> None:
        host = request.client.host if request.client else "unknown"
        await run_in_threadpool(self._limit_address_sync, f"{purpose}:{host}")

    # -- body and work ---------------------------------------------------------------------

    async def parse(self, request: Request, parse: Callable[[Any], Req]) -> Req:
        raw = await read_body(request, self.settings.max_body_bytes)
        encoding = request.headers.get("content-encoding", "")

        def decode() -> Req:
            return parse(decode_json(raw, encoding, self.settings.max_inflated_bytes))

        return await run_in_threadpool(decode)

    async def run(
        self, request: Request, work: Callable[[Session], Any], *, readonly: bool = False
    ) -> Response:
        """``work`` in one transaction (committed on success), answered as gzip-able JSON.
        ``readonly`` work (pull, snapshot, listings) reads without SQLite's write lock."""
        gzip_ok = accepts_gzip(request)

        def call() -> Response:
            # db.run starts over in a new transaction when PostgreSQL aborted this one to
            # break a deadlock (two pushes touching the same stock and coupon rows).
            result = self.db.run(work, readonly=readonly)
            to_json = getattr(result, "to_json", None)
            body = to_json() if callable(to_json) else result
            return render(
                body,
                gzip_ok=gzip_ok,
                min_gzip=self.settings.gzip_min_bytes,
                level=self.settings.gzip_level,
            )

        return await run_in_threadpool(call)


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        raise ApiError(401, p.ErrorCode.UNAUTHORIZED, "the Authorization header is missing")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, p.ErrorCode.UNAUTHORIZED, "Authorization must be 'Bearer <token>'")
    token = token.strip()
    try:
        p.parse_token(token)
    except p.ProtocolError as exc:
        raise ApiError(401, p.ErrorCode.UNAUTHORIZED, str(exc)) from None
    return token


def _device_routes(http: HqHttp) -> list[Route]:
    async def hello(request: Request) -> Response:
        scope = await http.admit(request, DeviceScope)
        req = await http.parse(request, p.HelloRequest.from_json)
        assert isinstance(scope, DeviceScope)
        return await http.run(request, lambda s: service.hello(s, scope, req, http.now()))

    async def push(request: Request) -> Response:
        scope = await http.admit(request, DeviceScope)
        req = await http.parse(request, p.PushRequest.from_json)
        assert isinstance(scope, DeviceScope)
        return await http.run(request, lambda s: service.push(s, scope, req, http.now()))

    async def pull(request: Request) -> Response:
        scope = await http.admit(request, DeviceScope)
        req = await http.parse(request, p.PullRequest.from_json)
        assert isinstance(scope, DeviceScope)
        return await http.run(request, lambda s: service.pull(s, scope, req), readonly=True)

    async def snapshot(request: Request) -> Response:
        scope = await http.admit(request, DeviceScope)
        req = await http.parse(request, p.SnapshotRequest.from_json)
        assert isinstance(scope, DeviceScope)
        return await http.run(request, lambda s: service.snapshot(s, scope, req), readonly=True)

    async def enroll(request: Request) -> Response:
        await http.limit_address(request, "enroll")
        req = await http.parse(request, p.EnrollRequest.from_json)
        return await http.run(request, lambda s: service.enroll(s, req, http.now()))

    return [
        Route(p.ENROLL_PATH, guarded("enroll", enroll), methods=["POST"]),
        Route(p.HELLO_PATH, guarded("hello", hello), methods=["POST"]),
        Route(p.PUSH_PATH, guarded("push", push), methods=["POST"]),
        Route(p.PULL_PATH, guarded("pull", pull), methods=["POST"]),
        Route(p.SNAPSHOT_PATH, guarded("snapshot", snapshot), methods=["POST"]),
    ]


def _health_route(http: HqHttp) -> Route:
    def check() -> None:
        # The epoch row exists only in a migrated database: "up" means "can serve".
        with http.db.transaction(readonly=True) as session:
            service.server_epoch(session)

    async def health(request: Request) -> Response:
        try:
            await run_in_threadpool(check)
        except Exception as exc:
            # Load balancers take the process out of rotation on 503 and try again later.
            log.warning("health check failed: %s", exc)
            return error_response(
                503,
                p.ErrorCode.INTERNAL,
                "the database is unreachable or not migrated",
                headers={"Retry-After": "5"},
            )
        return render(
            {"status": "ok", "protocol_version": p.PROTOCOL_VERSION},
            gzip_ok=False,
            min_gzip=http.settings.gzip_min_bytes,
            level=1,
        )

    return Route(p.HEALTH_PATH, health, methods=["GET"])


async def _http_exception(request: Request, exc: Exception) -> Response:
    """Unknown paths and wrong methods answer in the same JSON shape as everything else."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(404, p.ErrorCode.NOT_FOUND, f"no endpoint at {request.url.path}")
    if exc.status_code == 405:
        return error_response(
            405,
            p.ErrorCode.BAD_REQUEST,
            f"{request.method} is not allowed on {request.url.path}",
            headers=exc.headers,
        )
    return error_response(exc.status_code, p.ErrorCode.BAD_REQUEST, str(exc.detail))


def create_app(db: HqDatabase, *, settings: HqSettings | None = None) -> Starlette:
    """The ASGI app over an open (migrated) HQ database. ``pos-hq serve`` runs it; to run
    several processes under another ASGI server, see ``app_from_env``."""
    http = HqHttp(db, settings or HqSettings())
    routes = [_health_route(http), *_device_routes(http), *org_routes(http)]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_exception})
    app.state.hq = http
    return app


def app_from_env() -> Starlette:
    """App factory for any ASGI server, configured from the environment (database from
    ``POS_HQ_DATABASE_URL``, limits from ``POS_HQ_*``), e.g.
    ``uvicorn --factory sync.server.app:app_from_env --workers 4``. The database must be
    migrated first (``pos-hq migrate``); every process shares the rate counters through it."""
    url = os.environ.get(ENV_DATABASE_URL, "").strip()
    if not url:
        raise RuntimeError(f"set {ENV_DATABASE_URL} to the HQ database URL")
    return create_app(HqDatabase(url), settings=HqSettings.from_env(os.environ))
