"""Reading and acknowledging the outbox (``sync_outbox``), each step one short transaction.

The engine reads a batch in a read transaction, closes it, talks to HQ, and writes the answer
in a short write transaction: selling never waits for the network. Acknowledged entries stay
for ``KEEP_ACKED_DAYS`` so they can be sent again after HQ is restored from a backup.

Sequence numbers are the idempotency order HQ checks; ``seq`` is UNIQUE, so renumbering moves
the entries to a negative range first and then to their new places, keeping their order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import Table, and_, bindparam, func, select, update
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from pos_desktop.store.database import Database
from pos_desktop.store.outbox import OutboxEntry
from sync.client.state import ACKED_SEQ_KEY, QUARANTINED_KEY, add_to_meta_int, meta_int, put_meta
from sync.protocol import MAX_PUSH_ENTRIES, EntryResult, PushEntry

KEEP_ACKED_DAYS: Final = 180
QUARANTINED: Final = "quarantined"

_T: Table = OutboxEntry.__table__  # type: ignore[assignment]
_PENDING = _T.c.acked_at.is_(None)


@dataclass(frozen=True, slots=True)
class PendingEntry:
    op_id: str
    seq: int
    txn_id: str
    entity: str
    entity_id: str
    operation: str
    payload: dict[str, Any]
    hlc: str
    schema_version: int

    def to_push(self) -> PushEntry:
        return PushEntry(
            op_id=self.op_id,
            seq=self.seq,
            txn_id=self.txn_id,
            entity=self.entity,
            entity_id=self.entity_id,
            operation=self.operation,
            payload=self.payload,
            hlc=self.hlc,
            schema_version=self.schema_version,
        )


@dataclass(frozen=True, slots=True)
class AckSummary:
    applied: int = 0
    duplicate: int = 0
    quarantined: int = 0

    @property
    def total(self) -> int:
        return self.applied + self.duplicate + self.quarantined


_READ = (
    select(
        _T.c.id,
        _T.c.seq,
        _T.c.txn_id,
        _T.c.entity,
        _T.c.entity_id,
        _T.c.operation,
        _T.c.payload,
        _T.c.hlc,
        _T.c.schema_version,
    )
    .where(_PENDING)
    .order_by(_T.c.seq)
    .limit(bindparam("limit"))
)


_READ_AFTER = _READ.where(_T.c.seq > bindparam("after_seq"))


def read_pending(
    db: Database, limit: int = MAX_PUSH_ENTRIES, *, after_seq: int | None = None
) -> list[PendingEntry]:
    """The oldest unacknowledged entries, in seq order, consecutive (a batch HQ accepts);
    with ``after_seq``, those after it (the batch following one still on its way to HQ).

    A batch stops early where seq numbers jump (left by a crash between renumbering steps
    cannot happen, but a hand-edited file can) so HQ never sees a batch with a hole. It ends at
    a transaction boundary when one is in it, so a sale's rows usually travel together (HQ
    applies each entry on its own, so a split transaction is harmless, only less tidy)."""
    with db.read() as session:
        if after_seq is None:
            rows = session.execute(_READ, {"limit": limit}).all()
        else:
            rows = session.execute(_READ_AFTER, {"limit": limit, "after_seq": after_seq}).all()
    batch: list[PendingEntry] = []
    for row in rows:
        if batch and row.seq != batch[-1].seq + 1:
            break
        batch.append(PendingEntry(row.id, *row[1:]))
    if len(batch) == limit and len(rows) == limit:
        last_txn = batch[-1].txn_id
        cut = next((i for i in range(len(batch) - 1, 0, -1) if batch[i - 1].txn_id != last_txn), 0)
        if cut > 0:
            batch = batch[:cut]
    return batch


_ACK = (
    update(_T)
    .where(_T.c.id == bindparam("op_id"), _PENDING)
    .values(acked_at=bindparam("now"), ack_status=bindparam("status"), last_error=None)
)
_QUARANTINE = (
    update(_T)
    .where(_T.c.id == bindparam("op_id"), _PENDING)
    .values(acked_at=bindparam("now"), ack_status=QUARANTINED, last_error=bindparam("reason"))
)


def mark_acked(session: Session, results: Iterable[EntryResult], now: datetime) -> AckSummary:
    """Record HQ's answers in the caller's (short) write transaction."""
    ok: dict[str, list[dict[str, Any]]] = {"applied": [], "duplicate": []}
    bad: list[dict[str, Any]] = []
    for r in results:
        if r.status == QUARANTINED:
            reason = (r.reason or "refused by HQ (no reason given)")[:500]
            bad.append({"op_id": r.op_id, "now": now, "reason": reason})
        elif r.status in ok:
            ok[r.status].append({"op_id": r.op_id, "now": now, "status": r.status})
    conn = session.connection()
    counts = {
        status: conn.execute(_ACK, rows).rowcount if rows else 0 for status, rows in ok.items()
    }
    quarantined = conn.execute(_QUARANTINE, bad).rowcount if bad else 0
    if quarantined:
        add_to_meta_int(session, QUARANTINED_KEY, quarantined)
    return AckSummary(counts["applied"], counts["duplicate"], quarantined)


def note_hq_last_seq(session: Session, last_seq: int) -> None:
    """Remember the highest ``last_seq`` HQ has confirmed: a later, lower one means HQ lost
    entries (restored from a backup)."""
    if last_seq > meta_int(session, ACKED_SEQ_KEY):
        put_meta(session, ACKED_SEQ_KEY, str(last_seq))


def hq_last_seq_seen(session: Session) -> int:
    return meta_int(session, ACKED_SEQ_KEY)


def mark_failed(db: Database, op_ids: Sequence[str], error: str) -> None:
    """Count a failed attempt on each entry (shown to support; never blocks the queue)."""
    if not op_ids:
        return
    with db.uow() as uow:
        uow.session.connection().execute(
            update(_T)
            .where(_T.c.id.in_(list(op_ids)), _PENDING)
            .values(attempts=_T.c.attempts + 1, last_error=error[:500])
        )
        uow.commit()


def renumber_pending(session: Session, after_seq: int) -> int:
    """Give the unacknowledged entries the seqs ``after_seq + 1, ...`` in their current order.

    Acknowledged entries above ``after_seq`` are reopened first (HQ does not hold them), so the
    new range is free. Two steps keep the UNIQUE index happy: negative temporaries, then the
    final numbers. Returns how many entries moved."""
    reopen_after(session, after_seq)
    conn = session.connection()
    ids = list(conn.execute(select(_T.c.id).where(_PENDING).order_by(_T.c.seq)).scalars())
    if not ids:
        return 0
    conn.execute(update(_T).where(_PENDING).values(seq=-_T.c.seq))
    conn.execute(
        update(_T).where(_T.c.id == bindparam("op_id")).values(seq=bindparam("new_seq")),
        [{"op_id": op_id, "new_seq": after_seq + 1 + i} for i, op_id in enumerate(ids)],
    )
    return len(ids)


def reopen_after(session: Session, last_seq: int) -> int:
    """Mark acknowledged entries with ``seq > last_seq`` pending again (HQ lost them)."""
    conn = session.connection()
    above = and_(_T.c.seq > last_seq, _T.c.acked_at.is_not(None))
    lost_quarantined = conn.execute(
        select(func.count()).where(above, _T.c.ack_status == QUARANTINED)
    ).scalar_one()
    reopened = conn.execute(
        update(_T).where(above).values(acked_at=None, ack_status=None, last_error=None)
    ).rowcount
    if lost_quarantined:
        add_to_meta_int(session, QUARANTINED_KEY, -int(lost_quarantined))
    if meta_int(session, ACKED_SEQ_KEY) > last_seq:
        put_meta(session, ACKED_SEQ_KEY, str(last_seq))
    return int(reopened)


def prune_acked(session: Session, now: datetime, keep_days: int = KEEP_ACKED_DAYS) -> int:
    """Delete entries acknowledged more than ``keep_days`` ago, never the highest seq (the
    outbox numbers new entries from the highest one present)."""
    conn = session.connection()
    top = conn.execute(select(func.max(_T.c.seq))).scalar_one()
    if top is None:
        return 0
    old = and_(_T.c.acked_at < now - timedelta(days=keep_days), _T.c.seq < top)
    quarantined = conn.execute(
        select(func.count()).where(old, _T.c.ack_status == QUARANTINED)
    ).scalar_one()
    deleted = conn.execute(sql_delete(_T).where(old)).rowcount
    if quarantined:
        add_to_meta_int(session, QUARANTINED_KEY, -int(quarantined))
    return int(deleted)


_COUNT_PENDING = select(func.count()).where(_PENDING)
_OLDEST_PENDING = select(_T.c.created_at).where(_PENDING).order_by(_T.c.seq).limit(1)


@dataclass(frozen=True, slots=True)
class PendingStats:
    count: int
    oldest_at: datetime | None
    quarantined: int


def pending_stats(session: Session) -> PendingStats:
    """Both served by ``ix_sync_outbox_pending`` (acked_at, seq): no table scan."""
    count = int(session.execute(_COUNT_PENDING).scalar_one())
    oldest = session.execute(_OLDEST_PENDING).scalar_one_or_none() if count else None
    return PendingStats(count, oldest, meta_int(session, QUARANTINED_KEY))


def first_pending_seq(session: Session) -> int | None:
    value = session.execute(select(func.min(_T.c.seq)).where(_PENDING)).scalar_one()
    return int(value) if value is not None else None


def pending_customer_edits(session: Session, ids: Sequence[str]) -> list[tuple[str, str, Any, str]]:
    """(entity_id, operation, payload, hlc) of unacknowledged customer entries, in seq order."""
    if not ids:
        return []
    rows = session.execute(
        select(_T.c.entity_id, _T.c.operation, _T.c.payload, _T.c.hlc)
        .where(_PENDING, _T.c.entity == "customers", _T.c.entity_id.in_(list(ids)))
        .order_by(_T.c.seq)
    ).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def pending_entity_ids(session: Session, entity: str) -> set[str]:
    """Ids of ``entity`` rows with an unacknowledged local change (snapshot keeps them)."""
    return set(
        session.execute(
            select(_T.c.entity_id).where(_PENDING, _T.c.entity == entity).distinct()
        ).scalars()
    )
