"""Backup files on disk: their names, what a backup says about itself, listing, file locks.

A backup is a plain SQLite file in ``<data_dir>/backups/`` named
``pos-<STORE>-<DEVICE>-<YYYYMMDDTHHMMSSZ>-r<REVISION>-<KIND>.db`` (``-2``, ``-3``... before
``.db`` when two land in the same second). The name is for people and for sorting; what a
restore trusts is read from the backup's own tables (``sync_meta``, ``devices``, ``stores``,
``organizations``, ``alembic_version``): see ``read_source``.

Half-written copies are ``.<name>.partial``: the listing never shows them, and the next backup
(under the directory lock) deletes them.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Final

from pos_desktop.core.errors import DomainError

BACKUPS_DIR: Final = "backups"
PARTIAL_SUFFIX: Final = ".partial"
LOCK_FILE: Final = ".lock"
APP_LOCK_FILE: Final = "pos.lock"  # held by the running app for the data directory
KINDS: Final = ("auto", "shift", "manual", "pre-upgrade")
REGULAR_KINDS: Final = ("auto", "shift", "manual")
TIME_FORMAT: Final = "%Y%m%dT%H%M%SZ"

_NAME = re.compile(
    r"^pos-(?P<store>[A-Za-z0-9]+)-(?P<device>[A-Za-z0-9]+)-(?P<ts>\d{8}T\d{6}Z)"
    r"-r(?P<rev>[A-Za-z0-9_]+)-(?P<kind>auto|shift|manual|pre-upgrade)(?:-(?P<n>\d+))?\.db$"
)


class BackupError(DomainError):
    """A backup could not be made or read; the message says which file and why."""

    code = "backup_failed"


@dataclass(frozen=True, slots=True)
class BackupSource:
    """Which terminal a database (live or backup) belongs to, read from its own tables."""

    organization_id: str | None
    organization_name: str | None
    store_id: str | None
    store_code: str | None
    store_name: str | None
    device_id: str | None
    device_code: str | None
    revision: str | None

    @property
    def is_terminal(self) -> bool:
        return self.device_id is not None and self.store_id is not None

    def store_label(self) -> str:
        if self.store_code is None:
            return "no store (not set up)"
        return f"{self.store_code} '{self.store_name}' of '{self.organization_name}'"


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup in a directory, described by its name and size (cheap: no file opened)."""

    path: Path
    store_code: str
    device_code: str
    created_at: datetime
    revision: str
    kind: str
    size: int


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR


def backup_name(
    store_code: str | None, device_code: str | None, when: datetime, revision: str, kind: str
) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    stamp = when.astimezone(UTC).strftime(TIME_FORMAT)
    store = _code(store_code)
    device = _code(device_code)
    return f"pos-{store}-{device}-{stamp}-r{_code(revision)}-{kind}.db"


def _code(value: str | None) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_]", "", value or "")
    return cleaned or "none"


def free_name(directory: Path, name: str) -> Path:
    """``name`` in ``directory``, with ``-2``, ``-3``... added when it is taken."""
    candidate = directory / name
    n = 2
    while candidate.exists() or partial_path(candidate).exists():
        candidate = directory / name.replace(".db", f"-{n}.db")
        n += 1
    return candidate


def partial_path(final: Path) -> Path:
    return final.with_name(f".{final.name}{PARTIAL_SUFFIX}")


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    created = datetime.strptime(match["ts"], TIME_FORMAT).replace(tzinfo=UTC)
    return BackupFile(
        path, match["store"], match["device"], created, match["rev"], match["kind"], size
    )


def list_backups(directory: Path) -> list[BackupFile]:
    """The backups in ``directory``, newest first. Partial files and strangers are skipped."""
    if not directory.is_dir():
        return []
    found = [b for p in directory.iterdir() if (b := parse_backup_name(p)) is not None]
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def remove_partials(directory: Path) -> list[Path]:
    """Delete half-written copies (call only while holding the directory lock)."""
    removed = []
    if directory.is_dir():
        for path in directory.glob(f".*{PARTIAL_SUFFIX}"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# -- reading a database's identity --------------------------------------------------------------


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates the file (nor a -wal beside a backup)."""
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
    ).fetchone()
    return row is not None


def source_of(conn: sqlite3.Connection) -> BackupSource:
    """Identity and schema revision from the database's own tables."""
    revision = None
    if _has_table(conn, "alembic_version"):
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    empty = BackupSource(None, None, None, None, None, None, None, revision)
    if not (_has_table(conn, "sync_meta") and _has_table(conn, "devices")):
        return empty
    row = conn.execute("SELECT value FROM sync_meta WHERE key='this_device_id'").fetchone()
    if row is None:
        return empty
    found = conn.execute(
        "SELECT d.id, d.code, s.id, s.code, s.name, o.id, o.name FROM devices d "
        "JOIN stores s ON s.id = d.store_id JOIN organizations o ON o.id = d.organization_id "
        "WHERE d.id = ?",
        (row[0],),
    ).fetchone()
    if found is None:
        return empty
    device_id, device_code, store_id, store_code, store_name, org_id, org_name = found
    return BackupSource(
        org_id, org_name, store_id, store_code, store_name, device_id, device_code, revision
    )


def read_source(path: Path) -> BackupSource:
    """What a database file says it is; BackupError if it is not a readable SQLite file."""
    try:
        conn = connect_readonly(path)
        try:
            return source_of(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a readable database: {exc}") from exc


def check_integrity(conn: sqlite3.Connection, *, full: bool) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    pragma = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


# -- file system helpers -----------------------------------------------------------------------


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to flush)."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileLock:
    """An advisory, process-wide lock on a file (``flock`` / ``msvcrt.locking``).

    The operating system drops it when the holder dies, so a killed app or backup never leaves
    a stale lock behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, *, blocking: bool = True) -> bool:
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            if not _lock(handle, blocking):
                handle.close()
                return False
        except BaseException:
            handle.close()
            raise
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            _unlock(handle)
            handle.close()

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes], blocking: bool) -> bool:
        mode = msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), mode, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes], blocking: bool) -> bool:
        flags = fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB)
        try:
            fcntl.flock(handle.fileno(), flags)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def app_lock(data_dir: Path) -> FileLock:
    """The lock the running app holds on its data directory (``pos restore`` tests it)."""
    return FileLock(data_dir / APP_LOCK_FILE)
