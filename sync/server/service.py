"""Facade of the HQ data layer: what the HTTP app and the ``pos-hq`` CLI call.

Every function takes an open ``Session`` inside a transaction (``HqDatabase.transaction()``);
callers commit. Refusals raise ``HqError`` (sync/server/errors.py) before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sync.protocol import (
    EnrollRequest,
    EnrollResponse,
    HelloRequest,
    HelloResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    SnapshotRequest,
    SnapshotResponse,
)


@dataclass(frozen=True)
class DeviceScope:
    organization_id: str
    store_id: str
    device_id: str


@dataclass(frozen=True)
class ApiKeyScope:
    organization_id: str
    key_id: str
    name: str


class HqDatabase:
    engine: Engine

    def __init__(self, url: str) -> None:
        raise NotImplementedError

    def upgrade(self) -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        raise NotImplementedError
        yield  # pragma: no cover

    def dispose(self) -> None:
        raise NotImplementedError


def server_epoch(session: Session) -> str:
    raise NotImplementedError


def rotate_epoch(session: Session) -> str:
    raise NotImplementedError


def authenticate(
    session: Session, token: str, db_instance_id: str | None, now: datetime
) -> DeviceScope | ApiKeyScope:
    raise NotImplementedError


def enroll(session: Session, req: EnrollRequest, now: datetime) -> EnrollResponse:
    raise NotImplementedError


def hello(session: Session, scope: DeviceScope, req: HelloRequest, now: datetime) -> HelloResponse:
    raise NotImplementedError


def push(session: Session, scope: DeviceScope, req: PushRequest, now: datetime) -> PushResponse:
    raise NotImplementedError


def pull(session: Session, scope: DeviceScope, req: PullRequest) -> PullResponse:
    raise NotImplementedError


def snapshot(session: Session, scope: DeviceScope, req: SnapshotRequest) -> SnapshotResponse:
    raise NotImplementedError


def check_rate(
    session: Session, credential_key: str, now: datetime, limit: int, window_s: int
) -> int | None:
    raise NotImplementedError


def org_upsert(
    session: Session, scope: ApiKeyScope, entity: str, rows: list[dict[str, Any]], now: datetime
) -> int:
    raise NotImplementedError


def org_list(
    session: Session, scope: ApiKeyScope, entity: str, after_id: str | None, limit: int
) -> list[dict[str, Any]]:
    raise NotImplementedError


def create_org(
    session: Session,
    name: str,
    *,
    currency: str = "LKR",
    timezone: str = "Asia/Colombo",
    now: datetime,
) -> dict[str, Any]:
    raise NotImplementedError


def create_store(
    session: Session, org_id: str, code: str, name: str, *, now: datetime, **profile: Any
) -> dict[str, Any]:
    raise NotImplementedError


def create_user(
    session: Session,
    org_id: str,
    username: str,
    name: str,
    role: str,
    *,
    password: str | None,
    pin: str | None,
    store_id: str | None,
    now: datetime,
) -> dict[str, Any]:
    raise NotImplementedError


def make_enroll_code(
    session: Session, org_id: str, store_id: str, now: datetime, ttl_hours: int = 24
) -> str:
    raise NotImplementedError


def list_devices(session: Session, org_id: str | None) -> list[dict[str, Any]]:
    raise NotImplementedError


def revoke_device(session: Session, device_id: str, now: datetime) -> None:
    raise NotImplementedError


def reset_instance(session: Session, device_id: str) -> None:
    raise NotImplementedError


def create_api_key(session: Session, org_id: str, name: str, now: datetime) -> str:
    raise NotImplementedError


def revoke_api_key(session: Session, key_id: str, now: datetime) -> None:
    raise NotImplementedError


def import_catalog(session: Session, org_id: str, path: Path, now: datetime) -> int:
    raise NotImplementedError


def find_org(session: Session, name_or_id: str) -> dict[str, Any]:
    raise NotImplementedError


def find_store(session: Session, org_id: str, code_or_id: str) -> dict[str, Any]:
    raise NotImplementedError
