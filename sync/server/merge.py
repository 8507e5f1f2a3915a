"""Merge rules of editable entities: ``hq`` (row-level last writer wins) and ``lww``
(per-field last writer wins, customers).

Both lock the rows they may change (``SELECT ... FOR UPDATE`` on PostgreSQL, in id order) so
two pushes editing the same customer never lose each other's merge, work out the final state of
every row in Python in push order, then write it with a few multi-row statements. Every entry
touches its row's change version, even when it lost: the device that pushed it must get HQ's
row back (it keeps its own edit on top only until HQ acknowledged it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from sync.server.context import APPLIED, QUARANTINED, GroupResult, Outcome, Prepared, PushContext
from sync.server.hq_models import LWW_FIELD_CLOCKS
from sync.server.schema import EntityInfo, table
from sync.server.sqlutil import bulk_insert, key_lookups, locked, upsert

HQ_OWNED: dict[str, tuple[str, ...]] = {
    "coupons": ("used_count", "used_count_as_of"),
    "loyalty_rewards": ("used_count",),
    "loyalty_campaigns": ("used_count",),
    "customers": ("total_orders", "total_spent_minor"),
}
"""Counted by HQ; a terminal's copy of these is never taken (on insert or update). Customers'
totals are counted from the sales ledger by ``views.apply_views``."""

NOT_MERGED = frozenset({"id", "organization_id", "hlc", "created_at", "updated_at"})
DELETED_CLOCK = "_deleted"


def _load(session: Session, info: EntityInfo, ids: list[str]) -> dict[str, dict[str, Any]]:
    t = info.table
    stmt = locked(session, select(t).where(t.c.id.in_(ids)).order_by(t.c.id))
    with key_lookups(session):
        return {row["id"]: dict(row) for row in session.execute(stmt).mappings()}


def out_of_scope(info: EntityInfo, row: dict[str, Any], ctx: PushContext) -> str | None:
    if info.has_org and row.get("organization_id") != ctx.organization_id:
        return f"this {info.name} id belongs to another organization"
    if info.store_column:
        store = row.get("store_id")
        if store != ctx.store_id and (info.store_required or store is not None):
            return f"this {info.name} row belongs to another store"
    return None


def write_rows(
    session: Session,
    info: EntityInfo,
    before: dict[str, dict[str, Any]],
    after: dict[str, dict[str, Any] | None],
) -> None:
    t = info.table
    inserts = [row for key, row in after.items() if row is not None and key not in before]
    updates = [row for key, row in after.items() if row is not None and key in before]
    deletes = [key for key, row in after.items() if row is None and key in before]
    if inserts:
        bulk_insert(session, t, inserts)
    if updates:
        columns = [c.name for c in t.columns if c.name != "id"]
        stmt = (
            update(t)
            .where(t.c.id == bindparam("b_id"))
            .values({name: bindparam(name) for name in columns})
        )
        session.execute(stmt, [{**row, "b_id": row["id"]} for row in updates])
    if deletes:
        session.execute(delete(t).where(t.c.id.in_(deletes)))


def _order_key(info: EntityInfo, row: dict[str, Any]) -> str | datetime | None:
    if info.has_hlc:
        value: str | datetime | None = row.get("hlc")
        return value
    if info.has_updated_at:
        moment: datetime | None = row.get("updated_at")
        return moment
    return None


def _wins(info: EntityInfo, incoming: dict[str, Any], stored: dict[str, Any] | None) -> bool:
    if stored is None:
        return True
    new, old = _order_key(info, incoming), _order_key(info, stored)
    if new is None or old is None:
        return new is not None or old is None
    return new > old  # type: ignore[operator]


def _coupon_uses(session: Session, ctx: PushContext, coupon_id: str) -> int:
    usages = table("coupon_usages")
    return int(
        session.execute(
            select(func.count())
            .select_from(usages)
            .where(usages.c.organization_id == ctx.organization_id, usages.c.coupon_id == coupon_id)
        ).scalar_one()
    )


def apply_hq(
    session: Session, ctx: PushContext, info: EntityInfo, preps: list[Prepared], out: GroupResult
) -> None:
    """Row-level last writer wins by HLC (or ``updated_at``); HQ-counted fields kept."""
    before = _load(session, info, sorted({p.row_id for p in preps}))
    state: dict[str, dict[str, Any] | None] = dict(before)
    dirty: dict[str, dict[str, Any] | None] = {}
    owned = HQ_OWNED.get(info.name, ())
    for p in preps:
        current = state.get(p.row_id)
        if current is not None and (reason := out_of_scope(info, current, ctx)):
            out.outcomes[p.index] = Outcome(QUARANTINED, reason)
            continue
        incoming = dict(p.values)
        if info.has_hlc:
            incoming["hlc"] = p.hlc
        if info.has_updated_at:
            incoming["updated_at"] = ctx.clamp_time(incoming["updated_at"])
        if _wins(info, incoming, current):
            if p.entry.operation == "delete":
                if current is not None:
                    state[p.row_id] = dirty[p.row_id] = None
            else:
                for name in owned:
                    if current is not None:
                        incoming[name] = current[name]
                    elif name == "used_count":
                        incoming[name] = _coupon_uses(session, ctx, p.row_id)
                state[p.row_id] = dirty[p.row_id] = incoming
        out.outcomes[p.index] = Outcome(APPLIED)
        final = state.get(p.row_id)
        store = (final or current or incoming).get("store_id") if info.store_column else None
        out.changes.touch(info.name, p.row_id, store, ctx.device_id, deleted=final is None)
    write_rows(session, info, before, dirty)


def _load_clocks(
    session: Session, ctx: PushContext, entity: str, ids: list[str]
) -> dict[str, dict[str, str]]:
    c = LWW_FIELD_CLOCKS.c
    stmt = locked(
        session,
        select(c.entity_id, c.clocks)
        .where(c.organization_id == ctx.organization_id, c.entity == entity, c.entity_id.in_(ids))
        .order_by(c.entity_id),
    )
    with key_lookups(session):
        return {row[0]: dict(row[1]) for row in session.execute(stmt)}


def merge_fields(info: EntityInfo) -> list[str]:
    return [c.name for c in info.table.columns if c.name not in NOT_MERGED]


def apply_lww(
    session: Session, ctx: PushContext, info: EntityInfo, preps: list[Prepared], out: GroupResult
) -> None:
    """Per field, the value with the highest (clamped) HLC wins; clocks kept beside the row.
    HQ-counted fields are never merged: a new row starts them at 0 and the customers whose row
    was inserted or whose ``merged_into_id`` moved are counted again (``recount_customers``)."""
    ids = sorted({p.row_id for p in preps})
    before = _load(session, info, ids)
    clocks = _load_clocks(session, ctx, info.name, ids)
    state: dict[str, dict[str, Any] | None] = dict(before)
    dirty: dict[str, dict[str, Any] | None] = {}
    owned = HQ_OWNED.get(info.name, ())
    fields = [f for f in merge_fields(info) if f not in owned]
    for p in preps:
        current = state.get(p.row_id)
        if current is not None and (reason := out_of_scope(info, current, ctx)):
            out.outcomes[p.index] = Outcome(QUARANTINED, reason)
            continue
        base = (current or {}).get("hlc") or ""
        clock = clocks.get(p.row_id) or ({f: base for f in fields} if current else {})
        if p.entry.operation == "delete":
            if current is not None and p.hlc > max([base, *clock.values()]):
                state[p.row_id] = dirty[p.row_id] = None
                clock = {DELETED_CLOCK: p.hlc}
        elif current is None:
            if p.hlc > clock.get(DELETED_CLOCK, ""):
                row = dict(p.values)
                row["hlc"] = p.hlc
                row["updated_at"] = ctx.clamp_time(row["updated_at"])
                row.update(dict.fromkeys(owned, 0))  # counts: HQ's (recounted below)
                state[p.row_id] = dirty[p.row_id] = row
                clock = {f: p.hlc for f in fields}
        else:
            changed = p.changed if p.entry.operation == "update" and p.changed else fields
            row = dict(current)
            won = False
            for name in changed:
                if name in NOT_MERGED or name in owned:
                    continue
                if p.hlc > clock.get(name, base):
                    row[name] = p.values[name]
                    clock[name] = p.hlc
                    won = True
            if won:
                row["hlc"] = max(row.get("hlc") or "", p.hlc)
                incoming_at = ctx.clamp_time(p.values["updated_at"])
                if incoming_at is not None and incoming_at > row["updated_at"]:
                    row["updated_at"] = incoming_at
                state[p.row_id] = dirty[p.row_id] = row
        clocks[p.row_id] = clock
        out.outcomes[p.index] = Outcome(APPLIED)
        out.changes.touch(
            info.name, p.row_id, None, ctx.device_id, deleted=state.get(p.row_id) is None
        )
    write_rows(session, info, before, dirty)
    if info.name == "customers":
        out.recount_customers |= _moved_in_merge_groups(before, dirty)
    upsert(
        session,
        LWW_FIELD_CLOCKS,
        [
            {
                "organization_id": ctx.organization_id,
                "entity": info.name,
                "entity_id": key,
                "clocks": clocks[key],
            }
            for key in ids
            if key in clocks
        ],
        keys=("organization_id", "entity", "entity_id"),
        update=("clocks",),
    )


def _moved_in_merge_groups(
    before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any] | None]
) -> set[str]:
    """Customers whose totals must be counted again: new rows, rows whose ``merged_into_id``
    changed, and the customers such rows used to be merged into (their group lost a member)."""
    moved: set[str] = set()
    for key, row in after.items():
        old = before.get(key)
        old_target = old.get("merged_into_id") if old is not None else None
        new_target = row.get("merged_into_id") if row is not None else None
        if row is not None and (old is None or new_target != old_target):
            moved.add(key)
        if old_target is not None and (row is None or new_target != old_target):
            moved.add(str(old_target))
    return moved
