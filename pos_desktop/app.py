"""Composition root: builds every long-lived object once and hands them to the UI.

No globals: the objects built here are passed down explicitly. This module imports no Qt; the
Qt application lives in ``pos_desktop.ui`` and is started from ``main``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pos_desktop.app_sync import SyncPieces, default_sync_pieces
from pos_desktop.core.errors import DomainError
from pos_desktop.paths import DataPaths, resolve_data_paths
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.database import Database
from pos_desktop.store.migrate import SchemaTooNewError
from pos_desktop.store.terminal import load_identity, open_database, try_load_identity

if TYPE_CHECKING:
    from pos_desktop.ops.crash import CrashReporter


@dataclass
class AppServices:
    """The Qt-free half of the running app: database, service context, data paths, and the
    optional sync pieces (None: this app runs without sync, as in most tests)."""

    paths: DataPaths
    db: Database
    ctx: ServiceContext
    sync: SyncPieces | None = None

    def close(self) -> None:
        self.db.dispose()


def build_services(paths: DataPaths, *, sync: SyncPieces | None = None) -> AppServices:
    """Open (and migrate) the terminal database; refuses a database that was never set up.
    The sync pieces are built lazily (nothing of the sync engine loads before it starts)."""
    db = open_database(paths.database)
    try:
        identity = load_identity(db)
    except Exception:
        db.dispose()
        raise
    return AppServices(
        paths=paths,
        db=db,
        ctx=ServiceContext(db=db, terminal=identity),
        sync=sync if sync is not None else default_sync_pieces(db),
    )


def open_services(paths: DataPaths, *, sync: SyncPieces | None = None) -> AppServices | None:
    """``build_services``, or None when the data directory has no terminal yet (no file, or a
    file without an identity): a fresh directory is where the first start offers enrollment.
    Never creates the database file."""
    if not paths.database.exists():
        return None
    db = open_database(paths.database)
    identity = try_load_identity(db)
    if identity is None:
        db.dispose()
        return None
    return AppServices(
        paths=paths,
        db=db,
        ctx=ServiceContext(db=db, terminal=identity),
        sync=sync if sync is not None else default_sync_pieces(db),
    )


def main(
    argv: list[str] | None = None,
    data_dir: Path | None = None,
    *,
    exit_when_ready: bool = False,
    kiosk: bool = False,
    crash: CrashReporter | None = None,
) -> int:
    """Start the cashier app on the data directory's database (``pos run``). A data directory
    without a terminal identity starts with the enrollment dialog instead; once enrolled, the
    app continues to the login screen of the new terminal."""
    from pos_desktop.ui import launcher  # the only place the Qt half is pulled in

    paths = resolve_data_paths(data_dir)
    try:
        services = open_services(paths)
    except (SchemaTooNewError, DomainError) as exc:
        # A newer app's database, or an upgrade whose safety backup failed: a message box.
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        return launcher.show_startup_error(message, argv or [])
    if services is None:
        enrolled = launcher.run_first_start(paths, argv or [], exit_when_ready=exit_when_ready)
        if not enrolled:
            return 0 if exit_when_ready else 1
        services = build_services(paths)
    try:
        return launcher.run_app(
            services, argv or [], exit_when_ready=exit_when_ready, kiosk=kiosk, crash=crash
        )
    finally:
        services.close()
