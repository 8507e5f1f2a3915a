"""``POST /v1/push``: one batch of a device's outbox, applied once, in one transaction.

1. Lock the device's credential row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's
   ``BEGIN IMMEDIATE`` already serialises writers). A second copy of the same batch waits here,
   then finds every op id recorded and answers ``duplicate``.
2. Sequence: a batch starting after ``last_seq + 1`` is a gap (409 ``seq_gap``); an unknown op
   id at a seq HQ already used is a conflict (409 ``seq_conflict``). Both change nothing.
3. New entries are first claimed in ``applied_ops`` (unique by op id and by seq; an
   ``INSERT ... ON CONFLICT DO NOTHING`` decides, never a look-up first), then validated
   (quarantine for business-invalid ones) and applied (``apply.apply_entries``); views follow;
   quarantined entries are kept whole in ``quarantine``; the organization's change version
   moves last (``changes.record``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from pos_desktop.core.ids import new_id
from pos_desktop.store.outbox import SCHEMA_VERSION
from sync.protocol import EntryResult, ErrorCode, PushRequest, PushResponse
from sync.server.apply import apply_entries, validate
from sync.server.changes import record
from sync.server.context import (
    APPLIED,
    DUPLICATE,
    QUARANTINED,
    GroupResult,
    Outcome,
    Prepared,
    PushContext,
)
from sync.server.database import server_epoch
from sync.server.errors import HqError
from sync.server.hq_models import APPLIED_OPS, DEVICE_CREDENTIALS, QUARANTINE
from sync.server.sqlutil import bulk_insert, insert_new, key_lookups, locked
from sync.server.views import apply_views

MIN_SCHEMA_VERSION = 1
MAX_SCHEMA_VERSION = SCHEMA_VERSION


def check_schema(version: int) -> None:
    if not MIN_SCHEMA_VERSION <= version <= MAX_SCHEMA_VERSION:
        raise HqError(
            ErrorCode.SCHEMA_UNSUPPORTED,
            f"schema version {version} is outside what this HQ accepts "
            f"({MIN_SCHEMA_VERSION}-{MAX_SCHEMA_VERSION}); upgrade HQ or the terminal",
            409,
            {"min_schema_version": MIN_SCHEMA_VERSION, "max_schema_version": MAX_SCHEMA_VERSION},
        )


def lock_device(session: Session, ctx: PushContext) -> int:
    c = DEVICE_CREDENTIALS.c
    row = session.execute(
        locked(session, select(c.last_seq, c.revoked_at).where(c.device_id == ctx.device_id))
    ).first()
    if row is None or row.revoked_at is not None:
        raise HqError(ErrorCode.REVOKED, "this device is no longer enrolled", 401)
    return int(row.last_seq)


def _by_seq(session: Session, ctx: PushContext, low: int, high: int) -> dict[int, Any]:
    c = APPLIED_OPS.c
    stmt = select(c.op_id, c.seq, c.status, c.reason).where(
        c.organization_id == ctx.organization_id,
        c.device_id == ctx.device_id,
        c.seq.between(low, high),
    )
    with key_lookups(session):
        return {int(row.seq): row for row in session.execute(stmt)}


def _by_op_id(session: Session, ctx: PushContext, op_ids: list[str]) -> dict[str, Any]:
    if not op_ids:
        return {}
    c = APPLIED_OPS.c
    stmt = select(c.op_id, c.seq, c.status, c.reason).where(
        c.organization_id == ctx.organization_id,
        c.device_id == ctx.device_id,
        c.op_id.in_(op_ids),
    )
    with key_lookups(session):
        return {row.op_id: row for row in session.execute(stmt)}


def _duplicate(row: Any) -> Outcome:
    reason = f"quarantined: {row.reason}" if row.status == QUARANTINED else None
    return Outcome(DUPLICATE, reason)


def _seq_conflict(seq: int, last_seq: int) -> HqError:
    return HqError(
        ErrorCode.SEQ_CONFLICT,
        f"HQ already holds seq {seq} from this device under another operation; "
        f"renumber the unacknowledged entries after {last_seq}",
        409,
        {"last_seq": last_seq},
    )


def _sort_out(
    session: Session, ctx: PushContext, req: PushRequest, last_seq: int
) -> tuple[dict[int, Outcome], list[int]]:
    """Duplicates (by seq, then by op id) and the entries to apply, which are claimed in
    ``applied_ops`` right here: the claim is what makes an entry apply once."""
    outcomes: dict[int, Outcome] = {}
    entries = req.entries
    held = [i for i, e in enumerate(entries) if e.seq <= last_seq]
    if held:
        stored = _by_seq(session, ctx, entries[held[0]].seq, entries[held[-1]].seq)
        odd = []
        for i in held:
            row = stored.get(entries[i].seq)
            if row is not None and row.op_id == entries[i].op_id:
                outcomes[i] = _duplicate(row)
            else:
                odd.append(i)
        elsewhere = _by_op_id(session, ctx, [entries[i].op_id for i in odd])
        for i in odd:
            row = elsewhere.get(entries[i].op_id)
            if row is None:
                raise _seq_conflict(entries[i].seq, last_seq)
            outcomes[i] = _duplicate(row)
    new = [i for i, e in enumerate(entries) if e.seq > last_seq]
    claims = [
        {
            "organization_id": ctx.organization_id,
            "device_id": ctx.device_id,
            "op_id": entries[i].op_id,
            "seq": entries[i].seq,
            "batch_id": req.batch_id,
            "entity": entries[i].entity,
            "entity_id": entries[i].entity_id,
            "status": APPLIED,
            "reason": None,
            "applied_at": ctx.now,
        }
        for i in new
    ]
    claimed = insert_new(
        session, APPLIED_OPS, claims, ("organization_id", "device_id", "op_id"), "op_id"
    )
    # An op id HQ holds under an older seq (the terminal renumbered it): a duplicate.
    known = _by_op_id(
        session, ctx, [entries[i].op_id for i in new if entries[i].op_id not in claimed]
    )
    fresh = []
    for i in new:
        if entries[i].op_id in claimed:
            fresh.append(i)
        else:
            outcomes[i] = _duplicate(known[entries[i].op_id])
    return outcomes, fresh


def push(session: Session, ctx: PushContext, req: PushRequest) -> PushResponse:
    for entry in req.entries:
        check_schema(entry.schema_version)
    epoch = server_epoch(session)
    last_seq = lock_device(session, ctx)
    first = req.entries[0].seq
    if first > last_seq + 1:
        raise HqError(
            ErrorCode.SEQ_GAP,
            f"this batch starts at seq {first} but HQ holds up to {last_seq}; "
            f"send again from {last_seq + 1}",
            409,
            {"last_seq": last_seq},
        )
    outcomes, fresh = _sort_out(session, ctx, req, last_seq)
    preps: list[Prepared] = []
    for i in fresh:
        checked = validate(i, req.entries[i], ctx)
        if isinstance(checked, Outcome):
            outcomes[i] = checked
        else:
            preps.append(checked)
    result: GroupResult = apply_entries(session, ctx, preps)
    outcomes.update(result.outcomes)
    apply_views(
        session,
        ctx.organization_id,
        result.inserted,
        result.changes,
        ctx.now,
        recount_customers=result.recount_customers,
    )
    _record_quarantine(session, ctx, req, fresh, outcomes)
    new_last = max(last_seq, req.entries[-1].seq)
    if new_last != last_seq:
        session.execute(
            update(DEVICE_CREDENTIALS)
            .where(DEVICE_CREDENTIALS.c.device_id == ctx.device_id)
            .values(last_seq=new_last)
        )
    record(session, result.changes, ctx.now)
    results = [
        EntryResult(e.op_id, e.seq, outcomes[i].status, outcomes[i].reason)
        for i, e in enumerate(req.entries)
    ]
    return PushResponse(results=results, last_seq=new_last, server_epoch=epoch)


def _record_quarantine(
    session: Session,
    ctx: PushContext,
    req: PushRequest,
    fresh: list[int],
    outcomes: dict[int, Outcome],
) -> None:
    """Quarantined entries: their claim says so (a resend gets the reason back) and they are
    kept whole for the managers' inbox."""
    bad: list[dict[str, Any]] = []
    for i in fresh:
        e = req.entries[i]
        outcome = outcomes[i]
        if outcome.status == APPLIED:
            continue
        if outcome.status != QUARANTINED:
            raise AssertionError(f"unexpected outcome {outcome.status} for a new entry")
        bad.append(
            {
                "id": new_id(),
                "organization_id": ctx.organization_id,
                "store_id": ctx.store_id,
                "device_id": ctx.device_id,
                "op_id": e.op_id,
                "seq": e.seq,
                "batch_id": req.batch_id,
                "txn_id": e.txn_id,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "operation": e.operation,
                "payload": e.payload,
                "hlc": e.hlc,
                "schema_version": e.schema_version,
                "reason": outcome.reason or "quarantined",
                "created_at": ctx.now,
                "resolved_at": None,
                "resolved_by_id": None,
            }
        )
    if not bad:
        return
    c = APPLIED_OPS.c
    session.execute(
        update(APPLIED_OPS)
        .where(
            c.organization_id == ctx.organization_id,
            c.device_id == ctx.device_id,
            c.op_id == bindparam("b_op"),
        )
        .values(status=QUARANTINED, reason=bindparam("b_reason")),
        [{"b_op": row["op_id"], "b_reason": row["reason"]} for row in bad],
    )
    bulk_insert(session, QUARANTINE, bad)
