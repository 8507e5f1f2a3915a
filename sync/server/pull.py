"""``POST /v1/pull`` and ``POST /v1/snapshot``: what a device reads, scope-filtered.

Pull: the changes with ``version > cursor`` in the device's scope, in version order, each with
its row's current content (or a tombstone). The page ends at the organization's committed
version read first (``top``): every version up to it has committed (the counter row orders the
writers), so a cursor that reaches ``top`` never skips a change that commits later. A row that
moved to a newer version meanwhile comes again in a later page; applying it twice is harmless.

Scope (``sync/entities.py``): ``org`` entities go to every device of the organization,
``store`` entities to the devices of the row's store (rows without a store, such as HQ's
organization-wide notifications, to every store), and ledger rows never back to the device that
pushed them. Entities with no pull scope are never returned.

Snapshot: keyset pages (``id > after_id ORDER BY id``) of each entity of ``SNAPSHOT_ORDER`` in
the device's scope, at a version fixed by the first request.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlalchemy.orm import Session

from sync.entities import ENTITY_RULES, SNAPSHOT_ORDER
from sync.protocol import (
    Change,
    ErrorCode,
    PullRequest,
    PullResponse,
    SnapshotRequest,
    SnapshotResponse,
)
from sync.server.auth import DeviceScope
from sync.server.changes import current_version
from sync.server.convert import table_rows_to_wire, wire_columns
from sync.server.database import server_epoch
from sync.server.errors import HqError
from sync.server.hq_models import SYNC_CHANGES
from sync.server.schema import SYNCED, table
from sync.server.sqlutil import chunks, ids_in, key_lookups

ORG_DOWN = sorted(n for n, r in ENTITY_RULES.items() if r.down == "org")
STORE_DOWN = sorted(n for n, r in ENTITY_RULES.items() if r.down == "store")
LEDGERS = sorted(n for n, r in ENTITY_RULES.items() if r.kind == "ledger")


def _resnapshot(message: str) -> HqError:
    return HqError(ErrorCode.RESNAPSHOT, message, 410)


def _scope_filter(scope: DeviceScope) -> ColumnElement[bool]:
    c = SYNC_CHANGES.c
    visible = or_(
        c.entity.in_(ORG_DOWN),
        and_(c.entity.in_(STORE_DOWN), or_(c.store_id == scope.store_id, c.store_id.is_(None))),
    )
    not_own_ledger = or_(
        c.origin_device_id.is_(None),
        c.origin_device_id != scope.device_id,
        c.entity.not_in(LEDGERS),
    )
    return and_(visible, not_own_ledger)


def rows_by_id(
    session: Session, organization_id: str, entity: str, ids: list[str]
) -> dict[str, dict[str, Any]]:
    info = SYNCED[entity]
    t = info.table
    found: dict[str, dict[str, Any]] = {}
    for batch in chunks(ids, 5000):
        stmt = select(*wire_columns(t)).where(ids_in(session, t.c.id, batch))
        if info.has_org:
            stmt = stmt.where(t.c.organization_id == organization_id)
        with key_lookups(session):
            rows = session.execute(stmt).all()
        for item in table_rows_to_wire(t, rows):
            found[item["id"]] = item
    return found


def pull(session: Session, scope: DeviceScope, req: PullRequest) -> PullResponse:
    epoch = server_epoch(session)
    top, horizon = current_version(session, scope.organization_id)
    if req.cursor < horizon:
        raise _resnapshot(
            f"cursor {req.cursor} is older than the kept deletions (from {horizon}); snapshot again"
        )
    if req.cursor > top:
        raise _resnapshot(
            f"cursor {req.cursor} is ahead of HQ ({top}): HQ was restored; snapshot again"
        )
    c = SYNC_CHANGES.c
    with key_lookups(session):
        found = session.execute(
            select(c.version, c.entity, c.entity_id, c.deleted)
            .where(
                c.organization_id == scope.organization_id,
                c.version > req.cursor,
                c.version <= top,
                _scope_filter(scope),
            )
            .order_by(c.version)
            .limit(req.limit)
        ).all()
    full = len(found) == req.limit
    cursor = int(found[-1].version) if full else top
    wanted: dict[str, list[str]] = {}
    for row in found:
        if not row.deleted:
            wanted.setdefault(row.entity, []).append(row.entity_id)
    content = {
        entity: rows_by_id(session, scope.organization_id, entity, ids)
        for entity, ids in wanted.items()
    }
    changes: list[Change] = []
    for row in found:
        if row.deleted:
            changes.append(Change(int(row.version), row.entity, row.entity_id, "delete", None))
            continue
        current = content[row.entity].get(row.entity_id)
        if current is not None:  # None: deleted since; its tombstone has a later version
            changes.append(Change(int(row.version), row.entity, row.entity_id, "upsert", current))
    return PullResponse(changes=changes, cursor=cursor, has_more=full, server_epoch=epoch)


def _snapshot_filter(scope: DeviceScope, entity: str) -> ColumnElement[bool]:
    info = SYNCED[entity]
    t = info.table
    if entity == "organizations":
        return t.c.id == scope.organization_id
    cond: ColumnElement[bool] = (
        t.c.organization_id == scope.organization_id if info.has_org else true()
    )
    if ENTITY_RULES[entity].down == "store" and info.store_column:
        cond = and_(cond, or_(t.c.store_id == scope.store_id, t.c.store_id.is_(None)))
    return cond


def _page(
    session: Session, scope: DeviceScope, entity: str, after_id: str | None, limit: int
) -> list[dict[str, Any]]:
    t = table(entity)
    stmt = select(*wire_columns(t)).where(_snapshot_filter(scope, entity))
    if after_id is not None:
        stmt = stmt.where(t.c.id > after_id)
    with key_lookups(session):
        rows = session.execute(stmt.order_by(t.c.id).limit(limit)).all()
    return table_rows_to_wire(t, rows)


def snapshot(session: Session, scope: DeviceScope, req: SnapshotRequest) -> SnapshotResponse:
    epoch = server_epoch(session)
    top, _ = current_version(session, scope.organization_id)
    at_version = top if req.at_version is None else req.at_version
    if at_version > top:
        raise _resnapshot(f"snapshot version {at_version} is ahead of HQ ({top}): start again")
    first = req.entity or SNAPSHOT_ORDER[0]
    if first not in SNAPSHOT_ORDER:
        raise HqError(ErrorCode.BAD_REQUEST, f"{first!r} is not an entity of the snapshot", 400)
    after_id = req.after_id
    position = SNAPSHOT_ORDER.index(first)
    while True:
        entity = SNAPSHOT_ORDER[position]
        rows = _page(session, scope, entity, after_id, req.limit)
        following = SNAPSHOT_ORDER[position + 1] if position + 1 < len(SNAPSHOT_ORDER) else None
        next_entity: str | None = following
        next_after: str | None = None
        if len(rows) == req.limit:
            next_entity, next_after = entity, str(rows[-1]["id"])
        if rows or next_entity is None:
            return SnapshotResponse(
                at_version=at_version,
                entity=entity if rows else None,
                rows=rows,
                next_entity=next_entity,
                next_after_id=next_after,
                done=next_entity is None,
                server_epoch=epoch,
            )
        position += 1
        after_id = None
