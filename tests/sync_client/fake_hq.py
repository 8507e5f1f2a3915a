"""A small in-memory HQ speaking protocol v1 through ``httpx.MockTransport``.

It follows docs/sync-protocol.md closely enough to test the terminal against: device tokens
bound to a database instance, revocation, per-device ``last_seq`` with gaps and conflicts
refused as a whole batch, dedupe by op id, quarantine of business-invalid entries, merge rules
per kind (ledger insert-if-new, customers per field by clamped HLC, hq rows by HLC), one
compacted change row per entity row with an organization version, pull by cursor with scope,
keyset snapshots at a fixed version, tombstone horizon, epochs and restores from a backup.

Failure injection sits at the transport: ``fail_next(path, kind)`` with kinds
``timeout_before`` (nothing reaches HQ), ``lose_response`` (HQ applies, the answer is lost),
``drop`` (connection error before the request), ``http_500``.
"""

from __future__ import annotations

import copy
import gzip
import json
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from pos_desktop.core.ids import HlcStamp
from sync import protocol
from sync.entities import ENTITY_RULES, SNAPSHOT_ORDER
from sync.protocol import (
    MAX_CLOCK_LEAD_MS,
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    HelloRequest,
    ProtocolError,
    PullRequest,
    PushRequest,
    SnapshotRequest,
)
from tests.sync_client.rows import hq_row

Row = dict[str, Any]
VIEW_NS = uuid.UUID("5b7c9a52-7a61-4c1e-9a8e-2f1d0c6b3e11")


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


@dataclass
class Device:
    id: str
    organization_id: str
    store_id: str
    secret: str
    instance_id: str
    revoked: bool = False


@dataclass
class ChangeMeta:
    version: int
    store_id: str | None
    origin: str | None
    deleted: bool = False


@dataclass
class State:
    """Everything HQ's database holds (deep-copied for backups)."""

    epoch: str = field(default_factory=lambda: secrets.token_hex(8))
    orgs: dict[str, Row] = field(default_factory=dict)
    stores: dict[str, Row] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    horizon: dict[str, int] = field(default_factory=dict)
    rows: dict[tuple[str, str], dict[str, Row]] = field(default_factory=dict)
    changes: dict[tuple[str, str, str], ChangeMeta] = field(default_factory=dict)
    field_hlc: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    applied: dict[tuple[str, str], tuple[int, str, str | None]] = field(default_factory=dict)
    last_seq: dict[str, int] = field(default_factory=dict)
    seq_owner: dict[tuple[str, int], str] = field(default_factory=dict)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    devices: dict[str, Device] = field(default_factory=dict)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)


Handler = Callable[[dict[str, Any]], dict[str, Any]]


