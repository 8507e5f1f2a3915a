"""``pos backup``, ``pos backups`` and ``pos restore``.

``pos backup`` copies the live database with SQLite's online backup API (safe while the app
runs) into ``<data_dir>/backups`` (pruned by the retention settings) or ``--to DIR`` (never
pruned). ``pos restore`` refuses while the app runs on the data directory, keeps the live file
as ``pos.db.before-restore-<UTC time>`` and puts the backup in its place.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos_desktop.cli.common import CliEnv, CliError
from pos_desktop.ops.backup import RetentionPolicy, make_backup
from pos_desktop.ops.backup_files import (
    LOCK_FILE,
    FileLock,
    backups_dir,
    list_backups,
    remove_partials,
)
from pos_desktop.ops.backup_restore import check_restore, restore_backup


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back up the database now (safe while the app runs)")
    p.add_argument("--to", metavar="DIR", help="write the backup to DIR (never pruned there)")
    p.set_defaults(handler=handle_backup)
    p = sub.add_parser("backups", help="list the backups in the data directory")
    p.add_argument("--dir", metavar="DIR", help="list DIR instead of <data_dir>/backups")
    p.set_defaults(handler=handle_list)
    p = sub.add_parser(
        "restore", help="replace the database by a backup (the current file is kept aside)"
    )
    p.add_argument("file", metavar="FILE", help="the backup file to restore")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=handle_restore)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} kB"


def _retention(env: CliEnv) -> RetentionPolicy:
    """The retention settings of the live database (defaults if they cannot be read)."""
    from pos_desktop.cli.common import service_context
    from pos_desktop.ops.backup_settings import backup_policy
    from pos_desktop.store.terminal import open_database

    db = open_database(env.paths.database)
    try:
        return backup_policy(service_context(db)).retention
    except Exception:
        return RetentionPolicy()
    finally:
        db.dispose()


def handle_backup(args: argparse.Namespace, env: CliEnv) -> int:
    database = env.paths.database
    if not database.exists():
        raise CliError(f"no database at {database}; nothing to back up")
    target = Path(args.to).expanduser().resolve() if args.to else None
    retention = None if target is not None else _retention(env)
    result = make_backup(database, target, kind="manual", retention=retention)
    source = result.source
    env.say(f"backup: {result.path}")
    env.say(
        f"store {source.store_code}, device {source.device_code}, schema {source.revision}, "
        f"{_size(result.size)}, {result.duration_s:.2f} s"
    )
    if result.pruned:
        env.say(f"removed {len(result.pruned)} old backup(s) (retention)")
    return 0


def handle_list(args: argparse.Namespace, env: CliEnv) -> int:
    directory = (
        Path(args.dir).expanduser().resolve() if args.dir else backups_dir(env.paths.data_dir)
    )
    lock = FileLock(directory / LOCK_FILE)
    if directory.is_dir() and lock.acquire(blocking=False):
        try:  # no backup is running: what a killed one left behind can go
            remove_partials(directory)
        finally:
            lock.release()
    backups = list_backups(directory)
    env.say(f"backups in {directory}: {len(backups)}")
    for b in backups:
        when = b.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        env.say(
            f"{when}  {b.store_code}-{b.device_code}  schema {b.revision}  "
            f"{b.kind:<11}  {_size(b.size):>9}  {b.path.name}"
        )
    return 0


def handle_restore(args: argparse.Namespace, env: CliEnv) -> int:
    backup = Path(args.file).expanduser().resolve()
    database = env.paths.database
    check = check_restore(backup, database)  # every refusal before the question
    source = check.source
    env.say(
        f"backup {backup.name}: store {source.store_label()}, terminal {source.device_code}, "
        f"schema {source.revision}"
    )
    if check.current_problem is not None:
        env.say(f"the current database cannot be read ({check.current_problem}); it is kept")
    if not args.yes:
        if not env.interactive:
            raise CliError("restoring replaces the database: pass --yes to confirm")
        answer = env.ask_secret(f"Replace {database} by this backup? Type 'yes': ")
        if answer.strip().lower() != "yes":
            env.say("not restored")
            return 1
    result = restore_backup(backup, database)
    env.say(f"restored {backup} to {database}")
    for kept in result.kept_as:
        env.say(f"previous file kept as {kept}")
    if result.receipt_counter is not None:
        env.say(f"receipt numbers continue at {result.receipt_counter} (after the previous file)")
    if result.resnapshot:
        env.say("the next sync fetches this till's later sales back from HQ")
    env.say("the app upgrades the restored file when it next opens it, if needed")
    return 0
