"""Administration (the ``pos-hq`` command line): organizations, stores, users, enrollment
codes, devices and API keys. Every business row written here is versioned, so terminals pull it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.ids import HlcStamp, new_id
from pos_desktop.core.permissions import Role
from pos_desktop.services.catalog_refs import DEFAULT_TAX_CLASSES
from pos_desktop.services.passwords import hash_secret
from pos_desktop.services.payments import (
    DEFAULT_PAYMENT_METHODS,
    PENDING_VERIFICATION,
    REFERENCE_REQUIRED,
)
from pos_desktop.services.setup import validate_password, validate_pin
from pos_desktop.services.stock import DEFAULT_WAREHOUSE_CODE
from sync.protocol import API_KEY_PREFIX, ErrorCode, make_token
from sync.server.auth import digest, new_code, new_secret, normalize_code
from sync.server.changes import ChangeSet, ensure_counter, record
from sync.server.convert import to_wire
from sync.server.errors import HqError
from sync.server.hq_models import API_KEYS, DEVICE_CREDENTIALS, ENROLL_CODES, SECRET_COLUMNS
from sync.server.schema import table

HQ_NODE = "hq"
STORE_PROFILE = frozenset(
    {
        "address",
        "phone",
        "vat_registration_number",
        "operating_hours",
        "receipt_header",
        "receipt_footer",
    }
)


def hq_hlc(now: datetime) -> str:
    """The HLC stamp of an edit made at HQ."""
    return HlcStamp(int(now.timestamp() * 1000), 0, HQ_NODE).encode()


def bad(message: str, status: int = 400) -> HqError:
    return HqError(ErrorCode.BAD_REQUEST, message, status)


def not_found(message: str) -> HqError:
    return HqError(ErrorCode.NOT_FOUND, message, 404)


def public(row: Any) -> dict[str, Any]:
    return to_wire(row, SECRET_COLUMNS)


def _insert(session: Session, name: str, values: dict[str, Any], changes: ChangeSet) -> None:
    session.execute(insert(table(name)).values(**values))
    changes.touch(name, values["id"], values.get("store_id"))


def create_org(
    session: Session,
    name: str,
    *,
    currency: str = "LKR",
    timezone: str = "Asia/Colombo",
    now: datetime,
) -> dict[str, Any]:
    name = name.strip()
    if not name or len(name) > 200:
        raise bad("an organization needs a name of 1-200 characters")
    if not (len(currency) == 3 and currency.isalpha() and currency.isupper()):
        raise bad(f"currency must be a 3-letter ISO code such as LKR, got {currency!r}")
    org_id = new_id()
    changes = ChangeSet(org_id)
    stamps = {"created_at": now, "updated_at": now}
    _insert(
        session,
        "organizations",
        {
            "id": org_id,
            "name": name,
            "currency": currency,
            "timezone": timezone,
            "plan": "FREE",
            "status": "ACTIVE",
            "subscription_status": "active",
            "tax_inclusive": True,
            "settings": {},
            "features": {},
            **stamps,
        },
        changes,
    )
    ensure_counter(session, org_id)
    for order, (method, label, provider, opens_drawer) in enumerate(DEFAULT_PAYMENT_METHODS):
        _insert(
            session,
            "payment_methods",
            {
                "id": new_id(),
                "organization_id": org_id,
                "code": method.value,
                "name": label,
                "provider": provider,
                "is_active": True,
                "requires_reference": method in REFERENCE_REQUIRED,
                "pending_verification": method in PENDING_VERIFICATION,
                "opens_drawer": opens_drawer,
                "sort_order": order,
                **stamps,
            },
            changes,
        )
    for code, label, rate, exempt in DEFAULT_TAX_CLASSES:
        _insert(
            session,
            "tax_classes",
            {
                "id": new_id(),
                "organization_id": org_id,
                "code": code,
                "name": label,
                "rate": rate,
                "is_exempt": exempt,
                "is_active": True,
                **stamps,
            },
            changes,
        )
    record(session, changes, now)
    return find_org(session, org_id)


def _one(session: Session, name: str, **where: Any) -> dict[str, Any] | None:
    t = table(name)
    stmt = select(t)
    for key, value in where.items():
        stmt = stmt.where(t.c[key] == value)
    row = session.execute(stmt).mappings().first()
    return None if row is None else dict(row)


def find_org(session: Session, name_or_id: str) -> dict[str, Any]:
    row = _one(session, "organizations", id=name_or_id)
    if row is None:
        orgs = table("organizations")
        rows = (
            session.execute(
                select(orgs).where(func.lower(orgs.c.name) == name_or_id.strip().lower())
            )
            .mappings()
            .all()
        )
        if len(rows) > 1:
            raise bad(f"{len(rows)} organizations are named {name_or_id!r}; give the id")
        row = dict(rows[0]) if rows else None
    if row is None:
        raise not_found(f"no organization {name_or_id!r}")
    return public(row)


def find_store(session: Session, org_id: str, code_or_id: str) -> dict[str, Any]:
    row = _one(session, "stores", organization_id=org_id, id=code_or_id) or _one(
        session, "stores", organization_id=org_id, code=code_or_id.strip().upper()
    )
    if row is None:
        raise not_found(f"no store {code_or_id!r} in this organization")
    return public(row)


def create_store(
    session: Session, org_id: str, code: str, name: str, *, now: datetime, **profile: Any
) -> dict[str, Any]:
    find_org(session, org_id)
    code = code.strip().upper()
    if not (code.isascii() and code.isalnum() and 1 <= len(code) <= 8):
        raise bad(f"store code must be 1-8 letters A-Z or digits, got {code!r}")
    if not name.strip():
        raise bad("a store needs a name")
    unknown = set(profile) - STORE_PROFILE
    if unknown:
        raise bad(f"unknown store fields: {', '.join(sorted(unknown))}")
    if _one(session, "stores", organization_id=org_id, code=code) is not None:
        raise bad(f"store {code} already exists in this organization", 409)
    store_id = new_id()
    changes = ChangeSet(org_id)
    stamps = {"created_at": now, "updated_at": now}
    _insert(
        session,
        "stores",
        {
            "id": store_id,
            "organization_id": org_id,
            "code": code,
            "name": name.strip(),
            "operating_hours": profile.pop("operating_hours", None) or {},
            **profile,
            **stamps,
        },
        changes,
    )
    _insert(
        session,
        "warehouses",
        {
            "id": new_id(),
            "organization_id": org_id,
            "store_id": store_id,
            "name": "Main",
            "code": DEFAULT_WAREHOUSE_CODE,
            "is_default": True,
            "is_active": True,
            **stamps,
        },
        changes,
    )
    record(session, changes, now)
    return find_store(session, org_id, store_id)


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
    find_org(session, org_id)
    username = username.strip().lower()
    if not username or len(username) > 64:
        raise bad("a username is 1-64 characters")
    if role not in {r.value for r in Role}:
        raise bad(f"role must be one of {', '.join(r.value for r in Role)}, got {role!r}")
    if password is None and pin is None:
        raise bad("give the user a password, a PIN or both")
    try:
        if password is not None:
            validate_password(password)
        if pin is not None:
            validate_pin(pin)
    except ValidationError as exc:
        raise bad(exc.message) from None
    if store_id is not None:
        store_id = find_store(session, org_id, store_id)["id"]
    if _one(session, "users", organization_id=org_id, username=username) is not None:
        raise bad(f"user {username} already exists in this organization", 409)
    user_id = new_id()
    changes = ChangeSet(org_id)
    _insert(
        session,
        "users",
        {
            "id": user_id,
            "organization_id": org_id,
            "store_id": store_id,
            "username": username,
            "name": name.strip() or username,
            "role": role,
            "permissions": [],
            "password_hash": hash_secret(password) if password is not None else None,
            "pin_hash": hash_secret(pin) if pin is not None else None,
            "is_active": True,
            "language": "en",
            "failed_attempts": 0,
            "mfa_enabled": False,
            "mfa_backup_codes": [],
            "created_at": now,
            "updated_at": now,
        },
        changes,
    )
    record(session, changes, now)
    return public(_one(session, "users", id=user_id))


def make_enroll_code(
    session: Session, org_id: str, store_id: str, now: datetime, ttl_hours: int = 24
) -> str:
    store = find_store(session, org_id, store_id)
    if not 1 <= ttl_hours <= 24 * 30:
        raise bad("an enrollment code lives 1 hour to 30 days")
    code = new_code()
    session.execute(
        insert(ENROLL_CODES).values(
            id=new_id(),
            organization_id=org_id,
            store_id=store["id"],
            code_hash=digest(normalize_code(code)),
            expires_at=now + timedelta(hours=ttl_hours),
            created_at=now,
        )
    )
    return code


def list_devices(session: Session, org_id: str | None) -> list[dict[str, Any]]:
    devices = table("devices")
    creds = DEVICE_CREDENTIALS.c
    stmt = (
        select(
            devices,
            creds.last_seq,
            creds.last_seen_at,
            creds.revoked_at,
            creds.app_version,
            creds.db_instance_id,
        )
        .join(DEVICE_CREDENTIALS, creds.device_id == devices.c.id, isouter=True)
        .order_by(devices.c.organization_id, devices.c.store_id, devices.c.code)
    )
    if org_id is not None:
        stmt = stmt.where(devices.c.organization_id == org_id)
    return [public(row) for row in session.execute(stmt).mappings()]


def _credential(session: Session, device_id: str) -> Any:
    row = session.execute(
        select(DEVICE_CREDENTIALS).where(DEVICE_CREDENTIALS.c.device_id == device_id)
    ).first()
    if row is None:
        raise not_found(f"no enrolled device {device_id!r}")
    return row


def revoke_device(session: Session, device_id: str, now: datetime) -> None:
    cred = _credential(session, device_id)
    session.execute(
        update(DEVICE_CREDENTIALS)
        .where(DEVICE_CREDENTIALS.c.device_id == device_id)
        .values(revoked_at=now)
    )
    devices = table("devices")
    session.execute(
        update(devices).where(devices.c.id == device_id).values(is_active=False, updated_at=now)
    )
    changes = ChangeSet(cred.organization_id)
    changes.touch("devices", device_id)
    record(session, changes, now)


def reset_instance(session: Session, device_id: str) -> None:
    """Forget the database file the device is bound to; its next request binds the new one."""
    _credential(session, device_id)
    session.execute(
        update(DEVICE_CREDENTIALS)
        .where(DEVICE_CREDENTIALS.c.device_id == device_id)
        .values(db_instance_id="")
    )


def create_api_key(session: Session, org_id: str, name: str, now: datetime) -> str:
    find_org(session, org_id)
    if not name.strip() or len(name) > 100:
        raise bad("an API key needs a name of 1-100 characters")
    key_id = new_id()
    secret = new_secret()
    session.execute(
        insert(API_KEYS).values(
            id=key_id,
            organization_id=org_id,
            name=name.strip(),
            key_hash=digest(secret),
            permissions=[],
            is_active=True,
            created_at=now,
            updated_at=now,
        )
    )
    return make_token(API_KEY_PREFIX, key_id, secret)


def revoke_api_key(session: Session, key_id: str, now: datetime) -> None:
    result = session.execute(
        update(API_KEYS)
        .where(API_KEYS.c.id == key_id)
        .values(is_active=False, revoked_at=now, updated_at=now)
    )
    if not getattr(result, "rowcount", 0):
        raise not_found(f"no API key {key_id!r}")
