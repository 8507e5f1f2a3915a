"""``pos enroll URL CODE`` and ``pos sync``: enroll this terminal with HQ, run sync rounds.

- ``pos enroll URL CODE [--name NAME] [--no-sync]``: a new (or empty) data directory becomes
  a terminal of HQ's organization; the device token goes to the OS keyring. A first round
  (the catalog snapshot) follows unless ``--no-sync``.
- ``pos sync --status``: what the indicator shows (connection, pending, last success/error).
- ``pos sync --once``: one round, its report; exit 1 when it failed.
- ``pos sync``: the background worker in the foreground until Ctrl+C.

The sync engine is imported when a command runs, not when ``pos`` starts.
"""

from __future__ import annotations

import argparse
import socket
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pos_desktop.cli.common import CliEnv, CliError, open_existing
from pos_desktop.store.terminal import open_database

if TYPE_CHECKING:
    import httpx

    from sync.client.report import RoundReport
    from sync.client.status import SyncStatus

EXIT_ROUND_FAILED = 1


def make_transport() -> httpx.BaseTransport | None:
    """The network (None: httpx's own). Tests replace this function with a fake HQ's."""
    return None


def app_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("pos-desktop")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def register(sub: Any) -> None:
    p = sub.add_parser("enroll", help="enroll this terminal with HQ using a one-time code")
    p.add_argument("url", help="HQ's address, e.g. https://hq.example.com")
    p.add_argument("code", help="the one-time enrollment code from 'pos-hq enroll-code'")
    p.add_argument("--name", help="a name for this terminal (default: the computer's name)")
    p.add_argument("--no-sync", action="store_true", help="do not run the first sync round")
    p.set_defaults(handler=handle_enroll)

    s = sub.add_parser("sync", help="sync with HQ: status, one round, or keep syncing")
    mode = s.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="run one round and report it")
    mode.add_argument("--status", action="store_true", help="show the sync status and exit")
    s.set_defaults(handler=handle_sync)


def handle_enroll(args: argparse.Namespace, env: CliEnv) -> int:
    from sync.client.credentials import CredentialStore
    from sync.client.enrollment import enroll

    name = (args.name or socket.gethostname() or "Terminal").strip()[:100]
    identity = enroll(
        env.paths.database,
        args.url,
        args.code,
        name,
        CredentialStore(),
        make_transport(),
        app_version=app_version(),
    )
    env.say(f"Enrolled as store {identity.store_code}, device {identity.device_code} ({name})")
    env.say(f"database: {env.paths.database}")
    if args.no_sync:
        env.say("next: 'pos sync --once' to fetch the catalog")
        return 0
    return _once(env)


def handle_sync(args: argparse.Namespace, env: CliEnv) -> int:
    if args.status:
        return _status(env)
    if args.once:
        return _once(env)
    return _forever(env)


def _engine(env: CliEnv) -> Any:
    from sync.client.build import build_sync
    from sync.client.credentials import CredentialStore

    db = open_existing(env)
    engine = build_sync(
        db, credentials=CredentialStore(), app_version=app_version(), transport=make_transport()
    )
    if engine is None:
        db.dispose()
        raise CliError(
            f"{env.paths.database} is not enrolled with HQ; run 'pos enroll URL CODE' first"
        )
    return engine


def _close(engine: Any) -> None:
    engine.close()
    engine.db.dispose()


def _status(env: CliEnv) -> int:
    if not env.paths.database.exists():
        raise CliError(f"no database at {env.paths.database}")
    db = open_database(env.paths.database)
    try:
        from sync.client.build import hq_url

        if hq_url(db) is None:
            env.say("sync: not enrolled (this terminal runs on its own)")
            return 0
    finally:
        db.dispose()
    engine = _engine(env)
    try:
        _print_status(env, engine.status())
    finally:
        _close(engine)
    return 0


def _once(env: CliEnv) -> int:
    engine = _engine(env)
    try:
        report = engine.run_round()
        _print_report(env, report)
        _print_status(env, engine.status())
    finally:
        _close(engine)
    return 0 if report.ok else EXIT_ROUND_FAILED


def _forever(env: CliEnv) -> int:
    from sync.client.worker import SyncWorker

    engine = _engine(env)
    last: list[str] = []

    def show(status: SyncStatus) -> None:
        line = _status_line(status)
        if not last or last[-1] != line:
            last.append(line)
            env.say(line)

    worker = SyncWorker(engine, on_status=show)
    worker.start()
    env.say("syncing; Ctrl+C to stop")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        env.say("stopping")
    finally:
        worker.stop()
        _close(engine)
    return 0


def _age(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    seconds = int((datetime.now(UTC) - moment).total_seconds())
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def _status_line(status: SyncStatus) -> str:
    busy = ", syncing" if status.syncing else ""
    return f"sync: {status.connection.value}{busy}, {status.pending} pending"


def _print_status(env: CliEnv, status: SyncStatus) -> None:
    env.say(_status_line(status))
    if status.oldest_pending_at is not None:
        env.say(f"  oldest pending: {_age(status.oldest_pending_at)}")
    env.say(f"  last success:   {_age(status.last_success_at)}")
    if status.quarantined:
        env.say(f"  refused by HQ:  {status.quarantined} (see the sync inbox)")
    if status.clock_skew_ms is not None and abs(status.clock_skew_ms) > 60_000:
        env.say(f"  clock skew:     {status.clock_skew_ms / 1000:+.0f} s against HQ")
    if status.last_error:
        env.say(f"  last error:     {status.last_error}")


def _print_report(env: CliEnv, report: RoundReport) -> None:
    outcome = "done" if report.ok else "FAILED"
    env.say(f"round {outcome} in {report.duration_s:.2f} s")
    env.say(
        f"  pushed {report.pushed} (applied {report.applied}, duplicates {report.duplicates},"
        f" refused {report.quarantined}); pulled {report.pulled} in {report.pull_pages} page(s)"
    )
    if report.snapshot_pages:
        env.say(f"  snapshot: {report.snapshot_rows} rows in {report.snapshot_pages} page(s)")
    if report.restored:
        env.say(f"  HQ was restored from a backup: {report.reopened} entries sent again")
    if report.skipped:
        env.say(f"  {report.skipped} row(s) from HQ could not be stored (see the log)")
    if report.error:
        env.say(f"  error: {report.error}")
