"""The sync outbox: every synced business write adds its rows in the same SQLite transaction.

Capture is automatic (a ``before_flush`` listener), so no service can forget it: any ORM object
whose class sets ``__sync_kind__`` produces one outbox entry per insert, update or delete,
numbered by a gapless per-device ``seq`` and grouped by ``txn_id`` (one local transaction).
Rows applied from HQ are flushed with ``session.info["sync_apply"] = True`` and are not echoed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Index, Integer, String, Table, event, func, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from pos_desktop.core.clock import utc_now
from pos_desktop.core.errors import ConflictError
from pos_desktop.core.ids import HybridLogicalClock, new_id
from pos_desktop.store.base import Base, HlcStamped
from pos_desktop.store.types import JSONText

SCHEMA_VERSION = 1
"""Wire schema version of outbox payloads; bumped with any migration that changes a payload."""


class OutboxEntry(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_pending", "acked_at", "seq"),)

    # ``id`` is the op_id: globally unique, the idempotency key at HQ.
    seq: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    txn_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    operation: Mapped[str] = mapped_column(String(8), nullable=False)  # insert | update | delete
    payload: Mapped[dict[str, Any]] = mapped_column(JSONText(), nullable=False)
    hlc: Mapped[str] = mapped_column(String(48), nullable=False)
    schema_version: Mapped[int] = mapped_column(Integer, nullable=False, default=SCHEMA_VERSION)
    created_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False)
    acked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    ack_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)


class SyncCursor(Base):
    """Pull position per scope, saved in the same transaction as the page it covers."""

    __tablename__ = "sync_cursors"

    scope: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    cursor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    server_epoch: Mapped[str | None] = mapped_column(String(64), nullable=True)
    snapshot_state: Mapped[dict[str, Any] | None] = mapped_column(JSONText(), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class SyncMeta(Base):
    """Small key/value facts about this database file (db_instance_id, this device's id...)."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    value: Mapped[str] = mapped_column(String(500), nullable=False)


def to_payload_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def row_payload(obj: Base) -> dict[str, Any]:
    return {key: to_payload_value(val) for key, val in obj.to_dict().items()}


def _changed_fields(obj: Base) -> list[str]:
    from sqlalchemy import inspect

    state = inspect(obj)
    return sorted(
        attr.key for attr in state.attrs if attr.history.has_changes() and attr.key != "updated_at"
    )


_TABLE_ORDER: dict[int, dict[str, int]] = {}


def _table_order() -> dict[str, int]:
    # sorted_tables is a topological sort of the whole schema (~0.3 ms): cache it per schema
    # size instead of recomputing it on every flush (it dominated checkout time).
    size = len(Base.metadata.tables)
    order = _TABLE_ORDER.get(size)
    if order is None:
        order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
        _TABLE_ORDER.clear()
        _TABLE_ORDER[size] = order
    return order


# Built once: they run in every flush of every synced write.
_TOP_SEQ = select(func.max(OutboxEntry.seq))
_INSERT = insert(cast(Table, OutboxEntry.__table__))


def _next_seq(session: Session) -> int:
    current = session.info.get("outbox_next_seq")
    if current is None:
        with session.no_autoflush:
            top = session.execute(_TOP_SEQ).scalar_one()
        current = (top or 0) + 1
    session.info["outbox_next_seq"] = current + 1
    return int(current)


def _synced(session: Session, objs: Any) -> list[Base]:
    order = _table_order()
    found = [o for o in objs if isinstance(o, Base) and type(o).__sync_kind__ is not None]
    return sorted(found, key=lambda o: order.get(o.__tablename__, 0))


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Refuse edits of ledger rows and stamp edited rows with the HLC (before they are written)."""
    if session.info.get("sync_apply") or session.info.get("hlc") is None:
        return
    clock: HybridLogicalClock = session.info["hlc"]
    for obj in _synced(session, session.dirty):
        if type(obj).__sync_kind__ == "ledger" and session.is_modified(
            obj, include_collections=False
        ):
            raise ConflictError(
                f"{obj.__tablename__} rows are append-only facts; record a new document instead"
            )
    for obj in _synced(session, session.deleted):
        if type(obj).__sync_kind__ == "ledger":
            raise ConflictError(f"{obj.__tablename__} rows are append-only and cannot be deleted")
    for obj in [*_synced(session, session.new), *_synced(session, session.dirty)]:
        if isinstance(obj, HlcStamped):
            obj.hlc = clock.now().encode()


def _after_flush(session: Session, _ctx: Any) -> None:
    """Write one outbox entry per synced row change, in the flush's own transaction."""
    if session.info.get("sync_apply") or session.info.get("hlc") is None:
        return
    clock: HybridLogicalClock = session.info["hlc"]
    txn_id = session.info.setdefault("txn_id", new_id())
    changes: list[tuple[str, Base]] = [("insert", o) for o in _synced(session, session.new)]
    changes += [
        ("update", o)
        for o in _synced(session, session.dirty)
        if session.is_modified(o, include_collections=False)
    ]
    changes += [("delete", o) for o in _synced(session, session.deleted)]
    rows = []
    for operation, obj in changes:
        stamp = obj.hlc if isinstance(obj, HlcStamped) and obj.hlc else clock.now().encode()
        payload = row_payload(obj)
        if operation == "update":
            payload["_changed"] = _changed_fields(obj)
        rows.append(
            {
                "id": new_id(),
                "seq": _next_seq(session),
                "txn_id": txn_id,
                "entity": obj.__tablename__,
                "entity_id": obj.id,
                "operation": operation,
                "payload": payload,
                "hlc": stamp,
                "schema_version": SCHEMA_VERSION,
                "created_at": utc_now(),
                "attempts": 0,
            }
        )
    if rows:
        session.connection().execute(_INSERT, rows)


def _reset_txn(session: Session, *_args: Any) -> None:
    session.info.pop("txn_id", None)
    session.info.pop("outbox_next_seq", None)


def install_outbox_capture(session_class: type[Session] | Any) -> None:
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "after_commit", _reset_txn)
    event.listen(session_class, "after_soft_rollback", _reset_txn)
