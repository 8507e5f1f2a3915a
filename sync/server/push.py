"""``POST /v1/push``: one batch of a device's outbox, applied once, in one transaction.

1. Lock the device's credential row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's
   ``BEGIN IMMEDIATE`` already serialises writers). A second copy of the same batch waits here,
   then finds every op id recorded and answers ``duplicate``.
2. Sequence: a batch starting after ``last_seq + 1`` is a gap (409 ``seq_gap``); an unknown op
   id at a seq HQ already used is a conflict (409 ``seq_conflict``). Both change nothing.
3. New entries are validated (quarantine for business-invalid ones) and applied
   (``apply.apply_entries``); views follow; the results are recorded in ``applied_ops``
   (unique by op id and by seq), quarantined entries kept whole in ``quarantine``; the
   organization's change version moves last (``changes.record``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
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
from sync.server.sqlutil import locked
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


def _known_ops(session: Session, ctx: PushContext, op_ids: list[str]) -> dict[str, Any]:
    c = APPLIED_OPS.c
    rows = session.execute(
        select(c.op_id, c.seq, c.status, c.reason).where(
            c.organization_id == ctx.organization_id,
            c.device_id == ctx.device_id,
            c.op_id.in_(op_ids),
        )
    )
    return {row.op_id: row for row in rows}


def _duplicate_reason(status: str, reason: str | None) -> str | None:
    return f"quarantined: {reason}" if status == QUARANTINED else None


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
    known = _known_ops(session, ctx, [e.op_id for e in req.entries])
    outcomes: dict[int, Outcome] = {}
    fresh: list[int] = []
    for i, entry in enumerate(req.entries):
        seen = known.get(entry.op_id)
        if seen is not None:
            outcomes[i] = Outcome(DUPLICATE, _duplicate_reason(seen.status, seen.reason))
        elif entry.seq <= last_seq:
            raise HqError(
                ErrorCode.SEQ_CONFLICT,
                f"HQ already holds seq {entry.seq} from this device under another operation; "
                f"renumber the unacknowledged entries after {last_seq}",
                409,
                {"last_seq": last_seq},
            )
        else:
            fresh.append(i)
    preps: list[Prepared] = []
    for i in fresh:
        checked = validate(i, req.entries[i], ctx)
        if isinstance(checked, Outcome):
            outcomes[i] = checked
        else:
            preps.append(checked)
    result: GroupResult = apply_entries(session, ctx, preps)
    outcomes.update(result.outcomes)
    apply_views(session, ctx.organization_id, result.inserted, result.changes, ctx.now)
    _record_ops(session, ctx, req, fresh, outcomes)
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


def _record_ops(
    session: Session,
    ctx: PushContext,
    req: PushRequest,
    fresh: list[int],
    outcomes: dict[int, Outcome],
) -> None:
    ops: list[dict[str, Any]] = []
    bad: list[dict[str, Any]] = []
    for i in fresh:
        e = req.entries[i]
        outcome = outcomes[i]
        ops.append(
            {
                "organization_id": ctx.organization_id,
                "device_id": ctx.device_id,
                "op_id": e.op_id,
                "seq": e.seq,
                "batch_id": req.batch_id,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "status": outcome.status,
                "reason": outcome.reason,
                "applied_at": ctx.now,
            }
        )
        if outcome.status == QUARANTINED:
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
        elif outcome.status != APPLIED:
            raise AssertionError(f"unexpected outcome {outcome.status} for a new entry")
    if ops:
        session.execute(insert(APPLIED_OPS), ops)
    if bad:
        session.execute(insert(QUARANTINE), bad)
