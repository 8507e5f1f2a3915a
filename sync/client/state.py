"""What the engine remembers between rounds and restarts, in the terminal file itself.

- ``sync_cursors`` row ``main``: pull cursor, the HQ epoch it belongs to, and the snapshot
  state. Always written in the same transaction as the page it covers.
- ``sync_meta`` keys (below): HQ address, the acknowledged high-water mark, the status the
  indicator shows after a restart (last success, last error, connection), counters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import EllipsisType
from typing import Any, Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pos_desktop.store.outbox import SyncCursor, SyncMeta
from pos_desktop.store.terminal import HQ_URL_KEY as HQ_URL_KEY  # services read it too
from pos_desktop.store.terminal import get_meta, set_meta

CURSOR_SCOPE: Final = "main"

ORGANIZATION_KEY: Final = "sync_organization_id"  # HQ organization this file is enrolled in
ENROLLED_AT_KEY: Final = "sync_enrolled_at"
FINGERPRINT_KEY: Final = "db_instance_fingerprint"
ACKED_SEQ_KEY: Final = "sync_acked_seq"  # highest seq HQ acknowledged (restore detection)
QUARANTINED_KEY: Final = "sync_quarantined"  # outbox entries HQ quarantined (indicator count)
LAST_SUCCESS_KEY: Final = "sync_last_success_at"
LAST_ERROR_KEY: Final = "sync_last_error"
LAST_ERROR_CODE_KEY: Final = "sync_last_error_code"
CONNECTION_KEY: Final = "sync_connection"
CLOCK_SKEW_KEY: Final = "sync_clock_skew_ms"
HLC_SEEN_KEY: Final = "sync_hlc_seen"  # the clock's high-water mark, so a restart keeps it

META_VALUE_MAX = 500  # sync_meta.value is VARCHAR(500)

# Snapshot state values (SyncCursor.snapshot_state["status"]).
SNAP_NEEDED: Final = "needed"
SNAP_RUNNING: Final = "running"
SNAP_DONE: Final = "done"


@dataclass(frozen=True, slots=True)
class CursorState:
    cursor: int = 0
    server_epoch: str | None = None
    snapshot: dict[str, Any] | None = field(default=None)

    @property
    def needs_snapshot(self) -> bool:
        """Never snapshotted, asked to resnapshot, or a snapshot interrupted mid-way."""
        return self.snapshot is None or self.snapshot.get("status") != SNAP_DONE


_CURSOR = select(SyncCursor).where(SyncCursor.scope == CURSOR_SCOPE)


def load_cursor(session: Session) -> CursorState:
    row = session.execute(_CURSOR).scalar_one_or_none()
    if row is None:
        return CursorState()
    return CursorState(row.cursor, row.server_epoch, row.snapshot_state)


def save_cursor(
    session: Session,
    *,
    cursor: int | None = None,
    server_epoch: str | None = None,
    snapshot: dict[str, Any] | EllipsisType | None = ...,
) -> None:
    """Update the fields given (``snapshot=...`` leaves it as it is) in the caller's txn."""
    row = session.execute(_CURSOR).scalar_one_or_none()
    if row is None:
        row = SyncCursor(scope=CURSOR_SCOPE, cursor=0)
        session.add(row)
    if cursor is not None:
        row.cursor = cursor
    if server_epoch is not None:
        row.server_epoch = server_epoch
    if not isinstance(snapshot, EllipsisType):
        row.snapshot_state = snapshot
    row.updated_at = datetime.now(UTC)
    session.flush()


def meta(session: Session, key: str) -> str | None:
    return get_meta(session, key)


def put_meta(session: Session, key: str, value: str | None) -> None:
    """Set (or, with None, remove) a key; values are cut to the column's 500 characters."""
    if value is None:
        session.execute(delete(SyncMeta).where(SyncMeta.key == key))
        return
    set_meta(session, key, value[:META_VALUE_MAX])


def meta_int(session: Session, key: str, default: int = 0) -> int:
    value = get_meta(session, key)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def meta_time(session: Session, key: str) -> datetime | None:
    value = get_meta(session, key)
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def add_to_meta_int(session: Session, key: str, delta: int) -> int:
    value = max(0, meta_int(session, key) + delta)
    put_meta(session, key, str(value))
    return value
