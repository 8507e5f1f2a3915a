"""What an organization API key may do: edit HQ-owned data, read anything of its organization.

``org_upsert`` is all-or-nothing: every row is checked first and any problem refuses the whole
call with the row numbers and reasons. Edits are stamped with HQ's clock (HLC and
``updated_at``), so a terminal's older proposal never overwrites them, and versioned so every
device in scope pulls them. ``org_list`` pages through any table of the organization (plus
``quarantine`` and ``devices``), never returning a secret or a hash.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.core.ids import new_id
from sync.protocol import MAX_PULL_LIMIT, ErrorCode
from sync.server.admin import bad, hq_hlc, list_devices, public
from sync.server.apply import describe_db_error
from sync.server.auth import ApiKeyScope
from sync.server.changes import ChangeSet, record
from sync.server.convert import Invalid, partial_values, to_values
from sync.server.errors import HqError
from sync.server.hq_models import LWW_FIELD_CLOCKS, QUARANTINE, SECRET_COLUMNS
from sync.server.merge import merge_fields, write_rows
from sync.server.schema import BUSINESS, HQ_ONLY, SYNCED, EntityInfo, table
from sync.server.sqlutil import upsert

WRITABLE: dict[str, EntityInfo] = {
    **{n: i for n, i in SYNCED.items() if i.kind in ("hq", "lww") and n != "devices"},
    **{n: i for n, i in HQ_ONLY.items() if n != "customer_loyalty"},
}
"""Entities an API key may write (ledgers and derived views are facts, not edits)."""

SPECIAL_LISTS = ("quarantine", "devices")


def _writable(entity: str) -> EntityInfo:
    info = WRITABLE.get(entity)
    if info is None:
        raise HqError(
            ErrorCode.BAD_REQUEST,
            f"{entity!r} cannot be written with an API key (unknown, a ledger or derived)",
            400,
        )
    return info


def _check_row(
    session: Session,
    scope: ApiKeyScope,
    info: EntityInfo,
    raw: Any,
    current: dict[str, Any] | None,
    stores: set[str],
    now: datetime,
) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise Invalid("a row must be a JSON object")
    forbidden = sorted(set(raw) & SECRET_COLUMNS)
    if forbidden:
        raise Invalid(f"{', '.join(forbidden)} cannot be set through the API")
    if info.name == "organizations":
        if raw.get("id", scope.organization_id) != scope.organization_id:
            raise Invalid("an API key can only edit its own organization")
    elif raw.get("organization_id", scope.organization_id) != scope.organization_id:
        raise Invalid("organization_id must be the API key's organization")
    payload = dict(raw)
    if info.has_org:
        payload["organization_id"] = scope.organization_id
    if current is None:
        values = to_values(info.table, payload)
    else:
        if info.has_org and current["organization_id"] != scope.organization_id:
            raise Invalid("this id is already used")
        values = {**current, **partial_values(info.table, payload)}
    if (
        info.store_column
        and values.get("store_id") is not None
        and values["store_id"] not in stores
    ):
        raise Invalid("store_id is not a store of this organization")
    if info.has_hlc:
        values["hlc"] = hq_hlc(now)
    if info.has_updated_at:
        values["updated_at"] = now
    return values


def org_upsert(
    session: Session, scope: ApiKeyScope, entity: str, rows: list[dict[str, Any]], now: datetime
) -> int:
    info = _writable(entity)
    if not rows:
        return 0
    if len(rows) > MAX_PULL_LIMIT:
        raise HqError(ErrorCode.TOO_LARGE, f"at most {MAX_PULL_LIMIT} rows per call", 413)
    for row in rows:
        if isinstance(row, dict) and "id" not in row:
            row["id"] = scope.organization_id if entity == "organizations" else new_id()
    ids = [str(row.get("id")) for row in rows if isinstance(row, dict)]
    t = info.table
    before = {
        r["id"]: dict(r) for r in session.execute(select(t).where(t.c.id.in_(ids))).mappings()
    }
    stores_t = table("stores")
    stores = set(
        session.execute(
            select(stores_t.c.id).where(stores_t.c.organization_id == scope.organization_id)
        ).scalars()
    )
    after: dict[str, dict[str, Any] | None] = {}
    errors: list[dict[str, Any]] = []
    for index, raw in enumerate(rows):
        try:
            row_id = str(raw.get("id")) if isinstance(raw, dict) else ""
            current = after.get(row_id) or before.get(row_id)
            after[row_id] = _check_row(session, scope, info, raw, current, stores, now)
        except Invalid as exc:
            errors.append({"row": index, "reason": exc.reason})
    if errors:
        raise HqError(
            ErrorCode.BAD_REQUEST,
            f"{len(errors)} of {len(rows)} rows are invalid; nothing was written",
            400,
            {"errors": errors[:100]},
        )
    try:
        with session.begin_nested():
            write_rows(session, info, before, after)
    except (IntegrityError, DataError) as exc:
        raise HqError(
            ErrorCode.BAD_REQUEST, f"nothing was written: {describe_db_error(exc)}", 409
        ) from None
    changes = ChangeSet(scope.organization_id)
    for row_id, values in after.items():
        store = values.get("store_id") if values is not None and info.store_column else None
        changes.touch(entity, row_id, store)
    if info.kind == "lww":
        stamp = hq_hlc(now)
        upsert(
            session,
            LWW_FIELD_CLOCKS,
            [
                {
                    "organization_id": scope.organization_id,
                    "entity": entity,
                    "entity_id": row_id,
                    "clocks": {f: stamp for f in merge_fields(info)},
                }
                for row_id in sorted(after)
            ],
            keys=("organization_id", "entity", "entity_id"),
            update=("clocks",),
        )
    record(session, changes, now)
    return len(after)


def org_list(
    session: Session, scope: ApiKeyScope, entity: str, after_id: str | None, limit: int
) -> list[dict[str, Any]]:
    if not 1 <= limit <= MAX_PULL_LIMIT:
        raise bad(f"limit must be 1-{MAX_PULL_LIMIT}")
    if entity == "devices":
        rows = [r for r in list_devices(session, scope.organization_id)]
        rows.sort(key=lambda r: r["id"])
        return [r for r in rows if after_id is None or r["id"] > after_id][:limit]
    if entity == "quarantine":
        t = QUARANTINE
    elif entity in BUSINESS:
        t = BUSINESS[entity].table
    else:
        raise HqError(ErrorCode.NOT_FOUND, f"no entity {entity!r}", 404)
    stmt = select(t)
    if entity == "organizations":
        stmt = stmt.where(t.c.id == scope.organization_id)
    else:
        stmt = stmt.where(t.c.organization_id == scope.organization_id)
    if after_id is not None:
        stmt = stmt.where(t.c.id > after_id)
    return [public(row) for row in session.execute(stmt.order_by(t.c.id).limit(limit)).mappings()]
