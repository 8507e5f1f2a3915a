"""Applying the new entries of a push: validation, the ledger rule, and the error fallback.

Fast path: every valid entry of the batch is applied in ONE savepoint with a few multi-row
statements per table. If the database refuses anything (a foreign key, a check, a unique key
the payload collides with), that savepoint is rolled back and the entries are applied again one
by one, each in its own savepoint: the ones the database refuses are quarantined with its
message, the rest apply. Only data errors (IntegrityError, DataError) quarantine; anything else
(a deadlock, a lost connection) fails the whole push, which the terminal simply retries.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from sync.protocol import PushEntry
from sync.server.context import (
    APPLIED,
    QUARANTINED,
    GroupResult,
    Outcome,
    Prepared,
    PushContext,
)
from sync.server.convert import Invalid, changed_fields, same_content, to_values
from sync.server.merge import apply_hq, apply_lww
from sync.server.meta import HQ_METADATA
from sync.server.schema import SYNCED, TABLE_ORDER
from sync.server.sqlutil import insert_new, key_lookups

DATA_ERRORS = (IntegrityError, DataError)


def validate(index: int, entry: PushEntry, ctx: PushContext) -> Prepared | Outcome:
    """Check one entry against the entity rules and the credential's scope; convert it."""
    info = SYNCED.get(entry.entity)
    if info is None or info.rule is None:
        return Outcome(QUARANTINED, f"unknown entity {entry.entity!r}")
    if not info.rule.up:
        return Outcome(QUARANTINED, f"terminals may not change {entry.entity}; HQ owns them")
    if info.kind == "ledger" and entry.operation != "insert":
        return Outcome(
            QUARANTINED, f"{entry.entity} rows are append-only: never updated or deleted"
        )
    try:
        hlc = ctx.clamp_hlc(entry.hlc)
    except (ValueError, TypeError):
        return Outcome(QUARANTINED, f"hlc {entry.hlc!r} is not a clock stamp")
    try:
        values = to_values(info.table, entry.payload)
        changed = changed_fields(info.table, entry.payload)
    except Invalid as exc:
        return Outcome(QUARANTINED, f"{entry.entity}: {exc.reason}")
    if values["id"] != entry.entity_id:
        return Outcome(QUARANTINED, "payload id differs from the entry's entity_id")
    if info.has_org and values["organization_id"] != ctx.organization_id:
        return Outcome(QUARANTINED, "the row belongs to another organization than the device")
    if info.store_column:
        store = values["store_id"]
        if store != ctx.store_id and (info.store_required or store is not None):
            return Outcome(QUARANTINED, "the row belongs to another store than the device")
    if entry.entity == "stores" and entry.entity_id != ctx.store_id:
        return Outcome(QUARANTINED, "a terminal may only edit its own store's profile")
    return Prepared(index, entry, info, values, changed, hlc)


def _apply_ledger(
    session: Session, ctx: PushContext, preps: list[Prepared], out: GroupResult
) -> None:
    """Insert-if-new by id (``INSERT ... ON CONFLICT (id) DO NOTHING``); a row that was
    already there is compared: the same content is a harmless repeat, other content under the
    same id is quarantined, never updated."""
    info = preps[0].info
    t = info.table
    first: dict[str, Prepared] = {}
    for p in preps:
        first.setdefault(p.row_id, p)
    inserted = insert_new(session, t, [p.values for p in first.values()], ("id",), "id")
    stored: dict[str, dict[str, Any]] = {}
    missing = [row_id for row_id in first if row_id not in inserted]
    if missing:
        with key_lookups(session):
            found = session.execute(select(t).where(t.c.id.in_(missing))).mappings()
            stored = {row["id"]: dict(row) for row in found}
    for p in preps:
        if p.row_id in inserted and first[p.row_id] is p:
            out.outcomes[p.index] = Outcome(APPLIED)
            store = p.values.get("store_id")
            out.changes.touch(info.name, p.row_id, store, ctx.device_id, fresh=True)
            out.inserted.setdefault(info.name, []).append(p.values)
            continue
        before = stored.get(p.row_id) or first[p.row_id].values
        if same_content(before, p.values):
            out.outcomes[p.index] = Outcome(APPLIED)
        else:
            out.outcomes[p.index] = Outcome(
                QUARANTINED,
                f"a {info.name} row with id {p.row_id} already exists with other content",
            )


def apply_group(session: Session, ctx: PushContext, preps: list[Prepared]) -> GroupResult:
    """Apply ``preps`` table by table (parents first); raises on a database refusal."""
    out = GroupResult.empty(ctx.organization_id)
    by_table: dict[str, list[Prepared]] = defaultdict(list)
    for p in preps:
        by_table[p.info.name].append(p)
    for name in sorted(by_table, key=lambda n: TABLE_ORDER[n]):
        group = by_table[name]
        kind = group[0].info.kind
        if kind == "ledger":
            _apply_ledger(session, ctx, group, out)
        elif kind == "lww":
            apply_lww(session, ctx, group[0].info, group, out)
        else:
            apply_hq(session, ctx, group[0].info, group, out)
    return out


def describe_db_error(exc: Exception, entity: str | None = None) -> str:
    """A sentence a manager can act on, then the database's own words for an administrator."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    what = f"this {entity} row" if entity else "the row"
    low = text.lower()
    if "unique" in low or "duplicate key" in low:
        columns = _unique_columns(orig, text)
        same = ", ".join(columns) if columns else "key"
        sentence = f"another {entity or 'row'} already has the same {same}"
    elif "foreign key" in low:
        sentence = f"{what} refers to a row HQ does not hold"
    elif "check constraint" in low or "null" in low:
        sentence = f"a value of {what} breaks a rule of the table (a zero, negative or empty value)"
    else:
        sentence = f"the database refused {what}"
    return f"{sentence} (database: {text[:300]})"


def _unique_columns(orig: Any, text: str) -> list[str]:
    """The columns of the unique key a row collided with, without organization_id."""
    columns: list[str] = []
    name = getattr(getattr(orig, "diag", None), "constraint_name", None)  # PostgreSQL
    if name:
        for table in HQ_METADATA.tables.values():
            keys: list[Any] = [*table.constraints, *table.indexes]
            for key in keys:
                if key.name == name:
                    columns = [c.name for c in key.columns]
    elif "constraint failed:" in text:  # SQLite: "UNIQUE constraint failed: t.a, t.b"
        listed = text.split("constraint failed:", 1)[1]
        columns = [part.strip().rsplit(".", 1)[-1] for part in listed.split(",")]
    return [c for c in columns if c != "organization_id"]


def apply_entries(session: Session, ctx: PushContext, preps: list[Prepared]) -> GroupResult:
    """All entries in one savepoint; on a data error, one savepoint per entry."""
    if not preps:
        return GroupResult.empty(ctx.organization_id)
    try:
        with session.begin_nested():
            return apply_group(session, ctx, preps)
    except DATA_ERRORS:
        pass
    result = GroupResult.empty(ctx.organization_id)
    for p in preps:
        try:
            with session.begin_nested():
                one = apply_group(session, ctx, [p])
        except DATA_ERRORS as exc:
            result.outcomes[p.index] = Outcome(QUARANTINED, describe_db_error(exc, p.entry.entity))
            continue
        result.merge(one)
    return result
