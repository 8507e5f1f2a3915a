"""A small multi-tenant world for the HTTP tests: two organizations, stores, enrolled devices
(one revoked), API keys (one revoked), all made through the service facade and ``/v1/enroll``.

Also request builders (valid hello/push/pull/snapshot bodies) and ``table_state``: every HQ
table's rows, to assert that a refused request changed nothing.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from pos_desktop.core.ids import HybridLogicalClock, new_id
from sync import protocol as p
from sync.server import service
from sync.server.app import create_app
from sync.server.meta import HQ_METADATA
from sync.server.service import HqDatabase
from sync.server.settings import HqSettings

with warnings.catch_warnings():
    # Starlette 1.x nudges towards httpx2; httpx is what the project (and the client) uses.
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

SCHEMA_VERSION = 1
APP_VERSION = "0.1.0"
# Bookkeeping that a refused request may touch without changing any data.
VOLATILE_TABLES = frozenset({"rate_limits"})
VOLATILE_COLUMNS = frozenset({"last_seen_at", "last_used_at"})


@dataclass
class Device:
    token: str
    instance: str
    device_id: str
    organization_id: str
    store_id: str
    clock: HybridLogicalClock = field(init=False)
    seq: int = 0

    def __post_init__(self) -> None:
        self.clock = HybridLogicalClock(self.device_id[-12:])

    def headers(self, **extra: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token}",
            p.DB_INSTANCE_HEADER: self.instance,
            **extra,
        }

    def hlc(self) -> str:
        return self.clock.now().encode()


def key_headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def enroll_body(
    code: str, device_id: str | None = None, instance: str | None = None
) -> dict[str, Any]:
    return p.EnrollRequest(
        code=code,
        device_id=device_id or new_id(),
        db_instance_id=instance or new_id(),
        device_name="Till",
        app_version=APP_VERSION,
        schema_version=SCHEMA_VERSION,
    ).to_json()


def hello_body(**overrides: Any) -> dict[str, Any]:
    body = p.HelloRequest(p.PROTOCOL_VERSION, SCHEMA_VERSION, APP_VERSION).to_json()
    return {**body, **overrides}


def _entry(device: Device, entity: str, payload: dict[str, Any]) -> dict[str, Any]:
    device.seq += 1
    return p.PushEntry(
        op_id=new_id(),
        seq=device.seq,
        txn_id=new_id(),
        entity=entity,
        entity_id=str(payload["id"]),
        operation="insert",
        payload=payload,
        hlc=device.hlc(),
        schema_version=SCHEMA_VERSION,
    ).to_json()


def notification_entry(device: Device, *, store_id: str | None = None) -> dict[str, Any]:
    """A store-scoped ledger row (it goes down only to the devices of its store)."""
    return _entry(
        device,
        "notifications",
        {
            "id": new_id(),
            "organization_id": device.organization_id,
            "store_id": store_id or device.store_id,
            "device_id": device.device_id,
            "user_id": None,
            "type": "SYSTEM",
            "title": "Drawer count",
            "message": "Counted at close",
            "data": {},
            "is_read": False,
            "read_at": None,
            "created_at": datetime.now(UTC).isoformat(),
        },
    )


def customer_entry(
    device: Device, *, name: str = "Kamal", org_id: str | None = None
) -> dict[str, Any]:
    """The next push entry of ``device``: a new customer (``org_id`` forges another tenant)."""
    stamp = datetime.now(UTC).isoformat()
    return _entry(
        device,
        "customers",
        {
            "id": new_id(),
            "organization_id": org_id or device.organization_id,
            "name": name,
            "phone": None,
            "phone_normalized": None,
            "email": None,
            "address": None,
            "loyalty_card_number": None,
            "status": "ACTIVE",
            "birthday": None,
            "notes": None,
            "merged_into_id": None,
            "home_store_id": device.store_id,
            "total_orders": 0,
            "total_spent_minor": 0,
            "currency": "LKR",
            "hlc": None,
            "created_at": stamp,
            "updated_at": stamp,
            "deleted_at": None,
        },
    )


def push_body(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"batch_id": new_id(), "entries": list(entries)}


def pull_body(cursor: int = 0, limit: int = 1000) -> dict[str, Any]:
    return {"cursor": cursor, "limit": limit}


def snapshot_body(**overrides: Any) -> dict[str, Any]:
    return {"at_version": None, "entity": None, "after_id": None, "limit": 1000, **overrides}


def table_state(db: HqDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every HQ table (less rate counters and last-seen stamps), sorted."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    with db.transaction(readonly=True) as session:
        for table in HQ_METADATA.sorted_tables:
            if table.name in VOLATILE_TABLES:
                continue
            cols = [c for c in table.columns if c.name not in VOLATILE_COLUMNS]
            rows = session.execute(select(*cols)).all()
            state[table.name] = sorted((tuple(map(repr, r)) for r in rows), key=repr)
    return state


@dataclass
class HttpWorld:
    db: HqDatabase
    client: TestClient
    org_a: str
    org_b: str
    store_a1: str
    store_a2: str
    store_b1: str
    a1: Device  # org A, store S01
    a1b: Device  # org A, store S01 (a second till)
    a2: Device  # org A, store S02
    b1: Device  # org B, store S01
    revoked: Device  # org A, store S01, revoked
    key_a: str
    key_b: str
    key_revoked: str
    spare_codes: dict[str, str]  # "a1"/"b1" -> an unused enrollment code

    def enroll(self, code: str, **kwargs: Any) -> Device:
        return enroll_device(self.client, code, **kwargs)


def enroll_device(
    client: Any, code: str, *, device_id: str | None = None, instance: str | None = None
) -> Device:
    """Enroll through ``POST /v1/enroll`` (``client``: a TestClient or an httpx.Client)."""
    body = enroll_body(code, device_id, instance)
    answer = client.post(p.ENROLL_PATH, json=body)
    assert answer.status_code == 200, answer.text
    made = p.EnrollResponse.from_json(answer.json())
    return Device(
        made.device_token,
        body["db_instance_id"],
        made.device_id,
        str(made.organization["id"]),
        str(made.store["id"]),
    )


def build_world(db: HqDatabase, settings: HqSettings | None = None) -> HttpWorld:
    now = datetime.now(UTC)
    with db.transaction() as s:
        org_a = service.create_org(s, "Org A", now=now)["id"]
        org_b = service.create_org(s, "Org B", now=now)["id"]
        store_a1 = service.create_store(s, org_a, "S01", "A Kandy", now=now)["id"]
        store_a2 = service.create_store(s, org_a, "S02", "A Galle", now=now)["id"]
        store_b1 = service.create_store(s, org_b, "S01", "B Colombo", now=now)["id"]
        codes = {
            name: service.make_enroll_code(s, org, store, now)
            for name, org, store in (
                ("a1", org_a, store_a1),
                ("a1b", org_a, store_a1),
                ("a2", org_a, store_a2),
                ("b1", org_b, store_b1),
                ("revoked", org_a, store_a1),
                ("spare_a1", org_a, store_a1),
                ("spare_b1", org_b, store_b1),
            )
        }
        key_a = service.create_api_key(s, org_a, "a", now)
        key_b = service.create_api_key(s, org_b, "b", now)
        key_revoked = service.create_api_key(s, org_a, "old", now)
    client = TestClient(
        create_app(db, settings=settings or HqSettings()), raise_server_exceptions=False
    )
    world = HttpWorld(
        db, client, org_a, org_b, store_a1, store_a2, store_b1,
        *(Device("", "", "", "", "") for _ in range(5)),
        key_a, key_b, key_revoked,
        {"a1": codes["spare_a1"], "b1": codes["spare_b1"]},
    )  # fmt: skip
    for name in ("a1", "a1b", "a2", "b1", "revoked"):
        setattr(world, name, world.enroll(codes[name]))
    with db.transaction() as s:
        service.revoke_device(s, world.revoked.device_id, now)
        service.revoke_api_key(s, key_revoked.split(".")[1], now)
    return world
