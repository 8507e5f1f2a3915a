"""``pos-hq serve``, ``migrate``, ``backup`` and ``restore``.

``serve`` binds its socket itself (so ``--port 0`` can report the port the OS picked) and
prints ``pos-hq listening on http://HOST:PORT`` once uvicorn accepts connections; SIGTERM or
SIGINT shut it down gracefully. Backup and restore use SQLite's online backup API, which copies
a consistent database even while the server writes to it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sync.server import service
from sync.server.cli_common import CliError, HqCliEnv, database_url, emit, open_db, sqlite_path
from sync.server.settings import HqSettings

LISTENING = "pos-hq listening on"


def cmd_migrate(args: argparse.Namespace, env: HqCliEnv) -> int:
    with open_db(args, env) as db:
        db.upgrade()
        with db.transaction() as session:
            epoch = service.server_epoch(session)
    env.warn("database is at the latest schema")
    emit(env, args, {"server_epoch": epoch}, epoch)
    return 0


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say they are TCP,
    # and without it every answer written in two parts waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    # A restarted server takes its old port back at once (TIME_WAIT connections remain).
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def cmd_serve(args: argparse.Namespace, env: HqCliEnv) -> int:
    import uvicorn  # the admin commands never pay for importing the server

    from sync.server.app import create_app

    try:
        settings = HqSettings.from_env(env.environ).with_limits(
            rate_limit=args.rate_limit,
            rate_window_s=args.rate_window,
            enroll_rate_limit=args.enroll_rate_limit,
            rate_limits_enabled=False if args.no_rate_limits else None,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    sock = _bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    db = service.HqDatabase(database_url(args, env))
    previous = _stop_cleanly_on_sigterm()
    try:
        if not args.no_migrate:
            db.upgrade()
        config = uvicorn.Config(
            create_app(db, settings=settings),
            log_level=args.log_level,
            access_log=args.access_log,
            lifespan="off",
            server_header=False,
            proxy_headers=args.forwarded_allow_ips is not None,
            forwarded_allow_ips=args.forwarded_allow_ips,
            timeout_graceful_shutdown=10,
        )
        server = uvicorn.Server(config)
        asyncio.run(_serve(server, sock, lambda: env.say(f"{LISTENING} http://{shown}:{port}")))
        return 0 if server.started else 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        sock.close()
        db.dispose()


def _stop_cleanly_on_sigterm() -> Any:
    """uvicorn shuts down gracefully on SIGTERM, then re-raises the signal to the handler that
    was there before it: this one, so a requested stop exits 0 (and a SIGTERM during the
    migration still stops the process). Returns the handler to restore."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _exit_on_sigterm)


async def _serve(server: Any, sock: socket.socket, on_ready: Callable[[], None]) -> None:
    """Run uvicorn and call ``on_ready`` once it accepts connections (or never, if it fails)."""
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if server.started and not server.should_exit:
        on_ready()
    await task


def _require_sqlite(args: argparse.Namespace, env: HqCliEnv) -> tuple[str, Path]:
    url = database_url(args, env)
    path = sqlite_path(url)
    if path is None:
        raise CliError(
            "backup and restore handle SQLite databases; for PostgreSQL use pg_dump/pg_restore, "
            "then run 'pos-hq epoch rotate'"
        )
    return url, path


def _copy(source: Path, dest: Path) -> None:
    """A consistent copy of ``source`` into ``dest`` (which may be a live database)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def cmd_backup(args: argparse.Namespace, env: HqCliEnv) -> int:
    _, path = _require_sqlite(args, env)
    dest = Path(args.file)
    if not path.is_file():
        raise CliError(f"no database at {path}")
    if dest.exists() and not args.force:
        raise CliError(f"{dest} exists; pass --force to overwrite it")
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(path, partial)
        os.replace(partial, dest)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"backup failed: {exc}") from None
    env.warn(f"backed up {path} to {dest}")
    emit(env, args, {"backup": str(dest)}, str(dest))
    return 0


def _check_backup(file: Path) -> None:
    if not file.is_file():
        raise CliError(f"no such file: {file}")
    try:
        con = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise CliError(f"{file} is not a SQLite database: {exc}") from None
    if not ok or ok[0] != "ok":
        raise CliError(f"{file} is damaged: {ok[0] if ok else 'no answer'}")
    if "alembic_version" not in tables:
        raise CliError(f"{file} is not a pos-hq database")


def cmd_restore(args: argparse.Namespace, env: HqCliEnv) -> int:
    url, path = _require_sqlite(args, env)
    source = Path(args.file)
    _check_backup(source)
    aside: Path | None = None
    try:
        if path.is_file():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = path.with_name(f"{path.name}.before-restore-{stamp}")
            _copy(path, aside)
        _copy(source, path)
    except sqlite3.Error as exc:
        raise CliError(f"restore failed: {exc}") from None
    db = service.HqDatabase(url)
    try:
        db.upgrade()  # a backup from an older release is brought to the current schema
        with db.transaction() as session:
            epoch = service.rotate_epoch(session)
    finally:
        db.dispose()
    if aside is not None:
        env.warn(f"the previous database is kept at {aside}")
    env.warn(f"restored {source}; new server epoch {epoch}")
    emit(env, args, {"server_epoch": epoch, "previous": str(aside) if aside else None}, epoch)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    c = sub.add_parser("serve", help="run the HQ HTTP server", parents=[common])
    c.set_defaults(handler=cmd_serve)
    c.add_argument("--host", default="127.0.0.1")
    c.add_argument("--port", type=int, default=8080, help="0 picks a free port (printed)")
    c.add_argument("--no-migrate", action="store_true", help="do not upgrade the schema first")
    c.add_argument("--rate-limit", type=int, help="requests per window per credential")
    c.add_argument("--rate-window", type=int, help="rate-limit window in seconds")
    c.add_argument("--enroll-rate-limit", type=int, help="enrollments per window per address")
    c.add_argument("--no-rate-limits", action="store_true", help="turn rate limiting off")
    c.add_argument("--access-log", action="store_true", help="log every request")
    c.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    c.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="trust X-Forwarded-For from these proxy addresses (comma-separated)",
    )

    c = sub.add_parser("migrate", help="create or upgrade the HQ schema", parents=[common])
    c.set_defaults(handler=cmd_migrate)

    c = sub.add_parser("backup", help="copy the SQLite database to FILE", parents=[common])
    c.set_defaults(handler=cmd_backup)
    c.add_argument("file")
    c.add_argument("--force", action="store_true", help="overwrite FILE")

    c = sub.add_parser(
        "restore",
        help="replace the SQLite database with FILE (the current one is kept aside) and "
        "rotate the epoch",
        parents=[common],
    )
    c.set_defaults(handler=cmd_restore)
    c.add_argument("file")
