"""Putting a backup back in place of the live terminal database (``pos restore``).

Refusals (nothing on disk changes): a file that is not a sound SQLite database of a set-up
terminal; a backup of another organization, store or terminal than the database it would
replace (the message names both); a schema newer than this app knows; the app running on the
data directory (it holds ``pos.lock``, see ``backup_files.app_lock``).

What a restore does:
1. Copy the backup (SQLite backup API) to ``pos.db.restoring`` beside the live file, check it
   (``integrity_check``), and prepare it for the sync engine:
   - receipt numbers: the live file may hold sales made after the backup (and HQ may have
     them). Their numbers must never be issued again, or HQ quarantines the new sales as
     duplicates. The copy's receipt counter is moved past the highest number the live file
     issued (when the live file is readable); the sync engine does the same for this till's
     sales that come back from HQ (``services.receipts.advance_receipt_counter``).
   - an enrolled copy is marked to re-snapshot on its next sync: a snapshot (unlike a pull)
     carries the till's own sales, so those made after the backup come back from HQ.
2. Keep the live file: checkpoint its WAL, hard-link it (and any -wal/-shm left) to
   ``pos.db.before-restore-<UTC time>`` (``-wal``/``-shm`` after that name, so SQLite pairs
   them again), remove the live -wal/-shm, then rename the prepared copy over ``pos.db``
   (atomic) and fsync the folder. The app migrates the restored file when it next opens it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from pos_desktop.core.errors import DomainError
from pos_desktop.core.ids import new_id
from pos_desktop.core.receipt_number import is_receipt_number, parse_receipt_number
from pos_desktop.ops.backup_files import (
    TIME_FORMAT,
    BackupError,
    BackupSource,
    app_lock,
    check_integrity,
    connect_readonly,
    fsync_dir,
    fsync_file,
    source_of,
)
from pos_desktop.paths import database_files

RESTORING_SUFFIX: Final = ".restoring"
BEFORE_RESTORE: Final = ".before-restore-"


class RestoreRefused(DomainError):
    code = "restore_refused"


@dataclass(frozen=True, slots=True)
class RestoreCheck:
    """What a restore would do, found without changing anything."""

    backup: Path
    database: Path
    source: BackupSource
    current: BackupSource | None  # None: no live file, or one that cannot be read
    current_problem: str | None  # why the live file could not be read, if it could not


@dataclass(frozen=True, slots=True)
class RestoreResult:
    check: RestoreCheck
    kept_as: tuple[Path, ...]  # the previous live file (and its WAL) under their new names
    receipt_counter: int | None  # the next receipt counter of the restored file, if moved
    resnapshot: bool


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from pos_desktop.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_restore(backup: Path, database: Path) -> RestoreCheck:
    """Every refusal, before anything is touched. Raises RestoreRefused."""
    backup = backup.resolve()
    if backup == database.resolve():
        raise RestoreRefused(f"{backup} is the live database itself, not a backup")
    try:
        conn = connect_readonly(backup)
        try:
            problem = check_integrity(conn, full=True)
            source = source_of(conn) if problem is None else None
        finally:
            conn.close()
    except BackupError as exc:
        raise RestoreRefused(f"cannot restore: {exc.message}") from exc
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(f"cannot restore: {backup} is not a usable backup ({exc})") from exc
    if problem is not None or source is None:
        raise RestoreRefused(f"cannot restore: {backup} is damaged ({problem})")
    if not source.is_terminal or source.revision is None:
        raise RestoreRefused(
            f"cannot restore: {backup} is not a backup of a set-up terminal (no store/device)"
        )
    if source.revision not in known_revisions():
        raise RestoreRefused(
            f"cannot restore: {backup} was made by a newer version of the app (schema "
            f"{source.revision}); install that version first"
        )
    current, current_problem = _current(database)
    if current is not None and current.is_terminal:
        _same_terminal(backup, source, current)
    return RestoreCheck(backup, database, source, current, current_problem)


def _current(database: Path) -> tuple[BackupSource | None, str | None]:
    if not database.exists():
        return None, None
    try:
        conn = connect_readonly(database)
        try:
            return source_of(conn), None
        finally:
            conn.close()
    except (sqlite3.Error, BackupError) as exc:
        return None, str(exc)


def _same_terminal(backup: Path, source: BackupSource, current: BackupSource) -> None:
    if source.organization_id != current.organization_id:
        raise RestoreRefused(
            f"cannot restore: {backup.name} belongs to organization "
            f"'{source.organization_name}' (store {source.store_label()}), but this terminal "
            f"belongs to '{current.organization_name}' (store {current.store_label()})"
        )
    if source.store_id != current.store_id:
        raise RestoreRefused(
            f"cannot restore: {backup.name} is from store {source.store_label()}, but this "
            f"terminal is store {current.store_label()}"
        )
    if source.device_id != current.device_id:
        raise RestoreRefused(
            f"cannot restore: {backup.name} is from terminal {source.device_code} of store "
            f"{source.store_code}, but this is terminal {current.device_code}; a copy of "
            "another till would reuse its receipt numbers"
        )


def restore_backup(backup: Path, database: Path, *, now: datetime | None = None) -> RestoreResult:
    """Check, then replace ``database`` by a prepared copy of ``backup`` (see module doc)."""
    lock = app_lock(database.parent)
    if not lock.acquire(blocking=False):
        raise RestoreRefused(
            f"cannot restore: the point of sale is running on {database.parent}; close it "
            "(on every window) and try again"
        )
    try:
        check = check_restore(backup, database)
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        staged = database.with_name(database.name + RESTORING_SUFFIX)
        try:
            counter, resnapshot = _stage(check, staged)
            kept = _swap(database, staged, moment)
        finally:
            for leftover in database_files(staged):
                leftover.unlink(missing_ok=True)
        return RestoreResult(check, kept, counter, resnapshot)
    finally:
        lock.release()


def _stage(check: RestoreCheck, staged: Path) -> tuple[int | None, bool]:
    for leftover in database_files(staged):
        leftover.unlink(missing_ok=True)
    try:
        src = connect_readonly(check.backup)
        dst = sqlite3.connect(staged, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.execute("BEGIN IMMEDIATE")
            counter = _advance_counter(dst, check)
            resnapshot = _ask_resnapshot(dst)
            dst.execute("COMMIT")
            problem = check_integrity(dst, full=True)
        finally:
            src.close()
            dst.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"could not prepare {check.backup} for restore: {exc}") from exc
    if problem is not None:
        raise BackupError(f"the restored copy of {check.backup} failed its check: {problem}")
    fsync_file(staged)
    return counter, resnapshot


def _highest_issued(conn: sqlite3.Connection, device_id: str) -> int:
    top = 0
    for (number,) in conn.execute(
        "SELECT receipt_number FROM sales WHERE device_id=?", (device_id,)
    ):
        if isinstance(number, str) and is_receipt_number(number):
            top = max(top, parse_receipt_number(number).counter)
    row = conn.execute(
        "SELECT next_value FROM receipt_counters WHERE device_id=?", (device_id,)
    ).fetchone()
    if row is not None:
        top = max(top, int(row[0]) - 1)
    return top


def _advance_counter(dst: sqlite3.Connection, check: RestoreCheck) -> int | None:
    """Move the copy's counter past every number the live file issued. Returns the next
    counter when it was moved."""
    device_id = check.source.device_id
    if device_id is None or check.current is None or check.current.device_id != device_id:
        return None
    try:
        live = connect_readonly(check.database)
        try:
            live_top = _highest_issued(live, device_id)
        finally:
            live.close()
    except (sqlite3.Error, BackupError):
        return None  # unreadable: the sync engine moves it when HQ sends the sales back
    if live_top <= _highest_issued(dst, device_id):
        return None
    updated = dst.execute(
        "UPDATE receipt_counters SET next_value=? WHERE device_id=?", (live_top + 1, device_id)
    ).rowcount
    if not updated:
        dst.execute(
            "INSERT INTO receipt_counters (id, device_id, next_value) VALUES (?, ?, ?)",
            (new_id(), device_id, live_top + 1),
        )
    return live_top + 1


def _ask_resnapshot(dst: sqlite3.Connection) -> bool:
    """An enrolled copy snapshots again on its next sync (its own later sales come back)."""
    state = json.dumps({"status": "needed", "reason": "restored from a local backup"})
    return dst.execute("UPDATE sync_cursors SET snapshot_state=?", (state,)).rowcount > 0


def _swap(database: Path, staged: Path, moment: datetime) -> tuple[Path, ...]:
    kept: list[Path] = []
    if database.exists():
        _checkpoint(database)
        aside = database.with_name(f"{database.name}{BEFORE_RESTORE}{moment.strftime(TIME_FORMAT)}")
        for live, keep in zip(database_files(database), database_files(aside), strict=True):
            if live.exists():
                _keep(live, keep)
                kept.append(keep)
        # The live WAL must be gone before the copy takes the name: SQLite would replay it
        # into the restored file.
        for side in database_files(database)[1:]:
            side.unlink(missing_ok=True)
    os.replace(staged, database)
    fsync_dir(database.parent)
    return tuple(kept)


def _checkpoint(database: Path) -> None:
    try:
        conn = sqlite3.connect(database, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # a damaged file: its WAL is kept beside it, untouched


def _keep(live: Path, keep: Path) -> None:
    try:
        os.link(live, keep)  # the old file stays whole under its new name, no copy needed
    except OSError:
        shutil.copy2(live, keep)
