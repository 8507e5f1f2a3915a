"""Credentials: device tokens, organization API keys, enrollment codes, and ``hello``.

Secrets are 32 random bytes (urlsafe base64). HQ keeps only ``sha256(secret)``: a high-entropy
secret needs no slow hash, the lookup is by the id in the token and the comparison is
constant-time. Enrollment codes are short (typed by a person) but single-use, expire, and are
looked up by their hash too.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from sync.protocol import (
    API_KEY_PREFIX,
    DEVICE_TOKEN_PREFIX,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    HelloRequest,
    HelloResponse,
    ProtocolError,
    make_token,
    parse_token,
)
from sync.server.changes import ChangeSet, current_version, record
from sync.server.convert import to_wire
from sync.server.database import server_epoch
from sync.server.errors import HqError
from sync.server.hq_models import API_KEYS, DEVICE_CREDENTIALS, ENROLL_CODES
from sync.server.push import MAX_SCHEMA_VERSION, MIN_SCHEMA_VERSION, check_schema
from sync.server.schema import table
from sync.server.sqlutil import dialect

LAST_SEEN_EVERY = timedelta(seconds=60)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed
CODE_LENGTH = 12


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


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _unauthorized(message: str = "unknown or malformed credential") -> HqError:
    return HqError(ErrorCode.UNAUTHORIZED, message, 401)


def authenticate(
    session: Session, token: str, db_instance_id: str | None, now: datetime
) -> DeviceScope | ApiKeyScope:
    try:
        prefix, ident, secret = parse_token(token)
    except ProtocolError as exc:
        raise _unauthorized(str(exc)) from None
    if prefix == DEVICE_TOKEN_PREFIX:
        return _device(session, ident, secret, db_instance_id, now)
    if prefix == API_KEY_PREFIX:
        return _api_key(session, ident, secret, now)
    raise _unauthorized()


def _organization_active(session: Session, organization_id: str) -> None:
    orgs = table("organizations")
    status = session.execute(
        select(orgs.c.status).where(orgs.c.id == organization_id)
    ).scalar_one_or_none()
    if status is None:
        raise _unauthorized()
    if status != "ACTIVE":
        raise HqError(ErrorCode.FORBIDDEN, f"this organization is {status.lower()}", 403)


def _may_touch(session: Session, last: datetime | None, now: datetime) -> bool:
    """Record "last seen" at most once a minute, and never from a read-only SQLite
    transaction (a deferred reader that writes can fail when another writer got in first)."""
    if session.info.get("readonly") and dialect(session) == "sqlite":
        return False
    return last is None or now - last >= LAST_SEEN_EVERY


def _device(
    session: Session, device_id: str, secret: str, instance: str | None, now: datetime
) -> DeviceScope:
    c = DEVICE_CREDENTIALS.c
    row = session.execute(select(DEVICE_CREDENTIALS).where(c.device_id == device_id)).first()
    if row is None or not hmac.compare_digest(row.secret_hash, digest(secret)):
        raise _unauthorized()
    if row.revoked_at is not None:
        raise HqError(
            ErrorCode.REVOKED, "this device was revoked at HQ; enroll it again to sync", 401
        )
    if not instance:
        raise HqError(
            ErrorCode.BAD_REQUEST, "device requests must carry the X-POS-DB-Instance header", 400
        )
    if row.db_instance_id == "":  # reset by `pos-hq device reset-instance`: bind this file
        session.execute(
            update(DEVICE_CREDENTIALS)
            .where(c.device_id == device_id)
            .values(db_instance_id=instance)
        )
    elif instance != row.db_instance_id:
        raise HqError(
            ErrorCode.INSTANCE_MISMATCH,
            "this device is enrolled with another database file; a copied file cannot sync "
            "under the original's identity (pos-hq device reset-instance, or enroll again)",
            409,
        )
    _organization_active(session, row.organization_id)
    if _may_touch(session, row.last_seen_at, now):
        session.execute(
            update(DEVICE_CREDENTIALS).where(c.device_id == device_id).values(last_seen_at=now)
        )
    return DeviceScope(row.organization_id, row.store_id, device_id)


def _api_key(session: Session, key_id: str, secret: str, now: datetime) -> ApiKeyScope:
    c = API_KEYS.c
    row = session.execute(select(API_KEYS).where(c.id == key_id)).first()
    if row is None or not hmac.compare_digest(row.key_hash, digest(secret)):
        raise _unauthorized()
    if row.revoked_at is not None or not row.is_active:
        raise HqError(ErrorCode.REVOKED, "this API key was revoked", 401)
    if row.expires_at is not None and row.expires_at <= now:
        raise HqError(ErrorCode.REVOKED, "this API key has expired", 401)
    _organization_active(session, row.organization_id)
    if _may_touch(session, row.last_used_at, now):
        session.execute(update(API_KEYS).where(c.id == key_id).values(last_used_at=now))
    return ApiKeyScope(row.organization_id, key_id, row.name)


def _check_protocol(version: int) -> None:
    if version != PROTOCOL_VERSION:
        raise HqError(
            ErrorCode.PROTOCOL_MISMATCH,
            f"this HQ speaks sync protocol {PROTOCOL_VERSION}, not {version}",
            426,
            {"protocol_version": PROTOCOL_VERSION},
        )


def _row(session: Session, name: str, row_id: str) -> dict[str, Any]:
    t = table(name)
    row = session.execute(select(t).where(t.c.id == row_id)).mappings().one()
    return to_wire(row)


def _next_device_code(session: Session, store_id: str) -> str:
    devices = table("devices")
    codes = set(
        session.execute(select(devices.c.code).where(devices.c.store_id == store_id)).scalars()
    )
    n = 1
    while f"T{n:02d}" in codes:
        n += 1
    return f"T{n:02d}"


def enroll(session: Session, req: EnrollRequest, now: datetime) -> EnrollResponse:
    _check_protocol(req.protocol_version)
    check_schema(req.schema_version)
    c = ENROLL_CODES.c
    # Single use without a race: the UPDATE claims the code or finds nothing to claim.
    claimed = session.execute(
        update(ENROLL_CODES)
        .where(
            c.code_hash == digest(normalize_code(req.code)),
            c.used_at.is_(None),
            c.expires_at > now,
        )
        .values(used_at=now, used_by_device_id=req.device_id)
        .returning(c.organization_id, c.store_id)
    ).first()
    if claimed is None:
        retried = _retried_enrollment(session, req, now)
        if retried is not None:
            return retried
        raise HqError(
            ErrorCode.ENROLL_CODE_INVALID,
            "this enrollment code is unknown, already used or expired; ask HQ for a new one",
            400,
        )
    org_id, store_id = claimed
    _organization_active(session, org_id)
    devices = table("devices")
    taken = (
        session.execute(select(devices.c.id).where(devices.c.id == req.device_id)).first()
        or session.execute(
            select(DEVICE_CREDENTIALS.c.device_id).where(
                DEVICE_CREDENTIALS.c.device_id == req.device_id
            )
        ).first()
    )
    if taken is not None:
        raise HqError(
            ErrorCode.DEVICE_ID_TAKEN,
            "HQ already knows a device with this id; make a new device id and enroll again",
            409,
        )
    secret = new_secret()
    session.execute(
        insert(devices).values(
            id=req.device_id,
            organization_id=org_id,
            store_id=store_id,
            code=_next_device_code(session, store_id),
            name=req.device_name,
            is_active=True,
            enrolled_at=now,
            created_at=now,
            updated_at=now,
        )
    )
    session.execute(
        insert(DEVICE_CREDENTIALS).values(
            device_id=req.device_id,
            organization_id=org_id,
            store_id=store_id,
            secret_hash=digest(secret),
            db_instance_id=req.db_instance_id,
            last_seq=0,
            app_version=req.app_version,
            schema_version=req.schema_version,
            created_at=now,
            last_seen_at=now,
        )
    )
    changes = ChangeSet(org_id)
    changes.touch("devices", req.device_id)
    record(session, changes, now)
    return EnrollResponse(
        device_id=req.device_id,
        device_token=make_token(DEVICE_TOKEN_PREFIX, req.device_id, secret),
        organization=_row(session, "organizations", org_id),
        store=_row(session, "stores", store_id),
        device=_row(session, "devices", req.device_id),
        server_epoch=server_epoch(session),
    )


def _retried_enrollment(
    session: Session, req: EnrollRequest, now: datetime
) -> EnrollResponse | None:
    """The same terminal asking again with the code it already spent (HQ's first answer was
    lost on the way): answer again with a new secret, which voids the one never received.

    Only for the device the code was spent on, from the same database file, before its
    first push, within the code's validity: anything else still needs a new code."""
    c, d = ENROLL_CODES.c, DEVICE_CREDENTIALS.c
    code = session.execute(
        select(c.organization_id, c.store_id).where(
            c.code_hash == digest(normalize_code(req.code)),
            c.used_by_device_id == req.device_id,
            c.expires_at > now,
        )
    ).first()
    if code is None:
        return None
    secret = new_secret()
    reissued = session.execute(
        update(DEVICE_CREDENTIALS)
        .where(
            d.device_id == req.device_id,
            d.db_instance_id == req.db_instance_id,
            d.last_seq == 0,
            d.revoked_at.is_(None),
        )
        .values(secret_hash=digest(secret), last_seen_at=now)
        .returning(d.device_id)
    ).first()
    if reissued is None:
        return None
    org_id, store_id = code
    return EnrollResponse(
        device_id=req.device_id,
        device_token=make_token(DEVICE_TOKEN_PREFIX, req.device_id, secret),
        organization=_row(session, "organizations", org_id),
        store=_row(session, "stores", store_id),
        device=_row(session, "devices", req.device_id),
        server_epoch=server_epoch(session),
    )


def hello(session: Session, scope: DeviceScope, req: HelloRequest, now: datetime) -> HelloResponse:
    _check_protocol(req.protocol_version)
    check_schema(req.schema_version)
    c = DEVICE_CREDENTIALS.c
    last_seq = session.execute(
        select(c.last_seq).where(c.device_id == scope.device_id)
    ).scalar_one()
    version, horizon = current_version(session, scope.organization_id)
    return HelloResponse(
        server_epoch=server_epoch(session),
        server_time_ms=int(now.timestamp() * 1000),
        organization_id=scope.organization_id,
        store_id=scope.store_id,
        device_id=scope.device_id,
        last_seq=int(last_seq),
        org_version=version,
        min_schema_version=MIN_SCHEMA_VERSION,
        max_schema_version=MAX_SCHEMA_VERSION,
        tombstone_horizon=horizon,
    )
