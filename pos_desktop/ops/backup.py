"""Consistent copies of the live terminal database (Qt-free; stdlib ``sqlite3`` only).

How a backup is made (``make_backup``):
1. Under the backups directory's lock (one backup at a time; partial files of a killed backup
   are deleted first), open the live file and start a read transaction. In WAL mode a reader
   never blocks the till's writers, and holding the transaction keeps one snapshot for the
   whole copy (without it SQLite restarts a paged backup whenever another connection writes).
2. Copy with SQLite's online backup API in steps of ``STEP_PAGES`` pages, reporting progress,
   into ``.<name>.partial`` in the backups directory.
3. Switch the copy to a rollback journal (a backup is one self-contained file), check it with
   ``PRAGMA quick_check`` (``integrity_check`` for pre-upgrade copies), fsync it, rename it to
   its final name (atomic) and fsync the directory. Only then does it count as a backup.

Retention (``apply_retention``; settings in ``ops/backup_settings.py``): keep the newest
``keep_last`` regular backups (automatic, shift close, manual), plus the newest backup of
each of the last ``keep_weeks`` calendar weeks, plus the newest ``KEEP_PRE_UPGRADE``
pre-upgrade copies. With the defaults (14 and 8) a shop that backs up a few times a day has
the last few days in detail and one copy per week for two months. Backups written with
``--to DIR`` elsewhere are never pruned.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from pos_desktop.ops.backup_files import (
    LOCK_FILE,
    REGULAR_KINDS,
    BackupError,
    BackupFile,
    BackupSource,
    FileLock,
    backup_name,
    backups_dir,
    check_integrity,
    connect_readonly,
    free_name,
    fsync_dir,
    fsync_file,
    list_backups,
    partial_path,
    remove_partials,
    source_of,
)

log = logging.getLogger(__name__)

STEP_PAGES: Final = 1024  # 4 MiB per step with 4 KiB pages
KEEP_PRE_UPGRADE: Final = 3
DEFAULT_KEEP_LAST: Final = 14
DEFAULT_KEEP_WEEKS: Final = 8

Progress = Callable[[int, int], None]
"""Called after each step with (pages copied, pages in total)."""


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    keep_last: int = DEFAULT_KEEP_LAST
    keep_weeks: int = DEFAULT_KEEP_WEEKS


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    source: BackupSource
    kind: str
    created_at: datetime
    duration_s: float
    pruned: tuple[Path, ...] = ()


def make_backup(
    database: Path,
    directory: Path | None = None,
    *,
    kind: str = "manual",
    progress: Progress | None = None,
    full_check: bool = False,
    retention: RetentionPolicy | None = None,
    now: datetime | None = None,
    step_pages: int = STEP_PAGES,
) -> BackupResult:
    """Back up ``database`` into ``directory`` (default ``<its folder>/backups``).

    With ``retention`` the directory is pruned afterwards (the new backup is always kept).
    Raises BackupError with a readable sentence; a failed backup leaves no file behind.
    """
    started = time.monotonic()
    target_dir = directory if directory is not None else backups_dir(database.parent)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the backup folder {target_dir}: {exc}") from exc
    with FileLock(target_dir / LOCK_FILE):
        remove_partials(target_dir)
        final, source = _copy(database, target_dir, kind, progress, full_check, now, step_pages)
        pruned: tuple[Path, ...] = ()
        if retention is not None:
            pruned = tuple(apply_retention(target_dir, retention, keep=final))
    size = final.stat().st_size
    created = (now or datetime.now(UTC)).astimezone(UTC)
    duration = time.monotonic() - started
    log.info("backup %s (%d bytes, %.2f s)", final, size, duration)
    return BackupResult(final, size, source, kind, created, duration, pruned)


def _copy(
    database: Path,
    target_dir: Path,
    kind: str,
    progress: Progress | None,
    full_check: bool,
    now: datetime | None,
    step_pages: int,
) -> tuple[Path, BackupSource]:
    if not database.is_file():
        raise BackupError(f"no database at {database} to back up")
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    partial: Path | None = None
    try:
        src = sqlite3.connect(database, isolation_level=None)
        try:
            src.execute("PRAGMA busy_timeout=5000")
            src.execute("BEGIN")  # one snapshot for the identity read and the whole copy
            source = source_of(src)
            if source.revision is None:
                raise BackupError(f"{database} holds no point-of-sale schema: nothing to back up")
            name = backup_name(source.store_code, source.device_code, moment, source.revision, kind)
            final = free_name(target_dir, name)
            partial = partial_path(final)
            partial.unlink(missing_ok=True)
            dst = sqlite3.connect(partial, isolation_level=None)
            try:

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                src.backup(dst, pages=step_pages, progress=step, sleep=0)
                src.execute("COMMIT")
                dst.execute("PRAGMA journal_mode=DELETE")
                problem = check_integrity(dst, full=full_check)
                if problem is not None:
                    raise BackupError(f"the copy of {database} failed its check: {problem}")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(partial)
        partial.replace(final)
        fsync_dir(target_dir)
        return final, source
    except BackupError:
        _discard(partial)
        raise
    except (sqlite3.Error, OSError) as exc:
        _discard(partial)
        raise BackupError(f"could not back up {database} to {target_dir}: {exc}") from exc


def _discard(partial: Path | None) -> None:
    if partial is not None:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)


# -- retention ---------------------------------------------------------------------------------


def choose_kept(backups: list[BackupFile], policy: RetentionPolicy, now: datetime) -> set[Path]:
    """Which backups the policy keeps (``backups`` in any order)."""
    newest_first = sorted(backups, key=lambda b: (b.created_at, b.path.name), reverse=True)
    regular = [b for b in newest_first if b.kind in REGULAR_KINDS]
    kept = {b.path for b in regular[: max(1, policy.keep_last)]}
    if policy.keep_weeks > 0:
        this_week = _week_start(now)
        oldest = this_week - timedelta(weeks=policy.keep_weeks - 1)
        seen_weeks: set[datetime] = set()
        for b in regular:
            week = _week_start(b.created_at)
            if week >= oldest and week not in seen_weeks:
                seen_weeks.add(week)
                kept.add(b.path)
    upgrades = [b for b in newest_first if b.kind == "pre-upgrade"]
    kept.update(b.path for b in upgrades[:KEEP_PRE_UPGRADE])
    return kept


def _week_start(moment: datetime) -> datetime:
    day = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def apply_retention(
    directory: Path,
    policy: RetentionPolicy,
    *,
    keep: Path | None = None,
    now: datetime | None = None,
) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted."""
    backups = list_backups(directory)
    kept = choose_kept(backups, policy, now or datetime.now(UTC))
    if keep is not None:
        kept.add(keep)
    removed = []
    for b in backups:
        if b.path not in kept:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:
                log.warning("could not delete old backup %s: %s", b.path, exc)
    return removed