class FakeHQ:
    def __init__(self, now_ms: Callable[[], int] | None = None) -> None:
        self.state = State()
        self.now_ms = now_ms or (lambda: 1_767_600_000_000)
        self.faults: list[tuple[str, str]] = []
        self.fault_at: dict[tuple[str, int], str] = {}  # (path, n-th request to it) -> kind
        self.attempts: dict[str, int] = {}
        self.requests: list[tuple[str, dict[str, Any], dict[str, str]]] = []
        self.before_apply: Callable[[str, dict[str, Any]], None] | None = None
        self._lock = threading.RLock()
        self.transport = httpx.MockTransport(self.handle)
        self._routes: dict[str, Callable[[Device | None, Any], dict[str, Any]]] = {
            protocol.ENROLL_PATH: self._enroll,
            protocol.HELLO_PATH: self._hello,
            protocol.PUSH_PATH: self._push,
            protocol.PULL_PATH: self._pull,
            protocol.SNAPSHOT_PATH: self._snapshot,
        }

    # -- administration (what pos-hq's CLI and API keys would do) ---------------------------

    def create_org(self, name: str = "Org", currency: str = "LKR") -> str:
        org = hq_row("organizations", name=name, currency=currency)
        self.state.orgs[org["id"]] = org
        self.state.versions[org["id"]] = 0
        self.state.horizon[org["id"]] = 0
        self.put(org["id"], "organizations", org)
        return str(org["id"])

    def create_store(self, org: str, code: str = "S01") -> str:
        store = hq_row("stores", organization_id=org, code=code, name=f"Store {code}")
        self.state.stores[store["id"]] = store
        self.put(org, "stores", store)
        return str(store["id"])

    def enroll_code(self, org: str, store: str) -> str:
        code = secrets.token_hex(6)
        self.state.codes[code] = (org, store)
        return code

    def put(self, org: str, entity: str, row: Row, *, origin: str | None = None) -> int:
        """HQ writes a row (an admin edit, a catalog import): a new change version."""
        with self._lock:
            return self._put(org, entity, dict(row), origin)

    def delete(self, org: str, entity: str, row_id: str) -> int:
        with self._lock:
            self.state.rows.get((org, entity), {}).pop(row_id, None)
            return self._bump(org, entity, row_id, None, None, deleted=True)

    def revoke(self, device_id: str) -> None:
        self.state.devices[device_id].revoked = True

    def reset_instance(self, device_id: str, instance_id: str) -> None:
        self.state.devices[device_id].instance_id = instance_id

    def backup(self) -> State:
        with self._lock:
            return copy.deepcopy(self.state)

    def restore(self, backup: State) -> None:
        """Restore a backup: HQ's database gets a new epoch (``pos-hq restore``)."""
        with self._lock:
            self.state = copy.deepcopy(backup)
            self.state.epoch = secrets.token_hex(8)

    def purge_tombstones(self, org: str) -> None:
        """Drop every tombstone; cursors below the current version must resnapshot."""
        with self._lock:
            for key, meta in list(self.state.changes.items()):
                if key[0] == org and meta.deleted:
                    del self.state.changes[key]
            self.state.horizon[org] = self.state.versions[org]

    def rows(self, org: str, entity: str) -> dict[str, Row]:
        return self.state.rows.get((org, entity), {})

    def fail_next(self, path: str, kind: str, times: int = 1) -> None:
        self.faults.extend([(path, kind)] * times)

    def count(self, path: str) -> int:
        return sum(1 for p, _b, _h in self.requests if p == path)

    # -- transport ----------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        raw = request.read()
        if request.headers.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        self.attempts[path] = self.attempts.get(path, 0) + 1
        fault = self.fault_at.pop((path, self.attempts[path]), None) or self._take_fault(path)
        if fault == "timeout_before":
            raise httpx.ConnectTimeout("injected: timed out before the request", request=request)
        if fault == "drop":
            raise httpx.ConnectError("injected: connection refused", request=request)
        if fault == "http_500":
            return httpx.Response(500, json={"error": "internal", "message": "injected"})
        try:
            body = json.loads(raw)
        except ValueError:
            return self._error(Refusal(400, ErrorCode.BAD_REQUEST, "not JSON"))
        self.requests.append((path, body, dict(request.headers)))
        route = self._routes.get(path)
        if route is None:
            return self._error(Refusal(404, ErrorCode.NOT_FOUND, "no such endpoint"))
        try:
            with self._lock:
                device = None if path == protocol.ENROLL_PATH else self._auth(request)
                if self.before_apply is not None:
                    self.before_apply(path, body)
                answer = route(device, body)
        except Refusal as exc:
            return self._error(exc)
        except ProtocolError as exc:
            return self._error(Refusal(400, ErrorCode.BAD_REQUEST, str(exc)))
        if fault == "lose_response":
            raise httpx.ReadTimeout("injected: answer lost after HQ applied", request=request)
        data = json.dumps(answer).encode()
        headers = {"Content-Type": "application/json"}
        if len(data) >= protocol.GZIP_MIN_BYTES and "gzip" in request.headers.get(
            "accept-encoding", ""
        ):
            data = gzip.compress(data)
            headers["Content-Encoding"] = "gzip"
        return httpx.Response(200, content=data, headers=headers)

    def _take_fault(self, path: str) -> str | None:
        for i, (where, kind) in enumerate(self.faults):
            if where == path or where == "*":
                del self.faults[i]
                return kind
        return None

    @staticmethod
    def _error(exc: Refusal) -> httpx.Response:
        body = {"error": exc.code, "message": exc.message, "details": exc.details}
        headers = {"Retry-After": "7"} if exc.code == ErrorCode.RATE_LIMITED else {}
        return httpx.Response(exc.status, json=body, headers=headers)

    def _auth(self, request: httpx.Request) -> Device:
        header = request.headers.get("authorization", "")
        try:
            prefix, ident, secret = protocol.parse_token(header.removeprefix("Bearer "))
        except ProtocolError as exc:
            raise Refusal(401, ErrorCode.UNAUTHORIZED, str(exc)) from exc
        device = self.state.devices.get(ident)
        if prefix != "dev" or device is None or not secrets.compare_digest(secret, device.secret):
            raise Refusal(401, ErrorCode.UNAUTHORIZED, "unknown credential")
        if device.revoked:
            raise Refusal(401, ErrorCode.REVOKED, "this device was revoked")
        if request.headers.get(protocol.DB_INSTANCE_HEADER) != device.instance_id:
            raise Refusal(409, ErrorCode.INSTANCE_MISMATCH, "another database file")
        return device

    # -- versions and rows --------------------------------------------------------------------

    def _bump(
        self,
        org: str,
        entity: str,
        row_id: str,
        store_id: str | None,
        origin: str | None,
        *,
        deleted: bool = False,
    ) -> int:
        self.state.versions[org] += 1
        version = self.state.versions[org]
        self.state.changes[(org, entity, row_id)] = ChangeMeta(version, store_id, origin, deleted)
        return version

    def _put(self, org: str, entity: str, row: Row, origin: str | None) -> int:
        self.state.rows.setdefault((org, entity), {})[row["id"]] = row
        store = row.get("store_id") if entity != "stores" else row["id"]
        return self._bump(org, entity, row["id"], store, origin)

    def _visible(self, device: Device, entity: str, meta: ChangeMeta, *, pull: bool) -> bool:
        rule = ENTITY_RULES.get(entity)
        if rule is None or rule.down is None:
            return False
        # As HQ's pull: store rows go to their store, rows without a store to every store.
        if rule.down == "store" and meta.store_id not in (device.store_id, None):
            return False
        return not (pull and rule.kind == "ledger" and meta.origin == device.id)

    # -- endpoints ------------------------------------------------------------------------------

    def _enroll(self, _device: Device | None, body: Any) -> dict[str, Any]:
        req = EnrollRequest.from_json(body)
        found = self.state.codes.pop(req.code, None)
        if found is None:
            raise Refusal(400, ErrorCode.ENROLL_CODE_INVALID, "unknown, used or expired code")
        if req.device_id in self.state.devices:
            raise Refusal(409, ErrorCode.DEVICE_ID_TAKEN, "device id taken")
        org, store = found
        secret = secrets.token_urlsafe(32)
        self.state.devices[req.device_id] = Device(
            req.device_id, org, store, secret, req.db_instance_id
        )
        n = sum(1 for d in self.state.devices.values() if d.store_id == store)
        device_row = hq_row(
            "devices",
            id=req.device_id,
            organization_id=org,
            store_id=store,
            code=f"T{n:02d}",
            name=req.device_name,
        )
        self._put(org, "devices", device_row, None)
        return EnrollResponse(
            device_id=req.device_id,
            device_token=protocol.make_token("dev", req.device_id, secret),
            organization=self.state.orgs[org],
            store=self.state.stores[store],
            device=device_row,
            server_epoch=self.state.epoch,
        ).to_json()

    def _hello(self, device: Device | None, body: Any) -> dict[str, Any]:
        assert device is not None
        req = HelloRequest.from_json(body)
        if req.protocol_version != protocol.PROTOCOL_VERSION:
            raise Refusal(426, ErrorCode.PROTOCOL_MISMATCH, "protocol not spoken")
        if req.schema_version != 1:
            raise Refusal(409, ErrorCode.SCHEMA_UNSUPPORTED, "schema not supported")
        org = device.organization_id
        return {
            "server_epoch": self.state.epoch,
            "server_time_ms": self.now_ms(),
            "organization_id": org,
            "store_id": device.store_id,
            "device_id": device.id,
            "last_seq": self.state.last_seq.get(device.id, 0),
            "org_version": self.state.versions[org],
            "min_schema_version": 1,
            "max_schema_version": 1,
            "tombstone_horizon": self.state.horizon[org],
        }

    def _push(self, device: Device | None, body: Any) -> dict[str, Any]:
        assert device is not None
        req = PushRequest.from_json(body)
        st = self.state
        last = st.last_seq.get(device.id, 0)
        if req.entries[0].seq > last + 1:
            raise Refusal(409, ErrorCode.SEQ_GAP, "gap", last_seq=last)
        running = last
        for e in req.entries:  # check the whole batch before changing anything
            if (device.id, e.op_id) in st.applied:
                continue
            if e.seq <= running:
                raise Refusal(409, ErrorCode.SEQ_CONFLICT, "seq held", last_seq=last)
            running = e.seq
        results = []
        for e in req.entries:
            known = st.applied.get((device.id, e.op_id))
            if known is not None:
                results.append({"op_id": e.op_id, "seq": known[0], "status": "duplicate"})
                continue
            reason = self._apply_entry(device, e)
            status = "applied" if reason is None else "quarantined"
            st.applied[(device.id, e.op_id)] = (e.seq, status, reason)
            st.seq_owner[(device.id, e.seq)] = e.op_id
            st.last_seq[device.id] = e.seq
            if reason is not None:
                st.quarantine.append({"device": device.id, "entry": e.to_json(), "reason": reason})
            results.append({"op_id": e.op_id, "seq": e.seq, "status": status, "reason": reason})
        return {
            "results": results,
            "last_seq": st.last_seq.get(device.id, 0),
            "server_epoch": st.epoch,
        }

    def _apply_entry(self, device: Device, e: protocol.PushEntry) -> str | None:
        rule = ENTITY_RULES.get(e.entity)
        if rule is None or not rule.up:
            return f"entity {e.entity} may not be pushed"
        payload = {k: v for k, v in e.payload.items() if k != "_changed"}
        org = device.organization_id
        if payload.get("_poison"):
            return "poison entry"
        if payload.get("organization_id", org) != org:
            return "row of another organization"
        store = payload.get("store_id", device.store_id)
        # As HQ: a row without a store (an organization-wide notification) is accepted.
        if rule.down == "store" and store is not None and store != device.store_id:
            return "row of another store"
        table = self.state.rows.setdefault((org, e.entity), {})
        current = table.get(e.entity_id)
        if e.operation == "delete":
            if rule.kind == "ledger":
                return "ledger rows cannot be deleted"
            table.pop(e.entity_id, None)
            self._bump(org, e.entity, e.entity_id, payload.get("store_id"), device.id, deleted=True)
            return None
        if rule.kind == "ledger":
            if current is not None:
                return None if current == payload else "ledger id exists with other content"
            self._put(org, e.entity, payload, device.id)
            self._derive(org, e.entity, payload)
            return None
        if rule.kind == "lww":
            self._merge_fields(org, e, payload, current, device)
            return None
        if current is not None and (current.get("hlc") or "") > (payload.get("hlc") or e.hlc):
            return None  # an older proposal: HQ's row stands
        self._put(org, e.entity, payload, device.id)
        return None

    def _clamp(self, stamp: str) -> str:
        hlc = HlcStamp.decode(stamp)
        limit = self.now_ms() + MAX_CLOCK_LEAD_MS
        return (
            hlc.encode()
            if hlc.wall_ms <= limit
            else HlcStamp(limit, hlc.counter, hlc.node).encode()
        )

    def _merge_fields(
        self, org: str, e: protocol.PushEntry, payload: Row, current: Row | None, device: Device
    ) -> None:
        stamp = self._clamp(e.hlc)
        hlcs = self.state.field_hlc.setdefault((org, e.entity_id), {})
        names = e.payload.get("_changed") if e.operation == "update" else list(payload)
        merged = dict(current or payload)
        changed = current is None
        for name in names or []:
            if name in payload and stamp > hlcs.get(name, ""):
                hlcs[name] = stamp
                if merged.get(name) != payload[name]:
                    merged[name] = payload[name]
                    changed = True
        merged["hlc"] = max(hlcs.values(), default=stamp)
        if changed:
            self._put(org, e.entity, merged, device.id)

    def _derive(self, org: str, entity: str, row: Row) -> None:
        """HQ's views: loyalty balance per customer, stock per store/warehouse/product."""
        if entity == "loyalty_transactions":
            cid = row["customer_id"]
            ledger = self.rows(org, "loyalty_transactions").values()
            total = sum(r["points"] for r in ledger if r["customer_id"] == cid)
            view = hq_row("loyalty_balances", id=cid, organization_id=org, customer_id=cid)
            view["points_balance"] = total
            self._put(org, "loyalty_balances", view, None)
        elif entity == "stock_movements":
            key = (row["store_id"], row["warehouse_id"], row["product_id"], row["variant_id"])
            vid = str(uuid.uuid5(VIEW_NS, "|".join(str(k) for k in key)))
            ledger = self.rows(org, "stock_movements").values()
            on_hand = sum(
                r["quantity_milli"]
                for r in ledger
                if (r["store_id"], r["warehouse_id"], r["product_id"], r["variant_id"]) == key
            )
            view = hq_row(
                "stock_levels",
                id=vid,
                organization_id=org,
                store_id=key[0],
                warehouse_id=key[1],
                product_id=key[2],
                variant_id=key[3],
            )
            view["on_hand_milli"] = on_hand
            self._put(org, "stock_levels", view, None)

    def _pull(self, device: Device | None, body: Any) -> dict[str, Any]:
        assert device is not None
        req = PullRequest.from_json(body)
        org = device.organization_id
        if req.cursor < self.state.horizon[org]:
            raise Refusal(410, ErrorCode.RESNAPSHOT, "cursor older than the tombstone horizon")
        found = sorted(
            (meta.version, entity, row_id, meta)
            for (o, entity, row_id), meta in self.state.changes.items()
            if o == org and meta.version > req.cursor
        )
        changes = []
        cursor = req.cursor
        has_more = False
        for version, entity, row_id, meta in found:
            if len(changes) >= req.limit:
                has_more = True
                break
            cursor = version
            if not self._visible(device, entity, meta, pull=True):
                continue
            row = None if meta.deleted else self.rows(org, entity)[row_id]
            op = "delete" if meta.deleted else "upsert"
            changes.append(
                {"version": version, "entity": entity, "entity_id": row_id, "op": op, "row": row}
            )
        if not has_more:
            cursor = max(cursor, self.state.versions[org])
        return {
            "changes": changes,
            "cursor": cursor,
            "has_more": has_more,
            "server_epoch": self.state.epoch,
        }

    def _snapshot(self, device: Device | None, body: Any) -> dict[str, Any]:
        assert device is not None
        req = SnapshotRequest.from_json(body)
        org = device.organization_id
        at_version = self.state.versions[org] if req.at_version is None else req.at_version
        if at_version < self.state.horizon[org]:
            raise Refusal(410, ErrorCode.RESNAPSHOT, "snapshot older than the horizon")
        entity = req.entity or SNAPSHOT_ORDER[0]
        if entity not in SNAPSHOT_ORDER:
            raise Refusal(400, ErrorCode.BAD_REQUEST, f"unknown entity {entity}")
        after = req.after_id or ""
        ids = sorted(
            row_id
            for row_id in self.rows(org, entity)
            if row_id > after
            and self._visible(device, entity, self.state.changes[(org, entity, row_id)], pull=False)
        )
        page = ids[: req.limit]
        rows = [self.rows(org, entity)[i] for i in page]
        position = SNAPSHOT_ORDER.index(entity)
        if len(ids) > req.limit:
            next_entity, next_after = entity, page[-1]
        elif position + 1 < len(SNAPSHOT_ORDER):
            next_entity, next_after = SNAPSHOT_ORDER[position + 1], None
        else:
            next_entity, next_after = None, None
        return {
            "at_version": at_version,
            "entity": entity,
            "rows": rows,
            "next_entity": next_entity,
            "next_after_id": next_after,
            "done": next_entity is None,
            "server_epoch": self.state.epoch,
        }
