"""A small multi-tenant HQ for tests, with devices that push like terminals.

``Dev`` numbers its entries with a per-device seq and stamps them with its own HLC, exactly as
a terminal's outbox does; payload builders produce rows in the terminal's wire format
(``pos_desktop.store.outbox.row_payload``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from pos_desktop.core.ids import HlcStamp, new_id
from pos_desktop.store.outbox import SCHEMA_VERSION
from sync.protocol import (
    Change,
    EnrollRequest,
    PullRequest,
    PullResponse,
    PushEntry,
    PushRequest,
    PushResponse,
    SnapshotRequest,
)
from sync.server import service
from sync.server.service import DeviceScope, HqDatabase

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat()


@dataclass
class Dev:
    db: HqDatabase
    scope: DeviceScope
    token: str
    instance: str
    name: str
    seq: int = 0
    wall_ms: int = field(default_factory=lambda: int(NOW.timestamp() * 1000))
    counter: int = 0

    @property
    def org(self) -> str:
        return self.scope.organization_id

    @property
    def store(self) -> str:
        return self.scope.store_id

    def hlc(self, offset_ms: int = 0) -> str:
        self.counter += 1
        return HlcStamp(self.wall_ms + offset_ms, self.counter, self.scope.device_id).encode()

    def entry(
        self,
        entity: str,
        payload: dict[str, Any],
        operation: str = "insert",
        *,
        hlc: str | None = None,
        seq: int | None = None,
    ) -> PushEntry:
        if seq is None:
            self.seq += 1
            seq = self.seq
        return PushEntry(
            op_id=new_id(),
            seq=seq,
            txn_id=new_id(),
            entity=entity,
            entity_id=str(payload.get("id")),
            operation=operation,
            payload=payload,
            hlc=hlc or self.hlc(),
            schema_version=SCHEMA_VERSION,
        )

    def push(self, entries: list[PushEntry], now: datetime = NOW) -> PushResponse:
        with self.db.transaction() as s:
            scope = service.authenticate(s, self.token, self.instance, now)
            assert isinstance(scope, DeviceScope)
            return service.push(s, scope, PushRequest(batch_id=new_id(), entries=entries), now)

    def pull(self, cursor: int, limit: int = 1000) -> PullResponse:
        with self.db.transaction(readonly=True) as s:
            return service.pull(s, self.scope, PullRequest(cursor=cursor, limit=limit))

    def pull_all(self, cursor: int = 0, limit: int = 1000) -> tuple[list[Change], int]:
        changes: list[Change] = []
        while True:
            page = self.pull(cursor, limit)
            changes += page.changes
            cursor = page.cursor
            if not page.has_more:
                return changes, cursor

    def snapshot_all(self, limit: int = 100) -> tuple[dict[str, list[dict[str, Any]]], int]:
        rows: dict[str, list[dict[str, Any]]] = {}
        req = SnapshotRequest(limit=limit)
        while True:
            with self.db.transaction(readonly=True) as s:
                page = service.snapshot(s, self.scope, req)
            if page.entity is not None:
                rows.setdefault(page.entity, []).extend(page.rows)
            if page.done:
                return rows, page.at_version
            req = SnapshotRequest(page.at_version, page.next_entity, page.next_after_id, limit)


@dataclass
class World:
    db: HqDatabase
    org_a: dict[str, Any]
    org_b: dict[str, Any]
    a_s1: dict[str, Any]
    a_s2: dict[str, Any]
    b_s1: dict[str, Any]
    a1: Dev
    a2: Dev
    a3: Dev
    b1: Dev
    warehouses: dict[str, str]  # store id -> default warehouse id

    def warehouse(self, dev: Dev) -> str:
        return self.warehouses[dev.store]


def enroll(db: HqDatabase, org_id: str, store_id: str, name: str) -> Dev:
    device_id = new_id()
    instance = new_id()
    with db.transaction() as s:
        code = service.make_enroll_code(s, org_id, store_id, NOW)
    with db.transaction() as s:
        resp = service.enroll(
            s,
            EnrollRequest(code, device_id, instance, name, "1.0.0", SCHEMA_VERSION),
            NOW,
        )
    scope = DeviceScope(org_id, store_id, device_id)
    return Dev(db, scope, resp.device_token, instance, name)


def build_world(db: HqDatabase) -> World:
    with db.transaction() as s:
        org_a = service.create_org(s, "Alpha Traders", now=NOW)
        org_b = service.create_org(s, "Beta Stores", now=NOW)
        a_s1 = service.create_store(s, org_a["id"], "S01", "Alpha Main", now=NOW)
        a_s2 = service.create_store(s, org_a["id"], "S02", "Alpha Kandy", now=NOW)
        b_s1 = service.create_store(s, org_b["id"], "S01", "Beta Main", now=NOW)
    from sqlalchemy import select

    from sync.server.schema import table

    wh = table("warehouses")
    with db.transaction() as s:
        warehouses = {r[0]: r[1] for r in s.execute(select(wh.c.store_id, wh.c.id))}
    return World(
        db,
        org_a,
        org_b,
        a_s1,
        a_s2,
        b_s1,
        enroll(db, org_a["id"], a_s1["id"], "a1"),
        enroll(db, org_a["id"], a_s1["id"], "a2"),
        enroll(db, org_a["id"], a_s2["id"], "a3"),
        enroll(db, org_b["id"], b_s1["id"], "b1"),
        warehouses,
    )


# --- payloads in the terminal's wire format -------------------------------------------------


def product(dev: Dev, **over: Any) -> dict[str, Any]:
    pid = over.pop("id", new_id())
    row = {
        "id": pid,
        "organization_id": dev.org,
        "sku": f"SKU-{pid[-8:]}",
        "barcode": None,
        "name": "Tea 100g",
        "description": None,
        "price_minor": 45000,
        "cost_minor": None,
        "currency": "LKR",
        "category_id": None,
        "tax_class_id": None,
        "supplier_id": None,
        "status": "ACTIVE",
        "is_weighed": False,
        "unit": "pcs",
        "item_code": None,
        "stock_threshold_milli": None,
        "tags": [],
        "images": [],
        "weight_grams": None,
        "dimensions": None,
        "seo_title": None,
        "seo_description": None,
        "created_by_id": None,
        "updated_by_id": None,
        "created_at": iso(NOW),
        "updated_at": iso(NOW),
        "deleted_at": None,
        "hlc": None,
    }
    row.update(over)
    return row


def customer(dev: Dev, **over: Any) -> dict[str, Any]:
    row = {
        "id": over.pop("id", new_id()),
        "organization_id": dev.org,
        "name": "Nimal Perera",
        "phone": "0771234567",
        "phone_normalized": "+94771234567",
        "email": None,
        "address": None,
        "loyalty_card_number": None,
        "status": "ACTIVE",
        "birthday": None,
        "notes": None,
        "merged_into_id": None,
        "home_store_id": dev.store,
        "total_orders": 0,
        "total_spent_minor": 0,
        "currency": "LKR",
        "created_at": iso(NOW),
        "updated_at": iso(NOW),
        "hlc": None,
        "deleted_at": None,
    }
    row.update(over)
    return row


def movement(
    dev: Dev, warehouse_id: str, product_id: str, quantity_milli: int, **over: Any
) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "organization_id": dev.org,
        "store_id": dev.store,
        "device_id": dev.scope.device_id,
        "warehouse_id": warehouse_id,
        "product_id": product_id,
        "variant_id": None,
        "movement_type": "OUT" if quantity_milli < 0 else "IN",
        "reason": "sale" if quantity_milli < 0 else "restock",
        "quantity_milli": quantity_milli,
        "unit_cost_minor": None,
        "currency": None,
        "reference_type": None,
        "reference_id": None,
        "transfer_id": None,
        "note": None,
        "created_by_id": None,
        "created_at": iso(NOW),
    }
    row.update(over)
    return row


def loyalty(dev: Dev, customer_id: str, kind: str, points: int, **over: Any) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "organization_id": dev.org,
        "device_id": dev.scope.device_id,
        "store_id": dev.store,
        "customer_id": customer_id,
        "type": kind,
        "points": points,
        "reason": None,
        "sale_id": None,
        "return_id": None,
        "product_id": None,
        "campaign_id": None,
        "reward_id": None,
        "expires_at": None,
        "created_by_id": None,
        "created_at": iso(NOW),
    }
    row.update(over)
    return row


def coupon(dev: Dev, code: str, usage_limit: int | None, **over: Any) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "organization_id": dev.org,
        "code": code,
        "code_normalized": code.upper(),
        "name": None,
        "description": None,
        "type": "FIXED_AMOUNT",
        "value_percent": None,
        "value_minor": 10000,
        "currency": "LKR",
        "min_order_minor": None,
        "max_discount_minor": None,
        "usage_limit": usage_limit,
        "per_customer_limit": None,
        "used_count": 0,
        "used_count_as_of": None,
        "is_active": True,
        "valid_from": None,
        "valid_to": None,
        "created_by_id": None,
        "created_at": iso(NOW),
        "updated_at": iso(NOW),
        "deleted_at": None,
    }
    row.update(over)
    return row


def coupon_usage(dev: Dev, coupon_id: str, **over: Any) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "organization_id": dev.org,
        "device_id": dev.scope.device_id,
        "store_id": dev.store,
        "coupon_id": coupon_id,
        "sale_id": None,
        "customer_id": None,
        "discount_minor": 10000,
        "currency": "LKR",
        "free_shipping": False,
        "used_at": iso(NOW),
        "created_by_id": None,
        "created_at": iso(NOW),
    }
    row.update(over)
    return row


def sale_entries(
    dev: Dev,
    warehouse_id: str,
    product_id: str,
    *,
    quantity_milli: int = 1000,
    unit_price_minor: int = 45000,
    receipt: str | None = None,
) -> list[PushEntry]:
    """One sale as a terminal pushes it: sale, line, payment, stock movement."""
    sale_id = new_id()
    total = quantity_milli * unit_price_minor // 1000
    sale = {
        "id": sale_id,
        "organization_id": dev.org,
        "store_id": dev.store,
        "device_id": dev.scope.device_id,
        "receipt_number": receipt or f"S01-{dev.name}-{sale_id[-10:]}",
        "kind": "SALE",
        "original_sale_id": None,
        "shift_id": None,
        "cashier_id": new_id(),
        "approved_by_id": None,
        "customer_id": None,
        "currency": "LKR",
        "subtotal_minor": total,
        "discount_minor": 0,
        "tax_minor": 0,
        "total_minor": total,
        "tax_inclusive": True,
        "coupon_id": None,
        "coupon_code": None,
        "coupon_discount_minor": 0,
        "loyalty_points_earned": 0,
        "loyalty_points_redeemed": 0,
        "status": "COMPLETED",
        "reason": None,
        "notes": None,
        "created_at": iso(NOW),
    }
    line = {
        "id": new_id(),
        "organization_id": dev.org,
        "store_id": dev.store,
        "sale_id": sale_id,
        "line_no": 1,
        "product_id": product_id,
        "variant_id": None,
        "name": "Tea 100g",
        "sku": None,
        "barcode": None,
        "quantity_milli": quantity_milli,
        "unit_price_minor": unit_price_minor,
        "list_price_minor": None,
        "unit_cost_minor": None,
        "gross_minor": total,
        "discount_minor": 0,
        "order_discount_minor": 0,
        "coupon_discount_minor": 0,
        "tax_class_code": None,
        "tax_rate": "0.18",
        "tax_minor": 0,
        "total_minor": total,
        "weighed": False,
        "original_line_id": None,
        "restock": None,
    }
    payment = {
        "id": new_id(),
        "organization_id": dev.org,
        "store_id": dev.store,
        "device_id": dev.scope.device_id,
        "sale_id": sale_id,
        "customer_id": None,
        "shift_id": None,
        "method": "CASH",
        "amount_minor": total,
        "tendered_minor": total,
        "change_minor": 0,
        "currency": "LKR",
        "status": "COMPLETED",
        "reference": None,
        "points": None,
        "original_payment_id": None,
        "created_at": iso(NOW),
    }
    stock = movement(dev, warehouse_id, product_id, -quantity_milli, reference_id=sale_id)
    hlc = dev.hlc()
    return [
        dev.entry("sales", sale, hlc=hlc),
        dev.entry("sale_lines", line, hlc=hlc),
        dev.entry("payments", payment, hlc=hlc),
        dev.entry("stock_movements", stock, hlc=hlc),
    ]


def later(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def count(db: HqDatabase, name: str, **where: Any) -> int:
    from sqlalchemy import func, select

    from sync.server.schema import table

    t = table(name)
    stmt = select(func.count()).select_from(t)
    for key, value in where.items():
        stmt = stmt.where(t.c[key] == value)
    with db.transaction(readonly=True) as s:
        return int(s.execute(stmt).scalar_one())


def row(db: HqDatabase, name: str, row_id: str) -> dict[str, Any] | None:
    from sqlalchemy import select

    from sync.server.schema import table

    t = table(name)
    with db.transaction(readonly=True) as s:
        found = s.execute(select(t).where(t.c.id == row_id)).mappings().first()
    return None if found is None else dict(found)


def statuses(resp: PushResponse) -> list[str]:
    return [r.status for r in resp.results]