# -- "anything new since the last backup?" ------------------------------------------------------


def change_marker(conn: sqlite3.Connection) -> str:
    """A cheap summary that moves whenever the till records or receives something: the last
    outbox seq (every synced local write), the pull cursor (every page from HQ), the receipt
    counters and the held tickets (device-local)."""
    parts = []
    for sql in (
        "SELECT coalesce(max(seq), 0) FROM sync_outbox",
        "SELECT coalesce(max(cursor), 0) FROM sync_cursors",
        "SELECT coalesce(sum(next_value), 0) FROM receipt_counters",
        "SELECT count(*) FROM held_tickets",
    ):
        try:
            parts.append(str(conn.execute(sql).fetchone()[0]))
        except sqlite3.Error:
            parts.append("-")
    return ":".join(parts)


def marker_of(path: Path) -> str | None:
    try:
        conn = connect_readonly(path)
        try:
            return change_marker(conn)
        finally:
            conn.close()
    except (sqlite3.Error, BackupError):
        return None


def changed_since_last_backup(database: Path, directory: Path | None = None) -> bool:
    """True when the live database differs from the newest regular backup (or there is none)."""
    target_dir = directory if directory is not None else backups_dir(database.parent)
    regular = [b for b in list_backups(target_dir) if b.kind in REGULAR_KINDS]
    if not regular:
        return True
    return marker_of(database) != marker_of(regular[0].path)


# -- before a schema upgrade --------------------------------------------------------------------


class UpgradeBackupError(BackupError):
    code = "upgrade_backup_failed"


def backup_before_upgrade(database: Path, current_revision: str) -> BackupResult:
    """The copy taken before migrating ``database`` from ``current_revision``; refuses (raises
    UpgradeBackupError) when it cannot be made, so the caller does not migrate."""
    try:
        return make_backup(
            database,
            kind="pre-upgrade",
            full_check=True,
            retention=RetentionPolicy(keep_last=10**6, keep_weeks=0),
        )
    except BackupError as exc:
        raise UpgradeBackupError(
            f"this version of the app must upgrade the database {database} (schema "
            f"{current_revision}), but the safety copy taken first failed: {exc.message}. "
            "The database was not changed. Free some disk space (or fix the backups folder) "
            "and start again."
        ) from exc
